import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { validateChecklistSource } from '../content/validate-checklist.ts';
import type { PhaseId, Question } from '../content/checklist-schema.ts';
import type { ScanMode } from './scan.ts';
import { NOT_APPLICABLE, UNKNOWN } from './scan.ts';
import { answerScore, levelById, scoreScan } from './scoring.ts';
import {
	ALL_QUESTION_IDS,
	cloneChecklist,
	deepFreeze,
	fixtureChecklist,
	makeScan,
	topAnswers,
	uniformAnswers
} from './test-fixtures.ts';

// Frozen: scoring must never mutate the content.
deepFreeze(fixtureChecklist);

const score = (answers: Record<string, string | null>, options: { mode?: ScanMode; phase?: PhaseId } = {}) =>
	scoreScan(fixtureChecklist, makeScan(answers, options));
const themeOf = (results: ReturnType<typeof scoreScan>, themeId: string) =>
	results.themes.find((theme) => theme.themeId === themeId);
const question = (id: string): Question => {
	const found = fixtureChecklist.themes.flatMap((theme) => theme.questions).find((q) => q.id === id);
	if (!found) throw new Error(`no question ${id}`);
	return found;
};

describe('test fixture', () => {
	test('passes the real content validator', () => {
		const { errors } = validateChecklistSource(stringify(fixtureChecklist), 'fixture.yaml');
		expect(errors).toEqual([]);
	});
});

describe('theme percentages', () => {
	test.each([
		['all top answers', { 'a-wegbereider': '4', 'a-plan': '4', 'a-budget': '4' }, { percent: 100, scored: 3, unknown: 0, notApplicable: 0, open: 0 }],
		['all lowest answers', { 'a-wegbereider': '0', 'a-plan': '0', 'a-budget': '0' }, { percent: 0, scored: 3, unknown: 0, notApplicable: 0, open: 0 }],
		['"Niet van toepassing" is left out', { 'a-wegbereider': '4', 'a-plan': '2', 'a-budget': NOT_APPLICABLE }, { percent: 75, scored: 2, unknown: 0, notApplicable: 1, open: 0 }],
		['"Weet ik niet" counts as the lowest answer', { 'a-wegbereider': '4', 'a-plan': UNKNOWN, 'a-budget': '0' }, { percent: 33, scored: 2, unknown: 1, notApplicable: 0, open: 0 }],
		['only "Weet ik niet" scores 0', { 'a-wegbereider': UNKNOWN, 'a-plan': UNKNOWN, 'a-budget': UNKNOWN }, { percent: 0, scored: 0, unknown: 3, notApplicable: 0, open: 0 }],
		['nothing answered gives no percentage', {}, { percent: null, scored: 0, unknown: 0, notApplicable: 0, open: 3 }],
		['skipped (null) counts as open', { 'a-wegbereider': '2', 'a-plan': null }, { percent: 50, scored: 1, unknown: 0, notApplicable: 0, open: 2 }],
		['an invalid value counts as open', { 'a-wegbereider': 'x', 'a-plan': '4', 'a-budget': '4' }, { percent: 100, scored: 2, unknown: 0, notApplicable: 0, open: 1 }],
		['"Niet van toepassing" where not offered counts as open', { 'a-wegbereider': '4', 'a-plan': NOT_APPLICABLE, 'a-budget': '4' }, { percent: 100, scored: 2, unknown: 0, notApplicable: 0, open: 1 }],
		['rounds 8.33 down', { 'a-wegbereider': '1', 'a-plan': '0', 'a-budget': '0' }, { percent: 8, scored: 3, unknown: 0, notApplicable: 0, open: 0 }],
		['rounds 66.67 up', { 'a-wegbereider': '4', 'a-plan': '4', 'a-budget': '0' }, { percent: 67, scored: 3, unknown: 0, notApplicable: 0, open: 0 }],
		['rounds 12.5 to 13', { 'a-wegbereider': '1', 'a-plan': '0', 'a-budget': NOT_APPLICABLE }, { percent: 13, scored: 2, unknown: 0, notApplicable: 1, open: 0 }]
	])('%s', (_name, answers, expected) => {
		const theme = themeOf(score(answers), 'a');
		expect(theme).toMatchObject({ themeId: 'a', kind: 'do', title: 'Draagvlak en plan', inScope: 3, ...expected });
	});

	test('extra themes are maturity themes too', () => {
		expect(themeOf(score({ 'c-netwerk': '2' }), 'c')).toMatchObject({ kind: 'extra', percent: 50 });
	});

	test("don't themes never appear among the maturity themes", () => {
		expect(score(topAnswers()).themes.map((theme) => theme.themeId)).toEqual(['a', 'b', 'c']);
	});

	test('a theme with no question in scope is left out', () => {
		const checklist = cloneChecklist();
		for (const q of checklist.themes[2]?.questions ?? []) q.showIn = ['structureel'];
		const results = scoreScan(checklist, makeScan({}, { phase: 'orienterend' }));
		expect(results.themes.map((theme) => theme.themeId)).toEqual(['a', 'b']);
	});
});

