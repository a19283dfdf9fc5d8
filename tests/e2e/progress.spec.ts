/**
 * Scan herhalen and Voortgang (issue 12, items 3 and 4): finish a scan, repeat it with the earlier answers,
 * change three answers, and see the progress view (the three changes, the theme scores then and now) and
 * its section in the PDF. Axe runs on every new screen, in Dutch and in English.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readPdf, squash } from '../fixtures/pdf-inspect.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { createScan, saveStatus, textOf } from './support/scans.ts';

const checklist = loadChecklist();
const PHASE = 'eerste';
const ORGANISATION = 'Gemeente Herhaalstad';
const quick = checklist.themes.flatMap((theme) =>
	theme.questions.filter((q) => q.quick && (!q.showIn || q.showIn.includes(PHASE))).map((question) => ({ theme, question }))
);
/** Three maturity questions of different themes: these answers change in the repeat. */
const changed = quick
	.filter(({ theme }) => theme.kind !== 'dont')
	.filter(({ theme }, index, all) => all.findIndex((entry) => entry.theme.id === theme.id) === index)
	.slice(0, 3);
const UUID = /#\/scan\/([0-9a-f-]{36})/;

function options(questionId: string) {
	const question = quick.find((entry) => entry.question.id === questionId)!.question;
	return checklist.scales[question.scale]!.options;
}
/** The second option of each scale: low but not the lowest, so every theme has a score below the top. */
const earlierLabel = (questionId: string) => options(questionId)[1]!.label;
const topLabel = (questionId: string) => [...options(questionId)].sort((a, b) => b.score - a.score)[0]!.label;

/** Sideways overflow at 320 CSS pixels (WCAG 1.4.10 reflow) and controls smaller than 44 px; the viewport is put back. */
async function reflowProblems(page: Page): Promise<{ overflow: number; small: string[] }> {
	const before = page.viewportSize();
	await page.setViewportSize({ width: 320, height: 640 });
	const result = await page.evaluate(() => ({
		overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
		small: [...document.querySelectorAll<HTMLElement>('main button, main input[type=radio], main .app-button, main .app-back-link, main .app-progress-links a')]
			.filter((element) => element.offsetParent !== null)
			.filter((element) => element.getBoundingClientRect().height < 43.5 || element.getBoundingClientRect().width < 43.5)
			.map((element) => (element.textContent ?? '').trim().slice(0, 40))
	}));
	if (before) await page.setViewportSize(before);
	return result;
}

