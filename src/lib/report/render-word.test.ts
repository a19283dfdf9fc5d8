/**
 * The Word report, packed by docx in Node and read back with mammoth (an independent .docx reader): the
 * structure (real headings, lists and tables) and the content (organisation, every theme, every action)
 * must be there, as a user opening the file in Word would find them.
 */
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import checklistSource from '../../../checklists/kwartiermaken.yaml';
import fixtureChecklist from '../../../tests/fixtures/report-checklist.yaml';
import { buildFullScan, NOW, ORGANISATION, SPECIAL_CHARACTERS } from '../../../tests/fixtures/report-scan.ts';
import type { Checklist } from '../content/checklist-schema.ts';
import { scoreScan } from '../domain/scoring.ts';
import { enAll as en, nlAll as nl } from '../i18n/whole-catalogues.ts';
import { buildReportModel, reportLabels } from './report-model.ts';
import { createWordBytes } from './create-word.ts';
import { wordSafe } from './render-word.ts';

const DUTCH = { language: 'nl' as const, messages: nl };
const REAL: Checklist = checklistSource;

interface ReadDocx {
	text: string;
	html: string;
	/** The XML parts of the file by name, for what mammoth does not show (properties, language). */
	parts: Record<string, string>;
}

async function read(bytes: Uint8Array): Promise<ReadDocx> {
	const buffer = Buffer.from(bytes);
	const [text, html] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
	const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
	return { text: text.value, html: html.value, parts };
}

