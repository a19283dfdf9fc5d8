/**
 * The action plan page's state: the plan proposed from the answers, the overview, why each action is
 * there, and the form that edits one action or adds one of the user's own.
 *
 * The page (pages/plan-page.svelte) only draws this. Storing the plan, the clock, moving focus and the PDF
 * come in as deps, so every step (validation, focus after saving, announcements) is tested without a
 * browser. Texts are catalogue keys (MessageRef); the page puts them into words in the current language.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import { actionEvidence, type ActionEvidence } from '../domain/action-evidence.ts';
import {
	addCustomAction,
	createPlan,
	moveAction,
	proposeActions,
	refreshPlan,
	removeAction,
	updateAction,
	validateActionFields,
	validateCustomAction,
	type ActionFieldErrors,
	type ActionPatch
} from '../domain/action-plan.ts';
import { datePartsOf, readDateParts, type DatePart, type DateParts, type DatePartsProblem } from '../domain/date-parts.ts';
import type { ScanResults } from '../domain/results-types.ts';
import type { ActionPlan, PlanAction, Scan } from '../domain/scan.ts';
import { scoreScan } from '../domain/scoring.ts';
import type { MessageKey, MessageRef } from '../i18n/message-ref.ts';

export interface PlanEditorDeps {
	/** The checklist in the current language. */
	checklist(): Checklist;
	/** The scan as it is now; the plan in it changes after every `setPlan`. */
	scan(): Scan;
	/** Stores a changed plan with the scan. */
	setPlan(plan: ActionPlan): void;
	/** The time now as an ISO string. */
	now(): string;
	/** Moves focus to the element with this id once the page shows the latest state. */
	focus(id: string): Promise<void>;
}

export type EditorField = 'title' | 'owner' | 'why' | 'firstStep';
export type Draft = Required<ActionPatch>;

/** Ids of the page's elements the editor moves focus to; the page uses the same ones. */
export const PLAN_IDS = {
	heading: 'plan-heading',
	/** The heading of the overview table. */
	overview: 'plan-overview',
	/** The heading of the edit or add form. */
	formHeading: 'edit-heading',
	/** The button under the plan that opens the add form. */
	addButton: 'add-action',
	action: (id: string) => `action-${id}`,
	field: (field: EditorField) => `action-${field}`,
	deadline: (part: DatePart) => `action-deadline-${part}`,
	move: (direction: 'up' | 'down', id: string) => `move-${direction}-${id}`
} as const;

const DEADLINE_PROBLEMS: Record<DatePartsProblem, MessageKey> = {
	missing: 'plan.errors.deadlineFormat',
	noDay: 'plan.errors.deadlineNoDay',
	noMonth: 'plan.errors.deadlineNoMonth',
	noYear: 'plan.errors.deadlineNoYear',
	yearDigits: 'plan.errors.deadlineYearDigits',
	invalid: 'plan.errors.deadlineDay'
};

/** The order of the fields in the form, so the error summary lists them in the same order. */
const FIELD_ORDER: (keyof ActionFieldErrors)[] = ['title', 'owner', 'deadline', 'status', 'horizon', 'why', 'firstStep'];

const emptyDraft = (): Draft => ({ title: '', why: '', firstStep: '', owner: '', deadline: '', horizon: '0-3', status: 'open' });
const emptyParts = (): DateParts => ({ day: '', month: '', year: '' });

export class PlanEditor {
	/** The id of the action being edited, or null. */
	editing = $state<string | null>(null);
	/** The form to add an action of the user's own is open. */
	adding = $state(false);
	draft = $state<Draft>(emptyDraft());
	/** The deadline as typed in the three boxes. */
	deadlineParts = $state<DateParts>(emptyParts());
	/** The date boxes to mark as wrong. */
	deadlineMarked = $state<readonly DatePart[]>([]);
	errors = $state<ActionFieldErrors>({});
	/** Raised on every save with errors, so the error summary takes focus again. */
	attempt = $state(0);
	/** The last change, for screen readers (a polite live region). */
	announcement = $state<MessageRef | null>(null);
	/** The action whose "Verwijderen" asks for confirmation. */
	confirmingRemove = $state<string | null>(null);

