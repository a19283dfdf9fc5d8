/**
 * "Samen vaststellen": per question the group's agreed answer, the reasoning and any dissent, saved as
 * typed to `workshop.consensus` (a choice at once; typing shortly after a pause, and at once when the
 * page is hidden or left). "Maak de scan van de groep" turns the consensus into an ordinary scan
 * (`consensusScan`), stores it, links the workshop to it (`resultScanId`) and opens its results.
 * Once settled, the participants' answers can be deleted (the whole workshop; the scan stays).
 *
 *   making: idle → making → (results open) | failed
 *   deleting: idle → confirm → deleting → deleted | failed;  confirm → idle (cancel)
 */
import type { Scan } from '../domain/scan.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import { watchPageLeave } from '../storage/page-lifecycle.ts';
import { workshopNotFound } from '../storage/workshop-repository.ts';
import { consensusScan } from '../workshop/consensus-scan.ts';
import { sessionQuestions } from '../workshop/session-questions.ts';
import { WORKSHOP_LIMITS, type Workshop } from '../workshop/workshop-schema.ts';
import { DebouncedWrites, type Timers } from './debounced-writes.ts';
import { WorkshopDiscussion } from './workshop-discussion.svelte.ts';
import type { WorkshopGroupDeps } from './workshop-group-deps.ts';

/** The consensus of one question as the form holds it. */
export interface ConsensusDraft {
	value: string | null;
	reasoning: string;
	dissent: string;
}

export interface ConsensusActions {
	newId(): string;
	/** Stores the scan, then runs `settle`, then opens the scan's results (WizardApp.storeScanAndOpenResults). */
	storeScanAndOpenResults(scan: Scan, settle: () => Promise<unknown>): Promise<void>;
	timers?: Timers;
	/** Pause in typing after which the text is saved. */
	saveDelayMs?: number;
}

const EMPTY: ConsensusDraft = { value: null, reasoning: '', dissent: '' };

export class WorkshopConsensus {
	readonly discussion: WorkshopDiscussion;
	/** What was chosen or typed and not yet read back from storage, per question. */
	drafts = $state<Record<string, ConsensusDraft>>({});
	making = $state<'idle' | 'making' | 'failed'>('idle');
	deleting = $state<'idle' | 'confirm' | 'deleting' | 'deleted' | 'failed'>('idle');
	/** The id of the group's scan, kept after the workshop is deleted (for the links). */
	resultScanId = $state<string | null>(null);
	problem = $state.raw<MessageRef | string | null>(null);
	readonly #deps: WorkshopGroupDeps;
	readonly #actions: ConsensusActions;
	readonly #writes: DebouncedWrites<ConsensusDraft>;
	readonly #stopWatching: () => void;
	readonly ready: Promise<void>;