describe('overall percentage', () => {
	test('is the mean of the unrounded theme percentages, rounded at the end', () => {
		// a = 12.5 (shown 13), b = 0, c = not scored. Mean 6.25 → 6 (rounding first would give 6.5 → 7).
		const results = score({
			'a-wegbereider': '1',
			'a-plan': '0',
			'a-budget': NOT_APPLICABLE,
			'b-werving': '0',
			'b-begeleiding': '0',
			'b-scholing': '0'
		});
		expect(themeOf(results, 'a')?.percent).toBe(13);
		expect(themeOf(results, 'c')?.percent).toBeNull();
		expect(results.overallPercent).toBe(6);
	});

	test.each([
		['only risk answers', { 'd-alibi': 'ja', 'd-onbetaald': 'soms', 'd-overvragen': 'nee' }],
		['nothing answered', {}],
		['only "Niet van toepassing"', { 'c-netwerk': NOT_APPLICABLE }]
	])('is null with %s, and so is the level', (_name, answers) => {
		const results = score(answers);
		expect(results.overallPercent).toBeNull();
		expect(results.uncappedLevelId).toBeNull();
		expect(results.levelId).toBeNull();
		expect(results.appliedCaps).toEqual([]);
	});

	test.each([['ja'], ['soms'], ['nee']])('risk answers (%s everywhere) are never averaged in', (risk) => {
		const answers = { ...uniformAnswers('2'), 'd-alibi': risk, 'd-onbetaald': risk, 'd-overvragen': risk };
		expect(score(answers).overallPercent).toBe(50);
	});
});

describe('risk flags', () => {
	test.each([
		['ja', { flag: 'high', clear: 0, gap: false }],
		['soms', { flag: 'medium', clear: 0, gap: false }],
		['nee', { flag: null, clear: 1, gap: false }],
		[UNKNOWN, { flag: null, clear: 0, gap: true }]
	] as const)('answer %s', (value, expected) => {
		const results = score({ 'd-alibi': value });
		expect(results.riskFlags.map((flag) => flag.severity)).toEqual(expected.flag ? [expected.flag] : []);
		expect(results.risksClear).toBe(expected.clear);
		expect(results.knowledgeGaps.map((gap) => gap.questionId)).toEqual(expected.gap ? ['d-alibi'] : []);
		// "Weet ik niet" on a risk question is an unknown risk, never a clear one.
		expect(results.unknownRisks.map((risk) => risk.questionId)).toEqual(expected.gap ? ['d-alibi'] : []);
	});

	test('an unknown risk carries the question text in the phase wording, in content order', () => {
		expect(score({ 'd-overvragen': UNKNOWN, 'd-alibi': UNKNOWN, 'a-plan': UNKNOWN }).unknownRisks).toEqual([
			{ themeId: 'd', questionId: 'd-alibi', text: 'Is de ervaringswerker een alibi?' },
			{ themeId: 'd', questionId: 'd-overvragen', text: 'Vraagt u te veel?' }
		]);
	});

	test('an unknown risk outside the scan is not counted', () => {
		expect(score({ 'd-onbetaald': UNKNOWN }, { mode: 'quick' }).unknownRisks).toEqual([]);
	});

	test('a flag carries the question text and the option chosen', () => {
		expect(score({ 'd-onbetaald': 'soms' }).riskFlags).toEqual([
			{
				themeId: 'd',
				questionId: 'd-onbetaald',
				text: 'Werkt de ervaringswerker onbetaald?',
				optionId: 'soms',
				optionLabel: 'Soms',
				severity: 'medium'
			}
		]);
	});

	test('flags come in content order and clear risks are counted', () => {
		const results = score({ 'd-alibi': 'soms', 'd-onbetaald': 'nee', 'd-overvragen': 'ja' });
		expect(results.riskFlags.map((flag) => [flag.questionId, flag.severity])).toEqual([
			['d-alibi', 'medium'],
			['d-overvragen', 'high']
		]);
		expect(results.risksClear).toBe(1);
	});
});

