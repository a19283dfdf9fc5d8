import { describe, expect, test } from 'vitest';
import realChecklist from '../../../checklists/kwartiermaken.yaml';
import type { Checklist, PhaseId, Theme } from '../content/checklist-schema.ts';
import { NOT_APPLICABLE, UNKNOWN, type ScanMode } from '../domain/scan.ts';
import { scopedQuestions } from '../domain/scope.ts';
import { deepFreeze, fixtureChecklist } from '../domain/test-fixtures.ts';
import {
	backRoute,
	isAnswered,
	questionPosition,
	routeAfterQuestion,
	routeAfterThemeCheck,
	routeExists,
	scanProgress,
	themeEntryRoute,
	themeOfQuestion,
	themesInScope,
	themeStatus
} from './flow.ts';
import type { ReturnTarget, Route } from './routes.ts';
import { SCAN_ID, wizardScan } from './test-support.ts';

// Navigation must never change the content.
deepFreeze(fixtureChecklist);

const PHASES: PhaseId[] = ['orienterend', 'eerste', 'structureel'];
const MODES: ScanMode[] = ['quick', 'full'];
const CONFIGS = MODES.flatMap((mode) => PHASES.map((phase) => ({ mode, phase })));

const theme = (id: string, checklist: Checklist = fixtureChecklist): Theme => {
	const found = checklist.themes.find((t) => t.id === id);
	if (!found) throw new Error(`no theme ${id}`);
	return found;
};
const question = (questionId: string, returnTo: ReturnTarget | null = null): Route => ({
	name: 'question',
	scanId: SCAN_ID,
	questionId,
	returnTo
});
const themeCheck = (themeId: string): Route => ({ name: 'theme-check', scanId: SCAN_ID, themeId });
const TASKS: Route = { name: 'tasks', scanId: SCAN_ID };
const CHECK: Route = { name: 'check', scanId: SCAN_ID };

describe('routeAfterQuestion', () => {
	test.each([
		['full, structureel: next question in the theme', 'full', 'structureel', 'a-wegbereider', question('a-plan')],
		['full, structureel: a phase-only question is asked', 'full', 'structureel', 'a-plan', question('a-budget')],
		['full, structureel: last question ends on the theme check', 'full', 'structureel', 'a-budget', themeCheck('a')],
		['full, structureel: the last theme ends on its own check', 'full', 'structureel', 'd-overvragen', themeCheck('d')],
		['full, orienterend: a hidden question is skipped over', 'full', 'orienterend', 'a-plan', themeCheck('a')],
		['full, eerste: showIn structureel is hidden', 'full', 'eerste', 'b-begeleiding', themeCheck('b')],
		['full, eerste: showIn eerste is shown', 'full', 'eerste', 'a-plan', question('a-budget')],
		['quick: runs on into the next theme', 'quick', 'structureel', 'a-wegbereider', question('b-werving')],
		['quick: crosses every theme', 'quick', 'orienterend', 'c-netwerk', question('d-alibi')],
		['quick: the last question ends on the scan check', 'quick', 'eerste', 'd-alibi', CHECK]
	] satisfies Array<[string, ScanMode, PhaseId, string, Route]>)('%s', (_, mode, phase, questionId, expected) => {
		expect(routeAfterQuestion(fixtureChecklist, wizardScan({}, { mode, phase }), questionId, null)).toEqual(expected);
	});

	test.each(CONFIGS)('returnTo check goes back to the check page ($mode, $phase)', ({ mode, phase }) => {
		expect(routeAfterQuestion(fixtureChecklist, wizardScan({}, { mode, phase }), 'a-wegbereider', 'check')).toEqual(CHECK);
	});

	test.each(CONFIGS)('returnTo theme goes back to the theme check ($mode, $phase)', ({ mode, phase }) => {
		expect(routeAfterQuestion(fixtureChecklist, wizardScan({}, { mode, phase }), 'b-werving', 'theme')).toEqual(
			themeCheck('b')
		);
	});

	test.each([
		['a question hidden by its phase', 'full', 'orienterend', 'b-scholing'],
		['a non-quick question in a quick scan', 'quick', 'structureel', 'a-plan'],
		['an unknown question', 'full', 'structureel', 'z-bestaat-niet']
	] satisfies Array<[string, ScanMode, PhaseId, string]>)('%s leads to the task list, whatever returnTo says', (_, mode, phase, id) => {
		const scan = wizardScan({}, { mode, phase });
		for (const returnTo of [null, 'check', 'theme'] as const) {
			expect(routeAfterQuestion(fixtureChecklist, scan, id, returnTo)).toEqual(TASKS);
		}
	});

	test('answers do not change the order (an answered next question is still the next page)', () => {
		const scan = wizardScan({ 'a-plan': '3', 'a-budget': '4' });
		expect(routeAfterQuestion(fixtureChecklist, scan, 'a-wegbereider', null)).toEqual(question('a-plan'));
	});

	test.each(CONFIGS)('following it from the first question visits every question once ($mode, $phase)', ({ mode, phase }) => {
		const scan = wizardScan({}, { mode, phase });
		const expected = scopedQuestions(fixtureChecklist, mode, phase).map(({ question: q }) => q.id);
		const visited: string[] = [];
		const first = expected[0];
		if (!first) throw new Error('no questions');
		let route: Route = question(first);
		for (let guard = 0; guard < 50; guard++) {
			if (route.name === 'question') {
				visited.push(route.questionId);
				route = routeAfterQuestion(fixtureChecklist, scan, route.questionId, null);
			} else if (route.name === 'theme-check' && mode === 'full') {
				// The task list sends the user on to the next theme.
				const themeId = route.themeId;
				const next = fixtureChecklist.themes[fixtureChecklist.themes.findIndex((t) => t.id === themeId) + 1];
				if (!next) break;
				route = themeEntryRoute(scan, next);
			} else {
				break;
			}
		}
		expect(visited).toEqual(expected);
		expect(route).toEqual(mode === 'quick' ? CHECK : themeCheck('d'));
	});
});

