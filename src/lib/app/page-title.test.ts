import { describe, expect, test } from 'vitest';
import type { Checklist } from '../content/checklist-schema.ts';
import { fixtureChecklist } from '../domain/test-fixtures.ts';
import { enAll, nlAll } from '../i18n/whole-catalogues.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Route } from '../wizard/routes.ts';
import { SCAN_ID, wizardScan } from '../wizard/test-support.ts';
import { MAX_QUESTION_IN_TITLE, pageTitle, shorten, type PageName, type PageTitleInput } from './page-title.ts';

const ORG = 'Gemeente Teststad';
const scan = wizardScan({}, { organisation: ORG });
const quickScan = wizardScan({}, { organisation: ORG, mode: 'quick' });

function title(page: PageName, route: Route, overrides: Partial<PageTitleInput> = {}): string {
	return pageTitle({ page, route, checklist: fixtureChecklist, scan, messages: nlAll, allTexts: true, hasErrors: false, ...overrides });
}

const question = (questionId: string): Route => ({ name: 'question', scanId: SCAN_ID, questionId, returnTo: null });
const questionText = (id: string) => fixtureChecklist.themes.flatMap((t) => t.questions).find((q) => q.id === id)!.text;

/** Every page of one scan, with the route that shows it. */
const SCAN_PAGES: Array<[PageName, Route]> = [
	['profile', { name: 'profile', scanId: SCAN_ID }],
	['tasks', { name: 'tasks', scanId: SCAN_ID }],
	['question', question('a-wegbereider')],
	['question', question('a-plan')],
	['question', question('b-werving')],
	['theme-check', { name: 'theme-check', scanId: SCAN_ID, themeId: 'a' }],
	['theme-check', { name: 'theme-check', scanId: SCAN_ID, themeId: 'b' }],
	['check', { name: 'check', scanId: SCAN_ID }],
	['results', { name: 'results', scanId: SCAN_ID }],
	['plan', { name: 'plan', scanId: SCAN_ID }],
	['repeat', { name: 'repeat', scanId: SCAN_ID }],
	['progress', { name: 'progress', scanId: SCAN_ID }]
];

