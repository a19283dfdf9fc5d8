import { describe, expect, test } from 'vitest';
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import { cloneChecklist, deepFreeze, fixtureChecklist } from '../domain/test-fixtures.ts';
import { acceptProposals, prepareMerge, sameAnswer, type MergeReport } from './merge.ts';
import { openDelegationsByTheme } from './open-delegations.ts';
import { HAND_OUT_ID, T_MERGE, T_RETURN, answer, colleagueReturn, handOut, ownerScan } from './test-support.ts';

function report(checklist: Checklist, scan: Scan, returned: Parameters<typeof prepareMerge>[2]): MergeReport {
	const result = prepareMerge(checklist, scan, returned);
	if (!result.ok) throw new Error(`refused: ${result.message.key}`);
	return result.report;
}

describe('merge without conflicts', () => {
	test('only the colleague changed: plain proposals; unchanged answers are no proposals', () => {
		const { envelope, scan } = handOut();
		const { returned } = colleagueReturn(envelope, {
			'a-plan': answer('4', 'Plan is vastgesteld'),
			'b-begeleiding': answer('2', 'Maandelijks')
		});
		const merged = report(fixtureChecklist, scan, returned);
		expect(merged.items.map((item) => [item.questionId, item.conflict])).toEqual([
			['a-plan', false],
			['b-begeleiding', false]
		]);
		const plan = merged.items[0]!;
		expect(plan.current).toEqual({ value: '2', note: '' });
		expect(plan.proposed).toEqual({ value: '4', note: 'Plan is vastgesteld' });
		expect(plan.atHandOut).toEqual({ value: '2', note: '' });
		expect(plan.themeId).toBe('a');
		// a-wegbereider and b-werving came back as handed out.
		expect(merged.unchanged).toBe(2);
		expect(merged.alreadyMerged).toBe(false);
		expect(merged.dropped).toEqual([]);
	});

	test('accepting every proposal takes the colleague’s answers and marks the hand-out merged', () => {
		const { envelope, scan } = handOut();
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('4', 'Vastgesteld') });
		const merged = report(fixtureChecklist, scan, returned);
		const result = acceptProposals(deepFreeze(structuredClone(scan)), merged, ['a-plan'], T_MERGE, true);
		expect(result.answers['a-plan']).toEqual({ value: '4', note: 'Vastgesteld', updatedAt: T_MERGE });
		expect(result.answers['a-wegbereider']).toEqual(scan.answers['a-wegbereider']);
		expect(result.delegations?.[0]).toMatchObject({ id: HAND_OUT_ID, status: 'merged', returnedAt: T_RETURN, mergedAt: T_MERGE });
		expect(result.updatedAt).toBe(T_MERGE);
		// The input is not changed (it was frozen).
		expect(scan.answers['a-plan']?.value).toBe('2');
	});

	test('nothing changes for a proposal that is not accepted; not done leaves the hand-out "returned"', () => {
		const { envelope, scan } = handOut();
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('4'), 'b-werving': answer('0') });
		const merged = report(fixtureChecklist, scan, returned);
		const result = acceptProposals(scan, merged, ['b-werving'], T_MERGE, false);
		expect(result.answers['a-plan']?.value).toBe('2');
		expect(result.answers['b-werving']?.value).toBe('0');
		expect(result.delegations?.[0]).toMatchObject({ status: 'returned', mergedAt: null });
	});
});