describe('backRoute', () => {
	test.each([
		['full: the first question of a theme goes to the task list', 'full', 'structureel', question('b-werving'), TASKS],
		['full: a later question goes to the previous one', 'full', 'structureel', question('a-budget'), question('a-plan')],
		['full: a hidden question is skipped backwards', 'full', 'orienterend', question('c-ervaring'), question('c-netwerk')],
		['full: returnTo check goes to the check page', 'full', 'structureel', question('a-plan', 'check'), CHECK],
		['full: returnTo theme goes to the theme check', 'full', 'structureel', question('a-plan', 'theme'), themeCheck('a')],
		['full: a question out of scope goes to the task list', 'full', 'orienterend', question('b-scholing'), TASKS],
		['full: an out-of-scope question with returnTo check still goes to check', 'full', 'orienterend', question('b-scholing', 'check'), CHECK],
		['quick: the first question goes to the task list', 'quick', 'structureel', question('a-wegbereider'), TASKS],
		['quick: goes back across themes', 'quick', 'structureel', question('b-werving'), question('a-wegbereider')],
		['full: the theme check goes to its last question', 'full', 'structureel', themeCheck('a'), question('a-budget')],
		['full: the theme check skips a hidden last question', 'full', 'orienterend', themeCheck('a'), question('a-plan')],
		['quick: the theme check goes to its quick question', 'quick', 'structureel', themeCheck('c'), question('c-netwerk')],
		['an unknown theme check goes to the task list', 'full', 'structureel', themeCheck('zz'), TASKS],
		['full: the check page goes to the task list', 'full', 'structureel', CHECK, TASKS],
		['quick: the check page goes to the last quick question', 'quick', 'orienterend', CHECK, question('d-alibi')],
		['the profile goes to the task list', 'full', 'structureel', { name: 'profile', scanId: SCAN_ID }, TASKS],
		['results go to the check page', 'quick', 'structureel', { name: 'results', scanId: SCAN_ID }, CHECK],
		['the plan goes to the results', 'full', 'structureel', { name: 'plan', scanId: SCAN_ID }, { name: 'results', scanId: SCAN_ID }],
		['the task list goes home', 'full', 'structureel', TASKS, { name: 'home' }],
		['not-found goes home', 'full', 'structureel', { name: 'not-found' }, { name: 'home' }]
	] satisfies Array<[string, ScanMode, PhaseId, Route, Route]>)('%s', (_, mode, phase, from, expected) => {
		expect(backRoute(fixtureChecklist, wizardScan({}, { mode, phase }), from)).toEqual(expected);
	});

	describe.each([
		['fixture', fixtureChecklist],
		['real checklist', realChecklist]
	] satisfies Array<[string, Checklist]>)('undoes routeAfterQuestion (%s)', (_, checklist) => {
		test.each(CONFIGS)('for every question in scope ($mode, $phase)', ({ mode, phase }) => {
			const scan = wizardScan({}, { mode, phase });
			const questions = scopedQuestions(checklist, mode, phase);
			expect(questions.length).toBeGreaterThan(0);
			for (const { question: q } of questions) {
				const from = question(q.id);
				const next = routeAfterQuestion(checklist, scan, q.id, null);
				expect(next.name, q.id).not.toBe('tasks');
				expect(backRoute(checklist, scan, next), `${q.id} → ${JSON.stringify(next)}`).toEqual(from);
			}
		});
	});

	test.each(CONFIGS)('returnTo theme and back land on the same theme check ($mode, $phase)', ({ mode, phase }) => {
		const scan = wizardScan({}, { mode, phase });
		for (const { theme: t, question: q } of scopedQuestions(fixtureChecklist, mode, phase)) {
			const forward = routeAfterQuestion(fixtureChecklist, scan, q.id, 'theme');
			expect(forward).toEqual(themeCheck(t.id));
			expect(backRoute(fixtureChecklist, scan, question(q.id, 'theme'))).toEqual(forward);
		}
	});
});

