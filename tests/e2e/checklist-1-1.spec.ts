/**
 * Checklist 1.1 in the browser: a quick and a full scan, the "Begrippen" box, honest scores (unknown
 * answers, unknown risks, "onzeker"), results and PDF, and scans of checklist 1.0.0 (restored from a
 * backup or already stored in the browser) that open in 1.1 with "Wat is er nieuw" shown once.
 * Axe runs on every kind of screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Question } from '../../src/lib/content/checklist-schema.ts';
import { readPdf } from '../fixtures/pdf-inspect.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { createScan, textOf } from './support/scans.ts';

const checklist = loadChecklist();
const scaleOf = (question: Question) => checklist.scales[question.scale]!;
const topLabel = (question: Question) => [...scaleOf(question).options].sort((a, b) => b.score - a.score)[0]!.label;
const lowestLabel = (question: Question) => [...scaleOf(question).options].sort((a, b) => a.score - b.score)[0]!.label;
const FIXTURE_BACKUP = 'tests/fixtures/backups/backup-v1-checklist-1.0.0.json';
const FIXTURE_DB = 'tests/fixtures/storage/db-v2-checklist-1.0.0.json';

async function answer(page: Page, question: Question, phase: Parameters<typeof textOf>[1], label: string, { focused = true } = {}): Promise<void> {
	await expectHeading(page, textOf(question, phase), { focused });
	await page.getByRole('radio', { name: label, exact: true }).check();
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
}

async function downloadPdf(page: Page) {
	const downloadPromise = page.waitForEvent('download');
	await page.getByTestId('download-pdf').click();
	const download = await downloadPromise;
	return readPdf(new Uint8Array(readFileSync((await download.path())!)));
}

test('quick scan: durations and Begrippen, "Weet ik niet" as an unknown risk and an uncertain result, results and PDF', async ({ page, checkPage }) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await expect(page.getByTestId('durations')).toHaveText(
		`De snelle scan duurt ongeveer ${checklist.minutes!.quick} minuten, de volledige scan ongeveer ${checklist.minutes!.full} minuten.`
	);
	await expect(page.getByTestId('glossary').locator('dt')).toHaveText(checklist.glossary!.map((entry) => entry.term));
	await checkPage('start page');

	const phase = 'orienterend';
	await createScan(page, checklist, { organisation: 'Gemeente Snelstad', phase, mode: 'quick' });
	// A scan made with this version has nothing "new" to tell.
	await expect(page.getByTestId('whats-new')).toHaveCount(0);
	await checkPage('task list');
	const quick = checklist.themes.map((theme) => ({ theme, question: theme.questions.find((q) => q.quick)! }));
	await page.getByRole('link', { name: quick[0]!.theme.title }).click();

	// The first question uses "wegbereider" and "ervaringswerker": the Begrippen box explains both.
	await expectHeading(page, textOf(quick[0]!.question, phase));
	const terms = page.getByTestId('glossary-terms');
	await expect(terms.locator('summary')).toContainText('wegbereider');
	await terms.locator('summary').click();
	const wegbereider = checklist.glossary!.find((entry) => entry.id === 'wegbereider')!;
	await expect(terms.getByText(wegbereider.definition)).toBeVisible();
	await checkPage('question with Begrippen open');

	// Risks: the first don't "Weet ik niet", the other "nee". Four extra themes "Weet ik niet", the rest the top:
	// the score alone reaches the top level, the unknown risk caps it.
	const unknownThemes = new Set(quick.filter(({ theme }) => theme.kind === 'extra').slice(0, 4).map(({ theme }) => theme.id));
	const firstDont = quick.find(({ theme }) => theme.kind === 'dont')!;
	for (const { theme, question } of quick) {
		const label = theme.kind === 'dont' ? (question === firstDont.question ? 'Weet ik niet' : topLabel(question)) : unknownThemes.has(theme.id) ? 'Weet ik niet' : topLabel(question);
		// The first question still has the focus on the Begrippen box the test opened.
		await answer(page, question, phase, label, { focused: question !== quick[0]!.question });
	}
	await expectHeading(page, 'Controleer uw antwoorden');
	await page.getByRole('link', { name: 'Bekijk de resultaten' }).click();
	await expectHeading(page, 'Resultaten');

	// 4 of 12 scored answers unknown (33%): the result is uncertain.
	await expect(page.getByTestId('level-uncertain')).toHaveText('onzeker');
	await expect(page.getByTestId('uncertain-note')).toContainText('Bij 33% van de antwoorden koos u ‘Weet ik niet’');
	await expect(page.getByTestId('level')).toContainText('Thema’s met meer gewicht tellen zwaarder mee');
	// The unknown risk is shown as such, and caps the level.
	const unknownRisks = page.getByTestId('unknown-risks');
	await expect(unknownRisks).toContainText('Onbekend risico');
	await expect(unknownRisks).toContainText(textOf(firstDont.question, phase));
	await expect(page.getByTestId('caps')).toContainText(checklist.caps.find((cap) => cap.id === 'onbekend-risico')!.reason.slice(0, 40));
	await expect(page.getByTestId('level')).toContainText(checklist.levels.find((level) => level.id === 'opbouwen')!.label);
	// Each unknown theme says so under its bar, and scores 0 (as low as the lowest answer).
	const notes = page.getByTestId('theme-chart').locator('.app-chart__note');
	await expect(notes).toHaveCount(4);
	await expect(notes.first()).toHaveText('Weet ik niet: 1 van 1 · onzeker');
	const table = page.getByRole('table', { name: 'Score per thema, in procenten' });
	const unknownTitle = checklist.themes.find((theme) => theme.id === [...unknownThemes][0])!.title;
	await expect(table.getByRole('row', { name: new RegExp(unknownTitle) })).toContainText('0% (onzeker)');
	await checkPage('results with unknown answers');

	await page.getByRole('link', { name: 'Naar het actieplan' }).click();
	await expectHeading(page, 'Actieplan');
	await checkPage('plan');
	const pdf = await downloadPdf(page);
	expect(pdf.text).toContain('ONBEKEND RISICO');
	expect(pdf.text).toContain('Uw antwoord: Weet ik niet');
	expect(pdf.text).toContain('onzeker');
	expect(pdf.text).toContain('Weet ik niet: 1 van 1');
	await expect(page.getByTestId('pdf-status')).toContainText('De pdf is klaar');
});

test('full scan: every question of 1.1 answered, every scale on screen, results and PDF', async ({ page, checkPage }) => {
	test.setTimeout(300_000);
	const phase = 'structureel';
	await createScan(page, checklist, { organisation: 'Gemeente Volstad', phase, mode: 'full' });
	await expect(page.getByTestId('progress')).toContainText(`van de ${checklist.themes.reduce((sum, theme) => sum + theme.questions.length, 0)} vragen`);
	const all = checklist.themes.flatMap((theme) => theme.questions.filter((q) => !q.showIn || q.showIn.includes(phase)).map((question) => ({ theme, question })));
	expect(all).toHaveLength(checklist.themes.reduce((sum, theme) => sum + theme.questions.length, 0));

	// A full scan goes theme by theme: each theme ends on its own check page, back to the overview.
	const checked = new Set<string>();
	for (const theme of checklist.themes) {
		await page.getByRole('link', { name: theme.title }).click();
		for (const { question } of all.filter((entry) => entry.theme === theme)) {
			await expectHeading(page, textOf(question, phase));
			// Axe on the first question of every scale, and on a question that offers "Niet van toepassing".
			const key = question.notApplicable ? 'na' : question.scale;
			if (!checked.has(key)) {
				checked.add(key);
				await expect(page.getByRole('radio')).toHaveCount(scaleOf(question).options.length + 1 + (question.notApplicable ? 1 : 0));
				await checkPage(`question with scale ${key}`);
			}
			// The first question (the wegbereider) and one risk get a low answer, so the plan has work in it.
			const low = question === all[0]!.question || question.id === 'x1-bewijs';
			await page.getByRole('radio', { name: low ? lowestLabel(question) : topLabel(question), exact: true }).check();
			await page.getByRole('button', { name: 'Opslaan en verder' }).click();
		}
		await expectHeading(page, `Controleer uw antwoorden: ${theme.title}`);
		if (theme === checklist.themes[0]) await checkPage('theme check page');
		await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
		await expect(page.getByTestId(`task-${theme.id}`)).toContainText('Klaar');
	}
	expect([...checked].sort()).toEqual(['aantal', 'maturity', 'na', 'risk', 'wegbereider', 'yesno']);

	await page.getByRole('link', { name: 'Antwoorden controleren' }).click();
	await expectHeading(page, 'Controleer uw antwoorden');
	await expect(page.getByTestId('all-answered')).toBeVisible();
	await checkPage('check answers, full scan');
	await page.getByRole('link', { name: 'Bekijk de resultaten' }).click();
	await expectHeading(page, 'Resultaten');
	await expect(page.getByTestId('results-partial')).toHaveCount(0);
	await expect(page.getByTestId('level-uncertain')).toHaveCount(0);
	// A risk flag caps the level at "Opbouwen"; the wegbereider answered "Niemand" caps it at "Voorbereiden".
	await expect(page.getByTestId('level')).toContainText('Voorbereiden');
	await expect(page.getByTestId('risks').locator('.app-flag')).toHaveCount(1);
	await checkPage('results, full scan');

	await page.getByRole('link', { name: 'Naar het actieplan' }).click();
	await expectHeading(page, 'Actieplan');
	const actions = page.getByTestId('plan-action');
	await expect(actions.first()).toContainText('Valkuil');
	await checkPage('plan, full scan');
	const pdf = await downloadPdf(page);
	expect(pdf.text).toContain('Voorbereiden');
	expect(pdf.numPages).toBeGreaterThan(3);
	for (const theme of checklist.themes) expect(pdf.bodyText.replace(/\s+/g, ' ')).toContain(theme.title.slice(0, 25));
});

test('a 1.0.0 backup restores into 1.1: what is new is shown once, unmapped answers are kept aside', async ({ page, checkPage }) => {
	await page.goto('/');
	await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles(FIXTURE_BACKUP);
	await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
	await expect(page.getByTestId('home-notice')).toContainText('Gemeente Fixturestad');
	await expect(page.getByTestId('restore-warnings')).toContainText('versie 1.0.0');
	await page.getByTestId('scan-item').getByRole('link', { name: /Doorgaan/ }).click();

	const news = page.getByTestId('whats-new');
	await expect(news.getByRole('heading')).toHaveText('Wat is er nieuw in versie 1.1');
	await expect(news.locator('li')).toHaveText(checklist.whatsNew![0]!.items);
	await checkPage('task list with what is new');

	await page.getByRole('link', { name: 'Antwoorden controleren' }).click();
	await expectHeading(page, 'Controleer uw antwoorden');
	// The removed question keeps its answer and note, under its 1.0.0 wording.
	await expect(page.getByText(checklist.migrations![0]!.previous!['e6-kaders']!.text!)).toBeVisible();
	await checkPage('check page with answers from an earlier version');

	await page.getByRole('link', { name: 'Terug naar het overzicht' }).first().click();
	await expect(page.getByTestId('progress')).toBeVisible();
	await expect(news).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('progress')).toBeVisible();
	await expect(news).toHaveCount(0);
});

test('a 1.0.0 scan stored in this browser opens in 1.1 with its answers mapped and the news shown once', async ({ page }) => {
	const dump = JSON.parse(readFileSync(FIXTURE_DB, 'utf8')) as { stores: Record<string, { records: unknown[] }> };
	await page.goto('/');
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	// The start page is drawn before the app has opened its database; Mijn scans shows once it has.
	await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	// Put the records an earlier release wrote straight into the app's database.
	await page.evaluate(async (stores) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kwartiermaker');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction(Object.keys(stores), 'readwrite');
		for (const [name, store] of Object.entries(stores)) for (const record of store.records) tx.objectStore(name).put(record);
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, dump.stores);
	await page.reload();
	const item = page.getByTestId('scan-item').filter({ hasText: 'Gemeente Fixturestad' });
	await expect(item).toHaveCount(1);
	const href = await item.getByRole('link', { name: /Doorgaan/ }).getAttribute('href');
	const scanId = /#\/scan\/([0-9a-f-]{36})/.exec(href ?? '')![1]!;
	await page.goto(`/#/scan/${scanId}`);
	await expect(page.getByTestId('whats-new')).toBeVisible();

	// e4-veranderd was "Geëvalueerd en bijgesteld" (4) in 1.0.0 and is "Ja" now.
	await page.getByRole('link', { name: 'Antwoorden controleren' }).click();
	await expectHeading(page, 'Controleer uw antwoorden');
	await expect(page.getByTestId('answer-e4-veranderd')).toContainText('Ja');

	await page.goto(`/#/scan/${scanId}`);
	await expect(page.getByTestId('progress')).toBeVisible();
	await expect(page.getByTestId('whats-new')).toHaveCount(0);
});
