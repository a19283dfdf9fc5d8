import { describe, expect, test } from 'vitest';
import type { Checklist } from '../content/checklist-schema.ts';
import type { PlanAction, Scan } from '../domain/scan.ts';
import { UNKNOWN } from '../domain/scan.ts';
import { cloneChecklist, deepFreeze, fixtureChecklist, makeScan, uniformAnswers } from '../domain/test-fixtures.ts';
import { compareScans, type ScanComparison } from './compare-scans.ts';

const EARLIER_ID = '11111111-1111-4111-8111-111111111111';
const CURRENT_ID = '22222222-2222-4222-8222-222222222222';

function scanWith(id: string, answers: Record<string, string | null>, extra: Partial<Scan> = {}): Scan {
	return { ...makeScan(answers), id, ...extra };
}

function action(id: string, status: PlanAction['status'], sourceActionId: string | null = id): PlanAction {
	return {
		id,
		sourceActionId,
		themeId: 'a',
		questionId: 'a-plan',
		title: `Titel ${id}`,
		why: '',
		firstStep: '',
		owner: 'Team',
		deadline: '',
		horizon: '0-3',
		status,
		priority: 'gap',
		updatedAt: '2025-01-01T00:00:00.000Z'
	};
}

function compared(checklist: Checklist, earlier: Scan, current: Scan): ScanComparison {
	const result = compareScans(checklist, deepFreeze(earlier), deepFreeze(current));
	if (!result.ok) throw new Error(`refused: ${result.reason}`);
	return result.comparison;
}

describe('compareScans: two scans of the same checklist version', () => {
	// Then: everything "Deels" (2 of 4 = 50%); now three answers changed.
	const earlier = scanWith(EARLIER_ID, { ...uniformAnswers('2'), 'd-alibi': 'ja' });
	const current = scanWith(
		CURRENT_ID,
		{ ...uniformAnswers('2'), 'a-wegbereider': '4', 'a-plan': '4', 'b-werving': '0', 'd-alibi': 'nee', 'd-onbetaald': UNKNOWN },
		{ repeatOf: EARLIER_ID }
	);
	const result = compared(fixtureChecklist, earlier, current);

	test('lists exactly the answers that changed, with the question and both labels', () => {
		expect(result.changedAnswers.map((change) => [change.questionId, change.before.label, change.after.label])).toEqual([
			['a-wegbereider', 'Deels', 'Ja, helemaal'],
			['a-plan', 'Deels', 'Ja, helemaal'],
			['b-werving', 'Deels', 'Nee'],
			['d-alibi', 'Ja', 'Nee'],
			['d-onbetaald', 'Nee', 'Weet ik niet']
		]);
		expect(result.changedAnswers[0]?.text).toBe(fixtureChecklist.themes[0]?.questions[0]?.text);
		expect(result.openNow).toBe(0);
	});

	test('gives per theme the score and level then and now, and the difference', () => {
		const a = result.themes.find((theme) => theme.themeId === 'a');
		// a has three questions: 2,2,2 → 50%; now 4,4,2 → 83%.
		expect(a?.before).toEqual({ percent: 50, levelId: 'beginnen', levelLabel: 'Beginnen' });
		expect(a?.after).toEqual({ percent: 83, levelId: 'verankeren', levelLabel: 'Verankeren' });
		expect(a?.change).toBe(33);
		const b = result.themes.find((theme) => theme.themeId === 'b');
		// b: 2,2,2 → 50%; now 0,2,2 → 33%.
		expect(b?.after?.percent).toBe(33);
		expect(b?.change).toBe(-17);
		// Pitfall themes have no score; they show up as risks.
		expect(result.themes.map((theme) => theme.themeId)).toEqual(['a', 'b', 'c']);
	});

	test('gives the overall level then and now, caps included', () => {
		// Then every theme 50%; now a 83, b 33, c 50 → 56%. Both reach "beginnen" (40–74).
		expect(result.overall.before).toEqual({ percent: 50, levelId: 'beginnen', levelLabel: 'Beginnen' });
		expect(result.overall.after).toEqual({ percent: 56, levelId: 'beginnen', levelLabel: 'Beginnen' });
	});

	test('names the risks that appeared and the ones that went away', () => {
		expect(result.risksGone.map((risk) => [risk.questionId, risk.severity, risk.answerLabel])).toEqual([['d-alibi', 'high', 'Ja']]);
		expect(result.risksAppeared.map((risk) => [risk.questionId, risk.severity, risk.answerLabel])).toEqual([
			['d-onbetaald', 'unknown', 'Weet ik niet']
		]);
	});

	test('knows the scans are linked and of the same organisation', () => {
		expect(result.linked).toBe(true);
		expect(result.sameOrganisation).toBe(true);
		expect(result.earlier.id).toBe(EARLIER_ID);
		expect(result.current.complete).toBe(true);
	});
});

