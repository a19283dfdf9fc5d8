/**
 * Merging action-plan edits per action, so two tabs that edit the same plan both keep their work.
 *
 * The plan used to be saved as a whole: when one tab moved an action, it wrote its own (older) copy of the
 * plan and an action just added in another tab disappeared. Now a tab saves only what it changed, as a
 * list of changes worked out by `diffPlan` (the plan before and after the user's edits), and storage applies
 * those changes to what it holds now with `applyPlanChanges`, inside one transaction:
 *
 * - An added or edited action is written when it is at least as new as the stored one (`updatedAt`), so
 *   edits to different actions both survive, and for the same action the newest edit wins.
 * - A removed action leaves a tombstone with the time of the removal. A removal and an edit of the same
 *   action in another tab resolve the same way: whichever happened last wins (an edit made after the removal
 *   brings the action back; an edit made before it stays removed).
 * - Order is stored as a number per action. Only actions that this tab added or moved get a new place:
 *   right after the action before it in this tab's list (at the end when it was the tab's last, at the
 *   start when it was the first). A move in one tab and an addition in another therefore keep both.
 *
 * Everything here is pure: no storage, no clock; all inputs are left untouched.
 */
import type { ActionPlan, PlanAction } from './scan.ts';

/** One action as storage keeps it: the action, or a tombstone once it was removed. */
export interface StoredPlanAction {
	actionId: string;
	/** Place in the plan; the plan lists its live actions by ascending order. Tombstones keep their last one. */
	order: number;
	/** The action, or null when it was removed. */
	action: PlanAction | null;
	/** When the action's own fields last changed, or when it was removed. The newest write wins. */
	updatedAt: string;
}

/** The parts of a plan kept apart from its actions. */
export interface PlanMeta {
	createdAt: string;
	updatedAt: string;
}

/** What one tab changed in the plan, relative to the plan it showed before. */
export interface PlanChanges {
	/** The tab's plan times; createdAt merges to the earliest, updatedAt to the latest. */
	meta: PlanMeta;
	/** Every action id of the tab's plan after its edits, in its order (used to place actions). */
	order: string[];
	/** Actions added or edited (whole actions, with their updatedAt). */
	put: PlanAction[];
	/** Actions removed, with the time of removal. */
	remove: Array<{ id: string; at: string }>;
	/** Actions whose place changed (by a move), not their content. */
	move: string[];
}

/** What `applyPlanChanges` produces: the records to write and the plan as it now stands. */
export interface AppliedPlanChanges {
	/** Every record that is new or changed (tombstones included); write exactly these. */
	records: StoredPlanAction[];
	meta: PlanMeta;
	/** The merged plan, in order. */
	plan: ActionPlan;
}

const CONTENT_FIELDS = [
	'id',
	'sourceActionId',
	'themeId',
	'questionId',
	'title',
	'why',
	'firstStep',
	'owner',
	'deadline',
	'horizon',
	'status',
	'priority',
	'updatedAt'
] as const satisfies ReadonlyArray<keyof PlanAction>;

/** True when two actions have the same fields (and so the same updatedAt). */
export function sameAction(a: PlanAction, b: PlanAction): boolean {
	return CONTENT_FIELDS.every((field) => a[field] === b[field]);
}

/** True when both plans list the same actions with the same fields in the same order. */
export function samePlanContent(a: ActionPlan | null, b: ActionPlan | null): boolean {
	if (a === null || b === null) return a === b;
	if (a.actions.length !== b.actions.length) return false;
	return a.actions.every((action, index) => {
		const other = b.actions[index];
		return other !== undefined && sameAction(action, other);
	});
}

/**
 * The indexes (into `values`) of one longest strictly increasing subsequence. Used to find the fewest
 * actions that must have moved: the others kept their order relative to each other.
 */
function longestIncreasing(values: readonly number[]): Set<number> {
	// Patience sorting: tails[k] is the index of the smallest tail of an increasing run of length k + 1.
	const tails: number[] = [];
	const previous: number[] = new Array<number>(values.length).fill(-1);
	values.forEach((value, index) => {
		let low = 0;
		let high = tails.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if ((values[tails[mid] as number] as number) < value) low = mid + 1;
			else high = mid;
		}
		if (low > 0) previous[index] = tails[low - 1] as number;
		tails[low] = index;
	});
	const kept = new Set<number>();
	let at = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
	while (at >= 0) {
		kept.add(at);
		at = previous[at] as number;
	}
	return kept;
}

/**
 * What changed between the plan a tab showed (`base`, null when there was no plan yet) and its plan after
 * the user's edits (`next`). Returns null when nothing changed.
 *
 * A removal is dated with `next.updatedAt` (the edit helpers set it to the time of the edit). When several
 * actions changed place, the fewest that explain the new order count as moved.
 */
