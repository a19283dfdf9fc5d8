/**
 * Merging a colleague's answers back: the owner opens the returned link (`#/terug/1.<data>`) or file (on
 * the scan's page `#/scan/<id>/samenvoegen`). This state class reads and checks the return, loads the
 * scan it belongs to, and shows per question the owner's answer and the colleague's (conflicts first; see
 * delegation/merge.ts). Nothing is stored until the owner decides: "overnemen" stores that answer at once,
 * "mijn antwoord houden" stores nothing; "Alles overnemen" takes every open proposal in one save. When
 * every proposal is decided, the hand-out is marked merged. Each save reads the scan as stored first and
 * writes it whole (answers and the hand-out's status in one transaction).
 *
 *   choose  → (file or link) reading     the scan's page, before a file or link is given
 *   reading → ready | refused | scan-missing
 *   ready   → saving → ready | done
 */
import { parseReturnText } from '../delegation/delegation-envelope.ts';
import { readReturnLink } from '../delegation/delegation-link.ts';
import { acceptProposals, prepareMerge, type MergeItem, type MergeReport } from '../delegation/merge.ts';
import type { Scan } from '../domain/scan.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import type { DelegationDeps } from './delegation-deps.ts';
import { readDelegationFile } from './delegation-file.ts';

export type MergeStatus = 'choose' | 'reading' | 'refused' | 'scan-missing' | 'ready' | 'saving' | 'done';
export type Decision = 'accepted' | 'kept';

export type MergeDeps = Pick<DelegationDeps, 'checklist' | 'now' | 'loadScan' | 'replaceScan'>;

export class MergeDelegation {
	status = $state<MergeStatus>('choose');
	report = $state.raw<MergeReport | null>(null);
	/** The owner's scan as last read or stored. */
	scan = $state.raw<Scan | null>(null);
	/** What the owner decided per question id. */
	decisions = $state.raw<Record<string, Decision>>({});
	/** Why the file or link was refused. */
	message = $state.raw<MessageRef | string | null>(null);
	/** Why the last save failed (nothing changed). */
	saveProblem = $state.raw<MessageRef | string | null>(null);
	/** Set when a link was pasted without text. */
	linkError = $state.raw<MessageRef | null>(null);
	readonly ready: Promise<void>;
	readonly #deps: MergeDeps;
	readonly #scanId: string | null;

	/**
	 * `scanId`: the scan whose page this is (a return for another scan is refused), or null on the link's
	 * own page. `hash`: the return link's hash as it was in the address, or null.
	 */
	constructor(input: { scanId: string | null; hash: string | null }, deps: MergeDeps) {
		this.#deps = deps;
		this.#scanId = input.scanId;
		const hash = input.hash;
		this.ready = hash === null ? Promise.resolve() : this.#read(() => readReturnLink(hash));
	}

	get items(): MergeItem[] {
		return this.report?.items ?? [];
	}

	get conflicts(): MergeItem[] {
		return this.items.filter((item) => item.conflict);
	}

	get proposals(): MergeItem[] {
		return this.items.filter((item) => !item.conflict);
	}

	/** Proposals not decided yet. */
	get undecided(): MergeItem[] {
		return this.items.filter((item) => !Object.hasOwn(this.decisions, item.questionId));
	}

	/** How many answers were taken over. */
	get acceptedCount(): number {
		return Object.values(this.decisions).filter((decision) => decision === 'accepted').length;
	}

	/** "Bestand openen". */
	openFile(file: Pick<File, 'size' | 'text'>): Promise<void> {
		return this.#read(() => readDelegationFile(file));
	}

	/** "Link openen" with a pasted link. */
	openLink(text: string): Promise<void> {
		if (text.trim() === '') {
			this.linkError = { key: 'delegation.errors.noLink' };
			return Promise.resolve();
		}
		this.linkError = null;
		return this.#read(() => readReturnLink(text));
	}

	async #read(source: () => Promise<{ ok: true; text: string } | { ok: false; message: MessageRef }>): Promise<void> {
		this.status = 'reading';
		this.message = null;
		this.report = null;
		this.decisions = {};
		try {
			const read = await source();
			const parsed = read.ok ? parseReturnText(read.text) : read;
			if (!parsed.ok) return this.#refuse(parsed.message);
			const returned = parsed.value;
			const scan = await this.#deps.loadScan(this.#scanId ?? returned.scanId);
			if (!scan) {
				this.status = 'scan-missing';
				return;
			}
			const merge = prepareMerge(this.#deps.checklist(), scan, returned);
			if (!merge.ok) return this.#refuse(merge.message);
			this.scan = scan;
			this.report = merge.report;
			this.status = 'ready';
		} catch (error) {
			this.#refuse(messageOfError(error) ?? { key: 'delegation.errors.unexpected' });
		}
	}

	#refuse(message: MessageRef | string): void {
		this.message = message;
		this.status = 'refused';
	}

	/** "Antwoord van collega overnemen" for one question: stored at once. */
	accept(questionId: string): Promise<boolean> {
		return this.#decide([questionId], 'accepted');
	}

	/** "Mijn antwoord houden": nothing is stored (only when it was the last open proposal, the hand-out is marked merged). */
	keep(questionId: string): Promise<boolean> {
		return this.#decide([questionId], 'kept');
	}

	/** "Alles overnemen": every open proposal, in one save. */
	acceptAll(): Promise<boolean> {
		return this.#decide(
			this.undecided.map((item) => item.questionId),
			'accepted'
		);
	}

	/** "Afronden" when there is nothing to take over: marks the hand-out merged. */
	finish(): Promise<boolean> {
		if (this.report?.alreadyMerged) return Promise.resolve(false);
		return this.#decide([], 'accepted');
	}

	async #decide(questionIds: string[], decision: Decision): Promise<boolean> {
		const report = this.report;
		const scan = this.scan;
		if (!report || !scan || this.status !== 'ready') return false;
		const ids = questionIds.filter((id) => report.items.some((item) => item.questionId === id) && !Object.hasOwn(this.decisions, id));
		if (ids.length !== questionIds.length) return false;
		const decisions = { ...this.decisions, ...Object.fromEntries(ids.map((id) => [id, decision])) };
		const done = report.items.every((item) => Object.hasOwn(decisions, item.questionId));
		const accepted = decision === 'accepted' ? ids : [];
		if (accepted.length === 0 && !done) {
			// Keeping one's own answer changes nothing in storage.
			this.decisions = decisions;
			return true;
		}
		this.status = 'saving';
		this.saveProblem = null;
		try {
			const fresh = (await this.#deps.loadScan(scan.id)) ?? scan;
			const next = acceptProposals(fresh, report, accepted, this.#deps.now().toISOString(), done);
			await this.#deps.replaceScan(next);
			this.scan = next;
			this.decisions = decisions;
			this.status = done ? 'done' : 'ready';
			return true;
		} catch (error) {
			this.saveProblem = messageOfError(error) ?? { key: 'delegation.merge.saveFailed' };
			this.status = 'ready';
			return false;
		}
	}
}