describe('knowledge gaps', () => {
	test('"Weet ik niet" is listed in content order with the phase wording', () => {
		const results = score({ 'a-budget': UNKNOWN, 'c-ervaring': UNKNOWN, 'a-wegbereider': UNKNOWN }, { phase: 'eerste' });
		expect(results.knowledgeGaps).toEqual([
			{ themeId: 'a', questionId: 'a-wegbereider', text: 'Is er een wegbereider?' },
			{ themeId: 'a', questionId: 'a-budget', text: 'Is er geld voor de eerste ervaringswerkers?' },
			{ themeId: 'c', questionId: 'c-ervaring', text: 'Deelt u ervaringen?' }
		]);
	});
});

describe('levels and caps', () => {
	test.each([
		// name, answers, mode, [uncapped, final, applied caps]
		['all top: highest level, no cap', topAnswers(), 'full', ['verankeren', 'verankeren', []]],
		['question cap via a low answer', { ...topAnswers(), 'a-plan': '1' }, 'full', ['verankeren', 'verkennen', ['geen-plan']]],
		['question cap via the lowest answer', { ...topAnswers(), 'a-plan': '0' }, 'full', ['verankeren', 'verkennen', ['geen-plan']]],
		['no question cap above atMost', { ...topAnswers(), 'a-plan': '2' }, 'full', ['verankeren', 'verankeren', []]],
		['question cap via "Weet ik niet"', { ...topAnswers(), 'a-plan': UNKNOWN }, 'full', ['verankeren', 'verkennen', ['geen-plan']]],
		['question cap via a skipped answer', { ...topAnswers(), 'a-plan': null }, 'full', ['verankeren', 'verkennen', ['geen-plan']]],
		['question cap via a question never reached', { 'a-wegbereider': '4' }, 'full', ['verankeren', 'verkennen', ['geen-plan']]],
		['question cap via an invalid answer', { ...topAnswers(), 'a-plan': 'x' }, 'full', ['verankeren', 'verkennen', ['geen-plan']]],
		['risk flag cap (medium)', { ...topAnswers(), 'd-alibi': 'soms' }, 'full', ['verankeren', 'beginnen', ['actief-risico']]],
		['risk flag cap (high)', { ...topAnswers(), 'd-overvragen': 'ja' }, 'full', ['verankeren', 'beginnen', ['actief-risico']]],
		['"Weet ik niet" on a risk is no flag (this content has no unknown-risk cap)', { ...topAnswers(), 'd-overvragen': UNKNOWN }, 'full', ['verankeren', 'verankeren', []]],
		['both caps: lowest wins, both listed', { ...topAnswers(), 'a-plan': '0', 'd-alibi': 'ja' }, 'full', ['verankeren', 'verkennen', ['geen-plan', 'actief-risico']]],
		['risk cap at the level reached is not listed', { ...uniformAnswers('2'), 'd-alibi': 'ja' }, 'full', ['beginnen', 'beginnen', []]],
		['only the cap that lowers is listed', { ...uniformAnswers('2'), 'a-plan': '1', 'd-alibi': 'ja' }, 'full', ['beginnen', 'verkennen', ['geen-plan']]],
		['question cap at the lowest level is not listed', uniformAnswers('0'), 'full', ['verkennen', 'verkennen', []]],
		['quick scan: cap question not asked, no cap', { 'a-wegbereider': '4', 'b-werving': '4', 'c-netwerk': '4', 'd-alibi': 'nee' }, 'quick', ['verankeren', 'verankeren', []]],
		['quick scan: risk cap still applies', { 'a-wegbereider': '4', 'b-werving': '4', 'c-netwerk': '4', 'd-alibi': 'ja' }, 'quick', ['verankeren', 'beginnen', ['actief-risico']]]
	] as const)('%s', (_name, answers, mode, [uncapped, level, caps]) => {
		const results = score(answers, { mode });
		expect(results.uncappedLevelId).toBe(uncapped);
		expect(results.levelId).toBe(level);
		expect(results.appliedCaps.map((cap) => cap.capId)).toEqual(caps);
	});

	test('an applied cap carries its level and reason', () => {
		expect(score({ ...topAnswers(), 'a-plan': '0' }).appliedCaps).toEqual([
			{ capId: 'geen-plan', maxLevelId: 'verkennen', reason: 'Er is nog geen plan.' }
		]);
	});

	test.each([
		[NOT_APPLICABLE, 'verankeren', []],
		[UNKNOWN, 'verkennen', ['geen-netwerk']],
		['1', 'verkennen', ['geen-netwerk']],
		['2', 'verankeren', []]
	])('a cap question answered %s (with "Niet van toepassing" allowed)', (value, level, caps) => {
		const checklist = cloneChecklist();
		checklist.caps.push({ id: 'geen-netwerk', when: { question: 'c-netwerk', atMost: '1' }, maxLevel: 'verkennen', reason: 'Geen netwerk.' });
		const answers = { 'a-wegbereider': '4', 'b-werving': '4', 'c-netwerk': value, 'd-alibi': 'nee' };
		const results = scoreScan(checklist, makeScan(answers, { mode: 'quick' }));
		expect(results.levelId).toBe(level);
		expect(results.appliedCaps.map((cap) => cap.capId)).toEqual(caps);
	});

	test.each([
		// The overall is 91.67, shown as 92; the level uses the shown value.
		[[0, 40, 92], 'verankeren'],
		[[0, 40, 93], 'beginnen'],
		[[0, 92, 93], 'beginnen'],
		[[0, 91, 92], 'verankeren']
	])('thresholds %j use the rounded overall → %s', (thresholds, expected) => {
		const checklist = cloneChecklist();
		checklist.levels.forEach((level, index) => (level.minPercent = thresholds[index] ?? 0));
		checklist.caps = [];
		const results = scoreScan(checklist, makeScan({ ...topAnswers(), 'a-plan': '1' }));
		expect(results.overallPercent).toBe(92);
		expect(results.uncappedLevelId).toBe(expected);
	});

	test('exactly at a threshold reaches that level', () => {
		// a = 50, b = 50, c = 50 → 50; set the middle level to start at 50.
		const checklist = cloneChecklist();
		const middle = checklist.levels[1];
		if (middle) middle.minPercent = 50;
		expect(scoreScan(checklist, makeScan(uniformAnswers('2'))).uncappedLevelId).toBe('beginnen');
	});
});

