/**
 * Keeps this tab in step with other tabs of the app that have the same scan open.
 *
 * Before, a tab kept showing its own copy of the scan: when another tab saved a newer answer, this tab still
 * said "Opgeslagen" for its old one, and the next keystroke wrote the old answer back; the plan was saved
 * as a whole, so an action added in one tab vanished when the other tab moved an action. Now:
 * - answers: storage keeps the newest answer per question (decided inside the write transaction). When
 *   another tab commits an answer, or this tab's write lost to a newer one, this tab reads the stored answer
 *   and shows it at once (with a notice on that question's page, and the replaced toelichting offered back);
 * - the plan: this tab saves only what it changed (`diffPlan` from the plan before its edits), storage
 *   merges that per action, and this tab then shows the merged plan;
 * - presence: it says which scan it shows, and knows whether another tab shows the same scan.
 *
 * The wizard machine holds the data on screen; this class only reads storage and sends the machine events
 * (`answer.external`, `plan.external`, `scan.external`). It never writes on behalf of another tab.
 */
import { diffPlan, samePlanContent } from '../domain/plan-merge.ts';
import type { ActionPlan, Answer, Scan } from '../domain/scan.ts';
import type { CrossTab, ScanChangeMessage } from '../storage/cross-tab.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import type { WizardEvent } from '../wizard/wizard.machine.ts';

export interface TabSyncDeps {
	/** The cross-tab channel, or null where there is none (then this only merges this tab's own writes). */
	crossTab: CrossTab | null;
	/** The database a scan is stored in; null while storage is not open, or for memory (no other tab sees it). */
	dbNameFor(scanId: string): string | null;
	/** The repository that holds a scan (waits until storage is open). */
	repositoryFor(scanId: string): Promise<ScanRepository>;
	/** The scan the wizard has loaded now, or null. */
	loadedScan(): Scan | null;
	/** Sends an event to the wizard machine. */
	send(event: WizardEvent): void;
}

/** The plan writes of one scan: what storage holds as far as this tab knows, and this tab's latest plan. */
interface PlanState {
	/** The plan this tab's pending changes start from (what it last wrote or read). */
	base: ActionPlan | null;
	/** The plan on screen; differs from `base` while a write is pending. */
	latest: ActionPlan;
}

function sameAnswer(a: Answer, b: Answer): boolean {
	return a.value === b.value && a.note === b.note && a.updatedAt === b.updatedAt;
}

export class TabSync {
	readonly #deps: TabSyncDeps;
	readonly #plans = new Map<string, PlanState>();
	/** What this tab shows, as announced. */
	#showing = $state<{ dbName: string; scanId: string } | null>(null);
	/** Bumped when other tabs come, go or move; read by `openElsewhere` so Svelte recomputes it. */
	#presence = $state(0);
	/** A scan deleted in another tab while it was open here. */
	#deletedScanId = $state<string | null>(null);
	readonly #stop: () => void;

	constructor(deps: TabSyncDeps) {
		this.#deps = deps;
		this.#stop =
			deps.crossTab?.subscribe({
				onChange: (message) => this.#onChange(message),
				onPresence: () => this.#presence++
			}) ?? (() => {});
	}

