import { describe, expect, test } from 'vitest';
import { CHOOSE_SECONDS, estimateMinutes, FIXED_MINUTES, HELP_READ_SHARE, scanMinutes, WORDS_PER_MINUTE } from './duration.ts';
import { cloneChecklist, fixtureChecklist } from './test-fixtures.ts';

describe('estimateMinutes', () => {
	test('a scan with no questions takes the fixed time', () => {
		const checklist = cloneChecklist();
		for (const theme of checklist.themes) for (const question of theme.questions) question.showIn = ['structureel'];
		expect(estimateMinutes(checklist, 'full', 'orienterend')).toBe(FIXED_MINUTES);
	});

	test('one question: its words, its answers (with hints the first time), half its help, and the choice', () => {
		const checklist = cloneChecklist();
		checklist.themes = [checklist.themes[0]!];
		const question = checklist.themes[0]!.questions[0]!;
		question.text = 'een twee drie';
		question.help = 'een twee drie vier';
		checklist.scales['maturity']!.options.forEach((option) => {
			option.label = 'ja';
			option.hint = 'een hint';
		});
		// 3 words + 5 options × (1 + 2) + "Weet ik niet" (3) + half of 4 help words = 23 words.
		const words = 3 + 5 * 3 + 3 + HELP_READ_SHARE * 4;
		const expected = FIXED_MINUTES + ((words / WORDS_PER_MINUTE) * 60 + CHOOSE_SECONDS) / 60;
		expect(estimateMinutes(checklist, 'quick', 'eerste')).toBeCloseTo(expected, 10);
	});

	test('hints of a scale count only the first time it comes up', () => {
		const withHints = cloneChecklist();
		withHints.scales['maturity']!.options.forEach((option) => (option.hint = 'een lange uitleg van vijf woorden'));
		const extra = estimateMinutes(withHints, 'full', 'structureel') - estimateMinutes(fixtureChecklist, 'full', 'structureel');
		// Five hints of six words, read once: 30 words.
		expect(extra).toBeCloseTo(30 / WORDS_PER_MINUTE, 10);
	});

	test('a full scan takes longer than a quick scan, and a phase with more questions longer still', () => {
		const quick = estimateMinutes(fixtureChecklist, 'quick', 'structureel');
		expect(estimateMinutes(fixtureChecklist, 'full', 'orienterend')).toBeGreaterThan(quick);
		expect(estimateMinutes(fixtureChecklist, 'full', 'structureel')).toBeGreaterThan(estimateMinutes(fixtureChecklist, 'full', 'orienterend'));
	});
});

describe('scanMinutes', () => {
	test('the checklist’s own figures win', () => {
		expect(scanMinutes({ ...cloneChecklist(), minutes: { quick: 12, full: 40 } })).toEqual({ quick: 12, full: 40 });
	});

	test('without them: the estimate of the longest phase, rounded to 5 minutes (at least 5)', () => {
		expect(fixtureChecklist.minutes).toBeUndefined();
		expect(scanMinutes(fixtureChecklist)).toEqual({ quick: 5, full: 5 });
		const long = cloneChecklist();
		for (const theme of long.themes) for (const question of theme.questions) question.help = 'woord '.repeat(800);
		const minutes = scanMinutes(long);
		expect(minutes.full % 5).toBe(0);
		expect(minutes.full).toBe(Math.round(estimateMinutes(long, 'full', 'structureel') / 5) * 5);
		expect(minutes.quick).toBe(Math.round(estimateMinutes(long, 'quick', 'structureel') / 5) * 5);
	});
});