describe('"Weet ik niet" never looks better than the lowest answer', () => {
	// Every combination of answers on theme a, with each lowest answer swapped for "Weet ik niet":
	// the theme percentage and the overall percentage stay exactly the same.
	const values = ['0', '2', '4', UNKNOWN, NOT_APPLICABLE, null] as const;
	const combos = values.flatMap((w) => values.flatMap((p) => values.map((b) => ({ 'a-wegbereider': w, 'a-plan': p, 'a-budget': b }))));
	test.each(combos)('%j', (answers) => {
		const withLowest = Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, value === UNKNOWN ? '0' : value]));
		const unknown = score(answers);
		const lowest = score(withLowest);
		expect(themeOf(unknown, 'a')?.percent).toBe(themeOf(lowest, 'a')?.percent);
		expect(unknown.overallPercent).toBe(lowest.overallPercent);
	});
});

describe('uncertain themes and results', () => {
	test.each([
		// name, answers on theme a (3 questions), threshold, [unknownPercent, uncertain]
		['nothing unknown', { 'a-wegbereider': '4', 'a-plan': '4', 'a-budget': '4' }, 30, [0, false]],
		['1 of 3 unknown reaches 30%', { 'a-wegbereider': '4', 'a-plan': UNKNOWN, 'a-budget': '4' }, 30, [33, true]],
		['1 of 3 unknown stays below 34%', { 'a-wegbereider': '4', 'a-plan': UNKNOWN, 'a-budget': '4' }, 34, [33, false]],
		['1 of 2 counted (one N/A) is 50%', { 'a-wegbereider': '4', 'a-plan': UNKNOWN, 'a-budget': NOT_APPLICABLE }, 50, [50, true]],
		['open questions do not count', { 'a-wegbereider': '4', 'a-plan': UNKNOWN }, 50, [50, true]],
		['all unknown', { 'a-wegbereider': UNKNOWN, 'a-plan': UNKNOWN, 'a-budget': UNKNOWN }, 100, [100, true]],
		['nothing counted is not uncertain', { 'a-budget': NOT_APPLICABLE }, 0, [null, false]],
		['threshold 0 still needs one unknown', { 'a-wegbereider': '4' }, 0, [0, false]]
	] as const)('%s (threshold %#)', (_name, answers, threshold, [unknownPercent, uncertain]) => {
		const checklist = cloneChecklist();
		checklist.scoring = { strengthPercent: 75, uncertainUnknownPercent: threshold };
		const theme = scoreScan(checklist, makeScan(answers)).themes.find((entry) => entry.themeId === 'a');
		expect(theme).toMatchObject({ unknownPercent, uncertain });
	});

	test('without scoring rules in the content the default threshold (30%) applies', () => {
		expect(fixtureChecklist.scoring).toBeUndefined();
		// 1 of 3 (33%) is uncertain, 2 of 9 (22%) is not: the default lies between.
		expect(themeOf(score({ 'a-wegbereider': '4', 'a-plan': UNKNOWN, 'a-budget': '4' }), 'a')?.uncertain).toBe(true);
		expect(score({ ...uniformAnswers('2'), 'a-plan': UNKNOWN, 'c-netwerk': UNKNOWN }).uncertain).toBe(false);
	});

	test.each([
		// all maturity answers count together: 9 maturity questions in scope (phase structureel)
		['no unknown answers', uniformAnswers('2'), [0, false]],
		['2 of 9 unknown (22%)', { ...uniformAnswers('2'), 'a-plan': UNKNOWN, 'c-netwerk': UNKNOWN }, [22, false]],
		['3 of 9 unknown (33%)', { ...uniformAnswers('2'), 'a-plan': UNKNOWN, 'c-netwerk': UNKNOWN, 'b-werving': UNKNOWN }, [33, true]],
		['unknown risks do not count here', { ...uniformAnswers('2'), 'd-alibi': UNKNOWN, 'd-onbetaald': UNKNOWN, 'd-overvragen': UNKNOWN }, [0, false]],
		['nothing answered', {}, [null, false]]
	] as const)('overall: %s', (_name, answers, [unknownPercent, uncertain]) => {
		const results = score(answers);
		expect(results.unknownPercent).toBe(unknownPercent);
		expect(results.uncertain).toBe(uncertain);
	});
});