export function diffPlan(base: ActionPlan | null, next: ActionPlan): PlanChanges | null {
	const before = new Map((base?.actions ?? []).map((action, index) => [action.id, { action, index }]));
	const after = new Set(next.actions.map((action) => action.id));

	const put: PlanAction[] = [];
	const kept: Array<{ id: string; baseIndex: number }> = [];
	for (const action of next.actions) {
		const old = before.get(action.id);
		if (!old || !sameAction(old.action, action)) put.push(action);
		if (old) kept.push({ id: action.id, baseIndex: old.index });
	}
	const remove = (base?.actions ?? [])
		.filter((action) => !after.has(action.id))
		.map((action) => ({ id: action.id, at: next.updatedAt }));
	const inOrder = longestIncreasing(kept.map((entry) => entry.baseIndex));
	const move = kept.filter((_, index) => !inOrder.has(index)).map((entry) => entry.id);

	const metaChanged = !base || base.createdAt !== next.createdAt || base.updatedAt !== next.updatedAt;
	if (put.length === 0 && remove.length === 0 && move.length === 0 && !metaChanged) return null;
	return {
		meta: { createdAt: next.createdAt, updatedAt: next.updatedAt },
		order: next.actions.map((action) => action.id),
		put,
		remove,
		move
	};
}

function byOrder(a: StoredPlanAction, b: StoredPlanAction): number {
	return a.order - b.order || (a.actionId < b.actionId ? -1 : a.actionId > b.actionId ? 1 : 0);
}

function earlier(a: string, b: string): string {
	return a < b ? a : b;
}

function later(a: string, b: string): string {
	return a > b ? a : b;
}

/** The live actions of stored records, in order. */
export function planActionsOf(records: readonly StoredPlanAction[]): PlanAction[] {
	return records
		.filter((record) => record.action !== null)
		.sort(byOrder)
		.map((record) => record.action as PlanAction);
}

/** Records for a whole plan, as written when a scan is created, imported or copied (order 0, 1, 2, …). */
export function recordsForPlan(plan: ActionPlan): StoredPlanAction[] {
	return plan.actions.map((action, order) => ({ actionId: action.id, order, action, updatedAt: action.updatedAt }));
}

/**
 * Applies one tab's changes to what storage holds now (`stored`: every record of the scan's plan,
 * tombstones included; `meta`: the stored plan times, or null when the scan had no plan yet).
 *
 * Returns the records to write and the merged plan. The inputs are not changed.
 */
export function applyPlanChanges(
	stored: readonly StoredPlanAction[],
	meta: PlanMeta | null,
	changes: PlanChanges
): AppliedPlanChanges {
	const records = new Map(stored.map((record) => [record.actionId, { ...record }]));
	const changed = new Set<string>();
	/** Actions that need a (new) place: added, brought back, or moved. */
	const toPlace = new Set<string>();

	for (const { id, at } of changes.remove) {
		const record = records.get(id);
		if (!record) {
			// Never stored (or stored elsewhere and not here yet): the tombstone still keeps an older copy out.
			records.set(id, { actionId: id, order: Number.MAX_SAFE_INTEGER, action: null, updatedAt: at });
			changed.add(id);
		} else if (record.action !== null && record.updatedAt <= at) {
			record.action = null;
			record.updatedAt = at;
			changed.add(id);
		}
	}

	for (const action of changes.put) {
		const record = records.get(action.id);
		if (record && record.updatedAt > action.updatedAt) continue; // storage holds a newer write
		if (!record || record.action === null) toPlace.add(action.id);
		if (record) {
			record.action = { ...action };
			record.updatedAt = action.updatedAt;
		} else {
			records.set(action.id, { actionId: action.id, order: Number.MAX_SAFE_INTEGER, action: { ...action }, updatedAt: action.updatedAt });
		}
		changed.add(action.id);
	}

	for (const id of changes.move) {
		if (records.get(id)?.action) toPlace.add(id);
	}

	// Lay out the live actions that keep their place, then put each added or moved action right after the
	// action before it in the tab's list; at the end when nothing after it in the tab's list was there
	// already (it was the tab's last), at the start when nothing before it is. In the tab's order, so
	// actions added together keep their order.
	const layout = [...records.values()]
		.filter((record) => record.action !== null && !toPlace.has(record.actionId))
		.sort(byOrder)
		.map((record) => record.actionId);
	const present = new Set(layout);
	const placed = new Set(layout);
	const tabOrder = changes.order.filter((id) => toPlace.has(id));
	for (const id of toPlace) if (!tabOrder.includes(id)) tabOrder.push(id);
	for (const id of tabOrder) {
		const from = changes.order.indexOf(id);
		let at: number;
		if (from < 0 || !changes.order.slice(from + 1).some((next) => present.has(next))) {
			at = layout.length;
		} else {
			at = 0;
			for (let j = from - 1; j >= 0; j--) {
				const previous = changes.order[j] as string;
				if (placed.has(previous)) {
					at = layout.indexOf(previous) + 1;
					break;
				}
			}
		}
		layout.splice(at, 0, id);
		placed.add(id);
	}
	layout.forEach((id, order) => {
		const record = records.get(id);
		if (record && record.order !== order) {
			record.order = order;
			changed.add(id);
		}
	});

	const mergedMeta: PlanMeta = meta
		? { createdAt: earlier(meta.createdAt, changes.meta.createdAt), updatedAt: later(meta.updatedAt, changes.meta.updatedAt) }
		: { ...changes.meta };
	const all = [...records.values()];
	return {
		records: all.filter((record) => changed.has(record.actionId)),
		meta: mergedMeta,
		plan: { actions: planActionsOf(all), createdAt: mergedMeta.createdAt, updatedAt: mergedMeta.updatedAt }
	};
}
