import { describe, expect, test } from 'vitest';
import { translate, type MessageRef } from '../i18n/message-ref.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import type { Checklist } from '../content/checklist-schema.ts';
import {
	ActionValidationError,
	addCustomAction,
	createPlan,
	moveAction,
	moveActionTo,
	nextCustomActionId,
	proposeActions,
	refreshPlan,
	removeAction,
	updateAction,
	validateActionFields,
	validateCustomAction,
	type ActionPatch
} from './action-plan.ts';
import { LIMITS } from './scan-schema.ts';
import type { ActionPlan, PlanAction, ScanMode } from './scan.ts';
import { NOT_APPLICABLE, UNKNOWN } from './scan.ts';
import { scoreScan } from './scoring.ts';
import { cloneChecklist, deepFreeze, fixtureChecklist, makeScan, topAnswers } from './test-fixtures.ts';

/** The form's messages in Dutch, as the plan page shows them. */
const words = (errors: Partial<Record<string, MessageRef>>): Record<string, string> =>
	Object.fromEntries(Object.entries(errors).map(([field, ref]) => [field, translate(nl, ref!)]));

deepFreeze(fixtureChecklist);

const NOW = '2025-06-01T10:00:00.000Z';
const LATER = '2025-06-02T10:00:00.000Z';

function propose(
	answers: Record<string, string | null>,
	options: { mode?: ScanMode; checklist?: Checklist } = {}
): PlanAction[] {
	const checklist = options.checklist ?? fixtureChecklist;
	const scan = makeScan(answers, { mode: options.mode ?? 'full' });
	return proposeActions(checklist, scan, scoreScan(checklist, scan));
}
const ids = (actions: readonly PlanAction[]) => actions.map((action) => action.id);

/** A plan built from answers on top of the perfect baseline, frozen to catch mutation. */
function planFor(overrides: Record<string, string | null>): ActionPlan {
	const scan = makeScan({ ...topAnswers(), ...overrides });
	return deepFreeze(createPlan(fixtureChecklist, scan, scoreScan(fixtureChecklist, scan), NOW));
}

function custom(id: string, title = 'Eigen actie', updatedAt = LATER): PlanAction {
	return {
		id,
		sourceActionId: null,
		themeId: null,
		questionId: null,
		title,
		why: '',
		firstStep: '',
		owner: '',
		deadline: '',
		horizon: '0-3',
		status: 'open',
		priority: 'custom',
		updatedAt
	};
}