	readonly #deps: PlanEditorDeps;

	constructor(deps: PlanEditorDeps) {
		this.#deps = deps;
	}

	get checklist(): Checklist {
		return this.#deps.checklist();
	}

	get scan(): Scan {
		return this.#deps.scan();
	}

	get plan(): ActionPlan | null {
		return this.#deps.scan().plan;
	}

	readonly results: ScanResults = $derived(scoreScan(this.checklist, this.scan));

	/** False while questions in scope are still open: the plan is then based on the answers so far. */
	readonly complete = $derived(this.results.complete);

	/** Proposals for answers changed after the plan was made; the user decides to add them. */
	readonly newProposals: PlanAction[] = $derived.by(() => {
		const plan = this.plan;
		if (!plan) return [];
		const known = new Set(plan.actions.map((action) => action.sourceActionId ?? action.id));
		return proposeActions(this.checklist, this.scan, this.results).filter((action) => !known.has(action.id));
	});

	/** Per action id: the answers and explanations that led to it ("Waarom deze actie"). */
	readonly evidence: Map<string, ActionEvidence[]> = $derived(actionEvidence(this.checklist, this.scan, this.plan?.actions ?? []));

	/** The errors in the order of the form, each linking to the field (or date box) to correct. */
	readonly errorList: { href: string; message: MessageRef }[] = $derived(
		FIELD_ORDER.flatMap((field) => {
			const message = this.errors[field];
			if (!message) return [];
			const id =
				field === 'deadline'
					? PLAN_IDS.deadline(this.deadlineMarked[0] ?? 'day')
					: field === 'status' || field === 'horizon'
						? `action-${field}` // the first radio (see components/radios.svelte)
						: PLAN_IDS.field(field);
			return [{ href: `#${id}`, message }];
		})
	);

	/** The first visit proposes a plan from the answers; it is stored with the scan at once. */
	ensurePlan(): void {
		const scan = this.scan;
		if (scan.plan === null) this.#deps.setPlan(createPlan(this.checklist, scan, this.results, this.#deps.now()));
	}

	/** The checklist's sources behind a proposed action; none for an own action. */
	sourcesOf(action: PlanAction): string[] {
		if (!action.sourceActionId) return [];
		for (const theme of this.checklist.themes) {
			for (const question of theme.questions) {
				const found = question.actions.find((item) => item.id === action.sourceActionId);
				if (found) return found.sources;
			}
		}
		return [];
	}

	/** From the overview to an action's details: focus lands on its heading, so reading starts there. */
	async goTo(actionId: string): Promise<void> {
		await this.#deps.focus(PLAN_IDS.action(actionId));
	}

	/** From an action back to the overview. */
	async goToOverview(): Promise<void> {
		await this.#deps.focus(PLAN_IDS.overview);
	}

