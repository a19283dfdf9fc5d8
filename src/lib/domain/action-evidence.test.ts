import { describe, expect, test } from 'vitest';
import { actionEvidence } from './action-evidence.ts';
import { addCustomAction, createPlan, proposeActions } from './action-plan.ts';
import type { PlanAction, Scan } from './scan.ts';
import { UNKNOWN } from './scan.ts';
import { scoreScan } from './scoring.ts';
import { cloneChecklist, deepFreeze, fixtureChecklist, makeScan, topAnswers } from './test-fixtures.ts';

deepFreeze(fixtureChecklist);

const NOW = '2025-06-01T10:00:00.000Z';

function withNote(scan: Scan, questionId: string, note: string): Scan {
	const answer = scan.answers[questionId]!;
	return { ...scan, answers: { ...scan.answers, [questionId]: { ...answer, note } } };
}

function proposed(scan: Scan): PlanAction[] {
	return proposeActions(fixtureChecklist, scan, scoreScan(fixtureChecklist, scan), NOW);
}

describe('actionEvidence', () => {
	test('a proposed action shows the question, the answer that led to it and the explanation', () => {
		const scan = withNote(makeScan({ ...topAnswers(), 'a-wegbereider': '1' }), 'a-wegbereider', '  Niemand heeft er tijd voor.  ');
		const actions = proposed(scan);
		expect(actions.map((action) => action.id)).toEqual(['a-wegbereider-aanstellen']);

		const evidence = actionEvidence(fixtureChecklist, scan, actions);
		expect(evidence.get('a-wegbereider-aanstellen')).toEqual([
			{
				themeId: 'a',
				questionId: 'a-wegbereider',
				question: 'Is er een wegbereider?',
				answer: 'Een beetje',
				note: 'Niemand heeft er tijd voor.',
				leadsToAction: true
			}
		]);
	});

	test('every proposal of a plan gets the answer of its own question', () => {
		const scan = makeScan({ ...topAnswers(), 'a-plan': '0', 'd-alibi': 'soms', 'b-werving': '2' });
		const plan = createPlan(fixtureChecklist, scan, scoreScan(fixtureChecklist, scan), NOW);
		const evidence = actionEvidence(fixtureChecklist, scan, plan.actions);
		const summary = plan.actions.map((action) => [action.id, evidence.get(action.id)?.map((item) => [item.questionId, item.answer])]);
		expect(summary).toEqual([
			['d-alibi-stoppen', [['d-alibi', 'Soms']]],
			['a-plan-schrijven', [['a-plan', 'Nee']]],
			['b-werving-verbreden', [['b-werving', 'Deels']]]
		]);
	});

	test('without an explanation the note is empty', () => {
		const scan = makeScan({ ...topAnswers(), 'c-ervaring': '0' });
		const evidence = actionEvidence(fixtureChecklist, scan, proposed(scan));
		expect(evidence.get('c-ervaring-delen')?.[0]?.note).toBe('');
	});

	test('the question text is the one of the scan’s phase', () => {
		const scan = makeScan({ ...topAnswers(), 'a-budget': '2' }, { phase: 'eerste' });
		const evidence = actionEvidence(fixtureChecklist, scan, proposed(scan));
		expect(evidence.get('a-budget-regelen')?.[0]?.question).toBe('Is er geld voor de eerste ervaringswerkers?');
	});

	test('an answer that has improved since still shows, marked as no longer leading to the action', () => {
		const before = makeScan({ ...topAnswers(), 'b-begeleiding': '1' });
		const actions = proposed(before);
		const after = withNote(makeScan({ ...topAnswers(), 'b-begeleiding': '4' }), 'b-begeleiding', 'Nu geregeld.');
		expect(actionEvidence(fixtureChecklist, after, actions).get('b-begeleiding-intervisie')).toEqual([
			expect.objectContaining({ answer: 'Ja, helemaal', note: 'Nu geregeld.', leadsToAction: false })
		]);
	});

	test('a question answered “Weet ik niet” or emptied since shows that, not a made-up answer', () => {
		const before = makeScan({ ...topAnswers(), 'c-netwerk': '0', 'c-evaluatie': '1' });
		const actions = proposed(before);
		const after = makeScan({ ...topAnswers(), 'c-netwerk': UNKNOWN, 'c-evaluatie': null });
		const evidence = actionEvidence(fixtureChecklist, after, actions);
		expect(evidence.get('c-netwerk-opbouwen')?.[0]).toMatchObject({ answer: 'Weet ik niet', leadsToAction: false });
		expect(evidence.get('c-evaluatie-plannen')?.[0]).toMatchObject({ answer: null, leadsToAction: false });
	});

	test('an own action and an action the checklist no longer has get no evidence', () => {
		const scan = makeScan({ ...topAnswers(), 'a-plan': '0' });
		const plan = addCustomAction(createPlan(fixtureChecklist, scan, scoreScan(fixtureChecklist, scan), NOW), { title: 'Eigen' }, NOW);
		const gone: PlanAction = { ...plan.actions[0]!, id: 'verdwenen', sourceActionId: 'verdwenen' };
		const evidence = actionEvidence(fixtureChecklist, scan, [...plan.actions, gone]);
		expect([...evidence.keys()]).toEqual(['a-plan-schrijven']);
	});

	test('an action id repeated under two questions shows the action’s own question only', () => {
		const checklist = cloneChecklist();
		const copy = { ...checklist.themes[1]!.questions[1]!.actions[0]!, id: 'a-plan-schrijven', for: ['0', '1', '2', '3'] };
		checklist.themes[1]!.questions[1]!.actions.push(copy);
		const scan = makeScan({ ...topAnswers(), 'a-plan': '0', 'b-begeleiding': '2' });
		const actions = proposeActions(checklist, scan, scoreScan(checklist, scan), NOW).filter((action) => action.id === 'a-plan-schrijven');
		expect(actions[0]?.questionId).toBe('a-plan');
		expect(actionEvidence(checklist, scan, actions).get('a-plan-schrijven')?.map((item) => item.questionId)).toEqual(['a-plan']);
		// Without a known question (older data), every question holding the action is shown.
		const unknownQuestion = actions.map((action) => ({ ...action, questionId: null }));
		expect(actionEvidence(checklist, scan, unknownQuestion).get('a-plan-schrijven')?.map((item) => item.questionId)).toEqual([
			'a-plan',
			'b-begeleiding'
		]);
	});
});
