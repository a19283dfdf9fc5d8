/**
 * The action plan: proposing actions from the answers, and the user's edits to the plan.
 *
 * Everything is pure and immutable: every function returns a new plan (or the same plan object
 * when nothing changes, so `plan === before` means "no change") and never mutates its input.
 * Timestamps come in as `now` (an ISO string) so the functions stay testable and deterministic.
 */
import type { MessageRef } from '../i18n/message-ref.ts';
import type { Action, Checklist, Horizon } from '../content/checklist-schema.ts';
import type { ScanResults } from './results-types.ts';
import type { ActionPlan, ActionStatus, PlanAction, Scan } from './scan.ts';
import { ACTION_STATUSES, HORIZONS, LIMITS, deadlineProblem } from './scan-limits.ts';
import { answerScore } from './scoring.ts';
import { scaleOf, scopedQuestions, topScore } from './scope.ts';

type Priority = PlanAction['priority'];

/** Fields of a plan action the user may edit. */
export type EditableField = 'title' | 'why' | 'firstStep' | 'owner' | 'deadline' | 'horizon' | 'status';
/** A change to a plan action: any subset of the editable fields. */
export type ActionPatch = Partial<Pick<PlanAction, EditableField>>;
/** Fields for a new custom action: a title is required, the rest has defaults. */
export type CustomActionFields = Pick<PlanAction, 'title'> & ActionPatch;
/** Validation messages (Dutch, B1) per field; a field without a problem has no entry. */
/** What is wrong per field, as catalogue keys (src/lib/i18n); the form puts them into words. */
export type ActionFieldErrors = Partial<Record<EditableField, MessageRef>>;

const PRIORITY_RANK: Record<Priority, number> = { risk: 0, precondition: 1, gap: 2, custom: 3 };
const HORIZON_RANK: Record<Horizon, number> = { '0-3': 0, '3-12': 1, later: 2 };
const CUSTOM_ID = /^eigen-(\d+)$/;

/** Thrown by the edit helpers when fields are invalid. Call `validateActionFields` first to show the messages. */
export class ActionValidationError extends Error {
	override name = 'ActionValidationError';
	constructor(readonly errors: ActionFieldErrors) {
		super(`Invalid action: ${Object.values(errors).map((error) => error.key).join(' ')}`);
	}
}

// ---------------------------------------------------------------------------------------------
// Proposing
// ---------------------------------------------------------------------------------------------

interface Candidate {
	action: PlanAction;
	/** 0 for a high risk, 1 otherwise; only differs between risk actions. */
	severityRank: number;
	/** (top − score) ÷ top of the answer: 1 is the biggest gap. */
	gap: number;
	/** Position in the content (theme → question → action), the final tie-breaker. */
	contentIndex: number;
}

function compareCandidates(a: Candidate, b: Candidate): number {
	return (
		PRIORITY_RANK[a.action.priority] - PRIORITY_RANK[b.action.priority] ||
		a.severityRank - b.severityRank ||
		b.gap - a.gap ||
		HORIZON_RANK[a.action.horizon] - HORIZON_RANK[b.action.horizon] ||
		a.contentIndex - b.contentIndex
	);
}

/**
 * Proposes actions from the answers, in priority order.
 *
 * For every question in scope answered with a scale option below the top, the question's actions
 * whose `for` lists that option are proposed. Unanswered, "Weet ik niet" and "Niet van toepassing"
 * questions propose nothing: there is no option to act on. (Knowledge gaps are shown separately
 * from `results.knowledgeGaps`; once the user answers, `refreshPlan` adds the new proposals.)
 *
 * Priority: 'risk' for actions of don't themes, 'precondition' for actions of a question that a
 * cap names (`when.question`) — whether or not that cap holds right now, because the question is a
 * precondition either way — and 'gap' for the rest.
 *
 * Order: risks (high severity before medium), then preconditions, then gaps; within each: bigger gap
 * first (lower score relative to the top), then horizon ('0-3', '3-12', 'later'), then content order.
 * Duplicate action ids (invalid content) keep only the first, highest-ranked copy.
 *
 * `results` must be `scoreScan(checklist, scan)`; it provides the severity of risk flags. `now` becomes each
 * proposal's `updatedAt`; it defaults to the scan's, since a proposal follows from the answers.
 */