describe('theme weights', () => {
	test.each([
		// weights [a, b, c], answers → overall
		['equal weights: plain mean', [1, 1, 1], { ...uniformAnswers('4'), 'c-netwerk': '0', 'c-ervaring': '0', 'c-evaluatie': '0' }, 67],
		['do themes weigh 2: the extra theme counts less', [2, 2, 1], { ...uniformAnswers('4'), 'c-netwerk': '0', 'c-ervaring': '0', 'c-evaluatie': '0' }, 80],
		['a heavy theme pulls the mean', [3, 1, 1], { ...uniformAnswers('0'), 'a-wegbereider': '4', 'a-plan': '4', 'a-budget': '4' }, 60],
		['a theme without a score does not count its weight', [2, 2, 1], { 'a-wegbereider': '4', 'c-netwerk': '0' }, 67]
	] as const)('%s', (_name, [wa, wb, wc], answers, overall) => {
		const checklist = cloneChecklist();
		const [a, b, c] = checklist.themes;
		a!.weight = wa;
		b!.weight = wb;
		c!.weight = wc;
		const results = scoreScan(checklist, makeScan(answers, { phase: 'structureel' }));
		expect(results.overallPercent).toBe(overall);
		expect(results.themes.map((theme) => theme.weight)).toEqual([wa, wb, wc]);
	});

	test('a theme without weight counts 1', () => {
		expect(score(topAnswers()).themes.map((theme) => theme.weight)).toEqual([1, 1, 1]);
	});
});