describe('proposeActions: which actions', () => {
	test.each([
		['all top answers propose nothing', {}, []],
		['option 1 proposes the action for 0 and 1', { 'a-wegbereider': '1' }, ['a-wegbereider-aanstellen']],
		['option 3 proposes the action for 2 and 3', { 'a-wegbereider': '3' }, ['a-wegbereider-versterken']],
		['risk "ja" proposes its own action', { 'd-onbetaald': 'ja' }, ['d-onbetaald-betalen']],
		['risk "soms" proposes its own action', { 'd-onbetaald': 'soms' }, ['d-onbetaald-afspraken']],
		['"Weet ik niet" proposes nothing', { 'a-wegbereider': UNKNOWN }, []],
		['"Niet van toepassing" proposes nothing', { 'c-netwerk': NOT_APPLICABLE }, []],
		['a skipped question proposes nothing', { 'a-wegbereider': null }, []],
		['an invalid answer proposes nothing', { 'a-wegbereider': 'ja' }, []]
	])('%s', (_name, overrides, expected) => {
		expect(ids(propose({ ...topAnswers(), ...overrides }))).toEqual(expected);
	});

	test('nothing answered proposes nothing', () => {
		expect(propose({})).toEqual([]);
	});

	test('questions outside the scan propose nothing', () => {
		expect(ids(propose({ 'a-wegbereider': '0', 'a-plan': '0', 'b-begeleiding': '0' }, { mode: 'quick' }))).toEqual([
			'a-wegbereider-aanstellen'
		]);
	});

	test('copies the content into a plan action', () => {
		expect(propose({ 'a-wegbereider': '0' })).toEqual([
			{
				id: 'a-wegbereider-aanstellen',
				sourceActionId: 'a-wegbereider-aanstellen',
				themeId: 'a',
				questionId: 'a-wegbereider',
				title: 'Titel a-wegbereider-aanstellen',
				why: 'Waarom a-wegbereider-aanstellen',
				firstStep: 'Eerste stap a-wegbereider-aanstellen',
				owner: 'Manager sociaal domein',
				deadline: '',
				horizon: '0-3',
				status: 'open',
				priority: 'gap',
				// A proposal follows from the answers, so it is as new as the scan.
				updatedAt: makeScan({}).updatedAt
			}
		]);
	});

	test('stamps the proposals with the given time', () => {
		const scan = makeScan({ 'a-wegbereider': '0', 'd-alibi': 'ja' });
		const proposed = proposeActions(fixtureChecklist, scan, scoreScan(fixtureChecklist, scan), LATER);
		expect(proposed.map((action) => action.updatedAt)).toEqual([LATER, LATER]);
	});

	test.each([
		['d-alibi', 'ja', 'risk'],
		['a-plan', '2', 'precondition'],
		['a-plan', '3', 'precondition'],
		['a-wegbereider', '2', 'gap'],
		['c-ervaring', '0', 'gap']
	])('%s answered %s has priority %s', (questionId, value, priority) => {
		const [action] = propose({ [questionId]: value });
		expect(action?.priority).toBe(priority);
	});

	test('duplicate action ids (invalid content) are proposed once', () => {
		const checklist = cloneChecklist();
		const source = checklist.themes[2]?.questions[1]?.actions[0];
		if (!source) throw new Error('fixture changed');
		checklist.themes[2]?.questions[2]?.actions.push({ ...source });
		const proposed = propose({ 'c-ervaring': '0', 'c-evaluatie': '0' }, { checklist });
		expect(ids(proposed).filter((id) => id === 'c-ervaring-delen')).toHaveLength(1);
		expect(proposed).toHaveLength(2);
	});
});

describe('proposeActions: order', () => {
	test.each([
		[
			'risk before precondition before gap',
			{ 'a-wegbereider': '0', 'a-plan': '2', 'd-overvragen': 'soms' },
			['d-overvragen-grenzen', 'a-plan-schrijven', 'a-wegbereider-aanstellen']
		],
		['high risk before medium risk', { 'd-alibi': 'soms', 'd-overvragen': 'ja' }, ['d-overvragen-grenzen', 'd-alibi-stoppen']],
		[
			'risks of equal severity: horizon, then content order',
			{ 'd-alibi': 'ja', 'd-onbetaald': 'ja', 'd-overvragen': 'ja' },
			['d-alibi-stoppen', 'd-onbetaald-betalen', 'd-overvragen-grenzen']
		],
		['precondition before a bigger gap', { 'a-plan': '3', 'c-ervaring': '0' }, ['a-plan-bijstellen', 'c-ervaring-delen']],
		['bigger gap before a shorter horizon', { 'b-begeleiding': '3', 'c-ervaring': '0' }, ['c-ervaring-delen', 'b-begeleiding-intervisie']],
		[
			'equal gaps: horizon 0-3, 3-12, later',
			{ 'c-netwerk': '2', 'c-ervaring': '2', 'c-evaluatie': '2' },
			['c-evaluatie-plannen', 'c-netwerk-opbouwen', 'c-ervaring-delen']
		],
		['equal gap and horizon: content order', { 'c-evaluatie': '1', 'b-begeleiding': '1' }, ['b-begeleiding-intervisie', 'c-evaluatie-plannen']]
	])('%s', (_name, answers, expected) => {
		expect(ids(propose(answers))).toEqual(expected);
	});

	test('is deterministic whatever order the answers were stored in', () => {
		const answers = { 'a-wegbereider': '1', 'b-werving': '1', 'c-ervaring': '0', 'd-alibi': 'soms', 'a-plan': '0' };
		const reversed = Object.fromEntries(Object.entries(answers).reverse());
		expect(propose(reversed)).toEqual(propose(answers));
	});
});

