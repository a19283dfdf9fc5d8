import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import type { Checklist, Migration, Question } from '../content/checklist-schema.ts';
import { validateChecklistSource } from '../content/validate-checklist.ts';
import { compareVersions, migrateScan, migrationSteps } from './migrate-answers.ts';
import type { Answer, Scan } from './scan.ts';
import { UNKNOWN } from './scan.ts';
import { cloneChecklist, deepFreeze, fixtureChecklist } from './test-fixtures.ts';

// ---------------------------------------------------------------------------------------------
// Test checklists: version 1.0.0 is the domain fixture; 2.0.0 and 3.0.0 change it.
// ---------------------------------------------------------------------------------------------

const T0 = '2025-01-01T10:00:00.000Z';
const T1 = '2025-01-02T10:00:00.000Z';
const T2 = '2025-01-03T10:00:00.000Z';

function questionIn(checklist: Checklist, id: string): Question {
	const question = checklist.themes.flatMap((theme) => theme.questions).find((candidate) => candidate.id === id);
	if (!question) throw new Error(`no question ${id}`);
	return question;
}

function withActions(question: Question, prefix: string, forIds: string[][]): Question {
	return {
		...question,
		actions: forIds.map((ids, index) => ({
			id: `${prefix}-actie-${index + 1}`,
			for: ids,
			title: `Titel ${prefix} ${index + 1}`,
			why: 'Waarom.',
			firstStep: 'Eerste stap.',
			owner: 'Beleidsmedewerker',
			horizon: '0-3' as const,
			sources: ['s1']
		}))
	};
}

/** The step from 1.0.0 to 2.0.0: one change of every kind. */
const STEP_2: Migration = {
	from: '1.0.0',
	to: '2.0.0',
	previous: {
		'b-scholing': { text: 'Is er scholing?', labels: { '0': 'Nee', '2': 'Deels' } }
	},
	changes: [
		{ kind: 'renamed', question: 'a-plan', to: 'a-beleidsplan' },
		{
			kind: 'split',
			question: 'b-begeleiding',
			into: [{ question: 'b-intervisie' }, { question: 'b-coaching', options: { '0': '0', '1': '0', '2': '2', '3': '4', '4': '4' } }]
		},
		{ kind: 'merged', questions: ['c-ervaring', 'c-evaluatie'], into: 'c-leren', rule: 'lowest-score' },
		{ kind: 'removed', question: 'b-scholing' },
		{ kind: 'options', question: 'd-alibi', options: { ja: 'wel', soms: 'soms', nee: 'niet' } },
		// A five-point scale becomes a three-point one; option '3' has no counterpart.
		{ kind: 'options', question: 'a-wegbereider', options: { '0': '0', '1': '0', '2': '1', '4': '2' } }
	]
};

