import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import fixtureChecklist from '../../../tests/fixtures/report-checklist.yaml';
import { dangerousNames, pdfSyntax, readPdf, squash, type PdfContent } from '../../../tests/fixtures/pdf-inspect.ts';
import { buildFullScan, NOW, ORGANISATION, SPECIAL_CHARACTERS } from '../../../tests/fixtures/report-scan.ts';
import type { Checklist } from '../content/checklist-schema.ts';
import { NOT_APPLICABLE } from '../domain/scan.ts';
import { scoreScan } from '../domain/scoring.ts';
import { createReportPdf, createReportPdfBytes, type ReportFonts } from './create-report-pdf.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';

const REPORT_TEXT = nl.report;
const DUTCH = { language: 'nl' as const, messages: nl };

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const fonts: ReportFonts = {
	regular: readFileSync(root('static/fonts/KwartiermakerSans-Regular.ttf')),
	bold: readFileSync(root('static/fonts/KwartiermakerSans-Bold.ttf'))
};
const REAL_CHECKLIST = root('checklists/kwartiermaken.yaml');

/** Set REPORT_PDF_OUT=/some/dir to keep the generated PDFs for a look (e.g. with pdftoppm). */
function keep(name: string, bytes: Uint8Array): void {
	const dir = process.env['REPORT_PDF_OUT'];
	if (!dir) return;
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, `${name}.pdf`), bytes);
}

/** The assertions every full report must pass, whatever checklist it was made from. */
function describeFullReport(name: string, file: string, load: () => Promise<Checklist>): void {
	describe(name, () => {
		let checklist: Checklist;
		let bytes: Uint8Array;
		let pdf: PdfContent;
		let actionTitles: string[];
		let milliseconds: number;

		beforeAll(async () => {
			checklist = await load();
			const { scan, results } = buildFullScan(checklist);
			actionTitles = scan.plan?.actions.map((action) => action.title) ?? [];
			const started = performance.now();
			bytes = await createReportPdfBytes(checklist, scan, results, { fonts, generatedAt: NOW, ...DUTCH });
			milliseconds = performance.now() - started;
			keep(file, bytes);
			pdf = await readPdf(bytes);
		});

		it('is a PDF of several pages, made within a time bound', () => {
			expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
			expect(pdf.numPages).toBeGreaterThan(1);
			expect(milliseconds).toBeLessThan(5000);
		});

		it('shows the organisation, the date, every theme and every action', () => {
			const text = squash(pdf.text);
			expect(text).toContain(squash(ORGANISATION));
			expect(text).toContain(squash('24 november 2026'));
			for (const theme of checklist.themes) expect(text).toContain(squash(theme.title));
			expect(actionTitles.length).toBeGreaterThan(3);
			for (const title of actionTitles) expect(text).toContain(squash(title));
		});

		it('keeps curly quotes, the euro sign and Dutch diacritics', () => {
			for (const char of SPECIAL_CHARACTERS) expect(pdf.text).toContain(char);
		});

		it('numbers every page "Pagina X van N"', () => {
			const total = pdf.numPages;
			pdf.pages.forEach((page, index) => {
				expect(page).toContain(REPORT_TEXT.page(index + 1, total));
				expect(squash(page)).toContain(squash(`Kwartiermaker – ${ORGANISATION}`));
			});
		});

		it('sets the document properties from constants plus the organisation', () => {
			expect(pdf.info['Title']).toBe(`Actieplan ervaringswerk – ${ORGANISATION}`);
			expect(pdf.info['Author']).toBe('Kwartiermaker');
			expect(pdf.info['Creator']).toBe('Kwartiermaker');
			expect(pdf.info['Subject']).toBe(REPORT_TEXT.subject);
			expect(pdfSyntax(bytes)).toMatch(/\/Lang\s/);
		});

		it('contains no script, action, link or form', () => {
			expect(dangerousNames(bytes)).toEqual([]);
		});
	});
}

describeFullReport('PDF report of a full scan (report fixture)', 'fixture-full', async () => fixtureChecklist);

// The real content is written in parallel; test against it as soon as it exists.
describe.skipIf(!existsSync(REAL_CHECKLIST))('with the real checklist', () => {
	describeFullReport('PDF report of a full scan (kwartiermaken.yaml)', 'kwartiermaken-full', async () => {
		const path = '../../../checklists/kwartiermaken.yaml';
		const module = (await import(/* @vite-ignore */ path)) as { default: Checklist };
		return module.default;
	});
});