describe('createPlan', () => {
	test('holds the proposals and the timestamps', () => {
		const scan = makeScan({ 'a-wegbereider': '1', 'd-alibi': 'ja' });
		const results = scoreScan(fixtureChecklist, scan);
		expect(createPlan(fixtureChecklist, scan, results, NOW)).toEqual({
			actions: proposeActions(fixtureChecklist, scan, results, NOW),
			createdAt: NOW,
			updatedAt: NOW
		});
	});
});

describe('refreshPlan', () => {
	const proposalsFor = (overrides: Record<string, string | null>) => propose({ ...topAnswers(), ...overrides });

	test('nothing new returns the same plan', () => {
		const plan = planFor({ 'a-wegbereider': '0' });
		const result = refreshPlan(plan, proposalsFor({ 'a-wegbereider': '0' }), LATER);
		expect(result.plan).toBe(plan);
		expect(result.added).toEqual([]);
	});

	test('adds a new risk before the existing proposals and keeps the user’s edits', () => {
		let plan = planFor({ 'a-wegbereider': '0', 'c-ervaring': '0' });
		plan = updateAction(plan, 'c-ervaring-delen', { owner: 'Jan' }, NOW);
		plan = moveAction(plan, 'c-ervaring-delen', 'up', NOW);
		plan = deepFreeze(addCustomAction(plan, { title: 'Koffie met de wethouder' }, NOW));

		const result = refreshPlan(plan, proposalsFor({ 'a-wegbereider': '0', 'c-ervaring': '0', 'd-alibi': 'ja' }), LATER);
		expect(ids(result.added)).toEqual(['d-alibi-stoppen']);
		// Before the nearest following proposal in priority order that is in the plan (a-wegbereider).
		expect(ids(result.plan.actions)).toEqual(['c-ervaring-delen', 'd-alibi-stoppen', 'a-wegbereider-aanstellen', 'eigen-1']);
		expect(result.plan.actions[0]?.owner).toBe('Jan');
		expect(result.plan.updatedAt).toBe(LATER);
		expect(result.plan.createdAt).toBe(NOW);
	});

	test('a new last proposal goes right after its predecessor, before custom actions', () => {
		const plan = deepFreeze(addCustomAction(planFor({ 'a-wegbereider': '0' }), { title: 'Eigen' }, NOW));
		const result = refreshPlan(plan, proposalsFor({ 'a-wegbereider': '0', 'c-ervaring': '0' }), LATER);
		expect(ids(result.plan.actions)).toEqual(['a-wegbereider-aanstellen', 'c-ervaring-delen', 'eigen-1']);
	});

	test('several new proposals keep their priority order', () => {
		const plan = planFor({ 'c-ervaring': '0' });
		const proposed = proposalsFor({ 'c-ervaring': '0', 'd-alibi': 'soms', 'd-overvragen': 'ja', 'a-plan': '0' });
		const result = refreshPlan(plan, proposed, LATER);
		expect(ids(result.plan.actions)).toEqual(ids(proposed));
		expect(ids(result.added)).toEqual(['d-overvragen-grenzen', 'd-alibi-stoppen', 'a-plan-schrijven']);
	});

	test('without neighbours, goes before the first action of a lower priority group', () => {
		// a-wegbereider was answered better since, so its action is no longer proposed (but stays).
		const stale = planFor({ 'a-wegbereider': '0' }).actions[0];
		if (!stale) throw new Error('no action');
		const plan = deepFreeze({ actions: [custom('eigen-1'), stale], createdAt: NOW, updatedAt: NOW });
		const result = refreshPlan(plan, proposalsFor({ 'd-alibi': 'ja' }), LATER);
		expect(ids(result.plan.actions)).toEqual(['eigen-1', 'd-alibi-stoppen', 'a-wegbereider-aanstellen']);
	});

	test('into an empty plan', () => {
		const plan = deepFreeze({ actions: [], createdAt: NOW, updatedAt: NOW });
		const proposed = proposalsFor({ 'a-wegbereider': '0', 'd-alibi': 'ja' });
		expect(refreshPlan(plan, proposed, LATER).plan.actions).toEqual(proposed.map((p) => ({ ...p, updatedAt: LATER })));
	});

	test('added actions carry the time of the refresh; the others keep theirs', () => {
		const plan = planFor({ 'a-wegbereider': '0' });
		const result = refreshPlan(plan, proposalsFor({ 'a-wegbereider': '0', 'c-ervaring': '0' }), LATER);
		expect(result.plan.actions.map((action) => [action.id, action.updatedAt])).toEqual([
			['a-wegbereider-aanstellen', NOW],
			['c-ervaring-delen', LATER]
		]);
	});

	test('a removed proposal comes back (the plan keeps no record of removals) and is reported', () => {
		const plan = removeAction(planFor({ 'a-wegbereider': '0', 'c-ervaring': '0' }), 'c-ervaring-delen', NOW);
		const result = refreshPlan(plan, proposalsFor({ 'a-wegbereider': '0', 'c-ervaring': '0' }), LATER);
		expect(ids(result.added)).toEqual(['c-ervaring-delen']);
	});

	test('the caller can keep removed proposals out by filtering', () => {
		const plan = removeAction(planFor({ 'a-wegbereider': '0', 'c-ervaring': '0' }), 'c-ervaring-delen', NOW);
		const dismissed = new Set(['c-ervaring-delen']);
		const proposed = proposalsFor({ 'a-wegbereider': '0', 'c-ervaring': '0' }).filter((p) => !dismissed.has(p.id));
		expect(refreshPlan(plan, proposed, LATER).plan).toBe(plan);
	});

	test('matches on sourceActionId, so an edited proposal is not added twice', () => {
		const plan = updateAction(planFor({ 'a-wegbereider': '0' }), 'a-wegbereider-aanstellen', { title: 'Anders' }, NOW);
		expect(refreshPlan(plan, proposalsFor({ 'a-wegbereider': '0' }), LATER).added).toEqual([]);
	});
});