/** Version 2.0.0 of the fixture checklist. */
function checklistV2(rule: 'lowest-score' | 'first-answered' = 'lowest-score'): Checklist {
	const checklist = cloneChecklist();
	checklist.version = '2.0.0';
	checklist.scales['drie'] = {
		kind: 'maturity',
		unknown: true,
		notApplicable: false,
		options: [
			{ id: '0', score: 0, label: 'Nee' },
			{ id: '1', score: 1, label: 'Deels' },
			{ id: '2', score: 2, label: 'Ja' }
		]
	};
	checklist.scales['risico'] = {
		kind: 'risk',
		unknown: true,
		notApplicable: false,
		options: [
			{ id: 'wel', score: 0, label: 'Ja' },
			{ id: 'soms', score: 1, label: 'Soms' },
			{ id: 'niet', score: 2, label: 'Nee' }
		]
	};
	const [a, b, c, d] = checklist.themes as [Checklist['themes'][number], Checklist['themes'][number], Checklist['themes'][number], Checklist['themes'][number]];
	const plan = questionIn(checklist, 'a-plan');
	a.questions = [
		withActions({ ...questionIn(checklist, 'a-wegbereider'), scale: 'drie' }, 'a-wegbereider', [['0', '1']]),
		{ ...plan, id: 'a-beleidsplan' },
		questionIn(checklist, 'a-budget')
	];
	const begeleiding = questionIn(checklist, 'b-begeleiding');
	b.questions = [
		questionIn(checklist, 'b-werving'),
		withActions({ ...begeleiding, id: 'b-intervisie' }, 'b-intervisie', [['0', '1', '2', '3']]),
		withActions({ ...begeleiding, id: 'b-coaching', text: 'Is er coaching?' }, 'b-coaching', [['0', '1', '2', '3']])
	];
	c.questions = [
		questionIn(checklist, 'c-netwerk'),
		withActions({ ...questionIn(checklist, 'c-ervaring'), id: 'c-leren', text: 'Leert u samen?' }, 'c-leren', [['0', '1', '2', '3']]),
		withActions({ ...questionIn(checklist, 'c-ervaring'), id: 'c-nieuw', text: 'Een nieuwe vraag?' }, 'c-nieuw', [['0', '1', '2', '3']])
	];
	d.questions = [
		withActions({ ...questionIn(checklist, 'd-alibi'), scale: 'risico' }, 'd-alibi', [['wel', 'soms']]),
		questionIn(checklist, 'd-onbetaald'),
		questionIn(checklist, 'd-overvragen')
	];
	checklist.caps = checklist.caps.map((cap) =>
		'question' in cap.when && cap.when.question === 'a-plan' ? { ...cap, when: { ...cap.when, question: 'a-beleidsplan' } } : cap
	);
	const step = structuredClone(STEP_2);
	const merge = step.changes.find((change) => change.kind === 'merged');
	if (merge?.kind === 'merged') merge.rule = rule;
	checklist.migrations = [step];
	return checklist;
}

/** Version 3.0.0: a-beleidsplan is renamed once more. */
function checklistV3(): Checklist {
	const checklist = checklistV2();
	checklist.version = '3.0.0';
	const a = checklist.themes[0]!;
	a.questions = a.questions.map((question) => (question.id === 'a-beleidsplan' ? { ...question, id: 'a-plan-van-aanpak' } : question));
	checklist.caps = checklist.caps.map((cap) =>
		'question' in cap.when && cap.when.question === 'a-beleidsplan' ? { ...cap, when: { ...cap.when, question: 'a-plan-van-aanpak' } } : cap
	);
	checklist.migrations = [
		...(checklist.migrations ?? []),
		{ from: '2.0.0', to: '3.0.0', changes: [{ kind: 'renamed', question: 'a-beleidsplan', to: 'a-plan-van-aanpak' }] }
	];
	return checklist;
}

const answer = (value: string | null, note = '', updatedAt = T0): Answer => ({ value, note, updatedAt });

/** A scan of checklist version `version` with these answers. */
function scanOf(answers: Record<string, Answer>, version = '1.0.0', extra: Partial<Scan> = {}): Scan {
	return {
		id: '11111111-2222-4333-8444-555555555555',
		schemaVersion: 1,
		checklistId: fixtureChecklist.id,
		checklistVersion: version,
		mode: 'full',
		profile: { organisation: 'Gemeente Test', filledInBy: '', role: '', phase: 'structureel', focusAreas: [] },
		answers,
		plan: null,
		createdAt: T0,
		updatedAt: T0,
		demo: false,
		...extra
	};
}

function migrated(checklist: Checklist, scan: Scan) {
	const result = migrateScan(checklist, deepFreeze(structuredClone(scan)));
	if (!result.ok) throw new Error(`refused: ${result.reason}`);
	return result;
}

// ---------------------------------------------------------------------------------------------

describe('the test checklists', () => {
	test.each([
		['2.0.0', checklistV2()],
		['3.0.0', checklistV3()]
	])('version %s, migrations included, passes the real content validator', (_version, checklist) => {
		expect(validateChecklistSource(stringify(checklist), 'test.yaml').errors).toEqual([]);
	});
});

