/**
 * The PDF's pages read well: no page is left nearly empty (except the cover and the last page), no
 * heading ends a page, the user's own actions are in the detailed actions, the "Weet ik niet" questions
 * are listed per theme, and the labels and dates are the screen's.
 *
 * Everything is read back from the generated PDF with pdf.js (text and its position on the page), not
 * from the renderer's own bookkeeping, so a layout bug shows even when the layout code thinks it is right.
 * Set REPORT_PDF_OUT=/some/dir to keep the PDFs for a look (e.g. `pdftoppm -r 60 -png file.pdf page`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import dutchChecklist from '../../../checklists/kwartiermaken.yaml';
import englishChecklist from '../../../checklists/kwartiermaken.en.yaml';
import { readPdf, squash, type PdfContent } from '../../../tests/fixtures/pdf-inspect.ts';
import { readPageFill, readPageLines, type PageFill, type TextLine } from '../../../tests/fixtures/pdf-fill.ts';
import { buildLargestScan, buildSmallScan, LARGEST_PLAN, NOW } from '../../../tests/fixtures/report-scan.ts';
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import type { ScanResults } from '../domain/results-types.ts';
import { formatDate } from '../i18n/format.ts';
import type { Language, Messages } from '../i18n/messages.ts';
import { enAll, nlAll } from '../i18n/whole-catalogues.ts';
import { createReportPdfBytes, type ReportFonts } from './create-report-pdf.ts';

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const fonts: ReportFonts = {
	regular: readFileSync(root('static/fonts/KwartiermakerSans-Regular.ttf')),
	bold: readFileSync(root('static/fonts/KwartiermakerSans-Bold.ttf'))
};

/** A page counts as nearly empty below this share of its usable height. */
const QUARTER = 0.25;
/** Headings are printed at 13.5 pt (sub-headings) and 20 pt (sections); body text at 10 pt or less. */
const HEADING_SIZE = 13;

function keep(name: string, bytes: Uint8Array): void {
	const dir = process.env['REPORT_PDF_OUT'];
	if (!dir) return;
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, `${name}.pdf`), bytes);
}

interface Case {
	name: string;
	language: Language;
	messages: Messages;
	checklist: Checklist;
	build: (checklist: Checklist) => { scan: Scan; results: ScanResults };
}

const cases: Case[] = [
	{ name: 'largest scan, Dutch', language: 'nl', messages: nlAll, checklist: dutchChecklist, build: buildLargestScan },
	{ name: 'largest scan, English', language: 'en', messages: enAll, checklist: englishChecklist, build: buildLargestScan },
	{ name: 'small scan, Dutch', language: 'nl', messages: nlAll, checklist: dutchChecklist, build: buildSmallScan }
];

