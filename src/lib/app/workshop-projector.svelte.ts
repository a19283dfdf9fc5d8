/**
 * Projector mode of a werksessie: one question at a time, its answers hidden until the facilitator
 * reveals them (the group thinks first), an optional clock per theme, and a notes field per question
 * for what the group said (saved to `workshop.discussion` shortly after typing stops, and at once on
 * leaving). The order is "most divergent first" (as the discussion view) or the scan's own order.
 */
import { questionText } from '../domain/scope.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import { sessionQuestions } from '../workshop/session-questions.ts';
import { WORKSHOP_LIMITS, type Workshop } from '../workshop/workshop-schema.ts';
import { watchPageLeave } from '../storage/page-lifecycle.ts';
import { DebouncedWrites, realTimers, type Timers } from './debounced-writes.ts';
import { WorkshopDiscussion, type QuestionAggregate, type QuestionInfo } from './workshop-discussion.svelte.ts';
import type { WorkshopGroupDeps } from './workshop-group-deps.ts';

export type ProjectorOrder = 'divergent' | 'content';

export interface IntervalTimers extends Timers {
	setInterval(handler: () => void, ms: number): unknown;
	clearInterval(id: unknown): void;
}

const realIntervalTimers: IntervalTimers = {
	...realTimers,
	setInterval: (handler, ms) => globalThis.setInterval(handler, ms),
	clearInterval: (id) => globalThis.clearInterval(id as ReturnType<typeof setInterval>)
};

export interface ProjectorDeps extends WorkshopGroupDeps {
	timers?: IntervalTimers;
	/** Pause in typing after which a note is saved. */
	saveDelayMs?: number;
}

export interface ProjectedQuestion {
	questionId: string;
	info: QuestionInfo;
	/** The figures; null only when the question has no aggregate (never for a session question). */
	entry: QuestionAggregate | null;
}

export class WorkshopProjector {
	/** The discussion view's state, reused: the same workshop, figures and ordering. */
	readonly discussion: WorkshopDiscussion;
	order = $state<ProjectorOrder>('divergent');
	index = $state(0);
	revealed = $state(false);
	/** A failed save of a note or of the clock setting. */
	problem = $state.raw<MessageRef | string | null>(null);
	/** Notes as typed, per question; shown instead of the stored note until saved and beyond. */
	drafts = $state<Record<string, string>>({});
	/** Seconds left on the clock per theme; a theme not yet started has the full time. */
	remaining = $state<Record<string, number>>({});
	running = $state(false);
	/** The theme whose time just ran out, announced once (politely), or null. */
	timeUpTheme = $state<string | null>(null);
	readonly #deps: ProjectorDeps;
	readonly #timers: IntervalTimers;
	readonly #notes: DebouncedWrites<string>;
	#interval: unknown = null;
	readonly #stopWatching: () => void;
	readonly ready: Promise<void>;

