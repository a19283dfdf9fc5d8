/**
 * The Word document, as a user gets it: "Download als Word-document" on the results and on the plan page
 * of the demo scan, the file saved and opened with mammoth (an independent .docx reader). Its text must
 * hold the organisation, every theme and every action title; its structure real headings and a table.
 * docx loads only on the click. Axe runs on both screens with the export choices, in Dutch and in English.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Checklist } from '../../src/lib/content/checklist-schema.ts';
import { translateChecklist } from '../../src/lib/content/translate-checklist.ts';
import { validateChecklistSource } from '../../src/lib/content/validate-checklist.ts';
import { createPlan } from '../../src/lib/domain/action-plan.ts';
import { createDemoScan, DEMO_ORGANISATION } from '../../src/lib/domain/demo-scan.ts';
import { scoreScan } from '../../src/lib/domain/scoring.ts';
import { enAll as en, nlAll as nl } from '../../src/lib/i18n/whole-catalogues.ts';
import { downloadWord } from './support/exports.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';

const FILE = 'checklists/kwartiermaken.yaml';
const dutch: Checklist = validateChecklistSource(readFileSync(FILE, 'utf8'), FILE).checklist!;
const english: Checklist = translateChecklist(dutch, parse(readFileSync('checklists/kwartiermaken.en.yaml', 'utf8')), 'en').checklist!;

/** The demo's action plan, as the app proposes it from the demo's answers (the same functions as the app). */
function demoActionTitles(checklist: Checklist): string[] {
	const scan = createDemoScan(checklist, 'demo', '2026-01-01T00:00:00.000Z');
	return createPlan(checklist, scan, scoreScan(checklist, scan), '2026-01-01T00:00:00.000Z').actions.map((action) => action.title);
}

function expectWholeReport(text: string, checklist: Checklist, actionTitles: string[]): void {
	expect(text).toContain(DEMO_ORGANISATION);
	for (const theme of checklist.themes) expect(text, `theme ${theme.id}`).toContain(theme.title);
	expect(actionTitles.length).toBeGreaterThan(5);
	for (const title of actionTitles) expect(text, `action "${title}"`).toContain(title);
}

test('the Word document from the results and the plan page holds the organisation, every theme and every action', async ({ page, checkPage }) => {
	test.setTimeout(120_000);
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	const titles = demoActionTitles(dutch);
	const fileName = /^kwartiermaken-actieplan-gemeente-voorbeeldstad-voorbeeld-\d{4}-\d{2}-\d{2}\.docx$/;

	await page.goto('/#/scan/demo/resultaten');
	await expectHeading(page, nl.results.title, { focused: false });
	const choices = page.getByTestId('export-choices');
	await expect(choices.getByRole('heading', { level: 2, name: nl.exports.heading })).toBeVisible();
	for (const when of [nl.exports.pdfWhen, nl.exports.wordWhen, nl.exports.printWhen]) await expect(choices).toContainText(when);
	await expect(choices.getByRole('button', { name: nl.exports.printButton })).toBeVisible();
	await checkPage('results with the export choices');
	// docx is not loaded until someone asks for the Word document.
	expect(scripts.some((url) => /create-word/.test(url))).toBe(false);

	const fromResults = await downloadWord(page);
	expect(fromResults.download.suggestedFilename()).toMatch(fileName);
	expect(scripts.some((url) => /create-word/.test(url))).toBe(true);
	// Before the plan page was opened the demo has no saved plan: the document shows the proposed one.
	expectWholeReport(fromResults.text, dutch, titles);
	// Real structure: report parts as h1, themes as h2, the plan as a table with a header row.
	expect(fromResults.html).toContain(`<h1>${nl.report.planHeading}</h1>`);
	expect(fromResults.html).toContain(`<h2>${dutch.themes[0]!.title}</h2>`);
	expect(fromResults.html).toContain(`<table><thead><tr><th><p><strong>${nl.report.numberColumn}</strong></p></th><th><p><strong>${nl.plan.fields.title}</strong>`);
	await expect(page.getByTestId('word-status')).toContainText(nl.exports.wordDone(fromResults.download.suggestedFilename()));

	// The PDF button on the results page too.
	const pdfPromise = page.waitForEvent('download');
	await page.getByTestId('download-pdf').click();
	expect((await pdfPromise).suggestedFilename()).toMatch(/^kwartiermaken-actieplan-gemeente-voorbeeldstad-voorbeeld-\d{4}-\d{2}-\d{2}\.pdf$/);
	await expect(page.getByTestId('pdf-status')).toContainText('De pdf is klaar');

	await page.getByRole('link', { name: nl.results.toPlan }).click();
	await expectHeading(page, nl.plan.title);
	await checkPage('plan with the export choices');
	const fromPlan = await downloadWord(page);
	expect(fromPlan.download.suggestedFilename()).toMatch(fileName);
	expectWholeReport(fromPlan.text, dutch, titles);
	await expect(page.getByTestId('word-status')).toContainText(nl.exports.wordDone(fromPlan.download.suggestedFilename()));
});

test('in English the export choices are English and the Word document is too', async ({ page, checkPage }) => {
	test.setTimeout(120_000);
	await page.goto('/#/scan/demo/resultaten');
	await expectHeading(page, nl.results.title, { focused: false });
	await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectHeading(page, en.results.title, { focused: false });
	const choices = page.getByTestId('export-choices');
	await expect(choices.getByRole('heading', { level: 2, name: en.exports.heading })).toBeVisible();
	await expect(choices.getByRole('button', { name: en.exports.wordButton })).toBeVisible();
	await checkPage('results with the export choices, English');

	const { download, text, html } = await downloadWord(page);
	expect(download.suggestedFilename()).toMatch(/^kwartiermaker-action-plan-gemeente-voorbeeldstad-voorbeeld-\d{4}-\d{2}-\d{2}\.docx$/);
	expectWholeReport(text, english, demoActionTitles(english));
	expect(html).toContain(`<h1>${en.report.planHeading}</h1>`);
	await expect(page.getByTestId('word-status')).toContainText(en.exports.wordDone(download.suggestedFilename()));

	await page.getByRole('link', { name: en.results.toPlan }).click();
	await expectHeading(page, en.plan.title);
	await expect(page.getByTestId('export-choices').getByRole('button', { name: en.exports.pdfButton })).toBeVisible();
	await checkPage('plan with the export choices, English');
});