describe('the unknown-risk cap', () => {
	const withCap = () => {
		const checklist = cloneChecklist();
		checklist.caps.push({ id: 'onbekend-risico', when: { unknownRisk: true }, maxLevel: 'beginnen', reason: 'Onbekend risico.' });
		return checklist;
	};
	test.each([
		['an unknown risk caps the level', { ...topAnswers(), 'd-overvragen': UNKNOWN }, 'full', ['beginnen', ['onbekend-risico']]],
		['a known risk "nee" does not', topAnswers(), 'full', ['verankeren', []]],
		['a flagged risk triggers the other cap, not this one', { ...topAnswers(), 'd-alibi': 'ja' }, 'full', ['beginnen', ['actief-risico']]],
		['an unknown risk outside the quick scan does not', { 'a-wegbereider': '4', 'b-werving': '4', 'c-netwerk': '4', 'd-alibi': 'nee', 'd-onbetaald': UNKNOWN }, 'quick', ['verankeren', []]],
		['an unanswered risk question does not', { ...topAnswers(), 'd-onbetaald': null }, 'full', ['verankeren', []]]
	] as const)('%s', (_name, answers, mode, [level, caps]) => {
		const results = scoreScan(withCap(), makeScan(answers, { mode }));
		expect(results.levelId).toBe(level);
		expect(results.appliedCaps.map((cap) => cap.capId)).toEqual(caps);
	});
});

describe('strengths', () => {
	test.each([
		['themes at or above 75, highest first', { ...uniformAnswers('3'), 'b-werving': '4', 'b-begeleiding': '4', 'b-scholing': '4' }, ['b', 'a', 'c']],
		['equal percentages keep content order', uniformAnswers('4'), ['a', 'b', 'c']],
		['none at 75 or above', { ...uniformAnswers('2'), 'c-netwerk': '4' }, []],
		['75 exactly counts, 67 does not', { 'a-wegbereider': '3', 'b-werving': '4', 'b-begeleiding': '4', 'b-scholing': '0' }, ['a']]
	])('%s', (_name, answers, expected) => {
		expect(score(answers).strengths.map((theme) => theme.themeId)).toEqual(expected);
	});

	test('the threshold comes from the content', () => {
		const checklist = cloneChecklist();
		checklist.scoring = { strengthPercent: 50, uncertainUnknownPercent: 30 };
		expect(scoreScan(checklist, makeScan(uniformAnswers('2'))).strengths.map((theme) => theme.themeId)).toEqual(['a', 'b', 'c']);
	});
});