async function switchLanguage(page: Page, name: 'English' | 'Nederlands') {
	await page.getByTestId('language-switch').getByRole('button', { name }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', name === 'English' ? 'en' : 'nl');
}

test('repeat a finished scan with its answers, change three, and see the progress on screen and in the PDF', async ({ page, checkPage }) => {
	test.setTimeout(180_000);
	expect(changed).toHaveLength(3);

	// --- the earlier scan, finished, with a plan -----------------------------------------------
	const earlierId = await createScan(page, checklist, { organisation: ORGANISATION, phase: PHASE, mode: 'quick' });
	await page.getByRole('link', { name: quick[0]!.theme.title }).click();
	for (const { question } of quick) {
		await expect(page.locator('main h1')).toHaveText(textOf(question, PHASE));
		await page.getByRole('radio', { name: earlierLabel(question.id), exact: true }).check();
		await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	}
	await expectHeading(page, 'Controleer uw antwoorden');
	await page.getByRole('link', { name: 'Bekijk de resultaten' }).click();
	await expectHeading(page, 'Resultaten');
	await page.getByRole('link', { name: 'Naar het actieplan' }).click();
	await expectHeading(page, 'Actieplan');
	await expect(page.getByTestId('plan-action').first()).toBeVisible();
	await page.goto(`/#/scan/${earlierId}/resultaten`);
	await expectHeading(page, 'Resultaten', { focused: false });

	// --- Scan herhalen ---------------------------------------------------------------------------
	await expect(page.getByTestId('progress-links')).toBeVisible();
	await page.getByTestId('repeat-link').click();
	await expectHeading(page, 'Scan herhalen');
	await expect(page.getByTestId('repeat-earlier')).toContainText(`${quick.length} van de ${quick.length} vragen`);
	await checkPage('repeat');
	expect(await reflowProblems(page)).toEqual({ overflow: 0, small: [] });
	// Without a choice: an error summary that names the field.
	await page.getByTestId('repeat-submit').click();
	await expect(page.locator('.app-error-summary')).toContainText('Kies hoe u de nieuwe scan wilt beginnen.');
	await expect(page.locator('.app-error-summary')).toBeFocused();
	await checkPage('repeat with an error');
	await switchLanguage(page, 'English');
	await expectHeading(page, 'Repeat the scan', { focused: false });
	await checkPage('repeat in English');
	await switchLanguage(page, 'Nederlands');
	await page.getByRole('radio', { name: 'Beginnen met de antwoorden van de vorige scan' }).check();
	await page.getByTestId('repeat-submit').click();

	// The new scan opens at its profile, copied from the earlier one.
	await expectHeading(page, 'Gegevens van de scan');
	await expect(page).toHaveURL(/\/profiel$/);
	const currentId = UUID.exec(page.url())![1]!;
	expect(currentId).not.toBe(earlierId);
	await expect(page.getByLabel('Naam van de gemeente of organisatie')).toHaveValue(ORGANISATION);
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expectHeading(page, ORGANISATION);
	// Every answer came along, to be checked.
	await expect(page.getByTestId('progress')).toContainText(`${quick.length} van de ${quick.length}`);
	await expect(page.getByTestId('copied-answers')).toContainText(`${quick.length} antwoorden komen nog uit de vorige scan`);
	await checkPage('task list of the repeat');
	expect((await reflowProblems(page)).small).toEqual([]);

	// --- change three answers --------------------------------------------------------------------
	for (const { question } of changed) {
		await page.goto(`/#/scan/${currentId}/vraag/${question.id}`);
		await expectHeading(page, textOf(question, PHASE), { focused: false });
		await expect(page.getByRole('radio', { name: earlierLabel(question.id), exact: true })).toBeChecked();
		// Marked as copied until it is changed or confirmed.
		await expect(page.getByTestId('copied-answer')).toContainText('Uit de vorige scan');
		await page.getByRole('radio', { name: topLabel(question.id), exact: true }).check();
		await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'saved');
		await expect(page.getByTestId('copied-answer')).toHaveCount(0);
	}
	// A fourth copied answer is confirmed as it is: no longer marked, and not a change.
	const confirmedQuestion = quick.find(({ question }) => !changed.some((entry) => entry.question.id === question.id))!.question;
	await page.goto(`/#/scan/${currentId}/vraag/${confirmedQuestion.id}`);
	await expectHeading(page, textOf(confirmedQuestion, PHASE), { focused: false });
	await expect(page.getByTestId('copied-answer')).toBeVisible();
	await checkPage('question with a copied answer');
	await page.getByRole('button', { name: 'Dit klopt nog' }).click();
	await expect(page.getByTestId('copied-answer')).toHaveCount(0);
	await expect(page.getByTestId('copied-answer-status')).toHaveText('U heeft het antwoord bevestigd.');
	await expect(page.getByRole('radio', { name: earlierLabel(confirmedQuestion.id), exact: true })).toBeFocused();
	await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'saved');
	await page.goto(`/#/scan/${currentId}`);
	await expectHeading(page, ORGANISATION, { focused: false });
	await expect(page.getByTestId('copied-answers')).toContainText(`${quick.length - 4} antwoorden komen nog uit de vorige scan`);

	// --- the progress view -----------------------------------------------------------------------
	await page.getByTestId('progress-link').click();
	await expectHeading(page, 'Voortgang');
	const comparison = page.getByTestId('progress-comparison');
	await expect(comparison).toBeVisible();
	// The scan it repeats is chosen already.
	await expect(page.getByRole('radio', { name: new RegExp(`^${ORGANISATION}, laatst gewijzigd op`) })).toBeChecked();
	const answers = page.getByTestId('progress-answers').locator('tbody tr');
	await expect(answers).toHaveCount(3);
	for (const { question } of changed) {
		const row = page.getByTestId(`progress-answer-${question.id}`);
		await expect(row.locator('th')).toContainText(textOf(question, PHASE));
		await expect(row.locator('td').nth(0)).toHaveText(earlierLabel(question.id));
		await expect(row.locator('td').nth(1)).toHaveText(topLabel(question.id));
	}
	// Theme scores then and now: each changed theme went up.
	for (const { theme } of changed) {
		const row = page.getByTestId(`progress-theme-${theme.id}`);
		await expect(row.locator('th')).toHaveText(theme.title);
		await expect(row.locator('td').nth(0)).toContainText('%');
		await expect(row.locator('td').nth(1)).toContainText('%');
		await expect(row.locator('td').nth(2)).toContainText('procentpunt hoger');
	}
	// The earlier plan's actions, with their status.
	await expect(page.getByTestId('progress-actions').locator('tbody tr').first()).toContainText('Nog niet begonnen');
	await checkPage('progress');
	expect(await reflowProblems(page)).toEqual({ overflow: 0, small: [] });
	await switchLanguage(page, 'English');
	await expectHeading(page, 'Progress', { focused: false });
	await expect(page.getByTestId('progress-answers').locator('thead')).toContainText('Question');
	await checkPage('progress in English');
	await switchLanguage(page, 'Nederlands');
	await expectHeading(page, 'Voortgang', { focused: false });

	// --- the PDF of the repeated scan has the progress section -----------------------------------
	await page.goto(`/#/scan/${currentId}/actieplan`);
	await expectHeading(page, 'Actieplan', { focused: false });
	await expect(page.getByTestId('plan-action').first()).toBeVisible();
	const downloadPromise = page.waitForEvent('download');
	await page.getByTestId('download-pdf').click();
	const download = await downloadPromise;
	await expect(page.getByTestId('pdf-status')).toContainText('De pdf is klaar');
	const text = squash((await readPdf(new Uint8Array(readFileSync((await download.path())!)))).text);
	expect(text).toContain(squash('Voortgang sinds de vorige scan'));
	expect(text).toContain(squash(`Vergeleken met de scan van ${ORGANISATION}`));
	expect(text).toContain(squash('Antwoorden die veranderd zijn'));
	for (const { question, theme } of changed) {
		expect(text).toContain(squash(textOf(question, PHASE)));
		expect(text).toContain(squash(topLabel(question.id)));
		expect(text).toContain(squash(theme.title));
	}
	expect(text).toContain(squash('Acties uit het vorige actieplan'));
});