describe('themeStatus', () => {
	test.each([
		['no answers', 'full', 'structureel', {}, 'niet-begonnen'],
		['one answer', 'full', 'structureel', { 'a-wegbereider': '2' }, 'bezig'],
		['only a skipped question', 'full', 'structureel', { 'a-plan': null }, 'bezig'],
		['all answered but one skipped', 'full', 'structureel', { 'a-wegbereider': '1', 'a-plan': null, 'a-budget': '4' }, 'bezig'],
		['all answered', 'full', 'structureel', { 'a-wegbereider': '1', 'a-plan': '2', 'a-budget': '4' }, 'klaar'],
		['Weet ik niet and n.v.t. count as answers', 'full', 'structureel', { 'a-wegbereider': UNKNOWN, 'a-plan': '0', 'a-budget': NOT_APPLICABLE }, 'klaar'],
		['orienterend: the hidden question is not needed', 'full', 'orienterend', { 'a-wegbereider': '1', 'a-plan': '2' }, 'klaar'],
		['orienterend: an answer to a hidden question does not start the theme', 'full', 'orienterend', { 'a-budget': '4' }, 'niet-begonnen'],
		['eerste: the phase question is needed', 'full', 'eerste', { 'a-wegbereider': '1', 'a-plan': '2' }, 'bezig'],
		['quick: the one quick question finishes the theme', 'quick', 'structureel', { 'a-wegbereider': '0' }, 'klaar'],
		['quick: answers to full-scan questions do not start the theme', 'quick', 'structureel', { 'a-plan': '3' }, 'niet-begonnen'],
		['quick: a skipped quick question', 'quick', 'structureel', { 'a-wegbereider': null }, 'bezig']
	] satisfies Array<[string, ScanMode, PhaseId, Record<string, string | null>, string]>)('%s → %s', (_, mode, phase, answers, expected) => {
		expect(themeStatus(wizardScan(answers, { mode, phase }), theme('a'))).toBe(expected);
	});
});

describe('scanProgress', () => {
	test.each([
		['full', 'structureel', 12],
		['full', 'eerste', 11],
		['full', 'orienterend', 10],
		['quick', 'structureel', 4],
		['quick', 'orienterend', 4]
	] satisfies Array<[ScanMode, PhaseId, number]>)('%s scan in phase %s has %i questions', (mode, phase, total) => {
		expect(scanProgress(fixtureChecklist, wizardScan({}, { mode, phase }))).toEqual({ answered: 0, total });
	});

	test('counts answers in scope only, and not skipped ones', () => {
		const answers = { 'a-wegbereider': '1', 'a-plan': null, 'a-budget': '4', 'b-scholing': UNKNOWN, 'd-alibi': 'nee' };
		expect(scanProgress(fixtureChecklist, wizardScan(answers, { phase: 'structureel' }))).toEqual({ answered: 4, total: 12 });
		expect(scanProgress(fixtureChecklist, wizardScan(answers, { phase: 'orienterend' }))).toEqual({ answered: 2, total: 10 });
		expect(scanProgress(fixtureChecklist, wizardScan(answers, { mode: 'quick' }))).toEqual({ answered: 2, total: 4 });
	});

	test('matches the sum over themes of the real checklist', () => {
		for (const { mode, phase } of CONFIGS) {
			const scan = wizardScan({}, { mode, phase });
			const total = themesInScope(realChecklist, scan).reduce(
				(sum, t) => sum + scopedQuestions(realChecklist, mode, phase).filter((q) => q.theme.id === t.id).length,
				0
			);
			expect(scanProgress(realChecklist, scan).total).toBe(total);
		}
	});
});