describe('progress of a partial scan', () => {
	test('counts what is answered and lists what is missing', () => {
		const results = score({
			'a-wegbereider': '3',
			'b-werving': UNKNOWN,
			'c-netwerk': NOT_APPLICABLE,
			'd-alibi': 'ja',
			'd-onbetaald': null
		});
		expect(results.progress).toEqual({ inScope: 12, answered: 4, open: 8 });
		expect(results.openQuestionIds).toEqual([
			'a-plan',
			'a-budget',
			'b-begeleiding',
			'b-scholing',
			'c-ervaring',
			'c-evaluatie',
			'd-onbetaald',
			'd-overvragen'
		]);
		expect(results.complete).toBe(false);
		// Results for what is answered are there already.
		expect(themeOf(results, 'a')?.percent).toBe(75);
		expect(results.riskFlags).toHaveLength(1);
		// a = 75, b = 0 ("Weet ik niet" counts as the lowest answer), c has nothing counted.
		expect(themeOf(results, 'b')?.percent).toBe(0);
		expect(results.overallPercent).toBe(38);
	});

	test('a fully answered scan is complete', () => {
		const results = score(topAnswers());
		expect(results).toMatchObject({ complete: true, openQuestionIds: [], progress: { inScope: 12, answered: 12, open: 0 } });
	});

	test('"Weet ik niet" and "Niet van toepassing" count as answered', () => {
		const answers = Object.fromEntries(ALL_QUESTION_IDS.map((id) => [id, UNKNOWN]));
		const results = score({ ...answers, 'c-netwerk': NOT_APPLICABLE });
		expect(results.complete).toBe(true);
		expect(results.knowledgeGaps).toHaveLength(11);
	});
});

describe('scope', () => {
	test.each([
		['quick', 'orienterend', ['a-wegbereider', 'b-werving', 'c-netwerk', 'd-alibi']],
		['quick', 'structureel', ['a-wegbereider', 'b-werving', 'c-netwerk', 'd-alibi']],
		['full', 'orienterend', ALL_QUESTION_IDS.filter((id) => id !== 'a-budget' && id !== 'b-scholing')],
		['full', 'eerste', ALL_QUESTION_IDS.filter((id) => id !== 'b-scholing')],
		['full', 'structureel', ALL_QUESTION_IDS]
	] as const)('%s scan in phase %s asks the right questions', (mode, phase, expected) => {
		const results = score({}, { mode, phase });
		expect(results.openQuestionIds).toEqual(expected);
		expect(results.progress.inScope).toBe(expected.length);
	});

	test.each([
		['quick scan ignores full-scan answers', { 'a-wegbereider': '4', 'a-plan': '0', 'a-budget': '0' }, 'quick', 'structureel', 100, 1],
		['phase hides a-budget in orienterend', { 'a-wegbereider': '4', 'a-plan': '4', 'a-budget': '0' }, 'full', 'orienterend', 100, 2],
		['phase shows a-budget in eerste', { 'a-wegbereider': '4', 'a-plan': '4', 'a-budget': '0' }, 'full', 'eerste', 67, 3]
	] as const)('%s', (_name, answers, mode, phase, percent, answered) => {
		const results = score(answers, { mode, phase });
		expect(themeOf(results, 'a')?.percent).toBe(percent);
		expect(results.progress.answered).toBe(answered);
	});

	test('out-of-scope risk answers raise no flag', () => {
		expect(score({ 'd-onbetaald': 'ja' }, { mode: 'quick' }).riskFlags).toEqual([]);
	});
});

describe('helpers', () => {
	test.each([
		['verkennen', 'Verkennen'],
		['verankeren', 'Verankeren'],
		['bestaat-niet', null],
		[null, null]
	])('levelById(%s)', (id, label) => {
		expect(levelById(fixtureChecklist, id)?.label ?? null).toBe(label);
	});

	test.each([
		['a-plan', '3', 3],
		['a-plan', '0', 0],
		['d-alibi', 'nee', 2],
		['a-plan', UNKNOWN, null],
		['a-budget', NOT_APPLICABLE, null],
		['a-plan', null, null],
		['a-plan', 'ja', null]
	])('answerScore(%s, %s) = %s', (questionId, value, expected) => {
		expect(answerScore(fixtureChecklist, question(questionId), value)).toBe(expected);
	});

	test('scoring is deterministic and does not touch the scan', () => {
		const scan = deepFreeze(makeScan({ ...topAnswers(), 'a-plan': '1', 'd-alibi': 'soms' }));
		expect(scoreScan(fixtureChecklist, scan)).toEqual(scoreScan(fixtureChecklist, scan));
	});
});
