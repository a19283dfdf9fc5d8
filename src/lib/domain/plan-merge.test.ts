import { describe, expect, test } from 'vitest';
import { addCustomAction, moveAction, moveActionTo, removeAction, updateAction } from './action-plan.ts';
import {
	applyPlanChanges,
	diffPlan,
	planActionsOf,
	recordsForPlan,
	samePlanContent,
	type PlanChanges,
	type StoredPlanAction
} from './plan-merge.ts';
import type { ActionPlan, PlanAction } from './scan.ts';
import { deepFreeze } from './test-fixtures.ts';

const T0 = '2025-06-01T10:00:00.000Z';
const T1 = '2025-06-01T10:01:00.000Z';
const T2 = '2025-06-01T10:02:00.000Z';
const T3 = '2025-06-01T10:03:00.000Z';

function action(id: string, updatedAt = T0, title = `Titel ${id}`): PlanAction {
	return {
		id,
		sourceActionId: id,
		themeId: 't',
		questionId: 'q',
		title,
		why: '',
		firstStep: '',
		owner: '',
		deadline: '',
		horizon: '0-3',
		status: 'open',
		priority: 'gap',
		updatedAt
	};
}

function planOf(ids: string[], updatedAt = T0): ActionPlan {
	return deepFreeze({ actions: ids.map((id) => action(id)), createdAt: T0, updatedAt });
}

const ids = (plan: ActionPlan) => plan.actions.map((a) => a.id);

/** A tiny "storage": the records of one plan and its times, updated as a transaction would. */
class Store {
	records: StoredPlanAction[];
	meta: { createdAt: string; updatedAt: string } | null;
	constructor(plan: ActionPlan | null) {
		this.records = plan ? recordsForPlan(plan) : [];
		this.meta = plan ? { createdAt: plan.createdAt, updatedAt: plan.updatedAt } : null;
	}
	/** Applies a tab's edit (from → to) and returns the merged plan. */
	save(from: ActionPlan | null, to: ActionPlan): ActionPlan {
		const changes = diffPlan(from, to);
		if (!changes) return this.plan();
		const applied = applyPlanChanges(deepFreeze(this.records.map((r) => ({ ...r }))), this.meta, changes);
		const byId = new Map(this.records.map((r) => [r.actionId, r]));
		for (const record of applied.records) byId.set(record.actionId, record);
		this.records = [...byId.values()];
		this.meta = applied.meta;
		expect(applied.plan).toEqual(this.plan());
		return applied.plan;
	}
	plan(): ActionPlan {
		if (!this.meta) throw new Error('no plan');
		return { actions: planActionsOf(this.records), ...this.meta };
	}
}

describe('diffPlan', () => {
	const base = planOf(['a', 'b', 'c']);

	test('no change gives null', () => {
		expect(diffPlan(base, base)).toBeNull();
		expect(diffPlan(base, { ...base, actions: [...base.actions] })).toBeNull();
	});

	test('a new plan puts every action, in order', () => {
		const changes = diffPlan(null, base);
		expect(changes).toEqual<PlanChanges>({
			meta: { createdAt: T0, updatedAt: T0 },
			order: ['a', 'b', 'c'],
			put: base.actions,
			remove: [],
			move: []
		});
	});

	test('an edit puts only that action', () => {
		const next = updateAction(base, 'b', { owner: 'Fatima' }, T1);
		const changes = diffPlan(base, next);
		expect(changes?.put.map((a) => [a.id, a.owner, a.updatedAt])).toEqual([['b', 'Fatima', T1]]);
		expect(changes?.move).toEqual([]);
		expect(changes?.remove).toEqual([]);
		expect(changes?.meta.updatedAt).toBe(T1);
	});

	test('an added action is put; a removed one is removed with the time of the removal', () => {
		const added = addCustomAction(base, { title: 'Eigen' }, T1);
		expect(diffPlan(base, added)?.put.map((a) => a.id)).toEqual(['eigen-1']);
		const removed = removeAction(base, 'a', T2);
		expect(diffPlan(base, removed)?.remove).toEqual([{ id: 'a', at: T2 }]);
	});

	test.each([
		['b up', (p: ActionPlan) => moveAction(p, 'b', 'up', T1), [['b', 'a', 'c']]],
		['a to the bottom', (p: ActionPlan) => moveActionTo(p, 'a', 2, T1), [['b', 'c', 'a']]],
		['c to the top', (p: ActionPlan) => moveActionTo(p, 'c', 0, T1), [['c', 'a', 'b']]]
	])('a move (%s) marks one action as moved and puts nothing', (_name, edit, [order]) => {
		const next = edit(base);
		const changes = diffPlan(base, next);
		expect(changes?.order).toEqual(order);
		expect(changes?.move).toHaveLength(1);
		expect(changes?.put).toEqual([]);
	});
});

