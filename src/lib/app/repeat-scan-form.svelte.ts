/**
 * The "Scan herhalen" form: the user chooses to start the new scan empty or with the earlier answers, and
 * the app makes the new scan (progress/repeat-scan.ts), stores it and opens its profile, so the user can
 * check the copied details (the phase may have moved on since) before answering.
 */
import type { MessageRef } from '../i18n/message-ref.ts';
import type { Scan } from '../domain/scan.ts';
import { buildRepeatScan, canRepeat, type RepeatStart } from '../progress/repeat-scan.ts';
import type { RepeatScanDeps } from './progress-deps.ts';

export class RepeatScanForm {
	/** Null until the user chooses. */
	start = $state<RepeatStart | null>(null);
	/** Set when "Nieuwe scan starten" is pressed without a choice. */
	error = $state<MessageRef | null>(null);
	/** Set when storing the new scan failed; the earlier scan is untouched. */
	failure = $state<MessageRef | null>(null);
	busy = $state(false);
	/** Raised on every submit with errors, so the error summary takes focus again. */
	attempt = $state(0);
	readonly #deps: RepeatScanDeps;
	readonly #earlier: () => Scan;

	constructor(deps: RepeatScanDeps, earlier: () => Scan) {
		this.#deps = deps;
		this.#earlier = earlier;
	}

	/** False for the demo and a werksessie participant's own answers: those are not repeated. */
	get possible(): boolean {
		return canRepeat(this.#earlier());
	}

	choose(start: RepeatStart): void {
		this.start = start;
		this.error = null;
	}

	/** Makes and stores the new scan, then opens its profile. Resolves with its id, or null when nothing was made. */
	async submit(): Promise<string | null> {
		if (this.busy || !this.possible) return null;
		if (this.start === null) {
			this.error = { key: 'progress.repeat.startRequired' };
			this.attempt++;
			return null;
		}
		this.busy = true;
		this.failure = null;
		try {
			const scan = buildRepeatScan(this.#deps.checklist(), this.#earlier(), {
				id: this.#deps.newId(),
				now: this.#deps.now(),
				start: this.start
			});
			await this.#deps.createScan(scan);
			this.#deps.go({ name: 'profile', scanId: scan.id });
			return scan.id;
		} catch {
			this.failure = { key: 'progress.repeat.failed' };
			return null;
		} finally {
			this.busy = false;
		}
	}
}