describe('updateAction', () => {
	const plan = planFor({ 'a-wegbereider': '0', 'c-ervaring': '0' });
	const id = 'a-wegbereider-aanstellen';

	test.each<[string, ActionPatch, Partial<PlanAction>]>([
		['owner', { owner: 'Fatima' }, { owner: 'Fatima' }],
		['deadline', { deadline: '2026-03-31' }, { deadline: '2026-03-31' }],
		['deadline cleared', { deadline: '' }, { deadline: '' }],
		['status', { status: 'bezig' }, { status: 'bezig' }],
		['title (trimmed)', { title: '  Nieuwe titel  ' }, { title: 'Nieuwe titel' }],
		['why', { why: 'Omdat het moet.' }, { why: 'Omdat het moet.' }],
		['firstStep', { firstStep: 'Bel Piet.' }, { firstStep: 'Bel Piet.' }],
		['horizon', { horizon: 'later' }, { horizon: 'later' }],
		['several fields', { status: 'klaar', owner: 'Team' }, { status: 'klaar', owner: 'Team' }]
	])('changes %s and nothing else', (_name, patch, expected) => {
		// Start from a deadline so that clearing it is a change.
		const start = deepFreeze(updateAction(plan, id, { deadline: '2025-12-31' }, NOW));
		const next = updateAction(start, id, patch, LATER);
		expect(next).not.toBe(start);
		expect(next.updatedAt).toBe(LATER);
		expect(next.actions[0]).toEqual({ ...start.actions[0], ...expected, updatedAt: LATER });
		expect(next.actions[1]).toBe(start.actions[1]);
	});

	test.each<[string, string, ActionPatch]>([
		['an unknown id', 'bestaat-niet', { owner: 'X' }],
		['a patch without changes', id, { owner: 'Manager sociaal domein' }],
		['an empty patch', id, {}],
		['keys that are not editable', id, { id: 'x', priority: 'risk', sourceActionId: null } as unknown as ActionPatch]
	])('%s returns the same plan', (_name, targetId, patch) => {
		expect(updateAction(plan, targetId, patch, LATER)).toBe(plan);
	});

	test.each<[ActionPatch, string]>([
		[{ deadline: '31-03-2026' }, 'deadline'],
		[{ deadline: '2026-02-30' }, 'deadline'],
		[{ title: ' ' }, 'title'],
		[{ status: 'gedaan' as never }, 'status']
	])('rejects %j', (patch, field) => {
		let error: unknown;
		try {
			updateAction(plan, id, patch, LATER);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ActionValidationError);
		expect(Object.keys((error as ActionValidationError).errors)).toEqual([field]);
	});
});

