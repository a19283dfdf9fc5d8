/**
 * English in the browser: a quick scan walked in English from the start page to the PDF, and a language
 * switch in the middle of a question with a half-typed explanation.
 *
 * "No Dutch" is checked against the Dutch catalogue and the Dutch checklist: no Dutch text (longer than 12
 * characters, and different from its English text) may be visible on any screen or in the PDF. The test finds
 * answers and themes by their ids.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { enAll as en, nlAll as nl } from '../../src/lib/i18n/whole-catalogues.ts';
import { parse } from 'yaml';
import { translateChecklist } from '../../src/lib/content/translate-checklist.ts';
import { readPdf, squash } from '../fixtures/pdf-inspect.ts';
import { expect, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { createScan, NOTE_LABEL } from './support/scans.ts';

const checklist = loadChecklist();

/** Every Dutch text of the catalogue longer than 12 characters that English says differently. */
function dutchTexts(): string[] {
	const out: string[] = [];
	const walk = (dutch: unknown, english: unknown): void => {
		if (typeof dutch === 'string') {
			if (dutch.length > 12 && dutch !== english) out.push(dutch);
		} else if (typeof dutch === 'object' && dutch !== null) {
			for (const [key, value] of Object.entries(dutch)) walk(value, (english as Record<string, unknown>)[key]);
		}
	};
	walk(nl, en);
	return out;
}
/** Every text in a checklist (titles, questions, help, answers, actions, glossary …). */
function contentTexts(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(contentTexts);
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(contentTexts);
	return [];
}
/**
 * The English checklist, made from the same files as the build. Dutch checklist texts that English says
 * differently must not show either: source titles and names, which stay as published, are the same in both
 * and so are not counted.
 */
const english = translateChecklist(checklist, parse(readFileSync('checklists/kwartiermaken.en.yaml', 'utf8')), 'en').checklist!;
// A Dutch word the English texts keep on purpose (such as "ervaringswerker" in the glossary) is not counted.
const englishContent = contentTexts(english).join('\n');
const DUTCH_CONTENT = [...new Set(contentTexts(checklist))].filter((text) => text.length > 12 && !englishContent.includes(text));
const DUTCH = [...dutchTexts(), ...DUTCH_CONTENT];

async function expectNoDutch(page: Page, screen: string): Promise<void> {
	const visible = await page.locator('body').innerText();
	expect(DUTCH.filter((text) => visible.includes(text)), `Dutch interface text on ${screen}`).toEqual([]);
}

async function expectEnglishScreen(page: Page, checkPage: (label?: string) => Promise<void>, heading: string | RegExp, screen: string) {
	await expect(page.locator('main h1')).toHaveText(heading);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByTestId('language-switch').getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
	await expectNoDutch(page, screen);
	await checkPage(screen);
}

