/**
 * The discussion view of a werksessie: where answers differ most, where the group agrees, per role,
 * and themes × roles. The figures come from `aggregateWorkshop` (pure); this class loads the workshop,
 * recomputes when it changes, and saves the two display switches (small groups, names) at once.
 * Names never appear next to answers: only in the list of who handed in, and only when switched on.
 */
import type { Question, Theme } from '../content/checklist-schema.ts';
import { answerChoices, questionText } from '../domain/scope.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import { aggregateWorkshop, type QuestionAggregate, type WorkshopAggregate } from '../workshop/aggregate.ts';
import { ROLE_IDS, type RoleId, type Workshop, type WorkshopDisplay } from '../workshop/workshop-schema.ts';
import type { WorkshopGroupDeps } from './workshop-group-deps.ts';
import type { LoadStatus } from './workshop-hands.svelte.ts';

export type { QuestionAggregate };

export interface QuestionInfo {
	theme: Theme;
	question: Question;
	/** The question as the session's phase words it. */
	text: string;
	/** Every answer value of the question with its label, "Weet ik niet" included, in scale order. */
	options: { value: string; label: string }[];
}

export interface HandedInName {
	participantId: string;
	role: RoleId;
	name: string;
}

export class WorkshopDiscussion {
	status = $state<LoadStatus>('loading');
	workshop = $state.raw<Workshop | null>(null);
	/** A failed save of a display switch. */
	problem = $state.raw<MessageRef | string | null>(null);
	readonly #deps: WorkshopGroupDeps;
	readonly #id: string;
	readonly ready: Promise<void>;

	readonly aggregate: WorkshopAggregate | null = $derived.by(() =>
		this.workshop ? aggregateWorkshop(this.#deps.checklist, this.workshop) : null
	);

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

	get id(): string {
		return this.#id;
	}

	/** True when at least one answer (device or counted hands) is in. */
	get hasAnswers(): boolean {
		const aggregate = this.aggregate;
		if (!aggregate) return false;
		return aggregate.questions.some((entry) => entry.all.n > 0);
	}

	/** The question, its theme, its words in the session's phase and its answer options. */
	info(questionId: string): QuestionInfo | null {
		const checklist = this.#deps.checklist;
		for (const theme of checklist.themes) {
			const question = theme.questions.find((candidate) => candidate.id === questionId);
			if (question) {
				return {
					theme,
					question,
					text: this.workshop ? questionText(question, this.workshop.settings.phase) : question.text,
					options: answerChoices(checklist, question)
				};
			}
		}
		return null;
	}

	/** The figures of one question. */
	entry(questionId: string): QuestionAggregate | null {
		return this.aggregate?.questions.find((candidate) => candidate.questionId === questionId) ?? null;
	}

	themeTitle(themeId: string): string {
		return this.#deps.checklist.themes.find((theme) => theme.id === themeId)?.title ?? themeId;
	}

	/** Who handed in, by role order then name; empty unless names are switched on. */
	get names(): HandedInName[] {
		const workshop = this.workshop;
		if (!workshop || !workshop.display.showNames) return [];
		return Object.values(workshop.participants)
			.map(({ participantId, role, name }) => ({ participantId, role, name }))
			.sort((a, b) => ROLE_IDS.indexOf(a.role) - ROLE_IDS.indexOf(b.role) || a.name.localeCompare(b.name));
	}

	setShowSmallGroups(on: boolean): Promise<void> {
		return this.#setDisplay({ showSmallGroups: on });
	}

	setShowNames(on: boolean): Promise<void> {
		return this.#setDisplay({ showNames: on });
	}

	async #setDisplay(change: Partial<WorkshopDisplay>): Promise<void> {
		const workshop = this.workshop;
		if (!workshop) return;
		// Shown at once; storage follows. A failed save puts the stored state back and says so.
		this.workshop = { ...workshop, display: { ...workshop.display, ...change } };
		try {
			this.workshop = await this.#deps.workshops.updateWorkshop(this.#id, (stored) => ({
				...stored,
				display: { ...stored.display, ...change }
			}));
			this.problem = null;
		} catch (error) {
			this.workshop = workshop;
			this.problem = messageOfError(error) ?? { key: 'problems.saveFailed' };
		}
	}
}