describe('addCustomAction', () => {
	const plan = planFor({ 'a-wegbereider': '0' });

	test('appends an action with defaults and a custom priority', () => {
		const next = addCustomAction(plan, { title: ' Kennismaken met de cliëntenraad ' }, LATER);
		expect(next.actions.slice(0, -1)).toEqual(plan.actions);
		expect(next.actions.at(-1)).toEqual({ ...custom('eigen-1', 'Kennismaken met de cliëntenraad') });
		expect(next.updatedAt).toBe(LATER);
	});

	test('takes the given fields', () => {
		const next = addCustomAction(plan, { title: 'T', owner: 'O', deadline: '2026-01-15', horizon: '3-12', status: 'bezig', why: 'W', firstStep: 'F' }, LATER);
		expect(next.actions.at(-1)).toMatchObject({ title: 'T', owner: 'O', deadline: '2026-01-15', horizon: '3-12', status: 'bezig', why: 'W', firstStep: 'F' });
	});

	test.each([
		[[], 'eigen-1'],
		[['eigen-1'], 'eigen-2'],
		[['eigen-1', 'eigen-2'], 'eigen-3'],
		[['eigen-2'], 'eigen-3'],
		[['eigen-9', 'eigen-10'], 'eigen-11']
	])('next id after %j is %s', (existing, expected) => {
		const withCustom = { ...plan, actions: [...plan.actions, ...existing.map((customId) => custom(customId))] };
		expect(nextCustomActionId(withCustom)).toBe(expected);
		expect(addCustomAction(withCustom, { title: 'X' }, LATER).actions.at(-1)?.id).toBe(expected);
	});

	test('ids stay unique after a removal', () => {
		let next = addCustomAction(plan, { title: 'Een' }, NOW);
		next = addCustomAction(next, { title: 'Twee' }, NOW);
		next = removeAction(next, 'eigen-1', NOW);
		next = addCustomAction(next, { title: 'Drie' }, NOW);
		const all = ids(next.actions);
		expect(new Set(all).size).toBe(all.length);
	});

	test('rejects a missing title', () => {
		expect(() => addCustomAction(plan, { title: '' }, LATER)).toThrow(ActionValidationError);
	});

	test(`a plan with ${LIMITS.planActions} actions takes no more, so it can always be stored and exported again`, () => {
		const full = { ...plan, actions: Array.from({ length: LIMITS.planActions }, (_, i) => custom(`eigen-${i + 1}`)) };
		const expected = { title: `Het actieplan heeft al ${LIMITS.planActions} acties. Haal eerst een actie weg.` };
		expect(words(validateCustomAction(full, { title: 'Nog een' }))).toEqual(expected);
		expect(() => addCustomAction(full, { title: 'Nog een' }, LATER)).toThrow(ActionValidationError);
		expect(validateCustomAction({ ...full, actions: full.actions.slice(1) }, { title: 'Nog een' })).toEqual({});
	});
});