describe('migrateScan: one kind of change at a time', () => {
	test('a renamed question: the answer, note and time move to the new id', () => {
		const result = migrated(checklistV2(), scanOf({ 'a-plan': answer('2', 'Ons plan', T1) }));
		expect(result.changed).toBe(true);
		expect(result.scan.answers).toEqual({ 'a-beleidsplan': answer('2', 'Ons plan', T1) });
		expect(result.scan.checklistVersion).toBe('2.0.0');
		expect(result.keptAside).toEqual([]);
		expect(result.scan.setAside).toEqual({});
	});

	test('a split question: the old answer feeds both new questions, each through its own option map', () => {
		const result = migrated(checklistV2(), scanOf({ 'b-begeleiding': answer('3', 'Elke maand', T1) }));
		expect(result.scan.answers).toEqual({
			'b-intervisie': answer('3', 'Elke maand', T1),
			'b-coaching': answer('4', 'Elke maand', T1)
		});
		expect(result.keptAside).toEqual([]);
	});

	test('merged questions, lowest score wins; the notes are joined and the newest time kept', () => {
		const result = migrated(
			checklistV2('lowest-score'),
			scanOf({ 'c-ervaring': answer('3', 'We delen veel', T2), 'c-evaluatie': answer('1', 'Evalueren weinig', T1) })
		);
		expect(result.scan.answers).toEqual({ 'c-leren': answer('1', 'We delen veel\n\nEvalueren weinig', T2) });
		expect(result.keptAside).toEqual([]);
	});

	test('merged questions, lowest score: "Weet ik niet" has no score and does not win over a scored answer', () => {
		const result = migrated(checklistV2('lowest-score'), scanOf({ 'c-ervaring': answer(UNKNOWN), 'c-evaluatie': answer('2') }));
		expect(result.scan.answers['c-leren']?.value).toBe('2');
	});

	test('merged questions, first answered: the first listed question with an answer wins', () => {
		const checklist = checklistV2('first-answered');
		const skippedFirst = migrated(checklist, scanOf({ 'c-ervaring': answer(null, 'nog niet'), 'c-evaluatie': answer('3') }));
		expect(skippedFirst.scan.answers['c-leren']).toEqual(answer('3', 'nog niet'));
		const both = migrated(checklist, scanOf({ 'c-ervaring': answer('4'), 'c-evaluatie': answer('0') }));
		expect(both.scan.answers['c-leren']?.value).toBe('4');
	});

	test('a removed question: the answer is kept aside with its note, old text and label, never deleted', () => {
		const result = migrated(checklistV2(), scanOf({ 'b-scholing': answer('2', 'Eén cursus', T1) }));
		expect(result.scan.answers).toEqual({});
		expect(result.keptAside).toEqual(['b-scholing']);
		expect(result.scan.setAside).toEqual({
			'b-scholing': {
				questionId: 'b-scholing',
				value: '2',
				note: 'Eén cursus',
				updatedAt: T1,
				fromVersion: '1.0.0',
				questionText: 'Is er scholing?',
				answerLabel: 'Deels'
			}
		});
	});

	test('an option renamed: the answer gets the new option id', () => {
		const result = migrated(checklistV2(), scanOf({ 'd-alibi': answer('ja', 'Soms wel') }));
		expect(result.scan.answers).toEqual({ 'd-alibi': answer('wel', 'Soms wel') });
	});

	test('a scale changed: mapped options move, an option without a counterpart is kept aside with the old value', () => {
		const mapped = migrated(checklistV2(), scanOf({ 'a-wegbereider': answer('2') }));
		expect(mapped.scan.answers).toEqual({ 'a-wegbereider': answer('1') });

		const unmapped = migrated(checklistV2(), scanOf({ 'a-wegbereider': answer('3', 'Bijna') }));
		expect(unmapped.scan.answers).toEqual({});
		expect(unmapped.scan.setAside?.['a-wegbereider']).toEqual({
			questionId: 'a-wegbereider',
			value: '3',
			note: 'Bijna',
			updatedAt: T0,
			fromVersion: '1.0.0',
			// The question still exists, so its current text is shown.
			questionText: 'Is er een wegbereider?'
		});
	});

	test('"Weet ik niet" and a skipped question stay as they are through an option map', () => {
		const result = migrated(checklistV2(), scanOf({ 'a-wegbereider': answer(UNKNOWN), 'd-alibi': answer(null, 'later') }));
		expect(result.scan.answers).toEqual({ 'a-wegbereider': answer(UNKNOWN), 'd-alibi': answer(null, 'later') });
	});

	test('an untouched question keeps its answer object as it is', () => {
		const input = scanOf({ 'b-werving': answer('2', 'Open vacature') });
		const result = migrateScan(checklistV2(), input);
		expect(result.ok && result.scan.answers['b-werving']).toBe(input.answers['b-werving']);
	});
});

