/**
 * "Handen tellen": the facilitator enters a show of hands per session question, for the whole room or
 * per role. The form holds text (as typed, so a wrong entry is shown back, never silently changed);
 * on "Opslaan" each field must be a whole number, and the totals are checked against the number
 * present (`handsProblems`). Only a count that passes is saved, to `workshop.hands[questionId]`.
 *
 *   loading → ready | missing
 *   ready: open(questionId) → the form; save() → saved (or errors); remove(); close()
 */
import type { Question, Theme } from '../content/checklist-schema.ts';
import { answerChoices, questionText } from '../domain/scope.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import { handsProblems } from '../workshop/hands.ts';
import { sessionQuestions } from '../workshop/session-questions.ts';
import { WORKSHOP_LIMITS, type HandCount, type RoleId, type Workshop } from '../workshop/workshop-schema.ts';
import type { WorkshopGroupDeps } from './workshop-group-deps.ts';

export type LoadStatus = 'loading' | 'ready' | 'missing';

/** 'all' for the whole room, or a role when counted per role. */
export type HandGroup = 'all' | RoleId;

export interface HandField {
	id: string;
	group: HandGroup;
	value: string;
}

/** A field's problem, for the error summary and beside the field. */
export interface HandsError {
	/** The field id (`hands-present`, `hands-<group>-<n>`). */
	field: string;
	message: MessageRef;
}

export interface SessionQuestion {
	theme: Theme;
	question: Question;
}

export const PRESENT_FIELD = 'hands-present';

/** The words of the form's fields, for error messages. */
export interface HandLabels {
	present: string;
	count(group: HandGroup, optionIndex: number): string;
}

/** The id of the number field for one answer option and group (options by position, ids stay short and valid). */
export function countFieldId(group: HandGroup, optionIndex: number): string {
	return `hands-${group}-${optionIndex + 1}`;
}

export class WorkshopHands {
	status = $state<LoadStatus>('loading');
	workshop = $state.raw<Workshop | null>(null);
	/** The question whose count is being entered, or null. */
	current = $state<string | null>(null);
	present = $state('');
	byRole = $state(false);
	/** Typed counts per field id. */
	counts = $state<Record<string, string>>({});
	errors = $state.raw<HandsError[]>([]);
	/** Raised on every save attempt with errors, so the error summary takes focus again. */
	attempt = $state(0);
	/** What was last done, for a polite announcement: saved, removed, or a save failure. */
	notice = $state.raw<MessageRef | string | null>(null);
	saving = $state(false);
	readonly #deps: WorkshopGroupDeps;
	readonly #id: string;
	readonly ready: Promise<void>;

	constructor(workshopId: string, deps: WorkshopGroupDeps) {
		this.#deps = deps;
		this.#id = workshopId;
		this.ready = this.#load();
	}