	constructor(workshopId: string, deps: ProjectorDeps, startQuestionId: string | null = null) {
		this.#deps = deps;
		this.#timers = deps.timers ?? realIntervalTimers;
		this.discussion = new WorkshopDiscussion(workshopId, deps);
		this.#notes = new DebouncedWrites((changes) => this.#writeNotes(changes), {
			delayMs: deps.saveDelayMs ?? 800,
			timers: this.#timers
		});
		// Notes typed a moment ago are written when the tab is hidden or the page is left.
		this.#stopWatching = deps.lifecycle ? watchPageLeave(deps.lifecycle, () => void this.flushNotes()) : () => {};
		this.ready = this.discussion.ready.then(() => {
			if (startQuestionId) {
				const at = this.questionIds.indexOf(startQuestionId);
				if (at >= 0) this.index = at;
			}
		});
	}

	get status() {
		return this.discussion.status;
	}

	get workshop(): Workshop | null {
		return this.discussion.workshop;
	}

	/** The question ids in the chosen order. */
	get questionIds(): string[] {
		const workshop = this.workshop;
		if (!workshop) return [];
		if (this.order === 'content') {
			return sessionQuestions(this.#deps.checklist, workshop.settings).map(({ question }) => question.id);
		}
		const aggregate = this.discussion.aggregate;
		return aggregate ? [...aggregate.mostDivergent, ...aggregate.agreed, ...aggregate.notJudged].map((entry) => entry.questionId) : [];
	}

	get total(): number {
		return this.questionIds.length;
	}

	get current(): ProjectedQuestion | null {
		const questionId = this.questionIds[this.index];
		if (!questionId) return null;
		const info = this.discussion.info(questionId);
		if (!info) return null;
		return { questionId, info, entry: this.discussion.entry(questionId) };
	}

	/** The question text in the session's phase. */
	get currentText(): string {
		const current = this.current;
		if (!current) return '';
		return this.workshop ? questionText(current.info.question, this.workshop.settings.phase) : current.info.text;
	}

	next(): boolean {
		return this.#go(this.index + 1);
	}

	previous(): boolean {
		return this.#go(this.index - 1);
	}

	/** Moves to another question: its answers start hidden again, and the clock shows that theme's time. */
	#go(index: number): boolean {
		if (index < 0 || index >= this.total || index === this.index) return false;
		const themeBefore = this.current?.info.theme.id;
		this.index = index;
		this.revealed = false;
		if (this.current?.info.theme.id !== themeBefore) this.pauseTimer();
		void this.flushNotes();
		return true;
	}

	toggleReveal(): void {
		this.revealed = !this.revealed;
	}

	/** Switches the order and stays on the same question. */
	setOrder(order: ProjectorOrder): void {
		const questionId = this.questionIds[this.index];
		this.order = order;
		const at = questionId ? this.questionIds.indexOf(questionId) : -1;
		this.index = at >= 0 ? at : 0;
	}

	// --- notes ------------------------------------------------------------------------------

	noteOf(questionId: string): string {
		return this.drafts[questionId] ?? this.workshop?.discussion[questionId]?.note ?? '';
	}

	setNote(questionId: string, note: string): void {
		const text = note.slice(0, WORKSHOP_LIMITS.discussionNote);
		this.drafts = { ...this.drafts, [questionId]: text };
		this.#notes.set(questionId, text);
	}

	/** Saves every note typed and not yet saved (on leaving the page, moving on, or hiding the tab). */
	flushNotes(): Promise<void> {
		return this.#notes.flush().catch((error: unknown) => {
			this.problem = messageOfError(error) ?? { key: 'problems.saveFailed' };
		});
	}

	async #writeNotes(changes: Map<string, string>): Promise<void> {
		const time = this.#deps.now();
		const updated = await this.#deps.workshops.updateWorkshop(this.discussion.id, (workshop) => {
			const discussion = { ...workshop.discussion };
			for (const [questionId, note] of changes) {
				if (note.trim() === '') delete discussion[questionId];
				else discussion[questionId] = { note, updatedAt: time };
			}
			return { ...workshop, discussion };
		});
		this.discussion.workshop = updated;
		this.problem = null;
	}

	// --- clock per theme --------------------------------------------------------------------

	get timerMinutes(): number {
		return this.workshop?.display.timerMinutes ?? 0;
	}

	/** Seconds left for the current question's theme. */
	get secondsLeft(): number {
		const themeId = this.current?.info.theme.id;
		if (!themeId) return 0;
		return this.remaining[themeId] ?? this.timerMinutes * 60;
	}

	startTimer(): void {
		const themeId = this.current?.info.theme.id;
		if (!themeId || this.timerMinutes === 0 || this.running) return;
		if (this.secondsLeft <= 0) this.remaining = { ...this.remaining, [themeId]: this.timerMinutes * 60 };
		this.timeUpTheme = null;
		this.running = true;
		this.#interval = this.#timers.setInterval(() => this.#tick(themeId), 1000);
	}

	pauseTimer(): void {
		if (this.#interval !== null) this.#timers.clearInterval(this.#interval);
		this.#interval = null;
		this.running = false;
	}

	resetTimer(): void {
		const themeId = this.current?.info.theme.id;
		this.pauseTimer();
		this.timeUpTheme = null;
		if (themeId) this.remaining = { ...this.remaining, [themeId]: this.timerMinutes * 60 };
	}

	#tick(themeId: string): void {
		const left = Math.max(0, (this.remaining[themeId] ?? this.timerMinutes * 60) - 1);
		this.remaining = { ...this.remaining, [themeId]: left };
		if (left === 0) {
			this.pauseTimer();
			this.timeUpTheme = themeId;
		}
	}

	/** Saves the minutes per theme (0 turns the clock off); the clocks start afresh. */
	async setTimerMinutes(minutes: number): Promise<boolean> {
		if (!Number.isInteger(minutes) || minutes < 0 || minutes > WORKSHOP_LIMITS.timerMinutes) return false;
		this.pauseTimer();
		this.remaining = {};
		this.timeUpTheme = null;
		try {
			this.discussion.workshop = await this.#deps.workshops.updateWorkshop(this.discussion.id, (workshop) => ({
				...workshop,
				display: { ...workshop.display, timerMinutes: minutes }
			}));
			this.problem = null;
			return true;
		} catch (error) {
			this.problem = messageOfError(error) ?? { key: 'problems.saveFailed' };
			return false;
		}
	}

	/** Stops the clock and saves pending notes; call when the page goes away. */
	destroy(): Promise<void> {
		this.#stopWatching();
		this.pauseTimer();
		return this.flushNotes();
	}
}