test('a quick scan in English from the start page to the PDF: no Dutch interface text, axe clean, lang="en"', async ({ page, checkPage }) => {
	test.setTimeout(180_000);
	expect(dutchTexts().length).toBeGreaterThan(200);
	expect(DUTCH_CONTENT.length).toBeGreaterThan(300);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.locator('main h1')).toHaveText(nl.home.title);
	await expect(page.getByRole('heading', { name: nl.home.myScans })).toBeVisible();
	// The check can see Dutch: the Dutch start page has several catalogue texts.
	const dutchStart = await page.locator('body').innerText();
	expect(DUTCH.filter((text) => dutchStart.includes(text)).length).toBeGreaterThan(3);
	// The switch: two 44 px targets, the current one marked.
	const switcher = page.getByTestId('language-switch');
	await expect(switcher.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-current', 'true');
	for (const button of await switcher.getByRole('button').all()) {
		const box = (await button.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.width).toBeGreaterThanOrEqual(44);
	}
	await switcher.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: en.home.myScans })).toBeVisible();
	await expectEnglishScreen(page, checkPage, en.home.title, 'start page');
	expect(await page.title()).toContain(en.titleSuffix);

	// The choice is remembered: a new page load starts in English.
	await page.goto('/#/nieuw');
	await expectEnglishScreen(page, checkPage, en.profile.titleNew, 'new scan');
	await page.getByRole('button', { name: en.continue }).click();
	await expect(page.getByRole('alert')).toContainText(en.errorSummaryTitle);
	await expectEnglishScreen(page, checkPage, en.profile.titleNew, 'new scan with errors');
	await page.getByLabel(en.profile.organisation).fill('Borough of Example');
	await page.locator('input[type="radio"][value="orienterend"]').check();
	await page.locator('input[type="radio"][value="quick"]').check();
	await page.getByRole('button', { name: en.continue }).click();
	await expectEnglishScreen(page, checkPage, 'Borough of Example', 'task list');

	const quick = checklist.themes.map((theme) => theme.questions.find((question) => question.quick)!);
	await page.getByTestId(`task-${checklist.themes[0]!.id}`).getByRole('link').click();
	for (const [index] of quick.entries()) {
		await expect(page.getByRole('button', { name: en.continue })).toBeVisible();
		if (index === 0) {
			await page.getByRole('button', { name: en.continue }).click();
			await expect(page.getByRole('alert')).toContainText(en.errorSummaryTitle);
			await expectNoDutch(page, 'question with an error');
			await checkPage('question with an error');
		}
		await page.locator('main input[type="radio"]').first().check();
		if (index === 0) await expectEnglishScreen(page, checkPage, /.+/, 'question');
		await page.getByRole('button', { name: en.continue }).click();
	}
	await expectEnglishScreen(page, checkPage, en.check.allTitle, 'check answers');
	await page.getByRole('link', { name: en.check.toResults }).click();
	await expectEnglishScreen(page, checkPage, en.results.title, 'results');
	await page.getByRole('link', { name: en.results.toPlan }).click();
	await expectEnglishScreen(page, checkPage, en.plan.title, 'action plan');

	const downloadPromise = page.waitForEvent('download');
	await page.getByTestId('download-pdf').click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(/^kwartiermaker-action-plan-borough-of-example-\d{4}-\d{2}-\d{2}\.pdf$/);
	await expect(page.getByTestId('pdf-status')).toContainText('The PDF is ready');
	const pdf = await readPdf(new Uint8Array(readFileSync((await download.path())!)));
	// Text that wrapped across lines is compared without white space.
	const flat = squash(pdf.text);
	for (const text of [en.report.title, en.report.summaryHeading, en.report.planHeading, en.report.coverFields.date, en.scanType.quick, 'Page 1 of']) {
		expect(flat).toContain(squash(text));
	}
	// The cover date in English: "30 November 2026".
	expect(pdf.text).toMatch(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
	// Dutch report texts of the catalogue are absent.
	expect(DUTCH.filter((text) => flat.includes(squash(text))), 'Dutch interface text in the PDF').toEqual([]);
	expect(flat).not.toContain(squash(nl.report.page(1, 2)).slice(0, 8));
	await expectNoDutch(page, 'action plan after the PDF');
});

test('switching language in the middle of a question keeps the half-typed explanation and the place, and saves it', async ({ page, checkPage }) => {
	test.setTimeout(120_000);
	const scanId = await createScan(page, checklist, { organisation: 'Gemeente Tweetalig', phase: 'orienterend', mode: 'quick' });
	await page.getByTestId(`task-${checklist.themes[0]!.id}`).getByRole('link').click();
	await expect(page.getByRole('button', { name: nl.continue })).toBeVisible();
	const url = page.url();
	expect(url).toContain(scanId);
	await page.locator('main input[type="radio"]').first().check();
	const note = page.getByLabel(NOTE_LABEL);
	await note.click();
	await note.pressSequentially('Half getypt, nog niet af');

	// Straight after the last key press, before the note was saved.
	await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('button', { name: en.continue })).toBeVisible();
	expect(page.url()).toBe(url);
	const englishNote = page.getByLabel(en.noteLabel);
	await expect(englishNote).toHaveValue('Half getypt, nog niet af');
	await expect(page.locator('main input[type="radio"]').first()).toBeChecked();
	// Typing goes on in the same field.
	await englishNote.focus();
	await englishNote.press('End');
	await englishNote.pressSequentially(' – now finished');
	await expect(page.locator('main .app-save-status')).toHaveText(en.saveStatus.saved);
	await expectNoDutch(page, 'question after the switch');
	await checkPage('question after the switch');

	// Saved: after a reload the note is there, and the language is remembered.
	await page.reload();
	await expect(page.getByLabel(en.noteLabel)).toHaveValue('Half getypt, nog niet af – now finished');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByTestId('language-switch').getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByLabel(NOTE_LABEL)).toHaveValue('Half getypt, nog niet af – now finished');
	expect(page.url()).toBe(url);
});

