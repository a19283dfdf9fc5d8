/**
 * "Antwoorden terugsturen": the colleague sends the delegated part back. This state class builds the
 * return from the scan as stored (after every pending write), offers it as a link and a .json file, says
 * how many of the delegated questions are answered, and records `delegatedPart.returnedAt` on the scan.
 * Sending back again later is fine: the owner only sees what is new.
 *
 *   building → ready | failed | not-part
 */
import { buildReturnEnvelope, delegatedQuestionIds, scopeOf } from '../delegation/delegation-envelope.ts';
import { returnLink } from '../delegation/delegation-link.ts';
import type { ReturnEnvelope } from '../delegation/delegation-schema.ts';
import type { Scan } from '../domain/scan.ts';
import { isoDay, organisationSlug } from '../files/file-names.ts';
import type { MessageRef } from '../i18n/message-ref.ts';
import type { DelegationDeps } from './delegation-deps.ts';
import { copyEnvelopeLink, offerEnvelopeFile } from './delegation-file.ts';

export type GiveBackStatus = 'building' | 'ready' | 'failed' | 'not-part';

export type GiveBackDeps = Pick<DelegationDeps, 'checklist' | 'now' | 'baseUrl' | 'loadScan' | 'saveDelegatedPart' | 'copy' | 'saveFile'>;

/** `kwartiermaken-terug-<organisation>-<role>-<day>.json`. */
export function returnFileName(organisation: string, role: string, date: Date): string {
	return `kwartiermaken-terug-${organisationSlug(organisation)}-${organisationSlug(role)}-${isoDay(date)}.json`;
}

export class GiveBack {
	status = $state<GiveBackStatus>('building');
	envelope = $state.raw<ReturnEnvelope | null>(null);
	text = $state('');
	link = $state<string | null>(null);
	answered = $state(0);
	total = $state(0);
	notice = $state.raw<MessageRef | null>(null);
	readonly ready: Promise<void>;
	readonly #deps: GiveBackDeps;

	constructor(shown: Scan, deps: GiveBackDeps) {
		this.#deps = deps;
		this.ready = this.#build(shown);
	}

	get open(): number {
		return this.total - this.answered;
	}

	async #build(shown: Scan): Promise<void> {
		if (!shown.delegatedPart) {
			this.status = 'not-part';
			return;
		}
		try {
			const scan = (await this.#deps.loadScan(shown.id)) ?? shown;
			const part = scan.delegatedPart;
			if (!part) {
				this.status = 'not-part';
				return;
			}
			const checklist = this.#deps.checklist();
			const envelope = buildReturnEnvelope(checklist, scan, this.#deps.now().toISOString());
			this.total = delegatedQuestionIds(checklist, scopeOf(scan), part.themes).length;
			this.answered = Object.keys(envelope.answers).length;
			this.envelope = envelope;
			this.text = JSON.stringify(envelope);
			this.link = await returnLink(this.text, this.#deps.baseUrl()).catch(() => null);
			this.status = 'ready';
			// Only a convenience for the colleague ("U stuurde terug op …"): sending back works without it.
			await this.#deps.saveDelegatedPart(scan.id, { ...part, returnedAt: envelope.returnedAt }).catch(() => {});
		} catch {
			this.status = 'failed';
		}
	}

	/** "Bestand downloaden". */
	async download(): Promise<void> {
		const envelope = this.envelope;
		if (!envelope) return;
		this.notice = await offerEnvelopeFile(this.#deps, this.text, returnFileName(envelope.organisation, envelope.role, this.#deps.now()));
	}

	/** "Kopieer link". */
	async copyLink(): Promise<void> {
		if (!this.link) return;
		this.notice = await copyEnvelopeLink(this.#deps, this.link);
	}
}