describe('merge with conflicts', () => {
	test('both changed since the hand-out: a conflict, listed first with all three answers', () => {
		const { envelope, scan: handedOut } = handOut();
		// After the hand-out the owner changes a-plan and b-werving; the colleague changes a-plan and a-wegbereider.
		const scan: Scan = {
			...handedOut,
			answers: { ...handedOut.answers, 'a-plan': answer('3', 'Eigen inzicht'), 'b-werving': answer('1') }
		};
		const { returned } = colleagueReturn(envelope, {
			'a-wegbereider': answer('4', 'Er is een wegbereider'),
			'a-plan': answer('0', 'Geen plan')
		});
		const merged = report(fixtureChecklist, scan, returned);
		expect(merged.items.map((item) => [item.questionId, item.conflict])).toEqual([
			['a-plan', true],
			['a-wegbereider', false]
		]);
		expect(merged.items[0]).toMatchObject({
			current: { value: '3', note: 'Eigen inzicht' },
			proposed: { value: '0', note: 'Geen plan' },
			atHandOut: { value: '2', note: '' }
		});
		// b-werving: only the owner changed it; the colleague's unchanged answer is no proposal.
		expect(merged.items.some((item) => item.questionId === 'b-werving')).toBe(false);
	});

	test('one conflict resolved each way', () => {
		const { envelope, scan: handedOut } = handOut();
		const scan: Scan = { ...handedOut, answers: { ...handedOut.answers, 'a-plan': answer('3'), 'b-werving': answer('1') } };
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('0'), 'b-werving': answer('4') });
		const merged = report(fixtureChecklist, scan, returned);
		expect(merged.items.filter((item) => item.conflict)).toHaveLength(2);
		const result = acceptProposals(scan, merged, ['b-werving'], T_MERGE, true);
		expect(result.answers['a-plan']?.value).toBe('3');
		expect(result.answers['b-werving']?.value).toBe('4');
	});

	test('the same change on both sides is no conflict and no proposal', () => {
		const { envelope, scan: handedOut } = handOut();
		const scan: Scan = { ...handedOut, answers: { ...handedOut.answers, 'a-plan': answer('4', 'Klaar ') } };
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('4', 'Klaar') });
		const merged = report(fixtureChecklist, scan, returned);
		expect(merged.items).toEqual([]);
		expect(merged.unchanged).toBeGreaterThan(0);
	});

	test('without the owner’s record of the hand-out, every question with an own answer is a conflict', () => {
		const { envelope } = handOut();
		const scan = ownerScan();
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('4'), 'b-begeleiding': answer('1') });
		const merged = report(fixtureChecklist, scan, returned);
		expect(merged.record).toBeNull();
		expect(merged.items.map((item) => [item.questionId, item.conflict])).toEqual([
			['a-plan', true],
			['b-begeleiding', false]
		]);
		// Unknown hand-out answers: a-wegbereider came back equal to the current answer, so nothing to do.
		expect(merged.items.some((item) => item.questionId === 'a-wegbereider')).toBe(false);
	});
});

/** Version 2.0.0 of the fixture: a-plan renamed to a-beleidsplan, b-scholing removed. */
function checklistV2(): Checklist {
	const checklist = cloneChecklist();
	checklist.version = '2.0.0';
	const [a, b] = checklist.themes;
	a!.questions = a!.questions.map((question) => (question.id === 'a-plan' ? { ...question, id: 'a-beleidsplan' } : question));
	b!.questions = b!.questions.filter((question) => question.id !== 'b-scholing');
	checklist.caps = checklist.caps.map((cap) =>
		'question' in cap.when && cap.when.question === 'a-plan' ? { ...cap, when: { ...cap.when, question: 'a-beleidsplan' } } : cap
	);
	checklist.migrations = [
		{
			from: '1.0.0',
			to: '2.0.0',
			changes: [
				{ kind: 'renamed', question: 'a-plan', to: 'a-beleidsplan' },
				{ kind: 'removed', question: 'b-scholing' }
			],
			previous: { 'b-scholing': { text: 'Is er scholing?' } }
		}
	];
	return checklist;
}

describe('merge of a return from another checklist version', () => {
	test('answers are mapped to the current questions; questions that no longer exist are reported', () => {
		const v2 = checklistV2();
		// The owner handed out at 1.0.0; since then the owner's app moved to 2.0.0 and migrated the scan.
		const { envelope, scan: handedOut } = handOut();
		const scan: Scan = {
			...handedOut,
			checklistVersion: '2.0.0',
			answers: Object.fromEntries(Object.entries(handedOut.answers).map(([id, value]) => [id === 'a-plan' ? 'a-beleidsplan' : id, value]))
		};
		// The colleague answered in 1.0.0.
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('4', 'Vastgesteld'), 'b-scholing': answer('3', 'Cursus') });
		expect(returned.checklistVersion).toBe('1.0.0');
		const merged = report(v2, scan, returned);
		expect(merged.mappedFrom).toBe('1.0.0');
		// a-plan arrives as a-beleidsplan; the hand-out answer was mapped too, so it is a plain proposal.
		expect(merged.items).toEqual([
			expect.objectContaining({ questionId: 'a-beleidsplan', conflict: false, proposed: { value: '4', note: 'Vastgesteld' }, atHandOut: { value: '2', note: '' } })
		]);
		expect(merged.dropped).toEqual([
			{ questionId: 'b-scholing', questionText: 'Is er scholing?', value: '3', answerLabel: null, note: 'Cursus' }
		]);
	});

	test('a return of a newer checklist version than this app has is refused', () => {
		const { envelope, scan } = handOut();
		const { returned } = colleagueReturn(envelope, {});
		const result = prepareMerge(fixtureChecklist, scan, { ...returned, checklistVersion: '9.0.0' });
		expect(result).toEqual({ ok: false, message: { key: 'delegation.errors.newerChecklist' } });
	});

	test('a return of another checklist is refused', () => {
		const { envelope, scan } = handOut();
		const { returned } = colleagueReturn(envelope, {});
		const result = prepareMerge(fixtureChecklist, scan, { ...returned, checklistId: 'andere-lijst' });
		expect(result).toEqual({ ok: false, message: { key: 'delegation.errors.otherChecklist' } });
	});
});