describe('migrateScan: chains, leftovers and safety', () => {
	test('a chain of two versions: 1.0.0 → 2.0.0 → 3.0.0', () => {
		const checklist = checklistV3();
		expect(migrationSteps(checklist, '1.0.0').map((step) => step.to)).toEqual(['2.0.0', '3.0.0']);
		expect(migrationSteps(checklist, '2.0.0').map((step) => step.to)).toEqual(['3.0.0']);
		const result = migrated(checklist, scanOf({ 'a-plan': answer('1', 'Concept'), 'b-scholing': answer('0') }));
		expect(result.scan.answers).toEqual({ 'a-plan-van-aanpak': answer('1', 'Concept') });
		expect(result.scan.checklistVersion).toBe('3.0.0');
		expect(Object.keys(result.scan.setAside ?? {})).toEqual(['b-scholing']);
	});

	test('a version between two steps (a text-only release) gets the steps after it', () => {
		const result = migrated(checklistV3(), scanOf({ 'a-plan': answer('1') }, '1.5.0'));
		expect(result.scan.answers).toEqual({ 'a-plan-van-aanpak': answer('1') });
	});

	test('answers to questions the checklist does not know, without a migration, are kept aside', () => {
		const result = migrated(fixtureChecklist, scanOf({ 'bestaat-niet': answer('2', 'Oude uitleg'), 'b-werving': answer('1') }));
		expect(result.changed).toBe(true);
		expect(result.scan.answers).toEqual({ 'b-werving': answer('1') });
		expect(result.scan.setAside).toEqual({
			'bestaat-niet': { questionId: 'bestaat-niet', value: '2', note: 'Oude uitleg', updatedAt: T0, fromVersion: '1.0.0' }
		});
	});

	test('an option the question does not offer (no migration for it) is kept aside, not dropped', () => {
		const result = migrated(fixtureChecklist, scanOf({ 'b-werving': answer('9', 'Mijn uitleg') }));
		expect(result.scan.answers).toEqual({});
		expect(result.scan.setAside?.['b-werving']).toMatchObject({ value: '9', note: 'Mijn uitleg', questionText: 'Werft u open?' });
	});

	test('two answers that land on one question: the newer stays, the older is kept aside', () => {
		const result = migrated(
			checklistV2(),
			scanOf({ 'a-plan': answer('1', 'oud', T0), 'a-beleidsplan': answer('3', 'nieuw', T2) })
		);
		expect(result.scan.answers).toEqual({ 'a-beleidsplan': answer('3', 'nieuw', T2) });
		expect(result.scan.setAside?.['a-plan']).toMatchObject({ questionId: 'a-plan', value: '1', note: 'oud' });

		const renamedIsNewer = migrated(
			checklistV2(),
			scanOf({ 'a-plan': answer('1', 'nieuw', T2), 'a-beleidsplan': answer('3', 'oud', T0) })
		);
		expect(renamedIsNewer.scan.answers).toEqual({ 'a-beleidsplan': answer('1', 'nieuw', T2) });
		expect(renamedIsNewer.scan.setAside?.['a-beleidsplan']).toMatchObject({ value: '3', note: 'oud' });
	});

	test('earlier kept-aside answers stay; a second one for the same question gets its own key', () => {
		const earlier = {
			'b-scholing': { questionId: 'b-scholing', value: '1', note: 'eerder', updatedAt: T0, fromVersion: '0.9.0' }
		};
		const result = migrated(checklistV2(), scanOf({ 'b-scholing': answer('2') }, '1.0.0', { setAside: earlier }));
		expect(result.keptAside).toEqual(['b-scholing@1.0.0']);
		expect(result.scan.setAside?.['b-scholing']).toEqual(earlier['b-scholing']);
		expect(result.scan.setAside?.['b-scholing@1.0.0']).toMatchObject({ value: '2', fromVersion: '1.0.0' });
	});

	test('a plan action tied to a removed question stays in the plan, untouched', () => {
		const plan = {
			actions: [
				{
					id: 'b-scholing-aanbieden',
					sourceActionId: 'b-scholing-aanbieden',
					themeId: 'b',
					questionId: 'b-scholing',
					title: 'Bied scholing aan',
					why: 'Omdat',
					firstStep: 'Bel',
					owner: 'Team',
					deadline: '2026-01-31',
					horizon: '3-12' as const,
					status: 'bezig' as const,
					priority: 'gap' as const
				}
			],
			createdAt: T0,
			updatedAt: T1
		};
		const input = scanOf({ 'b-scholing': answer('1') }, '1.0.0', { plan });
		const result = migrateScan(checklistV2(), input);
		expect(result.ok).toBe(true);
		expect(result.scan.plan).toBe(input.plan);
		expect(result.scan.plan?.actions[0]?.questionId).toBe('b-scholing');
	});

	test('idempotent: a migrated scan migrates to itself, unchanged (same object)', () => {
		const checklist = checklistV3();
		const first = migrated(
			checklist,
			scanOf({
				'a-plan': answer('2'),
				'a-wegbereider': answer('3'),
				'b-begeleiding': answer('1'),
				'c-ervaring': answer('2', 'x'),
				'c-evaluatie': answer('4', 'y'),
				'b-scholing': answer('0'),
				'onbekend': answer('1')
			})
		);
		const second = migrateScan(checklist, first.scan);
		expect(second).toEqual({ ok: true, scan: first.scan, keptAside: [], changed: false });
		expect(second.scan).toBe(first.scan);
	});

	test('a scan at the current version with fitting answers is not changed', () => {
		const input = scanOf({ 'b-werving': answer('2') });
		const result = migrateScan(fixtureChecklist, input);
		expect(result).toEqual({ ok: true, scan: input, keptAside: [], changed: false });
		expect(result.scan).toBe(input);
	});

	test('a scan from a newer checklist version than the app has is refused and nothing changes', () => {
		const input = deepFreeze(scanOf({ 'a-plan-van-aanpak': answer('2') }, '3.0.0'));
		const result = migrateScan(checklistV2(), input);
		expect(result).toEqual({ ok: false, reason: 'newer-version', scan: input, keptAside: [], changed: false });
		expect(result.scan).toBe(input);
	});

	test('a scan of another checklist is refused and nothing changes', () => {
		const input = scanOf({ 'b-werving': answer('2') }, '1.0.0', { checklistId: 'andere-lijst' });
		expect(migrateScan(fixtureChecklist, input)).toEqual({ ok: false, reason: 'other-checklist', scan: input, keptAside: [], changed: false });
	});

	test('the input scan is never mutated (it is frozen here)', () => {
		expect(() => migrated(checklistV3(), scanOf({ 'a-plan': answer('2'), 'b-scholing': answer('1'), x: answer('1') }))).not.toThrow();
	});

	test('a hostile question id such as __proto__ stays an ordinary key', () => {
		const answers = JSON.parse('{"__proto__": {"value": "1", "note": "", "updatedAt": "2025-01-01T10:00:00.000Z"}}') as Record<string, Answer>;
		const result = migrated(fixtureChecklist, scanOf(answers));
		expect(Object.getPrototypeOf(result.scan.setAside)).toBe(Object.prototype);
		expect(Object.hasOwn(result.scan.setAside ?? {}, '__proto__')).toBe(true);
		expect(({} as Record<string, unknown>).value).toBeUndefined();
	});
});

describe('compareVersions', () => {
	test.each([
		['1.0.0', '1.0.0', 0],
		['1.0.0', '1.0.1', -1],
		['1.10.0', '1.9.0', 1],
		['2.0.0', '10.0.0', -1],
		['1.0', '1.0.0', null]
	])('%s vs %s', (a, b, expected) => {
		expect(compareVersions(a, b)).toBe(expected);
	});
});