describe('applyPlanChanges', () => {
	test('a plan saved into empty storage comes back the same', () => {
		const store = new Store(null);
		const plan = planOf(['a', 'b', 'c']);
		expect(store.save(null, plan)).toEqual(plan);
	});

	test('returns only the records that changed', () => {
		const base = planOf(['a', 'b', 'c']);
		const changes = diffPlan(base, updateAction(base, 'c', { owner: 'Jan' }, T1));
		if (!changes) throw new Error('no changes');
		const applied = applyPlanChanges(recordsForPlan(base), { createdAt: T0, updatedAt: T0 }, changes);
		expect(applied.records.map((r) => r.actionId)).toEqual(['c']);
	});

	test('edits to different actions in two tabs both survive', () => {
		const base = planOf(['a', 'b', 'c']);
		const store = new Store(base);
		store.save(base, updateAction(base, 'a', { owner: 'Tab A' }, T1));
		const merged = store.save(base, updateAction(base, 'c', { status: 'klaar' }, T2));
		expect(merged.actions.map((a) => [a.id, a.owner, a.status])).toEqual([
			['a', 'Tab A', 'open'],
			['b', '', 'open'],
			['c', '', 'klaar']
		]);
		expect(merged.updatedAt).toBe(T2);
	});

	test.each([
		['the newer edit commits last', [T1, T2]],
		['the newer edit commits first', [T2, T1]]
	])('the same action edited in two tabs: the newest edit wins (%s)', (_name, times) => {
		const base = planOf(['a', 'b']);
		const store = new Store(base);
		for (const time of times) store.save(base, updateAction(base, 'a', { owner: `om ${time}` }, time as string));
		expect(store.plan().actions[0]?.owner).toBe(`om ${T2}`);
	});

	test.each([
		['the move commits first', 'move-first'],
		['the addition commits first', 'add-first']
	])('a move in one tab and an addition in another keep both (%s)', (_name, which) => {
		const base = planOf(['a', 'b', 'c']);
		const store = new Store(base);
		const moved = moveActionTo(base, 'c', 0, T1);
		const added = addCustomAction(base, { title: 'Eigen' }, T2);
		if (which === 'move-first') {
			store.save(base, moved);
			store.save(base, added);
		} else {
			store.save(base, added);
			store.save(base, moved);
		}
		expect(ids(store.plan())).toEqual(['c', 'a', 'b', 'eigen-1']);
	});

	test('moves of different actions in two tabs both count', () => {
		const base = planOf(['a', 'b', 'c', 'd', 'e']);
		const store = new Store(base);
		store.save(base, moveActionTo(base, 'e', 0, T1));
		store.save(base, moveActionTo(base, 'a', 4, T2));
		expect(ids(store.plan())).toEqual(['e', 'b', 'c', 'd', 'a']);
	});

	test('an edit and a move of the same action both count (its place and its fields are apart)', () => {
		const base = planOf(['a', 'b', 'c']);
		const store = new Store(base);
		store.save(base, moveActionTo(base, 'c', 0, T1));
		store.save(base, updateAction(base, 'c', { owner: 'Jan' }, T2));
		expect(store.plan().actions.map((a) => [a.id, a.owner])).toEqual([
			['c', 'Jan'],
			['a', ''],
			['b', '']
		]);
	});

	test('a removal after an edit in another tab wins; the action stays removed', () => {
		const base = planOf(['a', 'b']);
		const store = new Store(base);
		store.save(base, updateAction(base, 'a', { owner: 'Jan' }, T1));
		store.save(base, removeAction(base, 'a', T2));
		expect(ids(store.plan())).toEqual(['b']);
		// A late write of an edit made before the removal does not bring it back.
		store.save(base, updateAction(base, 'a', { owner: 'Piet' }, T1));
		expect(ids(store.plan())).toEqual(['b']);
	});

	test('an edit made after a removal in another tab brings the action back, in its place', () => {
		const base = planOf(['a', 'b', 'c']);
		const store = new Store(base);
		store.save(base, removeAction(base, 'b', T1));
		store.save(base, updateAction(base, 'b', { owner: 'Jan' }, T2));
		expect(store.plan().actions.map((a) => [a.id, a.owner])).toEqual([
			['a', ''],
			['b', 'Jan'],
			['c', '']
		]);
	});

	test('a removal of an action storage does not have yet keeps a later-arriving older copy out', () => {
		const store = new Store(planOf(['a']));
		const withB = { ...planOf(['a', 'b']), updatedAt: T1 };
		store.save(withB, removeAction(withB, 'b', T2));
		expect(ids(store.plan())).toEqual(['a']);
		store.save(planOf(['a']), { ...withB, actions: [action('a'), action('b', T1)] });
		expect(ids(store.plan())).toEqual(['a']);
	});

	test('proposals added in the middle in one tab keep their place while another tab reorders', () => {
		const base = planOf(['a', 'c', 'e']);
		const store = new Store(base);
		store.save(base, moveActionTo(base, 'e', 0, T1));
		const withProposals: ActionPlan = {
			...base,
			actions: [action('a'), action('b', T2), action('c'), action('d', T2), action('e')],
			updatedAt: T2
		};
		store.save(base, withProposals);
		expect(ids(store.plan())).toEqual(['e', 'a', 'b', 'c', 'd']);
	});

	test('two tabs that both make the plan for the first time end with one plan, the earliest createdAt', () => {
		const store = new Store(null);
		store.save(null, { ...planOf(['a', 'b']), createdAt: T1, updatedAt: T1 });
		store.save(null, { ...planOf(['a', 'b']), createdAt: T2, updatedAt: T2 });
		expect(ids(store.plan())).toEqual(['a', 'b']);
		expect(store.plan().createdAt).toBe(T1);
		expect(store.plan().updatedAt).toBe(T2);
	});

	test('one tab alone: applying every edit in turn always gives exactly the tab’s plan', () => {
		// A fixed pseudo-random walk through the edit helpers (same sequence every run).
		let seed = 7;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		let plan = planOf(['a', 'b', 'c', 'd']);
		const store = new Store(plan);
		for (let step = 0; step < 200; step++) {
			const time = new Date(Date.parse(T3) + step * 1000).toISOString();
			const target = plan.actions[random(Math.max(plan.actions.length, 1))]?.id ?? 'a';
			let next: ActionPlan;
			switch (random(4)) {
				case 0:
					next = addCustomAction(plan, { title: `Stap ${step}` }, time);
					break;
				case 1:
					next = plan.actions.length > 1 ? removeAction(plan, target, time) : plan;
					break;
				case 2:
					next = moveActionTo(plan, target, random(plan.actions.length + 1), time);
					break;
				default:
					next = updateAction(plan, target, { owner: `Eigenaar ${step}` }, time);
			}
			store.save(plan, next);
			plan = next;
			expect(samePlanContent(store.plan(), plan), `step ${step}`).toBe(true);
		}
	});
});