describe('compareScans: open questions and risks that cannot be judged yet', () => {
	test('a question not answered yet now is counted as open, not listed as changed, and its risk has not gone', () => {
		const earlier = scanWith(EARLIER_ID, { 'a-wegbereider': '2', 'd-alibi': 'ja' });
		const current = scanWith(CURRENT_ID, { 'a-wegbereider': '2' });
		const result = compared(fixtureChecklist, earlier, current);
		expect(result.changedAnswers).toEqual([]);
		expect(result.openNow).toBe(1);
		expect(result.risksGone).toEqual([]);
	});

	test('a question answered now and not then is a change from "not answered"', () => {
		const result = compared(fixtureChecklist, scanWith(EARLIER_ID, {}), scanWith(CURRENT_ID, { 'c-netwerk': '3' }));
		expect(result.changedAnswers).toEqual([
			expect.objectContaining({ questionId: 'c-netwerk', before: { value: null, label: null }, after: { value: '3', label: 'Grotendeels' } })
		]);
		expect(result.themes.find((theme) => theme.themeId === 'c')?.before?.percent).toBeNull();
		expect(result.themes.find((theme) => theme.themeId === 'c')?.change).toBeNull();
	});

	test('questions only one scan asks (quick then, full now) are not compared', () => {
		const earlier = { ...scanWith(EARLIER_ID, { 'a-wegbereider': '1' }), mode: 'quick' as const };
		const current = scanWith(CURRENT_ID, { 'a-wegbereider': '1', 'a-plan': '4' });
		const result = compared(fixtureChecklist, earlier, current);
		expect(result.changedAnswers).toEqual([]);
	});
});

describe('compareScans: the earlier plan', () => {
	test('lists its actions with their status then, and now when the current plan has the same proposed action', () => {
		const earlier = scanWith(EARLIER_ID, {}, {
			plan: {
				actions: [action('a-plan-schrijven', 'bezig'), action('eigen-1', 'klaar', null), action('b-werving-zoeken', 'open')],
				createdAt: '2025-01-01T00:00:00.000Z',
				updatedAt: '2025-01-01T00:00:00.000Z'
			}
		});
		const current = scanWith(CURRENT_ID, {}, {
			plan: {
				actions: [action('a-plan-schrijven', 'klaar'), action('eigen-1', 'open', null)],
				createdAt: '2026-01-01T00:00:00.000Z',
				updatedAt: '2026-01-01T00:00:00.000Z'
			}
		});
		const result = compared(fixtureChecklist, earlier, current);
		expect(result.earlierActions.map((item) => [item.id, item.status, item.statusNow])).toEqual([
			['a-plan-schrijven', 'bezig', 'klaar'],
			// Two own actions that happen to share an id are different actions.
			['eigen-1', 'klaar', null],
			['b-werving-zoeken', 'open', null]
		]);
	});

	test('an earlier scan without a plan has no earlier actions', () => {
		expect(compared(fixtureChecklist, scanWith(EARLIER_ID, {}), scanWith(CURRENT_ID, {})).earlierActions).toEqual([]);
	});
});

