/**
 * The Voortgang page: which earlier scan to compare with, and the comparison (progress/compare-scans.ts).
 *
 * The scan this one repeats (`repeatOf`) is chosen at once and compared; the user may pick any other scan on
 * the device instead, scans of the same organisation listed first. A scan of another organisation can be
 * compared too, but only because the user picked it, and the page then says so (`comparison.sameOrganisation`).
 * The comparison follows the current scan and the checklist (so a language switch re-words it at once).
 */
import type { MessageRef } from '../i18n/message-ref.ts';
import type { Scan } from '../domain/scan.ts';
import { compareScans, type ScanComparison } from '../progress/compare-scans.ts';
import type { ProgressViewDeps } from './progress-deps.ts';

/** A scan the user can compare with. */
export interface ScanChoice {
	id: string;
	organisation: string;
	updatedAt: string;
	/** True when it names the same organisation as the current scan (or is the scan it repeats). */
	sameOrganisation: boolean;
}

function sameName(a: string, b: string): boolean {
	const normal = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
	return normal(a) === normal(b);
}

export class ProgressView {
	/** The other scans on this device: same organisation first, then most recently changed. */
	choices = $state.raw<ScanChoice[]>([]);
	loading = $state(true);
	/** The id chosen in the form ('' for none). */
	selected = $state('');
	/** The earlier scan compared with, once loaded. */
	earlier = $state.raw<Scan | null>(null);
	/** A problem with the chosen scan (gone, could not load, cannot be compared). */
	problem = $state<MessageRef | null>(null);
	/** Set when "Vergelijken" is pressed without a choice. */
	error = $state<MessageRef | null>(null);
	attempt = $state(0);
	readonly ready: Promise<void>;
	readonly #deps: ProgressViewDeps;
	readonly #current: () => Scan;

	/** The comparison of the earlier scan with the current one, or null (none chosen, or refused: see `problem`). */
	readonly #result = $derived.by(() => (this.earlier ? compareScans(this.#deps.checklist(), this.earlier, this.#current()) : null));

	constructor(deps: ProgressViewDeps, current: () => Scan) {
		this.#deps = deps;
		this.#current = current;
		this.ready = this.#load();
	}

	get comparison(): ScanComparison | null {
		const result = this.#result;
		return result?.ok ? result.comparison : null;
	}

	/** Why the chosen scan cannot be compared, or null. */
	get refusal(): MessageRef | null {
		const result = this.#result;
		return result && !result.ok ? { key: `progress.refused.${result.reason}` } : null;
	}

	async #load(): Promise<void> {
		const current = this.#current();
		try {
			const scans = await this.#deps.listScans();
			this.choices = scans
				.filter((scan) => scan.id !== current.id && !scan.demo)
				.map((scan) => ({
					id: scan.id,
					organisation: scan.organisation,
					updatedAt: scan.updatedAt,
					sameOrganisation: scan.id === current.repeatOf || sameName(scan.organisation, current.profile.organisation)
				}))
				// sort is stable: within each group the repository's order (most recently changed first) stays.
				.sort((a, b) => Number(b.sameOrganisation) - Number(a.sameOrganisation));
		} catch {
			this.problem = { key: 'progress.loadFailed' };
		}
		this.loading = false;
		const linked = current.repeatOf;
		if (linked === undefined) return;
		if (!this.choices.some((choice) => choice.id === linked)) {
			if (!this.problem) this.problem = { key: 'progress.earlierMissing' };
			return;
		}
		this.selected = linked;
		await this.compare();
	}

	choose(scanId: string): void {
		this.selected = scanId;
		this.error = null;
	}

	/** Loads the chosen scan and compares. */
	async compare(): Promise<void> {
		const chosen = this.selected;
		if (chosen === '' || !this.choices.some((choice) => choice.id === chosen)) {
			this.error = { key: 'progress.chooseRequired' };
			this.attempt++;
			return;
		}
		this.error = null;
		this.problem = null;
		try {
			const scan = await this.#deps.loadScan(chosen);
			// A later choice wins over a slower earlier load.
			if (chosen !== this.selected) return;
			if (!scan) {
				this.earlier = null;
				this.problem = { key: 'progress.earlierMissing' };
				return;
			}
			this.earlier = scan;
		} catch {
			this.earlier = null;
			this.problem = { key: 'progress.loadFailed' };
		}
	}
}