describe('removeAction', () => {
	const plan = planFor({ 'a-wegbereider': '0', 'c-ervaring': '0' });

	test('removes the action', () => {
		const next = removeAction(plan, 'a-wegbereider-aanstellen', LATER);
		expect(ids(next.actions)).toEqual(['c-ervaring-delen']);
		expect(next.updatedAt).toBe(LATER);
		expect(ids(plan.actions)).toHaveLength(2);
	});

	test('an unknown id returns the same plan', () => {
		expect(removeAction(plan, 'bestaat-niet', LATER)).toBe(plan);
	});
});

describe('moving actions', () => {
	// Order: d-alibi-stoppen, a-plan-schrijven, c-ervaring-delen, c-evaluatie-plannen (priority order).
	const plan = planFor({ 'd-alibi': 'ja', 'a-plan': '0', 'c-ervaring': '0', 'c-evaluatie': '0' });
	const start = ['d-alibi-stoppen', 'a-plan-schrijven', 'c-evaluatie-plannen', 'c-ervaring-delen'];

	test('the fixture plan has the expected order', () => {
		expect(ids(plan.actions)).toEqual(start);
	});

	test.each([
		['a-plan-schrijven', 'up', ['a-plan-schrijven', 'd-alibi-stoppen', 'c-evaluatie-plannen', 'c-ervaring-delen']],
		['a-plan-schrijven', 'down', ['d-alibi-stoppen', 'c-evaluatie-plannen', 'a-plan-schrijven', 'c-ervaring-delen']],
		['c-ervaring-delen', 'up', ['d-alibi-stoppen', 'a-plan-schrijven', 'c-ervaring-delen', 'c-evaluatie-plannen']]
	] as const)('moveAction %s %s', (id, direction, expected) => {
		const next = moveAction(plan, id, direction, LATER);
		expect(ids(next.actions)).toEqual(expected);
		expect(next.updatedAt).toBe(LATER);
	});

	test.each([
		['d-alibi-stoppen', 'up'],
		['c-ervaring-delen', 'down'],
		['bestaat-niet', 'up']
	] as const)('moveAction %s %s changes nothing', (id, direction) => {
		expect(moveAction(plan, id, direction, LATER)).toBe(plan);
	});

	test.each([
		['c-ervaring-delen', 0, ['c-ervaring-delen', 'd-alibi-stoppen', 'a-plan-schrijven', 'c-evaluatie-plannen']],
		['d-alibi-stoppen', 3, ['a-plan-schrijven', 'c-evaluatie-plannen', 'c-ervaring-delen', 'd-alibi-stoppen']],
		['d-alibi-stoppen', 2, ['a-plan-schrijven', 'c-evaluatie-plannen', 'd-alibi-stoppen', 'c-ervaring-delen']],
		['c-ervaring-delen', -5, ['c-ervaring-delen', 'd-alibi-stoppen', 'a-plan-schrijven', 'c-evaluatie-plannen']],
		['d-alibi-stoppen', 99, ['a-plan-schrijven', 'c-evaluatie-plannen', 'c-ervaring-delen', 'd-alibi-stoppen']]
	] as const)('moveActionTo %s → %i', (id, index, expected) => {
		expect(ids(moveActionTo(plan, id, index, LATER).actions)).toEqual(expected);
	});

	test.each([
		['a-plan-schrijven', 1],
		['bestaat-niet', 0],
		['d-alibi-stoppen', -1]
	] as const)('moveActionTo %s → %i changes nothing', (id, index) => {
		expect(moveActionTo(plan, id, index, LATER)).toBe(plan);
	});

	test('a move keeps the action’s own updatedAt (only its place changed)', () => {
		const next = moveAction(plan, 'a-plan-schrijven', 'up', LATER);
		expect(next.actions.map((action) => action.updatedAt)).toEqual(plan.actions.map((action) => action.updatedAt));
	});

	test('moveActionTo rejects a non-integer index', () => {
		expect(() => moveActionTo(plan, 'd-alibi-stoppen', 1.5, LATER)).toThrow(RangeError);
	});
});