test('?lang=en suggests English without switching; a remembered choice wins', async ({ page, checkPage }) => {
	await page.goto('/?lang=en');
	await expect(page.locator('main h1')).toHaveText(nl.home.title);
	await expect(page.getByRole('heading', { name: nl.home.myScans })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	const suggestion = page.getByTestId('language-suggestion');
	await expect(suggestion).toContainText(en.language.suggestion);
	await checkPage('start page with the English suggestion');
	await suggestion.getByRole('button', { name: en.language.suggestionLink }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(suggestion).toHaveCount(0);
	await page.getByTestId('language-switch').getByRole('button', { name: 'Nederlands' }).click();
	await page.goto('/?lang=en');
	await expect(page.getByRole('heading', { name: nl.home.myScans })).toBeVisible();
	await expect(page.getByTestId('language-suggestion')).toHaveCount(0);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

/** A backup as JSON whose one scan has a type of scan that does not exist; everything else is right. */
function backupWithUnknownMode(): string {
	const now = '2026-11-24T10:00:00.000Z';
	const scan = {
		id: '0b7a4d0e-8a3c-4c55-9d7c-0d8f6f0e9a11',
		schemaVersion: 1,
		checklistId: checklist.id,
		checklistVersion: checklist.version,
		mode: 'turbo',
		profile: { organisation: 'Gemeente Turbo', filledInBy: '', role: '', phase: 'eerste', focusAreas: [] },
		answers: {},
		plan: null,
		createdAt: now,
		updatedAt: now
	};
	return JSON.stringify({ type: 'kwartiermaker-backup', version: 1, createdAt: now, scans: [scan] });
}

/** A share link (the part after the address) holding `text`, packed as the app packs it: deflate, base64url. */
async function shareHashOf(page: Page, text: string): Promise<string> {
	return page.evaluate(async (json) => {
		const stream = new Blob([new TextEncoder().encode(json)]).stream().pipeThrough(new CompressionStream('deflate'));
		const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
		const base64 = btoa(String.fromCharCode(...bytes));
		return `#/ontvang/1.${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
	}, text);
}

/** Changes one character in the middle of a link's data, as a mangled copy would. */
function tamper(hash: string): string {
	const at = Math.floor((hash.length + '#/ontvang/1.'.length) / 2);
	return `${hash.slice(0, at)}${hash[at] === 'A' ? 'B' : 'A'}${hash.slice(at + 1)}`;
}

test('in English a refused backup file and a refused share link say why in English', async ({ page, checkPage }) => {
	await page.goto('/');
	await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: en.home.myScans })).toBeVisible();

	// Backup files: the reader's refusals, including one that names the scan and the field.
	const fileInput = page.getByLabel(en.home.restoreLabel);
	const files: Array<[string, string, string]> = [
		['notes.json', '{"type":"something-else","scans":[]}', en.backupFile.errors.notBackup],
		['empty.json', '   ', en.backupFile.errors.empty],
		['turbo.json', backupWithUnknownMode(), 'The scan in the backup is not right: type of scan is unknown.']
	];
	for (const [name, content, message] of files) {
		await fileInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
		await page.getByRole('button', { name: en.home.restoreButton }).click();
		await expect(page.locator('#backup-file-error'), name).toHaveText(`${en.errorPrefix} ${message}`);
		await expect(page.locator('.app-error-summary'), name).toBeFocused();
		await expect(page.locator('.app-error-summary'), name).toContainText(message);
	}
	await expectNoDutch(page, 'start page with a refused backup');
	await checkPage('start page with a refused backup, in English');
	// The message follows a change of language, as every other text does.
	await page.getByTestId('language-switch').getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.locator('#backup-file-error')).toHaveText(`${nl.errorPrefix} De scan in de reservekopie klopt niet: soort scan is onbekend.`);
	await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(page.getByTestId('scan-item')).toHaveCount(0);

	// Share links: one with changed data (the checksum refuses it) and one whose data the backup reader refuses.
	const links: Array<[string, string]> = [
		[tamper(await shareHashOf(page, backupWithUnknownMode())), en.shareLink.errors.damaged],
		[await shareHashOf(page, backupWithUnknownMode()), 'The scan in the backup is not right: type of scan is unknown.'],
		[await shareHashOf(page, '{"hello":"world"}'), en.backupFile.errors.notBackup]
	];
	for (const [hash, message] of links) {
		await page.goto('about:blank');
		await page.goto(`/${hash}`);
		await expect(page.locator('main h1')).toHaveText(en.receive.title);
		const error = page.getByTestId('receive-error');
		await expect(error).toContainText(en.receive.refusedTitle);
		await expect(error.locator('li')).toHaveText(message);
		await expectNoDutch(page, 'receive page with a refused link');
	}
	await checkPage('receive page with a refused link, in English');
	await page.goto('/');
	await expect(page.getByTestId('scan-item')).toHaveCount(0);
});