	/** True when another tab shows the scan this tab shows. */
	get openElsewhere(): boolean {
		void this.#presence;
		const showing = this.#showing;
		return showing !== null && (this.#deps.crossTab?.tabsShowing(showing.dbName, showing.scanId) ?? 0) > 0;
	}

	/** True when the scan this tab shows was deleted in another tab. */
	get deletedElsewhere(): boolean {
		return this.#showing !== null && this.#deletedScanId === this.#showing.scanId;
	}

	/** Tell the other tabs which scan this tab shows now (null: none). */
	show(scanId: string | null): void {
		const dbName = scanId === null ? null : this.#deps.dbNameFor(scanId);
		const next = scanId !== null && dbName !== null ? { dbName, scanId } : null;
		if (next?.dbName === this.#showing?.dbName && next?.scanId === this.#showing?.scanId) return;
		this.#showing = next;
		this.#deps.crossTab?.showScan(next?.dbName ?? null, next?.scanId ?? null);
	}

	/**
	 * Saves an answer (the queued write of the save queue). Skips an answer that is no longer the one on
	 * screen because a newer one replaced it (from this tab, queued behind this write, or from another tab).
	 * When storage kept a newer answer from another tab, shows that one. `repository` is passed in (not looked
	 * up here), so the write can start in the very task that calls this, as it must when the page is leaving.
	 */
	async saveAnswer(repository: ScanRepository, scanId: string, questionId: string, answer: Answer): Promise<void> {
		const shown = this.#shownAnswer(scanId, questionId);
		if (shown && shown.updatedAt > answer.updatedAt) return;
		const stored = await repository.saveAnswer(scanId, questionId, answer);
		if (!sameAnswer(stored, answer)) this.#showStoredAnswer(scanId, questionId, stored);
	}

	/**
	 * Saves the plan (the queued write of the save queue): the changes since the plan storage last had as far
	 * as this tab knows, so a retry after a failure still carries every edit. Afterwards the screen shows the
	 * merged plan, with any other tab's changes, unless the user edited again meanwhile.
	 */
	async savePlan(repository: ScanRepository, scanId: string): Promise<void> {
		const state = this.#plans.get(scanId);
		if (!state) return;
		const target = state.latest;
		const changes = diffPlan(state.base, target);
		if (!changes) return;
		const merged = await repository.savePlanChanges(scanId, changes);
		state.base = target;
		if (state.latest !== target) return; // a newer edit is queued; its write shows the result
		state.base = state.latest = merged;
		if (!samePlanContent(merged, target)) this.#deps.send({ type: 'plan.external', scanId, plan: merged });
	}

	/** Records a plan edit; call before queueing `savePlan`. `previous` is the plan before this edit. */
	planEdited(scanId: string, plan: ActionPlan, previous: ActionPlan | null): void {
		const state = this.#plans.get(scanId);
		if (!state) {
			this.#plans.set(scanId, { base: previous, latest: plan });
			return;
		}
		// Nothing pending: the plan before this edit is what storage holds (it may have been reloaded).
		if (state.latest === state.base) state.base = previous;
		state.latest = plan;
	}

	/**
	 * Reads the whole loaded scan again and shows whatever another tab changed in it (used when this tab
	 * comes back into view: a tab in the background may have missed messages).
	 */
	async refreshLoadedScan(): Promise<void> {
		const loaded = this.#deps.loadedScan();
		if (!loaded) return;
		const stored = await this.#deps
			.repositoryFor(loaded.id)
			.then((repository) => repository.getScan(loaded.id))
			.catch(() => null);
		const now = this.#deps.loadedScan();
		if (!stored || now?.id !== loaded.id) return;
		for (const [questionId, answer] of Object.entries(stored.answers)) this.#showStoredAnswer(loaded.id, questionId, answer);
		this.#showStoredPlan(loaded.id, stored.plan);
	}

	/** Stops listening to other tabs. */
	stop(): void {
		this.#stop();
	}

	#shownAnswer(scanId: string, questionId: string): Answer | null {
		const scan = this.#deps.loadedScan();
		return scan?.id === scanId ? (scan.answers[questionId] ?? null) : null;
	}

	#onChange(message: ScanChangeMessage): void {
		const scan = this.#deps.loadedScan();
		const showing = this.#showing;
		if (message.change.kind === 'deleted' && showing && showing.dbName === message.dbName) {
			if (message.scanId === showing.scanId || message.scanId === '*') this.#deletedScanId = showing.scanId;
		}
		if (!scan || message.scanId !== scan.id || this.#deps.dbNameFor(scan.id) !== message.dbName) return;
		const repository = this.#deps.repositoryFor(scan.id);
		switch (message.change.kind) {
			case 'answer': {
				const { questionId } = message.change;
				void repository
					.then((r) => r.getAnswer(scan.id, questionId))
					.then((stored) => stored && this.#showStoredAnswer(scan.id, questionId, stored))
					.catch(() => {
						// Storage failed to read: this tab keeps what it shows; its own saves report any failure.
					});
				break;
			}
			case 'plan':
				void repository
					.then((r) => r.getPlan(scan.id))
					.then((plan) => this.#showStoredPlan(scan.id, plan))
					.catch(() => {});
				break;
			case 'meta':
				void repository
					.then((r) => r.getScan(scan.id))
					.then((stored) => {
						if (stored && this.#deps.loadedScan()?.id === stored.id) {
							this.#deps.send({ type: 'scan.external', scanId: stored.id, profile: stored.profile, mode: stored.mode });
						}
					})
					.catch(() => {});
				break;
			case 'deleted':
				break;
		}
	}

	/** Shows a stored answer unless the screen already shows it or something newer (still being saved). */
	#showStoredAnswer(scanId: string, questionId: string, stored: Answer): void {
		const scan = this.#deps.loadedScan();
		if (scan?.id !== scanId) return;
		const shown = scan.answers[questionId];
		if (shown && (shown.updatedAt > stored.updatedAt || sameAnswer(shown, stored))) return;
		const replacedNote = shown && shown.note.trim() !== '' && shown.note !== stored.note ? shown.note : null;
		this.#deps.send({ type: 'answer.external', scanId, questionId, answer: stored, replacedNote });
	}

	/** Shows the stored plan, unless this tab has plan edits still being saved (their write shows it after). */
	#showStoredPlan(scanId: string, plan: ActionPlan | null): void {
		const state = this.#plans.get(scanId);
		if (state && state.latest !== state.base) return;
		const scan = this.#deps.loadedScan();
		if (scan?.id !== scanId || samePlanContent(scan.plan, plan)) return;
		if (plan) this.#plans.set(scanId, { base: plan, latest: plan });
		else this.#plans.delete(scanId);
		this.#deps.send({ type: 'plan.external', scanId, plan });
	}
}