	async startEdit(action: PlanAction): Promise<void> {
		this.#openForm(action.id, {
			title: action.title,
			why: action.why,
			firstStep: action.firstStep,
			owner: action.owner,
			deadline: action.deadline,
			horizon: action.horizon,
			status: action.status
		});
		await this.#deps.focus(PLAN_IDS.formHeading);
	}

	/** Opens the form for an action of the user's own (or goes back to it when open) and focuses it. */
	async startAdd(): Promise<void> {
		if (!this.adding) this.#openForm(null, emptyDraft());
		await this.#deps.focus(PLAN_IDS.formHeading);
	}

	/** "Annuleren": closes the form without saving; focus goes back to where the form was opened from. */
	async cancel(): Promise<void> {
		const back = this.editing ? PLAN_IDS.action(this.editing) : PLAN_IDS.addButton;
		await this.#closeForm(back);
	}

	/** "Actie opslaan". Resolves true when saved; with errors the form stays, with the error summary. */
	async save(): Promise<boolean> {
		const plan = this.plan;
		if (!plan || (!this.adding && !this.editing)) return false;
		this.attempt++;
		// A typed deadline is read from the three boxes; one that cannot be read is an error, never dropped.
		const deadline = readDateParts(this.deadlineParts, { optional: true });
		const patch: ActionPatch = { ...this.#trimmedDraft(), deadline: deadline.ok ? deadline.date : this.draft.deadline };
		let errors = this.adding ? validateCustomAction(plan, patch) : validateActionFields(patch);
		if (!deadline.ok) errors = { ...errors, deadline: { key: DEADLINE_PROBLEMS[deadline.problem] } };
		this.errors = errors;
		this.deadlineMarked = deadline.ok ? (errors.deadline ? ['day', 'month', 'year'] : []) : deadline.parts;
		if (Object.keys(errors).length > 0) return false;

		if (this.adding) {
			const next = addCustomAction(plan, { ...patch, title: patch.title ?? '' }, this.#deps.now());
			this.#deps.setPlan(next);
			const added = next.actions[next.actions.length - 1];
			this.announcement = { key: 'plan.added' };
			await this.#closeForm(added ? PLAN_IDS.action(added.id) : null);
		} else if (this.editing) {
			const id = this.editing;
			this.#setPlan(updateAction(plan, id, patch, this.#deps.now()));
			this.announcement = { key: 'plan.saved' };
			await this.#closeForm(PLAN_IDS.action(id));
		}
		return true;
	}

	async move(action: PlanAction, direction: 'up' | 'down'): Promise<void> {
		const plan = this.plan;
		if (!plan) return;
		this.#setPlan(moveAction(plan, action.id, direction, this.#deps.now()));
		this.announcement = { key: direction === 'up' ? 'plan.movedUp' : 'plan.movedDown', params: [action.title] };
		await this.#deps.focus(PLAN_IDS.move(direction, action.id));
	}

	askRemove(actionId: string): void {
		this.confirmingRemove = actionId;
	}

	cancelRemove(): void {
		this.confirmingRemove = null;
	}

	/** Removes the action; focus goes to the next action (or the one before, or the page heading). */
	async remove(action: PlanAction): Promise<void> {
		const plan = this.plan;
		if (!plan) return;
		const index = plan.actions.findIndex((item) => item.id === action.id);
		if (index < 0) return;
		const neighbour = plan.actions[index + 1] ?? plan.actions[index - 1];
		this.#setPlan(removeAction(plan, action.id, this.#deps.now()));
		this.confirmingRemove = null;
		this.announcement = { key: 'plan.removed', params: [action.title] };
		await this.#deps.focus(neighbour ? PLAN_IDS.action(neighbour.id) : PLAN_IDS.heading);
	}

	/** Adds the proposals that follow from answers changed after the plan was made. */
	addProposals(): void {
		const plan = this.plan;
		if (!plan) return;
		const { plan: next, added } = refreshPlan(plan, proposeActions(this.checklist, this.scan, this.results), this.#deps.now());
		this.#setPlan(next);
		this.announcement = { key: 'plan.proposalsAdded', params: [added.length] };
	}

	#setPlan(next: ActionPlan): void {
		// The edit helpers return the same plan when nothing changed: then there is nothing to store.
		if (next !== this.plan) this.#deps.setPlan(next);
	}

	#openForm(editing: string | null, draft: Draft): void {
		this.editing = editing;
		this.adding = editing === null;
		this.draft = draft;
		this.deadlineParts = datePartsOf(draft.deadline);
		this.deadlineMarked = [];
		this.errors = {};
		this.confirmingRemove = null;
	}

	async #closeForm(focusId: string | null): Promise<void> {
		this.editing = null;
		this.adding = false;
		this.errors = {};
		this.deadlineMarked = [];
		if (focusId) await this.#deps.focus(focusId);
	}

	#trimmedDraft(): ActionPatch {
		const draft = this.draft;
		return {
			title: draft.title.trim(),
			why: draft.why.trim(),
			firstStep: draft.firstStep.trim(),
			owner: draft.owner.trim(),
			deadline: draft.deadline.trim(),
			horizon: draft.horizon,
			status: draft.status
		};
	}
}