describe('themeEntryRoute', () => {
	test.each([
		['no answers: the first question', 'full', 'structureel', {}, question('a-wegbereider')],
		['the first open question', 'full', 'structureel', { 'a-wegbereider': '2' }, question('a-plan')],
		['a skipped question counts as open', 'full', 'structureel', { 'a-wegbereider': null, 'a-plan': '1' }, question('a-wegbereider')],
		['all answered: the theme check', 'full', 'structureel', { 'a-wegbereider': '2', 'a-plan': '1', 'a-budget': '0' }, themeCheck('a')],
		['orienterend: a hidden question is never the entry', 'full', 'orienterend', { 'a-wegbereider': '2', 'a-plan': '1' }, themeCheck('a')],
		['quick: the quick question', 'quick', 'structureel', { 'a-plan': '2' }, question('a-wegbereider')],
		['quick: answered quick question → theme check', 'quick', 'structureel', { 'a-wegbereider': '4' }, themeCheck('a')]
	] satisfies Array<[string, ScanMode, PhaseId, Record<string, string | null>, Route]>)('%s', (_, mode, phase, answers, expected) => {
		expect(themeEntryRoute(wizardScan(answers, { mode, phase }), theme('a'))).toEqual(expected);
	});

	test('agrees with themeStatus: a theme is klaar exactly when its entry is the theme check', () => {
		const answerSets: Array<Record<string, string | null>> = [
			{},
			{ 'a-wegbereider': '1' },
			{ 'a-wegbereider': '1', 'a-plan': '2' },
			{ 'a-wegbereider': '1', 'a-plan': '2', 'a-budget': null },
			{ 'a-wegbereider': '1', 'a-plan': '2', 'a-budget': '3' }
		];
		for (const { mode, phase } of CONFIGS) {
			for (const answers of answerSets) {
				const scan = wizardScan(answers, { mode, phase });
				const entry = themeEntryRoute(scan, theme('a'));
				expect(entry.name === 'theme-check', JSON.stringify({ mode, phase, answers })).toBe(themeStatus(scan, theme('a')) === 'klaar');
			}
		}
	});
});