describe('a file returned twice', () => {
	test('the second time there is nothing new, and the report says it was merged before', () => {
		const { envelope, scan } = handOut();
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('4') });
		const first = report(fixtureChecklist, scan, returned);
		expect(first.items).toHaveLength(1);
		const after = acceptProposals(scan, first, ['a-plan'], T_MERGE, true);
		const second = report(fixtureChecklist, after, returned);
		expect(second.alreadyMerged).toBe(true);
		expect(second.items).toEqual([]);
		// Sent again later, unchanged: not the same return, but still nothing new.
		const again = report(fixtureChecklist, after, { ...returned, returnedAt: '2026-12-08T08:00:00.000Z' });
		expect(again.alreadyMerged).toBe(false);
		expect(again.items).toEqual([]);
	});

	test('a proposal the owner kept their own answer for comes back when the same return is opened before it was finished', () => {
		const { envelope, scan } = handOut();
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('4'), 'b-werving': answer('0') });
		const first = report(fixtureChecklist, scan, returned);
		const partly = acceptProposals(scan, first, ['b-werving'], T_MERGE, false);
		const second = report(fixtureChecklist, partly, returned);
		expect(second.alreadyMerged).toBe(false);
		expect(second.items.map((item) => item.questionId)).toEqual(['a-plan']);
	});
});

describe('a file for another scan', () => {
	test('is refused with a message naming both organisations', () => {
		const { envelope, scan } = handOut();
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('4') });
		const other: Scan = { ...scan, id: '99999999-2222-4333-8444-555555555555', profile: { ...scan.profile, organisation: 'Gemeente Elders' } };
		const result = prepareMerge(fixtureChecklist, other, returned);
		expect(result).toEqual({ ok: false, message: { key: 'delegation.errors.otherScan', params: ['Gemeente Test', 'Gemeente Elders'] } });
	});
});

describe('hostile returns', () => {
	test('answers outside the delegated themes are ignored and counted', () => {
		const { envelope, scan } = handOut();
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('4') });
		const hostile = { ...returned, answers: { ...returned.answers, 'c-netwerk': answer('0'), 'd-alibi': answer('ja') } };
		const merged = report(fixtureChecklist, scan, hostile);
		expect(merged.items.map((item) => item.questionId)).toEqual(['a-plan']);
		expect(merged.outside).toBe(2);
	});

	test('the owner’s record decides the themes, not the return', () => {
		const { envelope, scan } = handOut(ownerScan(), ['a']);
		const { returned } = colleagueReturn(envelope, { 'a-plan': answer('4') });
		const widened = { ...returned, themes: ['a', 'b'], answers: { ...returned.answers, 'b-werving': answer('0') } };
		const merged = report(fixtureChecklist, scan, widened);
		expect(merged.themes).toEqual(['a']);
		expect(merged.items.map((item) => item.questionId)).toEqual(['a-plan']);
	});
});

describe('helpers', () => {
	test('sameAnswer compares option and explanation', () => {
		expect(sameAnswer(null, null)).toBe(true);
		expect(sameAnswer({ value: '1', note: 'a' }, null)).toBe(false);
		expect(sameAnswer({ value: '1', note: 'a ' }, { value: '1', note: 'a' })).toBe(true);
		expect(sameAnswer({ value: '1', note: 'a' }, { value: '1', note: 'b' })).toBe(false);
	});

	test('openDelegationsByTheme lists the newest open hand-out per theme and skips merged ones', () => {
		const { scan } = handOut();
		const record = scan.delegations![0]!;
		const later = { ...record, id: '44444444-3333-4444-8555-666666666666', themes: ['b'], handedOutAt: '2026-12-04T09:00:00.000Z', role: 'teamleider' };
		const merged = { ...record, id: '55555555-3333-4444-8555-666666666666', themes: ['c'], status: 'merged' as const };
		const byTheme = openDelegationsByTheme({ delegations: [record, later, merged] });
		expect(byTheme.get('a')?.role).toBe('beleidsmedewerker');
		expect(byTheme.get('b')?.role).toBe('teamleider');
		expect(byTheme.has('c')).toBe(false);
	});
});
