import { describe, expect, test } from 'vitest';
import { createPlan, proposeActions } from './action-plan.ts';
import { scoreScan } from './scoring.ts';
import { isThemeInScope, questionsInScope, scopedQuestions } from './scope.ts';
import { ALL_QUESTION_IDS, fixtureChecklist, makeScan, uniformAnswers } from './test-fixtures.ts';
import { scanProgress, themesInScope } from '../wizard/flow.ts';
import { splitScan, summarize } from '../storage/scan-repository.ts';

const themeA = fixtureChecklist.themes[0]!;

describe('scope by themes (a werksessie can choose themes)', () => {
	test('without themes every theme is asked, exactly as before', () => {
		expect(isThemeInScope(themeA, undefined)).toBe(true);
		expect(scopedQuestions(fixtureChecklist, 'full', 'structureel').map(({ question }) => question.id)).toEqual(ALL_QUESTION_IDS);
		expect(scopedQuestions(fixtureChecklist, 'full', 'structureel', undefined)).toEqual(
			scopedQuestions(fixtureChecklist, 'full', 'structureel')
		);
	});

	test('with themes only those themes are asked; mode and phase still apply', () => {
		expect(isThemeInScope(themeA, ['b'])).toBe(false);
		expect(questionsInScope(themeA, 'full', 'structureel', ['b'])).toEqual([]);
		expect(scopedQuestions(fixtureChecklist, 'full', 'eerste', ['b', 'c']).map(({ question }) => question.id)).toEqual([
			'b-werving',
			'b-begeleiding',
			'c-netwerk',
			'c-ervaring',
			'c-evaluatie'
		]);
		expect(scopedQuestions(fixtureChecklist, 'quick', 'structureel', ['b', 'd']).map(({ question }) => question.id)).toEqual([
			'b-werving',
			'd-alibi'
		]);
	});

	test('flow, progress, scoring and plan use the scan’s themes', () => {
		const scan = { ...makeScan(uniformAnswers('1')), themes: ['b'] };
		expect(themesInScope(fixtureChecklist, scan).map((theme) => theme.id)).toEqual(['b']);
		expect(scanProgress(fixtureChecklist, { ...scan, answers: {} }).total).toBe(3);
		const results = scoreScan(fixtureChecklist, scan);
		expect(results.themes.map((theme) => theme.themeId)).toEqual(['b']);
		// The cap on a-plan (theme a) does not hold: theme a is not asked.
		expect(results.riskFlags).toEqual([]);
		const proposed = proposeActions(fixtureChecklist, scan, results);
		expect(proposed.length).toBeGreaterThan(0);
		expect(proposed.every((action) => action.questionId?.startsWith('b-'))).toBe(true);
		expect(createPlan(fixtureChecklist, scan, results, '2025-01-01T00:00:00.000Z').actions.every((a) => a.themeId === 'b')).toBe(true);
	});

	test('a cap on a question of a theme that is not asked does not lower the level', () => {
		const answers = { ...uniformAnswers('4'), 'a-plan': '0' };
		const all = scoreScan(fixtureChecklist, makeScan(answers));
		const onlyB = scoreScan(fixtureChecklist, { ...makeScan(answers), themes: ['b'] });
		expect(all.levelId).toBe('verkennen');
		expect(onlyB.levelId).toBe('verankeren');
	});

	test('the scan list summary carries the themes, so Mijn scans counts the right total', () => {
		const scan = { ...makeScan({}), themes: ['b'] };
		expect(summarize(splitScan(scan).record, 0).themes).toEqual(['b']);
		expect(Object.hasOwn(summarize(splitScan(makeScan({})).record, 0), 'themes')).toBe(false);
	});
});