describe('scope helpers', () => {
	test('themeOfQuestion finds the theme only when the question is in scope', () => {
		expect(themeOfQuestion(fixtureChecklist, wizardScan(), 'b-scholing')?.id).toBe('b');
		expect(themeOfQuestion(fixtureChecklist, wizardScan({}, { phase: 'eerste' }), 'b-scholing')).toBeNull();
		expect(themeOfQuestion(fixtureChecklist, wizardScan({}, { mode: 'quick' }), 'b-begeleiding')).toBeNull();
		expect(themeOfQuestion(fixtureChecklist, wizardScan(), 'constructor')).toBeNull();
	});

	test('isAnswered: a value counts, a skip or a missing answer does not', () => {
		const scan = wizardScan({ 'a-plan': '0', 'a-budget': null, 'b-werving': UNKNOWN });
		expect(['a-plan', 'a-budget', 'b-werving', 'c-netwerk'].map((id) => isAnswered(scan, id))).toEqual([true, false, true, false]);
	});

	test('themesInScope keeps content order and drops empty themes', () => {
		const emptyTheme: Theme = { ...theme('c'), id: 'leeg', questions: [] };
		const checklist: Checklist = { ...fixtureChecklist, themes: [...fixtureChecklist.themes, emptyTheme] };
		expect(themesInScope(checklist, wizardScan()).map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	test.each([
		[question('a-budget'), 'structureel', true],
		[question('a-budget'), 'orienterend', false],
		[question('z-bestaat-niet'), 'structureel', false],
		[themeCheck('b'), 'orienterend', true],
		[themeCheck('zz'), 'structureel', false],
		[CHECK, 'structureel', true],
		[TASKS, 'orienterend', true]
	] satisfies Array<[Route, PhaseId, boolean]>)('routeExists(%j) in phase %s is %s', (route, phase, expected) => {
		expect(routeExists(fixtureChecklist, wizardScan({}, { phase }), route)).toBe(expected);
	});
});

describe('questionPosition', () => {
	test.each([
		['full: first question of the first theme', 'full', 'structureel', 'a-wegbereider', { question: { index: 1, total: 3 }, theme: { index: 1, total: 4 } }],
		['full: last question of the second theme', 'full', 'structureel', 'b-scholing', { question: { index: 3, total: 3 }, theme: { index: 2, total: 4 } }],
		['full, eerste: a question hidden by the phase is not counted', 'full', 'eerste', 'b-begeleiding', { question: { index: 2, total: 2 }, theme: { index: 2, total: 4 } }],
		['full, orienterend: the theme has fewer questions', 'full', 'orienterend', 'a-plan', { question: { index: 2, total: 2 }, theme: { index: 1, total: 4 } }],
		['quick: counts through the whole scan, no theme place', 'quick', 'structureel', 'c-netwerk', { question: { index: 3, total: 4 }, theme: null }],
		['quick: the last question', 'quick', 'orienterend', 'd-alibi', { question: { index: 4, total: 4 }, theme: null }]
	] satisfies Array<[string, ScanMode, PhaseId, string, ReturnType<typeof questionPosition>]>)('%s', (_, mode, phase, id, expected) => {
		expect(questionPosition(fixtureChecklist, wizardScan({}, { mode, phase }), id)).toEqual(expected);
	});

	test('a werksessie scan with chosen themes counts only those themes', () => {
		const full = { ...wizardScan(), themes: ['b', 'd'] };
		expect(questionPosition(fixtureChecklist, full, 'd-onbetaald')).toEqual({ question: { index: 2, total: 3 }, theme: { index: 2, total: 2 } });
		const quick = { ...wizardScan({}, { mode: 'quick' }), themes: ['b', 'd'] };
		expect(questionPosition(fixtureChecklist, quick, 'd-alibi')).toEqual({ question: { index: 2, total: 2 }, theme: null });
		expect(questionPosition(fixtureChecklist, quick, 'a-wegbereider')).toBeNull();
	});

	test('answers do not change the count', () => {
		const answered = wizardScan({ 'a-wegbereider': '1', 'a-plan': null });
		expect(questionPosition(fixtureChecklist, answered, 'a-budget')).toEqual(questionPosition(fixtureChecklist, wizardScan(), 'a-budget'));
	});

	test('null for a question not in this scan', () => {
		expect(questionPosition(fixtureChecklist, wizardScan({}, { phase: 'eerste' }), 'b-scholing')).toBeNull();
		expect(questionPosition(fixtureChecklist, wizardScan({}, { mode: 'quick' }), 'a-plan')).toBeNull();
		expect(questionPosition(fixtureChecklist, wizardScan(), 'z-bestaat-niet')).toBeNull();
	});

	test('the real checklist: a quick scan counts one question per theme, 14 in all', () => {
		const checklist = realChecklist as Checklist;
		const scan = wizardScan({}, { mode: 'quick', phase: 'eerste' });
		const ids = scopedQuestions(checklist, 'quick', 'eerste').map(({ question }) => question.id);
		expect(ids.map((id) => questionPosition(checklist, scan, id)?.question)).toEqual(ids.map((_, i) => ({ index: i + 1, total: ids.length })));
		expect(ids.length).toBe(checklist.themes.length);
	});
});

describe('routeAfterThemeCheck', () => {
	test('goes to the first question of the next theme', () => {
		expect(routeAfterThemeCheck(fixtureChecklist, wizardScan(), 'a')).toEqual({ route: question('b-werving'), theme: theme('b') });
	});

	test('goes to the first open question of the next theme', () => {
		const scan = wizardScan({ 'b-werving': '1', 'b-begeleiding': null });
		expect(routeAfterThemeCheck(fixtureChecklist, scan, 'a').route).toEqual(question('b-begeleiding'));
	});

	test("goes to the next theme's check page when it is answered", () => {
		const scan = wizardScan({ 'b-werving': '1', 'b-begeleiding': '2', 'b-scholing': UNKNOWN });
		expect(routeAfterThemeCheck(fixtureChecklist, scan, 'a').route).toEqual(themeCheck('b'));
	});

	test('the last theme leads on to the check page of the whole scan', () => {
		expect(routeAfterThemeCheck(fixtureChecklist, wizardScan(), 'd')).toEqual({ route: CHECK, theme: null });
	});

	test('a werksessie scan skips themes it did not choose', () => {
		const scan = { ...wizardScan(), themes: ['a', 'c'] };
		expect(routeAfterThemeCheck(fixtureChecklist, scan, 'a').route).toEqual(question('c-netwerk'));
		expect(routeAfterThemeCheck(fixtureChecklist, scan, 'c')).toEqual({ route: CHECK, theme: null });
	});

	test('quick scan: the next theme starts at its quick question', () => {
		expect(routeAfterThemeCheck(fixtureChecklist, wizardScan({}, { mode: 'quick' }), 'b').route).toEqual(question('c-netwerk'));
	});

	test('a theme that is not in the scan leads to the whole check', () => {
		expect(routeAfterThemeCheck(fixtureChecklist, wizardScan(), 'onbekend').route).toEqual(CHECK);
	});
});
