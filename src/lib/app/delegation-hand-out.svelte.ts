/**
 * "Thema's uitbesteden": the owner chooses themes and the colleague's role (and a short note); this state
 * class checks the choice, builds the hand-out from the scan as stored (after every pending write),
 * remembers it on the scan (`delegations`, with the answers at that moment, so the merge can later tell
 * who changed what), and offers it as a link and a .json file.
 *
 *   form → making → ready | failed          not-allowed: the demo, a werksessie participant's scan, or a
 *   ready → form ("Andere thema's uitbesteden")   colleague's delegated part cannot be handed out again
 */
import type { Theme } from '../content/checklist-schema.ts';
import { buildDelegationEnvelope, recordOf } from '../delegation/delegation-envelope.ts';
import { DELEGATION_LIMITS } from '../delegation/delegation-limits.ts';
import { delegationLink } from '../delegation/delegation-link.ts';
import { canHandOut, openDelegationsByTheme } from '../delegation/open-delegations.ts';

export { canHandOut };
import type { DelegationEnvelope } from '../delegation/delegation-schema.ts';
import type { Scan } from '../domain/scan.ts';
import { isoDay, organisationSlug } from '../files/file-names.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import { themesInScope } from '../wizard/flow.ts';
import type { DelegationDeps } from './delegation-deps.ts';
import { copyEnvelopeLink, offerEnvelopeFile } from './delegation-file.ts';

export type HandOutStatus = 'not-allowed' | 'form' | 'making' | 'ready' | 'failed';

export type HandOutDeps = Pick<
	DelegationDeps,
	'checklist' | 'now' | 'newId' | 'baseUrl' | 'loadScan' | 'saveDelegations' | 'copy' | 'saveFile'
>;

export interface HandOutErrors {
	themes?: MessageRef;
	role?: MessageRef;
	note?: MessageRef;
}

/** `kwartiermaken-uitbesteed-<organisation>-<role>-<day>.json`: recognisable in the colleague's downloads. */
export function handOutFileName(organisation: string, role: string, date: Date): string {
	return `kwartiermaken-uitbesteed-${organisationSlug(organisation)}-${organisationSlug(role)}-${isoDay(date)}.json`;
}

export class HandOutThemes {
	status = $state<HandOutStatus>('form');
	/** Chosen theme ids. */
	themes = $state<string[]>([]);
	role = $state('');
	note = $state('');
	errors = $state.raw<HandOutErrors>({});
	/** Raised on every submit, so the error summary takes focus again. */
	attempt = $state(0);
	envelope = $state.raw<DelegationEnvelope | null>(null);
	/** The hand-out as JSON: the file's content. */
	text = $state('');
	/** The link for the colleague, or null when this browser cannot make it (then the file still works). */
	link = $state<string | null>(null);
	/** Why making it failed. */
	problem = $state.raw<MessageRef | string | null>(null);
	/** After copying or downloading: what happened. */
	notice = $state.raw<MessageRef | null>(null);
	readonly #deps: HandOutDeps;
	#scan = $state.raw<Scan>() as unknown as Scan;

	constructor(scan: Scan, deps: HandOutDeps) {
		this.#deps = deps;
		this.#scan = scan;
		if (!canHandOut(scan)) this.status = 'not-allowed';
	}

	/** The themes the scan asks, in checklist order. */
	get options(): Theme[] {
		return themesInScope(this.#deps.checklist(), this.#scan);
	}

	/** Per theme, the role of the colleague it is out with now (hand-outs not yet merged back). */
	get outWith(): Map<string, string> {
		return new Map([...openDelegationsByTheme(this.#scan)].map(([theme, record]) => [theme, record.role]));
	}

	toggleTheme(themeId: string, checked: boolean): void {
		const others = this.themes.filter((id) => id !== themeId);
		this.themes = checked ? [...others, themeId] : others;
	}

	/** Checks the form; fills `errors`. */
	validate(): boolean {
		const errors: HandOutErrors = {};
		const offered = new Set(this.options.map((theme) => theme.id));
		if (!this.themes.some((id) => offered.has(id))) errors.themes = { key: 'delegation.handOut.errors.themes' };
		const role = this.role.trim();
		if (role === '') errors.role = { key: 'delegation.handOut.errors.role' };
		else if (role.length > DELEGATION_LIMITS.role) {
			errors.role = { key: 'delegation.handOut.errors.roleTooLong', params: [DELEGATION_LIMITS.role] };
		}
		if (this.note.trim().length > DELEGATION_LIMITS.note) {
			errors.note = { key: 'delegation.handOut.errors.noteTooLong', params: [DELEGATION_LIMITS.note] };
		}
		this.errors = errors;
		return Object.keys(errors).length === 0;
	}

	/** "Link en bestand maken". Resolves true when the hand-out was made and remembered on the scan. */
	async submit(): Promise<boolean> {
		if (this.status !== 'form' && this.status !== 'failed') return false;
		this.attempt++;
		if (!this.validate()) return false;
		this.status = 'making';
		this.problem = null;
		try {
			const scan = (await this.#deps.loadScan(this.#scan.id)) ?? this.#scan;
			const envelope = buildDelegationEnvelope(
				this.#deps.checklist(),
				scan,
				{ themes: this.themes, role: this.role, note: this.note },
				{ id: this.#deps.newId(), at: this.#deps.now().toISOString() }
			);
			const delegations = [...(scan.delegations ?? []), recordOf(envelope)];
			await this.#deps.saveDelegations(scan.id, delegations);
			this.#scan = { ...scan, delegations };
			this.envelope = envelope;
			this.text = JSON.stringify(envelope);
			this.link = await delegationLink(this.text, this.#deps.baseUrl()).catch(() => null);
			this.notice = null;
			this.status = 'ready';
			return true;
		} catch (error) {
			this.problem = messageOfError(error) ?? { key: 'delegation.handOut.errors.failed' };
			this.status = 'failed';
			return false;
		}
	}

	/** "Andere thema's uitbesteden": an empty form again. */
	again(): void {
		this.themes = [];
		this.role = '';
		this.note = '';
		this.errors = {};
		this.envelope = null;
		this.text = '';
		this.link = null;
		this.notice = null;
		this.status = 'form';
	}

	/** "Bestand downloaden". */
	async download(): Promise<void> {
		const envelope = this.envelope;
		if (!envelope) return;
		this.notice = await offerEnvelopeFile(this.#deps, this.text, handOutFileName(envelope.askedBy.organisation, envelope.role, this.#deps.now()));
	}

	/** "Kopieer link". */
	async copyLink(): Promise<void> {
		if (!this.link) return;
		this.notice = await copyEnvelopeLink(this.#deps, this.link);
	}
}