test('a scan that repeats nothing can still be compared with a scan the user picks; an empty device says there is nothing', async ({
	page,
	checkPage
}) => {
	const first = await createScan(page, checklist, { organisation: 'Gemeente Eén', phase: PHASE, mode: 'quick' });
	await page.goto(`/#/scan/${first}/voortgang`);
	await expectHeading(page, 'Voortgang', { focused: false });
	await expect(page.getByTestId('progress-none')).toContainText('Er staat geen andere scan op dit apparaat');
	await checkPage('progress without other scans');

	const second = await createScan(page, checklist, { organisation: 'Gemeente Twee', phase: PHASE, mode: 'quick' });
	await page.goto(`/#/scan/${second}/voortgang`);
	await expectHeading(page, 'Voortgang', { focused: false });
	await page.getByTestId('progress-compare').click();
	await expect(page.locator('.app-error-summary')).toContainText('Kies een scan om mee te vergelijken.');
	await checkPage('progress with an error');
	await page.getByRole('radio', { name: /^Gemeente Eén, laatst gewijzigd op/ }).check();
	await page.getByTestId('progress-compare').click();
	await expect(page.getByTestId('progress-other-organisation')).toContainText('Gemeente Eén');
	await expect(page.getByTestId('progress-comparison')).toContainText('Er zijn geen antwoorden veranderd.');
	await checkPage('progress with another organisation');
});