describe('compareScans: different checklist versions', () => {
	/** Version 1.1.0: a-plan renamed to a-beleidsplan, b-scholing removed. */
	function checklistV11(): Checklist {
		const checklist = cloneChecklist();
		checklist.version = '1.1.0';
		const themeA = checklist.themes.find((theme) => theme.id === 'a')!;
		themeA.questions = themeA.questions.map((question) => (question.id === 'a-plan' ? { ...question, id: 'a-beleidsplan' } : question));
		checklist.caps = checklist.caps.map((cap) =>
			'question' in cap.when && cap.when.question === 'a-plan' ? { ...cap, when: { ...cap.when, question: 'a-beleidsplan' } } : cap
		);
		const themeB = checklist.themes.find((theme) => theme.id === 'b')!;
		themeB.questions = themeB.questions.filter((question) => question.id !== 'b-scholing');
		checklist.migrations = [
			{
				from: '1.0.0',
				to: '1.1.0',
				previous: { 'b-scholing': { text: 'Is er scholing?', labels: { '2': 'Deels' } } },
				changes: [
					{ kind: 'renamed', question: 'a-plan', to: 'a-beleidsplan' },
					{ kind: 'removed', question: 'b-scholing' }
				]
			}
		];
		return checklist;
	}

	test('maps the earlier answers to today’s questions and lists what has no place as unmatched', () => {
		const checklist = checklistV11();
		const earlier = scanWith(EARLIER_ID, { 'a-plan': '1', 'b-scholing': '2', 'b-werving': '2' });
		const current = { ...scanWith(CURRENT_ID, { 'a-beleidsplan': '3', 'b-werving': '2' }), checklistVersion: '1.1.0' };
		const result = compared(checklist, earlier, current);
		expect(result.changedAnswers.map((change) => [change.questionId, change.before.label, change.after.label])).toEqual([
			['a-beleidsplan', 'Een beetje', 'Grotendeels']
		]);
		expect(result.unmatched).toEqual([{ questionId: 'b-scholing', questionText: 'Is er scholing?', answerLabel: 'Deels', value: '2' }]);
		expect(result.earlier.checklistVersion).toBe('1.0.0');
		expect(result.current.checklistVersion).toBe('1.1.0');
	});

	test('refuses a scan of a newer checklist version than the app has, and one of another checklist', () => {
		const newer = { ...scanWith(EARLIER_ID, {}), checklistVersion: '9.0.0' };
		expect(compareScans(fixtureChecklist, newer, scanWith(CURRENT_ID, {}))).toEqual({ ok: false, reason: 'newer-version' });
		const other = { ...scanWith(EARLIER_ID, {}), checklistId: 'iets-anders' };
		expect(compareScans(fixtureChecklist, other, scanWith(CURRENT_ID, {}))).toEqual({ ok: false, reason: 'other-checklist' });
	});
});

describe('compareScans: which scans', () => {
	test('a scan is not compared with itself', () => {
		const scan = scanWith(CURRENT_ID, {});
		expect(compareScans(fixtureChecklist, scan, scan)).toEqual({ ok: false, reason: 'same-scan' });
	});

	test('another organisation may be compared, and is said to be another one', () => {
		const earlier = scanWith(EARLIER_ID, {}, { profile: { ...makeScan({}).profile, organisation: 'Gemeente Elders' } });
		const result = compared(fixtureChecklist, earlier, scanWith(CURRENT_ID, {}));
		expect(result.sameOrganisation).toBe(false);
		expect(result.linked).toBe(false);
	});

	test('the same organisation written with other capitals and spaces is the same one', () => {
		const earlier = scanWith(EARLIER_ID, {}, { profile: { ...makeScan({}).profile, organisation: '  gemeente   TEST ' } });
		expect(compared(fixtureChecklist, earlier, scanWith(CURRENT_ID, {})).sameOrganisation).toBe(true);
	});
});