describe('pageTitle', () => {
	test.each([
		['nl', nlAll],
		['en', enAll]
	] as Array<[string, Messages]>)('every page of a scan has its own title, with the organisation and the app name (%s)', (_, messages) => {
		const titles = SCAN_PAGES.map(([page, route]) => title(page, route, { messages }));
		expect(new Set(titles).size).toBe(titles.length);
		for (const text of titles) expect(text).toMatch(new RegExp(` – ${ORG} – Kwartiermaker$`));
	});

	test('a question: its place, its text and the theme’s place in a full scan', () => {
		expect(title('question', question('a-plan'))).toBe(
			`Vraag 2 van 3 (thema 1 van 4): ${shorten(questionText('a-plan'))} – ${ORG} – Kwartiermaker`
		);
	});

	test('a question in a quick scan counts through the whole scan', () => {
		expect(title('question', question('c-netwerk'), { scan: quickScan })).toBe(
			`Vraag 3 van 4: ${shorten(questionText('c-netwerk'))} – ${ORG} – Kwartiermaker`
		);
	});

	test('the question text for the scan’s phase is used', () => {
		const phased = fixtureChecklist.themes.flatMap((t) => t.questions).find((q) => q.textByPhase)!;
		const [phase, text] = Object.entries(phased.textByPhase!)[0]!;
		const phasedScan = wizardScan({}, { organisation: ORG, phase: phase as 'eerste' });
		expect(title('question', question(phased.id), { scan: phasedScan })).toContain(shorten(text));
	});

	test('English', () => {
		expect(title('question', question('c-netwerk'), { scan: quickScan, messages: enAll })).toMatch(/^Question 3 of 4: /);
		expect(title('tasks', { name: 'tasks', scanId: SCAN_ID }, { messages: enAll })).toBe(`Overview – ${ORG} – Kwartiermaker`);
	});

	test('a theme’s check page names the theme', () => {
		const theme = fixtureChecklist.themes[1]!;
		expect(title('theme-check', { name: 'theme-check', scanId: SCAN_ID, themeId: theme.id })).toBe(
			`Controleer uw antwoorden: ${theme.title} – ${ORG} – Kwartiermaker`
		);
	});

	test('the start page, a new scan and pages outside a scan', () => {
		expect(title('home', { name: 'home' }, { scan: null })).toBe('Kwartiermaker – zelfscan ervaringswerk');
		expect(title('new', { name: 'new' }, { scan: null })).toBe('Over uw organisatie – Kwartiermaker');
		expect(title('data', { name: 'data' }, { scan: null })).toBe('Uw gegevens – Kwartiermaker');
		expect(title('not-found', { name: 'not-found' }, { scan: null })).toBe('Pagina niet gevonden – Kwartiermaker');
		expect(title('loading', { name: 'tasks', scanId: SCAN_ID }, { scan: null })).toBe('Kwartiermaker');
	});

	test('before the running app has arrived (no route, no checklist) and when it could not start', () => {
		expect(title('home', { name: 'home' }, { scan: null, route: null, checklist: null })).toBe('Kwartiermaker – zelfscan ervaringswerk');
		expect(title('loading', { name: 'home' }, { scan: null, route: null, checklist: null })).toBe('Kwartiermaker');
		expect(title('question', { name: 'home' }, { route: null, checklist: null })).toBe(`${ORG} – Kwartiermaker`);
		expect(title('failed', { name: 'home' }, { scan: null, route: null, checklist: null })).toBe(`${nlAll.startFailed.title} – Kwartiermaker`);
	});

	test('results, plan and Voortgang titles wait for their texts, which load after the first screen', () => {
		const core = { ...nlAll, results: undefined, plan: undefined, progress: undefined } as unknown as Messages;
		for (const page of ['results', 'plan', 'repeat', 'progress'] as const) {
			expect(title(page, { name: page, scanId: SCAN_ID }, { messages: core, allTexts: false })).toBe(`${ORG} – Kwartiermaker`);
		}
		expect(title('progress', { name: 'progress', scanId: SCAN_ID })).toBe(`${nlAll.progress.title} – ${ORG} – Kwartiermaker`);
	});

	test('delegation screens: a title per screen once their texts have loaded, with the organisation on the owner\'s screens', () => {
		expect(title('delegation', { name: 'delegate', scanId: SCAN_ID })).toBe(`${nlAll.delegation.titles.delegate} – ${ORG} – Kwartiermaker`);
		expect(title('delegation', { name: 'delegation' }, { scan: null })).toBe(`${nlAll.delegation.titles.delegation} – Kwartiermaker`);
		expect(title('delegation', { name: 'delegate', scanId: SCAN_ID }, { scan: null, allTexts: false })).toBe('Kwartiermaker');
	});

	test('the start page gets "Fout:" too while its error summary shows (a refused backup)', () => {
		expect(title('home', { name: 'home' }, { scan: null, hasErrors: true })).toBe('Fout: Kwartiermaker – zelfscan ervaringswerk');
	});

	test('werksessie pages: their title once the werksessie texts have loaded, the app name before', () => {
		const route: Route = { name: 'workshop-new' };
		expect(title('workshop', route, { scan: null })).toBe(`${nlAll.workshop.title} – Kwartiermaker`);
		// Before the werksessie texts load, the catalogue has no `workshop` section at all.
		const core = { ...nlAll, workshop: undefined } as unknown as Messages;
		expect(title('workshop', route, { scan: null, messages: core, allTexts: false })).toBe('Kwartiermaker');
		expect(title('hand-in', { name: 'hand-in', scanId: SCAN_ID }, { messages: core, allTexts: false })).toBe(`${ORG} – Kwartiermaker`);
		expect(title('hand-in', { name: 'hand-in', scanId: SCAN_ID })).toBe(`${nlAll.workshopSetup.handIn.title} – ${ORG} – Kwartiermaker`);
	});

	test('errors put "Fout:" in front, in the current language', () => {
		expect(title('new', { name: 'new' }, { scan: null, hasErrors: true })).toBe('Fout: Over uw organisatie – Kwartiermaker');
		expect(title('question', question('a-plan'), { hasErrors: true, messages: enAll })).toMatch(/^Error: Question 2 of 3 /);
	});

	test('a question or theme that is not in the scan still gives a title', () => {
		expect(title('question', question('z-bestaat-niet'))).toBe(`${ORG} – Kwartiermaker`);
		expect(title('theme-check', { name: 'theme-check', scanId: SCAN_ID, themeId: 'z' })).toBe(`Controleer uw antwoorden – ${ORG} – Kwartiermaker`);
	});

	test('a scan without an organisation name leaves it out', () => {
		const nameless = wizardScan({}, { organisation: '  ' });
		expect(title('results', { name: 'results', scanId: SCAN_ID }, { scan: nameless })).toBe('Resultaten – Kwartiermaker');
	});

	test('a very long question is shortened in the title', () => {
		const long = 'Heeft uw organisatie een duidelijk en gedragen plan voor de inzet, begeleiding en scholing van ervaringsdeskundigen?';
		const checklist: Checklist = structuredClone(fixtureChecklist);
		checklist.themes[0]!.questions[0]!.text = long;
		const text = title('question', question(checklist.themes[0]!.questions[0]!.id), { checklist });
		expect(text).toContain(`: ${shorten(long)} – `);
		expect(text).not.toContain('ervaringsdeskundigen?');
	});
});

describe('shorten', () => {
	test('keeps short text', () => {
		expect(shorten('Kort en goed?')).toBe('Kort en goed?');
	});

	test('cuts at a word boundary, with an ellipsis, within the limit', () => {
		const text = 'woord '.repeat(30).trim();
		const short = shorten(text);
		expect(short.length).toBeLessThanOrEqual(MAX_QUESTION_IN_TITLE);
		expect(short.endsWith('woord…')).toBe(true);
	});

	test('one very long word is cut inside the word', () => {
		expect(shorten('x'.repeat(100), 20)).toBe(`${'x'.repeat(19)}…`);
	});

	test('collapses white space', () => {
		expect(shorten('Een\n  vraag')).toBe('Een vraag');
	});
});