describe('PDF report with hostile and huge input', () => {
	const hostile = [
		') Tj /JS (app.alert(1)) (',
		'>>/OpenAction<</S/JavaScript/JS(app.alert(2))>>',
		'<script>alert(3)</script>',
		'\\) Tj ET BT /AA << >> (',
		'/Launch /URI (https://evil.example)'
	];
	const longNote = `${'Dit is een heel lange toelichting met “aanhalingstekens” en € bedragen. '.repeat(140)}Einde-van-de-lange-toelichting`;
	let bytes: Uint8Array;
	let pdf: PdfContent;
	let milliseconds: number;

	beforeAll(async () => {
		const checklist = fixtureChecklist;
		const { scan } = buildFullScan(checklist, {
			organisation: ') /JS (x) /OpenAction << >> Gemeente',
			note: (_id, index) =>
				index === 0 ? longNote : index === 1 ? 'x'.repeat(3000) : (hostile[index % hostile.length] ?? '')
		});
		// Hostile text in the plan too: titles, owners and steps are typed by the user.
		const plan = scan.plan;
		if (!plan) throw new Error('fixture has no plan');
		plan.actions = plan.actions.map((action, index) => ({
			...action,
			title: index === 0 ? `${action.title} ${hostile[0]}` : action.title,
			owner: index === 1 ? (hostile[1] ?? '') : action.owner,
			firstStep: index === 2 ? longNote.slice(0, 1000) : action.firstStep
		}));
		// Emoji, right-to-left text and control characters must not break generation.
		const firstAnswer = Object.values(scan.answers)[2];
		if (firstAnswer) firstAnswer.note = 'Emoji 😀👩‍👩‍👧 en שלום عربي \u202e omgekeerd \u0007 bel';
		const results = scoreScan(checklist, scan);
		const started = performance.now();
		bytes = await createReportPdfBytes(checklist, scan, results, { fonts, generatedAt: NOW, ...DUTCH });
		milliseconds = performance.now() - started;
		keep('hostile', bytes);
		pdf = await readPdf(bytes);
	});

	it('contains no JavaScript, OpenAction, Launch, AA, URI or form names', () => {
		expect(dangerousNames(bytes)).toEqual([]);
	});

	it('prints the hostile strings as plain text', () => {
		const text = squash(pdf.text);
		for (const value of hostile) expect(text).toContain(squash(value));
		expect(squash(String(pdf.info['Title']))).toContain(squash(') /JS (x) /OpenAction << >> Gemeente'));
	});

	it('wraps and paginates a 10 000-character note instead of running off the page', () => {
		expect(longNote.length).toBeGreaterThan(10_000);
		const text = squash(pdf.bodyText);
		expect(text).toContain(squash(longNote));
		expect(text).toContain('x'.repeat(3000));
		expect(pdf.numPages).toBeGreaterThan(6);
		expect(milliseconds).toBeLessThan(5000);
	});

	it('shows characters the font lacks as "?" instead of dropping them', () => {
		expect(pdf.text).toMatch(/Emoji \?\? en \?+ \?+ omgekeerd bel/);
	});
});

describe('PDF report edge cases', () => {
	it('renders an empty scan (no answers, no plan) with placeholders', async () => {
		const checklist = fixtureChecklist;
		const { scan } = buildFullScan(checklist, { mode: 'quick' });
		const empty = { ...scan, answers: {}, plan: null };
		const bytes = await createReportPdfBytes(checklist, empty, scoreScan(checklist, empty), { fonts, generatedAt: NOW, ...DUTCH });
		keep('empty', bytes);
		const text = (await readPdf(bytes)).text;
		expect(text).toContain(REPORT_TEXT.noLevel);
		expect(text).toContain(REPORT_TEXT.planEmpty);
		expect(text).toContain(nl.results.chart.noScore);
		expect(text).toContain(nl.check.notAnswered);
		expect(text).toContain(nl.scanType.quick);
	});

	it('shows "Niet van toepassing" answers', async () => {
		const checklist = fixtureChecklist;
		const { scan } = buildFullScan(checklist);
		const answer = scan.answers['k5-netwerk'];
		if (!answer) throw new Error('fixture changed: k5-netwerk missing');
		answer.value = NOT_APPLICABLE;
		const bytes = await createReportPdfBytes(checklist, scan, scoreScan(checklist, scan), { fonts, generatedAt: NOW, ...DUTCH });
		expect((await readPdf(bytes)).text).toContain('Niet van toepassing');
	});

	it('returns a Blob from createReportPdf', async () => {
		const { scan, results } = buildFullScan(fixtureChecklist);
		const blob = await createReportPdf(fixtureChecklist, scan, results, { fonts, generatedAt: NOW, ...DUTCH });
		expect(blob.type).toBe('application/pdf');
		expect(blob.size).toBeGreaterThan(10_000);
	});

	it('refuses a font that is not TrueType', async () => {
		const { scan, results } = buildFullScan(fixtureChecklist);
		const html = new TextEncoder().encode('<!doctype html><title>404</title>');
		await expect(
			createReportPdfBytes(fixtureChecklist, scan, results, { fonts: { regular: html, bold: html }, generatedAt: NOW, ...DUTCH })
		).rejects.toThrow(/TrueType/);
	});
});