export function proposeActions(
	checklist: Checklist,
	scan: Scan,
	results: ScanResults,
	now: string = scan.updatedAt
): PlanAction[] {
	const capQuestionIds = new Set(
		checklist.caps.flatMap((cap) => ('question' in cap.when ? [cap.when.question] : []))
	);
	const severityByQuestion = new Map(results.riskFlags.map((flag) => [flag.questionId, flag.severity]));

	const candidates: Candidate[] = [];
	let contentIndex = 0;
	for (const { theme, question } of scopedQuestions(checklist, scan.mode, scan.profile.phase, scan.themes)) {
		const value = scan.answers[question.id]?.value;
		const score = answerScore(checklist, question, value);
		if (value === null || value === undefined || score === null) continue;
		const top = topScore(scaleOf(checklist, question));
		if (score >= top) continue;

		const priority: Priority =
			theme.kind === 'dont' ? 'risk' : capQuestionIds.has(question.id) ? 'precondition' : 'gap';
		const severityRank = priority === 'risk' && severityByQuestion.get(question.id) === 'high' ? 0 : 1;
		const gap = top > 0 ? (top - score) / top : 0;

		for (const action of question.actions) {
			if (!action.for.includes(value)) continue;
			candidates.push({
				action: toPlanAction(action, theme.id, question.id, priority, now),
				severityRank,
				gap,
				contentIndex: contentIndex++
			});
		}
	}

	const seen = new Set<string>();
	return candidates
		.sort(compareCandidates)
		.filter(({ action }) => {
			if (seen.has(action.id)) return false;
			seen.add(action.id);
			return true;
		})
		.map(({ action }) => action);
}

function toPlanAction(action: Action, themeId: string, questionId: string, priority: Priority, now: string): PlanAction {
	return {
		id: action.id,
		sourceActionId: action.id,
		themeId,
		questionId,
		title: action.title,
		why: action.why,
		firstStep: action.firstStep,
		owner: action.owner,
		deadline: '',
		horizon: action.horizon,
		status: 'open',
		priority,
		updatedAt: now
	};
}

/** A new plan with the proposed actions, in priority order. */
export function createPlan(checklist: Checklist, scan: Scan, results: ScanResults, now: string): ActionPlan {
	return { actions: proposeActions(checklist, scan, results, now), createdAt: now, updatedAt: now };
}

/**
 * Adds proposals that are not in the plan yet, after the answers changed. Never touches what is
 * there: the user's edits, custom actions, order, and actions whose answer has since improved all
 * stay as they are.
 *
 * A proposal counts as present when an action with the same `sourceActionId` (or id) is in the
 * plan. A new proposal goes right before the nearest following proposal (in `proposed` order) that
 * is in the plan; failing that, right after the nearest preceding one; failing that, before the
 * first non-custom action of a lower priority group; failing that, at the end.
 *
 * The plan keeps no record of actions the user removed, so a removed proposal looks the same as a
 * new one and would come back. That is why the additions are also returned separately: the caller
 * decides — for example show "2 nieuwe acties voorgesteld" with the option to undo, or keep its own
 * list of dismissed ids and filter `proposed` before calling. When nothing is added the same plan
 * object is returned (`updatedAt` unchanged). Every added action gets `updatedAt: now`, so it is newer than the
 * record of an earlier removal in storage and really comes back.
 *
 * `proposed` is the output of `proposeActions` for the current answers.
 */