/** Text without markup, with the entities mammoth writes turned back, spaces squashed. */
function plain(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

const all = (html: string, tag: string): string[] =>
	[...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => plain(match[1] ?? ''));

describe('Word report of the largest scan (full scan of the real checklist)', () => {
	let doc: ReadDocx;
	let bytes: Uint8Array;
	let scan: ReturnType<typeof buildFullScan>['scan'];
	let milliseconds: number;

	beforeAll(async () => {
		const built = buildFullScan(REAL, { mode: 'full' });
		scan = built.scan;
		const started = performance.now();
		bytes = await createWordBytes(REAL, scan, built.results, { generatedAt: NOW, ...DUTCH });
		milliseconds = performance.now() - started;
		doc = await read(bytes);
	});

	it('is a .docx (a zip with a Word body) that mammoth reads without errors, made in reasonable time', async () => {
		expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
		expect(Object.keys(doc.parts)).toContain('word/document.xml');
		const { messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
		expect(messages.filter((message) => message.type === 'error')).toEqual([]);
		expect(milliseconds).toBeLessThan(5000);
	});

	it('contains the organisation, the date, the checklist version, every theme and every action title', () => {
		expect(doc.text).toContain(ORGANISATION);
		expect(doc.text).toContain('24 november 2026');
		expect(doc.text).toContain(REAL.version);
		for (const theme of REAL.themes) expect(doc.text).toContain(theme.title);
		const titles = scan.plan?.actions.map((action) => action.title) ?? [];
		expect(titles.length).toBeGreaterThan(5);
		for (const title of titles) expect(doc.text).toContain(title);
	});

	it('uses real headings: the report parts are h1, the themes h2, each action h3', () => {
		const h1 = all(doc.html, 'h1');
		const text = nl.report;
		expect(h1).toEqual(expect.arrayContaining([text.summaryHeading, text.planHeading, text.answersHeading, text.sourcesHeading]));
		// The parts come in the PDF's order.
		const order = [text.summaryHeading, text.planHeading, text.answersHeading, text.sourcesHeading].map((heading) => h1.indexOf(heading));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		const h2 = all(doc.html, 'h2');
		for (const theme of REAL.themes) expect(h2).toContain(theme.title);
		expect(h2).toContain(text.planDetailsHeading);
		const h3 = all(doc.html, 'h3');
		scan.plan?.actions.forEach((action, index) => expect(h3).toContain(`${index + 1}. ${action.title}`));
		// The document's title is Word's Title style, in the document properties too.
		expect(doc.parts['word/document.xml']).toContain('w:val="Title"');
		expect(doc.parts['docProps/core.xml']).toContain(`<dc:title>Actieplan ervaringswerk – ${ORGANISATION}</dc:title>`);
	});

	it('puts the plan in a table with a header row and one row per action, in plan order', () => {
		const tables = all(doc.html, 'table');
		const c = reportLabels(nl).plan;
		const planTable = [...doc.html.matchAll(/<table>([\s\S]*?)<\/table>/g)]
			.map((match) => match[1] ?? '')
			.find((table) => plain(table).startsWith(`${c.number} ${c.title} ${c.priority} ${c.owner} ${c.deadline} ${c.status}`));
		expect(tables.length).toBeGreaterThanOrEqual(2);
		expect(planTable).toBeDefined();
		// Header cells are <th> in a <thead>: Word marked that row as the header (repeated on every page).
		expect(planTable).toMatch(/^<thead><tr><th>/);
		const rows = [...planTable!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => plain(match[1] ?? ''));
		const actions = scan.plan?.actions ?? [];
		expect(rows.length).toBe(actions.length + 1);
		actions.forEach((action, index) => {
			expect(rows[index + 1]).toContain(`${index + 1} ${action.title}`);
			if (action.deadline === '') expect(rows[index + 1]).toContain('–');
		});
		// The same date format as on screen: '31 maart 2027', never the stored '2027-03-31'.
		expect(plain(planTable!)).toContain('31 maart 2027');
		expect(plain(planTable!)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
	});

	it('shows the profile per theme as a table with a header row', () => {
		const w = nl.exports.word;
		const profile = [...doc.html.matchAll(/<table>([\s\S]*?)<\/table>/g)]
			.map((match) => match[1] ?? '')
			.find((table) => plain(table).startsWith(`${w.themeColumn} ${w.scoreColumn}`));
		expect(profile).toMatch(/^<thead><tr><th>/);
		const results = scoreScan(REAL, scan);
		for (const theme of results.themes) expect(plain(profile!)).toContain(theme.title);
		expect(plain(profile!)).toMatch(/\d+%/);
	});

	it('lists the answers per theme as a list, with answer and toelichting nested under each question', () => {
		// The same captions as the check page and the results page ('Uw antwoord', 'Toelichting').
		const labels = reportLabels(nl);
		expect(doc.html).toMatch(new RegExp(`<ul><li><strong>[^<]+</strong><ul><li><strong>${labels.answer}: </strong>`));
		expect(doc.text).toContain(`${labels.note}: `);
		for (const char of SPECIAL_CHARACTERS) expect(doc.text).toContain(char);
	});

	it('numbers the sources and lists their addresses as text', () => {
		expect(doc.html).toMatch(/<ol><li>/);
		const withUrl = REAL.sources.find((source) => source.url);
		if (withUrl?.url) expect(doc.text).toContain(withUrl.url);
	});

	it('sets the document language to Dutch (nl-NL)', () => {
		expect(doc.parts['word/styles.xml']).toMatch(/<w:lang w:val="nl-NL"/);
	});
});

describe('Word report in English', () => {
	it('sets en-GB and uses the English words', async () => {
		const { scan, results } = buildFullScan(fixtureChecklist);
		const bytes = await createWordBytes(fixtureChecklist, scan, results, { generatedAt: NOW, language: 'en', messages: en });
		const doc = await read(bytes);
		expect(doc.parts['word/styles.xml']).toMatch(/<w:lang w:val="en-GB"/);
		expect(all(doc.html, 'h1')).toEqual(expect.arrayContaining([en.report.summaryHeading, en.report.planHeading]));
		expect(doc.text).toContain('24 November 2026');
		expect(doc.parts['docProps/core.xml']).toContain(`<dc:title>${en.report.documentTitle(ORGANISATION)}</dc:title>`);
	});
});

describe('Word report with hostile and odd input', () => {
	it('keeps markup as text, drops characters XML forbids, and keeps line breaks', async () => {
		const { scan } = buildFullScan(fixtureChecklist, {
			organisation: '<w:body>&amp; "Gemeente" </w:t>',
			note: (_id, index) => (index === 0 ? 'regel een\nregel twee\u0007 bel \uD800 los' : index === 1 ? '<script>alert(1)</script>' : '')
		});
		const bytes = await createWordBytes(fixtureChecklist, scan, scoreScan(fixtureChecklist, scan), { generatedAt: NOW, ...DUTCH });
		const doc = await read(bytes);
		expect(doc.text).toContain('<w:body>&amp; "Gemeente" </w:t>');
		expect(doc.text).toContain('<script>alert(1)</script>');
		expect(doc.text).toMatch(/regel een\s*regel twee bel {2}los/);
		expect(doc.parts['word/document.xml']).not.toContain('\u0007');
		expect(doc.parts['word/document.xml']).toMatch(/regel een<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>regel twee/);
	});

	it('wordSafe removes control characters and lone surrogates but keeps emoji and other scripts', () => {
		expect(wordSafe('a\u0000b\u001Fc\uFFFEd')).toBe('abcd');
		expect(wordSafe('😀 שלום عربي \t\n')).toBe('😀 שלום عربي \t\n');
		expect(wordSafe('x\uDC00y\uD83D')).toBe('xy');
	});

	it('renders an empty scan (no answers, no plan) with the placeholders', async () => {
		const { scan } = buildFullScan(fixtureChecklist, { mode: 'quick' });
		const empty = { ...scan, answers: {}, plan: null };
		const bytes = await createWordBytes(fixtureChecklist, empty, scoreScan(fixtureChecklist, empty), { generatedAt: NOW, ...DUTCH });
		const { text } = await read(bytes);
		expect(text).toContain(nl.report.noLevel);
		expect(text).toContain(nl.report.planEmpty);
		expect(text).toContain(nl.check.notAnswered);
	});

	it('renders every plan row the model has, own actions included', () => {
		const { scan, results } = buildFullScan(fixtureChecklist);
		const model = buildReportModel(fixtureChecklist, scan, results, NOW, DUTCH);
		expect(model.plan.rows.map((row) => row.title)).toContain('Eigen actie: organiseer een “open dag” voor inwoners met ervaringskennis');
	});
});