describe('validateActionFields', () => {
	const long = (n: number) => 'x'.repeat(n);

	test.each<[string, ActionPatch, Record<string, string>]>([
		['nothing to check', {}, {}],
		['a good action', { title: 'Plan maken', why: 'W', firstStep: 'F', owner: 'O', deadline: '2026-03-31', horizon: '0-3', status: 'open' }, {}],
		['empty title', { title: '' }, { title: 'Vul de titel van de actie in' }],
		['title of spaces', { title: '   ' }, { title: 'Vul de titel van de actie in' }],
		['title of 200 characters', { title: long(200) }, {}],
		['title of 201 characters', { title: long(201) }, { title: 'De titel van de actie is te lang. Gebruik maximaal 200 tekens (nu 201).' }],
		['long why', { why: long(LIMITS.action.why + 1) }, { why: 'De tekst bij ‘Waarom’ is te lang. Gebruik maximaal 1000 tekens (nu 1001).' }],
		['long first step', { firstStep: long(1001) }, { firstStep: 'De eerste stap is te lang. Gebruik maximaal 1000 tekens (nu 1001).' }],
		['owner of 200 characters (the same limit as in a backup)', { owner: long(200) }, {}],
		['long owner', { owner: long(201) }, { owner: 'De naam van de eigenaar is te lang. Gebruik maximaal 200 tekens (nu 201).' }],
		['first day of the range', { deadline: '2000-01-01' }, {}],
		['last day of the range', { deadline: '2100-12-31' }, {}],
		['a day after the range', { deadline: '2101-01-01' }, { deadline: 'Kies een jaar tussen 2000 en 2100.' }],
		['no deadline', { deadline: '' }, {}],
		['leap day', { deadline: '2028-02-29' }, {}],
		['deadline with spaces', { deadline: ' 2026-03-31 ' }, {}],
		['day-month-year', { deadline: '31-03-2026' }, { deadline: 'De deadline moet een echte datum zijn' }],
		['missing zeros', { deadline: '2026-3-31' }, { deadline: 'De deadline moet een echte datum zijn' }],
		['free text', { deadline: 'volgende week' }, { deadline: 'De deadline moet een echte datum zijn' }],
		['30 February', { deadline: '2026-02-30' }, { deadline: 'De deadline moet een echte datum zijn' }],
		['29 February, no leap year', { deadline: '2026-02-29' }, { deadline: 'De deadline moet een echte datum zijn' }],
		['month 13', { deadline: '2026-13-01' }, { deadline: 'De deadline moet een echte datum zijn' }],
		['day 0', { deadline: '2026-04-00' }, { deadline: 'De deadline moet een echte datum zijn' }],
		['31 April', { deadline: '2026-04-31' }, { deadline: 'De deadline moet een echte datum zijn' }],
		['year far away', { deadline: '0202-03-31' }, { deadline: 'Kies een jaar tussen 2000 en 2100.' }],
		['unknown horizon', { horizon: 'snel' as never }, { horizon: 'Kies een termijn: 0-3 maanden, 3-12 maanden of later.' }],
		['unknown status', { status: 'done' as never }, { status: 'Kies een status: open, bezig of klaar.' }],
		['several problems at once', { title: '', deadline: '2026-02-30' }, { title: 'Vul de titel van de actie in', deadline: 'De deadline moet een echte datum zijn' }]
	])('%s', (_name, fields, expected) => {
		expect(words(validateActionFields(fields))).toEqual(expected);
	});
});