	constructor(workshopId: string, deps: WorkshopGroupDeps, actions: ConsensusActions) {
		this.#deps = deps;
		this.#actions = actions;
		this.discussion = new WorkshopDiscussion(workshopId, deps);
		this.#writes = new DebouncedWrites((changes) => this.#write(changes), {
			delayMs: actions.saveDelayMs ?? 600,
			...(actions.timers ? { timers: actions.timers } : {})
		});
		this.#stopWatching = deps.lifecycle ? watchPageLeave(deps.lifecycle, () => void this.flush()) : () => {};
		this.ready = this.discussion.ready.then(() => {
			this.resultScanId = this.discussion.workshop?.resultScanId ?? null;
		});
	}

	get status() {
		return this.discussion.status;
	}

	get workshop(): Workshop | null {
		return this.discussion.workshop;
	}

	/** The session's questions in content order. */
	get questionIds(): string[] {
		const workshop = this.workshop;
		return workshop ? sessionQuestions(this.#deps.checklist, workshop.settings).map(({ question }) => question.id) : [];
	}

	entryOf(questionId: string): ConsensusDraft {
		const draft = this.drafts[questionId];
		if (draft) return draft;
		const stored = this.workshop?.consensus[questionId];
		return stored ? { value: stored.value, reasoning: stored.reasoning, dissent: stored.dissent } : EMPTY;
	}

	/** How many questions have an agreed answer. */
	get settledCount(): number {
		return this.questionIds.filter((id) => this.entryOf(id).value !== null).length;
	}

	/** A choice is saved at once: a click must never be lost to a reload. */
	setValue(questionId: string, value: string | null): Promise<void> {
		this.#change(questionId, { value });
		return this.flush();
	}

	setReasoning(questionId: string, reasoning: string): void {
		this.#change(questionId, { reasoning: reasoning.slice(0, WORKSHOP_LIMITS.discussionNote) });
	}

	setDissent(questionId: string, dissent: string): void {
		this.#change(questionId, { dissent: dissent.slice(0, WORKSHOP_LIMITS.discussionNote) });
	}

	#change(questionId: string, change: Partial<ConsensusDraft>): void {
		if (this.deleting === 'deleted') return;
		const entry = { ...this.entryOf(questionId), ...change };
		this.drafts = { ...this.drafts, [questionId]: entry };
		this.#writes.set(questionId, entry);
	}

	/** Writes everything waiting now (also on pagehide and when the tab is hidden). */
	flush(): Promise<void> {
		return this.#writes.flush().catch((error: unknown) => {
			this.problem = messageOfError(error) ?? { key: 'problems.saveFailed' };
		});
	}

	async #write(changes: Map<string, ConsensusDraft>): Promise<void> {
		const time = this.#deps.now();
		this.discussion.workshop = await this.#deps.workshops.updateWorkshop(this.discussion.id, (workshop) => {
			const consensus = { ...workshop.consensus };
			for (const [questionId, entry] of changes) {
				if (entry.value === null && entry.reasoning.trim() === '' && entry.dissent.trim() === '') delete consensus[questionId];
				else consensus[questionId] = { ...entry, updatedAt: time };
			}
			return { ...workshop, consensus };
		});
		this.problem = null;
	}

	/**
	 * "Maak de scan van de groep": writes what is waiting, builds the scan from the stored consensus,
	 * stores it, sets `resultScanId` and opens the results. `dissentLabel` goes before the dissent in
	 * each answer's toelichting ("Anders gezien: …"), in the current language.
	 */
	async makeScan(dissentLabel: string): Promise<boolean> {
		if (this.making === 'making') return false;
		this.making = 'making';
		try {
			await this.#writes.flush();
			const workshop = await this.#deps.workshops.getWorkshop(this.discussion.id);
			if (!workshop) throw workshopNotFound(this.discussion.id);
			const scan = consensusScan(this.#deps.checklist, workshop, { id: this.#actions.newId(), now: this.#deps.now(), dissentLabel });
			await this.#actions.storeScanAndOpenResults(scan, async () => {
				this.discussion.workshop = await this.#deps.workshops.updateWorkshop(workshop.id, (stored) => ({ ...stored, resultScanId: scan.id }));
				this.resultScanId = scan.id;
			});
			this.making = 'idle';
			return true;
		} catch (error) {
			this.problem = messageOfError(error) ?? { key: 'problems.saveFailed' };
			this.making = 'failed';
			return false;
		}
	}

	askDelete(): void {
		if (this.deleting === 'idle' || this.deleting === 'failed') this.deleting = 'confirm';
	}

	cancelDelete(): void {
		if (this.deleting === 'confirm') this.deleting = 'idle';
	}

	/** Deletes the workshop with every participant's answers; the group's scan stays. */
	async confirmDelete(): Promise<boolean> {
		if (this.deleting !== 'confirm') return false;
		this.deleting = 'deleting';
		try {
			await this.#writes.flush().catch(() => {});
			await this.#deps.workshops.deleteWorkshop(this.discussion.id);
			this.deleting = 'deleted';
			return true;
		} catch (error) {
			this.problem = messageOfError(error) ?? { key: 'problems.saveFailed' };
			this.deleting = 'failed';
			return false;
		}
	}

	/** Saves what is waiting and stops listening; call when the page goes away. */
	destroy(): Promise<void> {
		this.#stopWatching();
		return this.deleting === 'deleted' ? Promise.resolve() : this.flush();
	}
}