export function refreshPlan(
	plan: ActionPlan,
	proposed: readonly PlanAction[],
	now: string
): { plan: ActionPlan; added: PlanAction[] } {
	const actions = [...plan.actions];
	const added: PlanAction[] = [];
	const indexInPlan = (proposal: PlanAction): number =>
		actions.findIndex(
			(action) =>
				action.id === proposal.id ||
				(proposal.sourceActionId !== null && action.sourceActionId === proposal.sourceActionId)
		);

	proposed.forEach((proposal, k) => {
		if (indexInPlan(proposal) >= 0) return;
		let at = -1;
		for (let j = k + 1; j < proposed.length && at < 0; j++) {
			const next = proposed[j];
			if (next) at = indexInPlan(next);
		}
		for (let j = k - 1; j >= 0 && at < 0; j--) {
			const previous = proposed[j];
			const index = previous ? indexInPlan(previous) : -1;
			if (index >= 0) at = index + 1;
		}
		if (at < 0) {
			at = actions.findIndex(
				(action) => action.priority !== 'custom' && PRIORITY_RANK[action.priority] > PRIORITY_RANK[proposal.priority]
			);
		}
		if (at < 0) at = actions.length;
		const copy = { ...proposal, updatedAt: now };
		actions.splice(at, 0, copy);
		added.push(copy);
	});

	if (added.length === 0) return { plan, added };
	return { plan: { ...plan, actions, updatedAt: now }, added };
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/** The deadline rules are those of the stored data (`deadlineProblem`, LIMITS.deadline); these are the form's messages. */
function deadlineError(deadline: string): MessageRef | null {
	switch (deadlineProblem(deadline)) {
		case null:
			return null;
		case 'format':
			return { key: 'plan.errors.deadlineFormat' };
		case 'day':
			return { key: 'plan.errors.deadlineDay' };
		case 'range':
			return { key: 'plan.errors.deadlineRange', params: [LIMITS.deadline.min.slice(0, 4), LIMITS.deadline.max.slice(0, 4)] };
	}
}

function tooLong(value: string, max: number, field: 'title' | 'why' | 'firstStep' | 'owner'): MessageRef | null {
	return value.length > max ? { key: `plan.errors.tooLong.${field}`, params: [max, value.length] } : null;
}

/**
 * Checks the fields that are present (a missing field is not checked, so a patch can be validated
 * on its own). Surrounding spaces are ignored, the same as when the value is stored.
 * Returns a message (catalogue key) per field for the UI's error summary; `{}` means all is well.
 */
export function validateActionFields(fields: ActionPatch): ActionFieldErrors {
	const errors: ActionFieldErrors = {};
	const text = (value: unknown): string | null => (typeof value === 'string' ? value.trim() : null);

	if (fields.title !== undefined) {
		const title = text(fields.title);
		if (!title) errors.title = { key: 'plan.errors.titleMissing' };
		else {
			const long = tooLong(title, LIMITS.action.title, 'title');
			if (long) errors.title = long;
		}
	}
	for (const field of ['why', 'firstStep', 'owner'] as const) {
		if (fields[field] === undefined) continue;
		const value = text(fields[field]);
		if (value === null) errors[field] = { key: `plan.errors.notText.${field}` };
		else {
			const long = tooLong(value, LIMITS.action[field], field);
			if (long) errors[field] = long;
		}
	}
	if (fields.deadline !== undefined) {
		const deadline = text(fields.deadline);
		const problem: MessageRef | null = deadline === null ? { key: 'plan.errors.deadlineFormat' } : deadlineError(deadline);
		if (problem) errors.deadline = problem;
	}
	if (fields.horizon !== undefined && !(HORIZONS as readonly string[]).includes(fields.horizon)) {
		errors.horizon = { key: 'plan.errors.horizon' };
	}
	if (fields.status !== undefined && !(ACTION_STATUSES as readonly string[]).includes(fields.status)) {
		errors.status = { key: 'plan.errors.status' };
	}
	return errors;
}

/**
 * `validateActionFields` for a new action of the user's own, plus the plan's size limit
 * (LIMITS.planActions): a plan the app cannot store or export again must not be made.
 */
export function validateCustomAction(plan: ActionPlan, fields: ActionPatch): ActionFieldErrors {
	const errors = validateActionFields(fields);
	if (plan.actions.length >= LIMITS.planActions) {
		errors.title = { key: 'plan.errors.planFull', params: [LIMITS.planActions] };
	}
	return errors;
}

const TEXT_FIELDS = ['title', 'why', 'firstStep', 'owner', 'deadline'] as const;

/** Keeps only editable fields that are set, with surrounding spaces removed from texts. */
function cleanPatch(patch: ActionPatch): ActionPatch {
	const clean: ActionPatch = {};
	for (const field of TEXT_FIELDS) {
		const value = patch[field];
		if (value !== undefined) clean[field] = typeof value === 'string' ? value.trim() : value;
	}
	if (patch.horizon !== undefined) clean.horizon = patch.horizon;
	if (patch.status !== undefined) clean.status = patch.status;
	return clean;
}

function assertValid(fields: ActionPatch): void {
	const errors = validateActionFields(fields);
	if (Object.keys(errors).length > 0) throw new ActionValidationError(errors);
}

// ---------------------------------------------------------------------------------------------
// Editing
// ---------------------------------------------------------------------------------------------

/**
 * Changes editable fields of one action. Other keys in `patch` (id, priority, …) are ignored.
 * Texts are stored trimmed, so call this when a field is saved (change/blur/submit), not on every
 * keystroke. Throws `ActionValidationError` for invalid fields; an unknown id or a patch that
 * changes nothing returns the same plan.
 */
export function updateAction(plan: ActionPlan, id: string, patch: ActionPatch, now: string): ActionPlan {
	const current = plan.actions.find((action) => action.id === id);
	if (!current) return plan;
	const clean = cleanPatch(patch);
	assertValid(clean);
	const changed = (Object.keys(clean) as EditableField[]).some((field) => clean[field] !== current[field]);
	if (!changed) return plan;
	const updated: PlanAction = { ...current, ...clean, updatedAt: now };
	return {
		...plan,
		actions: plan.actions.map((action) => (action === current ? updated : action)),
		updatedAt: now
	};
}

/** The id the next custom action gets: `eigen-<n>`, one higher than the highest in the plan. */
export function nextCustomActionId(plan: ActionPlan): string {
	let highest = 0;
	for (const action of plan.actions) {
		const match = CUSTOM_ID.exec(action.id);
		if (match) highest = Math.max(highest, Number(match[1]));
	}
	return `eigen-${highest + 1}`;
}

/**
 * Adds an action of the user's own at the end of the plan (the new action is the last one).
 * Defaults: empty texts and deadline, horizon '0-3', status 'open'. Priority is 'custom' and
 * `sourceActionId`, `themeId` and `questionId` are null. Throws `ActionValidationError` for
 * invalid fields (a title is required).
 */
export function addCustomAction(plan: ActionPlan, fields: CustomActionFields, now: string): ActionPlan {
	const clean = cleanPatch(fields);
	const complete = {
		title: '',
		why: '',
		firstStep: '',
		owner: '',
		deadline: '',
		horizon: '0-3' as Horizon,
		status: 'open' as ActionStatus,
		...clean
	};
	const errors = validateCustomAction(plan, complete);
	if (Object.keys(errors).length > 0) throw new ActionValidationError(errors);
	const action: PlanAction = {
		id: nextCustomActionId(plan),
		sourceActionId: null,
		themeId: null,
		questionId: null,
		...complete,
		priority: 'custom',
		updatedAt: now
	};
	return { ...plan, actions: [...plan.actions, action], updatedAt: now };
}

/** Removes an action. An unknown id returns the same plan. */
export function removeAction(plan: ActionPlan, id: string, now: string): ActionPlan {
	const actions = plan.actions.filter((action) => action.id !== id);
	if (actions.length === plan.actions.length) return plan;
	return { ...plan, actions, updatedAt: now };
}

/**
 * Moves an action one place up or down. At the top/bottom, or for an unknown id, returns the same plan.
 * A move changes the plan's updatedAt but not the action's: its own fields did not change, so a move in one
 * tab and an edit of the same action in another tab both survive.
 */
export function moveAction(plan: ActionPlan, id: string, direction: 'up' | 'down', now: string): ActionPlan {
	const index = plan.actions.findIndex((action) => action.id === id);
	if (index < 0) return plan;
	return moveActionTo(plan, id, direction === 'up' ? index - 1 : index + 1, now);
}

/**
 * Moves an action so it ends up at `index` (0 is the top). An index outside the plan is clamped
 * to the first or last place. An unknown id or no movement returns the same plan.
 */
export function moveActionTo(plan: ActionPlan, id: string, index: number, now: string): ActionPlan {
	const from = plan.actions.findIndex((action) => action.id === id);
	if (from < 0) return plan;
	if (!Number.isInteger(index)) throw new RangeError(`moveActionTo: index must be an integer, got ${index}`);
	const to = Math.min(Math.max(index, 0), plan.actions.length - 1);
	if (to === from) return plan;
	const actions = [...plan.actions];
	const [moved] = actions.splice(from, 1);
	if (!moved) return plan;
	actions.splice(to, 0, moved);
	return { ...plan, actions, updatedAt: now };
}
