/**
 * Share links in a real browser: a scan goes into a link (after `#`, so never to a server), another
 * browser opens it, sees what it holds and adds it as a new scan; a tampered, cut-off or foreign link
 * changes nothing; a scan too large for a link is offered as a backup file.
 */
import { otherBrowser } from './support/other-browser.ts';
import type { Page } from '@playwright/test';
import type { PhaseId } from '../../src/lib/content/checklist-schema.ts';
import { expect, expectHeading, expectNoAxeViolations, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { answerQuestion, createScan, optionId, optionLabel, questionsInScope, readDatabase } from './support/scans.ts';

const checklist = loadChecklist();
const PHASE: PhaseId = 'eerste';
const questions = questionsInScope(checklist, 'quick', PHASE);
const [q0, q1] = [questions[0]!, questions[1]!];
/** Markup and quotes in a note must come through as literal text. */
const MARKUP_NOTE = '<b>vet</b> & <img src=x onerror="alert(1)"> “aanhalingstekens”';


/** Makes the share link on the task list of a scan; returns it as shown in the field. */
async function makeLink(page: Page, scanId: string): Promise<string> {
	await page.goto(`/#/scan/${scanId}`);
	await page.getByTestId('share-link-button').click();
	const field = page.getByLabel('Link naar deze scan');
	await expect(field).toBeVisible();
	return field.inputValue();
}

/** Replaces the character in the middle of a link's data by another base64url character. */
function tamper(link: string): string {
	const at = link.indexOf('#/ontvang/1.') + 12 + Math.floor((link.length - link.indexOf('#/ontvang/1.') - 12) / 2);
	const replacement = link[at] === 'A' ? 'B' : 'A';
	return `${link.slice(0, at)}${replacement}${link.slice(at + 1)}`;
}

test('a scan travels in a link: the other browser sees what it holds, adds it on request, and a reload adds nothing', async ({
	page,
	context,
	browser,
	baseURL,
	checkPage
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const scanId = await createScan(page, checklist, { organisation: 'Gemeente Deelstad', phase: PHASE, mode: 'quick' });
	await answerQuestion(page, { scanId, question: q0, phase: PHASE, label: optionLabel(checklist, q0, 1), note: MARKUP_NOTE });
	await answerQuestion(page, { scanId, question: q1, phase: PHASE, label: optionLabel(checklist, q1, 2), note: 'Tweede toelichting' });

	const link = await makeLink(page, scanId);
	await expect(page.getByTestId('share-link-copied')).toHaveText('De link is gekopieerd. Plak hem in een e-mail of chatbericht.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	expect(link.startsWith(`${baseURL}/#/ontvang/1.`)).toBe(true);
	expect(link.length).toBeLessThanOrEqual(8000);
	test.info().annotations.push({ type: 'share link length (quick scan, 2 answers)', description: String(link.length) });
	await checkPage('task list with a share link');
	// The long link stays inside its field at 320 px.
	await page.setViewportSize({ width: 320, height: 640 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	expect((await page.getByLabel('Link naar deze scan').boundingBox())!.height).toBeGreaterThanOrEqual(43.5);
	await page.setViewportSize({ width: 1280, height: 720 });

	// Someone else opens the link in their own browser.
	const other = await otherBrowser(browser, baseURL);
	const receiver = other.page;
	await receiver.goto(link);
	await expectHeading(receiver, 'Scan uit een link', { focused: false });
	// The data left the address at once: not in the address bar, not in the history entry.
	await expect.poll(() => receiver.evaluate(() => location.hash)).toBe('#/ontvang');
	const summary = receiver.getByTestId('receive-summary');
	await expect(summary).toContainText('Gemeente Deelstad');
	await expect(summary).toContainText('Snelle scan');
	await expect(summary).toContainText(checklist.version);
	await expect(receiver.getByTestId('receive-answers')).toHaveText(`2 van ${questions.length}`);
	await expect(receiver.getByTestId('receive-actions')).toHaveText('Nog geen actieplan');
	await expectNoAxeViolations(receiver, 'receive page');
	expect((await readDatabase(receiver))?.scans ?? [], 'nothing stored before the user chose').toEqual([]);

	await receiver.getByRole('button', { name: 'Toevoegen als nieuwe scan' }).click();
	await expect(receiver.getByTestId('receive-added')).toHaveText('De scan ‘Gemeente Deelstad’ is toegevoegd.');
	await expect(receiver.getByTestId('receive-added')).toBeFocused();
	await receiver.getByRole('link', { name: 'Open de scan' }).click();
	await expectHeading(receiver, 'Gemeente Deelstad');
	await receiver.getByRole('link', { name: 'Antwoorden controleren' }).click();
	await expectHeading(receiver, 'Controleer uw antwoorden');
	await expect(receiver.getByTestId(`answer-${q0.id}`)).toContainText(MARKUP_NOTE);
	await expect(receiver.getByTestId(`answer-${q1.id}`)).toContainText('Tweede toelichting');
	const stored = await readDatabase(receiver);
	expect(stored!.scans.map((scan) => scan.profile.organisation)).toEqual(['Gemeente Deelstad']);
	expect(stored!.answers.find((a) => a.questionId === q0.id)).toMatchObject({ value: optionId(checklist, q0, 1), note: MARKUP_NOTE });

	// Back in the history to the receive page, then reload: the history entry holds no data, so
	// nothing can be added twice.
	await receiver.goBack();
	await receiver.goBack();
	await expect.poll(() => receiver.evaluate(() => location.hash)).toBe('#/ontvang');
	await expect(receiver.getByTestId('receive-empty')).toBeVisible();
	await receiver.reload();
	await expect(receiver.getByTestId('receive-empty')).toBeVisible();
	expect((await readDatabase(receiver))!.scans).toHaveLength(1);
	expect(await receiver.evaluate(() => document.querySelectorAll('img[src="x"], main b').length), 'markup rendered as HTML').toBe(0);
	expect(other.errors).toEqual([]);
	await other.context.close();

	// Opening the link where the scan already exists never overwrites it: a copy comes next to it.
	await page.goto(link);
	await expectHeading(page, 'Scan uit een link', { focused: false });
	await page.getByRole('button', { name: 'Toevoegen als nieuwe scan' }).click();
	await expect(page.getByTestId('receive-added')).toContainText('Gemeente Deelstad (teruggezet)');
	await page.getByRole('link', { name: 'Naar Mijn scans' }).click();
	await expect(page.getByTestId('scan-item')).toHaveCount(2);
	await expect(page.getByTestId('scan-item').filter({ hasText: 'Gemeente Deelstad (teruggezet)' })).toHaveCount(1);
});

test('"Niet toevoegen" stores nothing', async ({ page, browser, baseURL }) => {
	const scanId = await createScan(page, checklist, { organisation: 'Gemeente Nee', phase: PHASE, mode: 'quick' });
	const link = await makeLink(page, scanId);
	const other = await otherBrowser(browser, baseURL);
	await other.page.goto(link);
	await other.page.getByRole('button', { name: 'Niet toevoegen' }).click();
	await expect(other.page.getByTestId('receive-declined')).toHaveText('De scan is niet toegevoegd. Er is niets veranderd.');
	await other.page.getByRole('link', { name: 'Naar Mijn scans' }).click();
	await expect(other.page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	expect((await readDatabase(other.page))?.scans ?? []).toEqual([]);
	expect(other.errors).toEqual([]);
	await other.context.close();
});

test('a tampered, cut-off or foreign link gets a clear Dutch message and changes nothing', async ({ page, checkPage }) => {
	const scanId = await createScan(page, checklist, { organisation: 'Gemeente Heel', phase: PHASE, mode: 'quick' });
	await answerQuestion(page, { scanId, question: q0, phase: PHASE, label: optionLabel(checklist, q0, 1), note: 'Blijft staan' });
	const link = await makeLink(page, scanId);
	const before = await readDatabase(page);

	const cases: Array<[string, string, RegExp]> = [
		['tampered', tamper(link), /beschadigd of niet compleet/],
		['cut off', link.slice(0, link.length - 40), /beschadigd of niet compleet/],
		['a newer format', link.replace('#/ontvang/1.', '#/ontvang/7.'), /nieuwere versie/],
		['foreign', link.replace('#/ontvang/1.', '#/ontvang/x.'), /geen link naar een scan van Kwartiermaker/]
	];
	for (const [label, url, message] of cases) {
		await page.goto('about:blank');
		await page.goto(url);
		await expectHeading(page, 'Scan uit een link', { focused: false });
		const error = page.getByTestId('receive-error');
		await expect(error, label).toContainText('Deze link kan niet worden gebruikt');
		await expect(error, label).toContainText(message);
		await expect(page.getByRole('button', { name: 'Toevoegen als nieuwe scan' })).toHaveCount(0);
		await expect.poll(() => page.evaluate(() => location.hash), label).toBe('#/ontvang');
		if (label === 'tampered') await checkPage('receive page with a tampered link');
	}
	expect(await readDatabase(page), 'storage unchanged').toEqual(before);
	await page.goto('/');
	await expect(page.getByTestId('scan-item')).toHaveCount(1);
});

test('a scan too large for a link is offered as a backup file instead', async ({ page, checkPage }) => {
	// A full scan with a long, varied note on every question, restored from a backup file.
	const all = checklist.themes.flatMap((theme) => theme.questions);
	let seed = 7;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const words = ['wethouder', 'budget', 'ervaringswerker', 'team', 'regio', 'cliëntenraad', 'evaluatie', 'nota', 'inwerken', 'coaching'];
	const note = () => Array.from({ length: 45 }, () => `${words[Math.floor(random() * words.length)]}${Math.floor(random() * 1000)}`).join(' ');
	const now = '2026-11-24T10:00:00.000Z';
	const backup = {
		type: 'kwartiermaker-backup',
		version: 1,
		source: 'Kwartiermaker',
		createdAt: now,
		scans: [
			{
				id: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
				schemaVersion: 1,
				checklistId: checklist.id,
				checklistVersion: checklist.version,
				mode: 'full',
				profile: { organisation: 'Gemeente Grootstad', filledInBy: '', role: '', phase: 'structureel', focusAreas: [] },
				answers: Object.fromEntries(all.map((q, i) => [q.id, { value: optionId(checklist, q, i), note: note(), updatedAt: now }])),
				plan: null,
				createdAt: now,
				updatedAt: now
			}
		]
	};
	await page.goto('/');
	await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles({
		name: 'groot.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
	await expect(page.getByTestId('home-notice')).toContainText('Gemeente Grootstad');

	await page.goto(`/#/scan/${backup.scans[0]!.id}`);
	await expectHeading(page, 'Gemeente Grootstad', { focused: false });
	await page.getByTestId('share-link-button').click();
	const tooLarge = page.getByTestId('share-link-too-large');
	await expect(tooLarge).toContainText('Deze scan is te groot voor een link');
	await expect(tooLarge).toContainText('de grens is 8.000');
	await expect(page.getByLabel('Link naar deze scan')).toHaveCount(0);
	await checkPage('task list with a scan too large for a link');
	const download = page.waitForEvent('download');
	await tooLarge.getByRole('button', { name: 'Reservekopie downloaden' }).click();
	expect((await download).suggestedFilename()).toMatch(/^kwartiermaken-reservekopie-gemeente-grootstad-\d{4}-\d{2}-\d{2}\.json$/);
});
