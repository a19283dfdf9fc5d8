import { describe, expect, test } from 'vitest';
import realChecklist from '../../../checklists/kwartiermaken.yaml';
import { scopedQuestions } from '../domain/scope.ts';
import { ALL_QUESTION_IDS, fixtureChecklist } from '../domain/test-fixtures.ts';
import { sessionQuestionIds, sessionQuestions, sessionScope } from './session-questions.ts';
import { makeSettings } from './test-fixtures.ts';

const ids = (list: { question: { id: string } }[]) => list.map(({ question }) => question.id);

describe('sessionScope', () => {
	test('quick and full ask every theme; a choice of themes asks the full questions of those themes', () => {
		expect(sessionScope(makeSettings({ scope: 'quick' }))).toEqual({ mode: 'quick', themes: undefined });
		expect(sessionScope(makeSettings({ scope: 'full' }))).toEqual({ mode: 'full', themes: undefined });
		expect(sessionScope(makeSettings({ scope: 'themes', themes: ['d', 'b'] }))).toEqual({ mode: 'full', themes: ['d', 'b'] });
	});

	test('the themes list is a copy, so changing it does not change the settings', () => {
		const settings = makeSettings({ scope: 'themes', themes: ['b'] });
		sessionScope(settings).themes?.push('c');
		expect(settings.themes).toEqual(['b']);
	});
});

describe('sessionQuestions', () => {
	test('quick scope asks the quick questions of every theme', () => {
		expect(ids(sessionQuestions(fixtureChecklist, makeSettings({ scope: 'quick' })))).toEqual([
			'a-wegbereider',
			'b-werving',
			'c-netwerk',
			'd-alibi'
		]);
	});

	test('full scope in phase structureel asks every fixture question, in content order', () => {
		expect(ids(sessionQuestions(fixtureChecklist, makeSettings({ scope: 'full' })))).toEqual(ALL_QUESTION_IDS);
	});

	test('chosen themes ask only their questions, in content order (not in the order chosen), with the phase rules', () => {
		const settings = makeSettings({ scope: 'themes', themes: ['d', 'b'], phase: 'eerste' });
		expect(ids(sessionQuestions(fixtureChecklist, settings))).toEqual([
			'b-werving',
			'b-begeleiding',
			'd-alibi',
			'd-onbetaald',
			'd-overvragen'
		]);
		expect(sessionQuestions(fixtureChecklist, settings).every(({ theme }) => ['b', 'd'].includes(theme.id))).toBe(true);
	});

	test('themes in the settings are ignored unless the scope is themes', () => {
		const full = makeSettings({ scope: 'full', themes: ['a'] });
		expect(ids(sessionQuestions(fixtureChecklist, full))).toEqual(ALL_QUESTION_IDS);
	});

	test('on the real checklist a choice of themes is the full scan restricted to those themes', () => {
		const themes = [realChecklist.themes[1]!.id, realChecklist.themes[3]!.id];
		const settings = makeSettings({ scope: 'themes', themes, phase: 'eerste' });
		const expected = scopedQuestions(realChecklist, 'full', 'eerste').filter(({ theme }) => themes.includes(theme.id));
		expect(expected.length).toBeGreaterThan(2);
		expect(ids(sessionQuestions(realChecklist, settings))).toEqual(ids(expected));
		expect(sessionQuestionIds(realChecklist, settings)).toEqual(new Set(ids(expected)));
	});
});