	async #load(): Promise<void> {
		const workshop = await this.#deps.workshops.getWorkshop(this.#id).catch(() => null);
		this.workshop = workshop;
		this.status = workshop ? 'ready' : 'missing';
	}

	get questions(): SessionQuestion[] {
		return this.workshop ? sessionQuestions(this.#deps.checklist, this.workshop.settings) : [];
	}

	/** The question text as the session's phase words it. */
	text(question: Question): string {
		return this.workshop ? questionText(question, this.workshop.settings.phase) : question.text;
	}

	get currentQuestion(): SessionQuestion | null {
		return this.questions.find((entry) => entry.question.id === this.current) ?? null;
	}

	/** The answer options of the current question, "Weet ik niet" (and "Niet van toepassing") included. */
	get options(): { value: string; label: string }[] {
		const current = this.currentQuestion;
		return current ? answerChoices(this.#deps.checklist, current.question) : [];
	}

	/** The columns of the form: the whole room, or each role of the session. */
	get groups(): HandGroup[] {
		return this.byRole && this.workshop ? [...this.workshop.settings.roles] : ['all'];
	}

	/** Opens the form for a question, filled with its stored count when there is one. */
	open(questionId: string): void {
		const workshop = this.workshop;
		if (!workshop) return;
		this.current = questionId;
		this.errors = [];
		this.notice = null;
		const stored = workshop.hands[questionId];
		this.present = stored ? String(stored.present) : '';
		this.byRole = stored?.byRole ?? false;
		const counts: Record<string, string> = {};
		if (stored) {
			const options = this.options;
			for (const [group, perValue] of Object.entries(stored.counts)) {
				options.forEach((option, index) => {
					const n = perValue[option.value];
					if (n !== undefined) counts[countFieldId(group as HandGroup, index)] = String(n);
				});
			}
		}
		this.counts = counts;
	}

	close(): void {
		this.current = null;
		this.errors = [];
	}

	/** The typed value of a count field ('' when not typed). */
	countOf(group: HandGroup, optionIndex: number): string {
		return this.counts[countFieldId(group, optionIndex)] ?? '';
	}

	setCount(group: HandGroup, optionIndex: number, value: string): void {
		this.counts = { ...this.counts, [countFieldId(group, optionIndex)]: value };
	}

	/** The sum of what is typed in a group's column (invalid entries count as 0), shown under the column. */
	totalOf(group: HandGroup): number {
		return this.options.reduce((sum, _option, index) => {
			const parsed = parseCount(this.countOf(group, index));
			return sum + (typeof parsed === 'number' ? parsed : 0);
		}, 0);
	}

	/** The field's error, for the message beside it. */
	errorOf(field: string): MessageRef | null {
		return this.errors.find((error) => error.field === field)?.message ?? null;
	}

	/**
	 * Checks the form and saves the count. `labels` give the fields' words for messages ("Weet ik niet,
	 * Hele zaal"), so the view decides the language. Resolves true when saved.
	 */
	async save(labels: HandLabels): Promise<boolean> {
		const current = this.currentQuestion;
		const workshop = this.workshop;
		if (!current || !workshop || this.saving) return false;
		const errors: HandsError[] = [];
		const present = parseCount(this.present);
		if (this.present.trim() === '') errors.push({ field: PRESENT_FIELD, message: { key: 'workshopGroup.hands.errors.presentMissing' } });
		else if (typeof present !== 'number') errors.push({ field: PRESENT_FIELD, message: withLabel(present, labels.present) });

		const counts: HandCount['counts'] = {};
		for (const group of this.groups) {
			const perValue: Record<string, number> = {};
			this.options.forEach((option, index) => {
				const typed = this.countOf(group, index);
				// An empty field means no hands went up for that answer.
				const parsed = typed.trim() === '' ? 0 : parseCount(typed);
				if (typeof parsed === 'number') perValue[option.value] = parsed;
				else errors.push({ field: countFieldId(group, index), message: withLabel(parsed, labels.count(group, index)) });
			});
			counts[group] = perValue;
		}
		if (errors.length === 0 && typeof present === 'number') {
			const count: HandCount = { present, byRole: this.byRole, counts, updatedAt: this.#deps.now() };
			for (const message of handsProblems(count, workshop.settings.roles)) errors.push({ field: PRESENT_FIELD, message });
			if (errors.length === 0) return this.#write(current.question.id, count);
		}
		this.errors = errors;
		this.attempt++;
		return false;
	}

	/** Removes the count of the current question. */
	async remove(): Promise<boolean> {
		const current = this.current;
		if (!current || this.saving) return false;
		return this.#write(current, null);
	}

	async #write(questionId: string, count: HandCount | null): Promise<boolean> {
		this.saving = true;
		try {
			this.workshop = await this.#deps.workshops.updateWorkshop(this.#id, (workshop) => {
				const hands = { ...workshop.hands };
				if (count) hands[questionId] = count;
				else delete hands[questionId];
				return { ...workshop, hands };
			});
			this.errors = [];
			this.notice = { key: count ? 'workshopGroup.hands.saved' : 'workshopGroup.hands.removed' };
			this.current = null;
			return true;
		} catch (error) {
			this.notice = messageOfError(error) ?? { key: 'problems.saveFailed' };
			return false;
		} finally {
			this.saving = false;
		}
	}
}

/** A typed count as a whole number, or the reason it is not one (labels are filled in by `withLabel`). */
export function parseCount(typed: string): number | MessageRef {
	const trimmed = typed.trim();
	if (!/^\d+$/.test(trimmed)) return { key: 'workshopGroup.hands.errors.notANumber', params: [''] };
	const n = Number(trimmed);
	if (n > WORKSHOP_LIMITS.present) return { key: 'workshopGroup.hands.errors.tooLarge', params: ['', WORKSHOP_LIMITS.present] };
	return n;
}

function withLabel(message: MessageRef, label: string): MessageRef {
	return { ...message, params: [label, ...(message.params ?? []).slice(1)] };
}