describe.each(cases)('PDF layout: $name', ({ name, language, messages, checklist, build }) => {
	let scan: Scan;
	let results: ScanResults;
	let pdf: PdfContent;
	let fills: PageFill[];
	let lines: TextLine[][];

	beforeAll(async () => {
		({ scan, results } = build(checklist));
		const bytes = await createReportPdfBytes(checklist, scan, results, { fonts, generatedAt: NOW, language, messages });
		keep(name.replace(/\W+/g, '-'), bytes);
		[pdf, fills, lines] = await Promise.all([readPdf(bytes), readPageFill(bytes), readPageLines(bytes)]);
	});

	it('leaves no page less than a quarter filled, except the cover and the last page', () => {
		expect(fills.length).toBeGreaterThan(2);
		const middle = fills.slice(1, -1);
		const nearlyEmpty = middle.filter((page) => page.filled < QUARTER).map((page) => `page ${page.page}: ${Math.round(page.filled * 100)}%`);
		expect(nearlyEmpty).toEqual([]);
		// The measure itself works: the pages before the last are well filled, the cover too.
		expect(fills[0]?.filled).toBeGreaterThan(0.8);
	});

	it('never ends a page with a heading: the lowest line of every page but the last is not a heading', () => {
		const endings = lines.slice(0, -1).map((page, index) => ({ page: index + 1, last: page.at(-1) }));
		expect(endings.every((ending) => ending.last !== undefined)).toBe(true);
		const headingsAtTheEnd = endings.filter((ending) => (ending.last?.size ?? 0) >= HEADING_SIZE).map((ending) => `page ${ending.page}: ${ending.last?.text}`);
		expect(headingsAtTheEnd).toEqual([]);
		// Headings are recognised by their size: the report has some.
		expect(lines.flat().filter((line) => line.size >= HEADING_SIZE).length).toBeGreaterThan(3);
	});

	it('details every action of the plan, the own actions too, marked with the screen’s priority label', () => {
		const actions = scan.plan?.actions ?? [];
		const text = squash(pdf.bodyText);
		const details = text.slice(text.indexOf(squash(messages.report.planDetailsHeading)));
		expect(details.length).toBeLessThan(text.length);
		const own = actions.filter((action) => action.priority === 'custom');
		expect(own.length).toBeGreaterThan(0);
		let from = 0;
		for (const [index, action] of actions.entries()) {
			// "12. Title", then "Eigen actie · Termijn: 3 tot 12 maanden", in the plan's order.
			const entry = squash(`${index + 1}. ${action.title} ${messages.plan.priority[action.priority]} · ${messages.plan.fields.horizon}: ${messages.plan.horizon[action.horizon]}`);
			const at = details.indexOf(entry, from);
			expect(at, `details of action ${index + 1} (${action.title})`).toBeGreaterThanOrEqual(0);
			from = at + entry.length;
		}
		// An own action with a title only still gets its details, saying nothing was filled in.
		if (own.some((action) => action.why === '' && action.firstStep === '')) expect(details).toContain(squash(messages.report.noDetails));
	});

	it('lists which questions were answered "Weet ik niet", under their theme', () => {
		const text = squash(pdf.bodyText);
		const start = text.indexOf(squash(messages.results.gapsHeading));
		const end = text.indexOf(squash(messages.report.planHeading), start);
		expect(start).toBeGreaterThanOrEqual(0);
		const section = text.slice(start, end);
		expect(results.knowledgeGaps.length).toBeGreaterThan(0);
		let from = 0;
		for (const theme of checklist.themes) {
			const gaps = results.knowledgeGaps.filter((gap) => gap.themeId === theme.id);
			if (gaps.length === 0) continue;
			const at = section.indexOf(squash(theme.title), from);
			expect(at, theme.title).toBeGreaterThanOrEqual(0);
			from = at;
			for (const gap of gaps) {
				const question = section.indexOf(squash(gap.text), from);
				expect(question, gap.text).toBeGreaterThan(at);
				from = question;
			}
		}
	});

	it('prints statuses, priorities and deadlines as the plan page does', () => {
		const text = squash(pdf.text);
		for (const action of scan.plan?.actions ?? []) {
			if (action.deadline !== '') {
				expect(text).toContain(squash(formatDate(action.deadline, language)));
				expect(text).not.toContain(action.deadline);
			}
		}
		const table = new Set((scan.plan?.actions ?? []).flatMap((action) => [messages.plan.status[action.status], messages.plan.priority[action.priority]]));
		for (const label of table) expect(text).toContain(squash(label));
		for (const column of [messages.plan.fields.owner, messages.plan.fields.deadline, messages.plan.fields.status]) expect(text).toContain(squash(column));
	});
});

describe('the largest scan fixture', () => {
	it('has every question answered, 30 actions of which some are own actions, and long explanations', () => {
		const { scan, results } = buildLargestScan(dutchChecklist);
		expect(results.complete).toBe(true);
		expect(scan.plan?.actions).toHaveLength(LARGEST_PLAN.actions);
		expect(scan.plan?.actions.filter((action) => action.priority === 'custom')).toHaveLength(LARGEST_PLAN.own);
		expect(Object.values(scan.answers).every((answer) => answer.note.length > 400)).toBe(true);
		expect(new Set(results.knowledgeGaps.map((gap) => gap.themeId)).size).toBeGreaterThan(2);
	});
});
