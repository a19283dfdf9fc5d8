import { readFileSync } from 'node:fs';
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';

const checklist = loadChecklist();
const PHASE = 'eerste';
const quick = checklist.themes.flatMap((theme) => theme.questions.filter((q) => q.quick).map((question) => ({ theme, question })));

test('finish a scan, see results, edit the plan, reload, and download the PDF', async ({ page, checkPage }) => {
	test.setTimeout(120_000);
	const scriptRequests: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scriptRequests.push(request.url());
	});

	await page.goto('/#/nieuw');
	await page.getByLabel('Naam van de gemeente of organisatie').fill('Gemeente Planstad ’s-Hertogenbosch');
	await page.getByRole('radio', { name: checklist.phases.find((p) => p.id === PHASE)!.label }).check();
	await page.getByRole('radio', { name: 'Snelle scan' }).check();
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expectHeading(page, 'Gemeente Planstad ’s-Hertogenbosch');
	await page.getByRole('link', { name: quick[0]!.theme.title }).click();

	// Low answers everywhere (so actions are proposed), one "Weet ik niet", risks answered "ja".
	for (const [index, { question }] of quick.entries()) {
		await expect(page.locator('main h1')).toHaveText(question.textByPhase?.[PHASE] ?? question.text);
		const scale = checklist.scales[question.scale]!;
		const lowest = [...scale.options].sort((a, b) => a.score - b.score)[0]!;
		const label = index === 2 ? 'Weet ik niet' : lowest.label;
		await page.getByRole('radio', { name: label, exact: true }).check();
		await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	}
	await expectHeading(page, 'Controleer uw antwoorden');
	await page.getByRole('link', { name: 'Bekijk de resultaten' }).click();

	await expectHeading(page, 'Resultaten');
	const level = page.getByTestId('level');
	await expect(level).toContainText(checklist.levels[0]!.label);
	// Risk flags come before the theme scores.
	const risks = page.getByTestId('risks');
	await expect(risks.locator('.app-flag').first()).toBeVisible();
	const riskBox = await risks.boundingBox();
	const chartBox = await page.getByTestId('theme-chart').boundingBox();
	expect(riskBox!.y).toBeLessThan(chartBox!.y);
	await expect(page.getByTestId('gaps')).toContainText(quick[2]!.question.textByPhase?.[PHASE] ?? quick[2]!.question.text);
	// The chart has a table alternative with every scored theme.
	await expect(page.locator('table caption')).toHaveText('Score per thema, in procenten');
	await checkPage('results');
	expect(scriptRequests.some((url) => /jspdf|autotable|html2canvas/i.test(url))).toBe(false);

	await page.getByRole('link', { name: 'Naar het actieplan' }).click();
	await expectHeading(page, 'Actieplan');
	const actions = page.getByTestId('plan-action');
	await expect(actions.first()).toBeVisible();
	expect(await actions.count()).toBeGreaterThan(5);
	// Risks first: the first action is a "Valkuil".
	await expect(actions.first()).toContainText('Valkuil');
	// Every question answered: no warning that the plan rests on the answers so far.
	await expect(page.getByTestId('plan-unfinished')).toHaveCount(0);
	await checkPage('plan');

	// Edit the first action's owner and deadline.
	const firstTitle = (await actions.first().locator('h2').innerText()).replace(/^1\.\s*/, '');
	await actions.first().getByRole('button', { name: `Bewerken actie: ${firstTitle}` }).click();
	await expect(page.locator('#edit-heading')).toBeFocused();
	await page.getByLabel('Eigenaar').fill('Teamleider Wmo');
	// The GOV.UK date input: typed as people say a date.
	await page.getByLabel('Dag', { exact: true }).fill('31');
	await page.getByLabel('Maand', { exact: true }).fill('3');
	await page.getByLabel('Jaar', { exact: true }).fill('2027');
	await page.getByRole('radio', { name: 'Bezig' }).check();
	await checkPage('plan edit form');
	await page.getByRole('button', { name: 'Actie opslaan' }).click();
	await expect(actions.first().getByTestId('action-owner')).toHaveText('Teamleider Wmo');
	await expect(actions.first().getByTestId('action-deadline')).toHaveText('31 maart 2027');
	await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

	// Errors get an error summary that takes focus; a date that cannot be read is never dropped silently.
	const secondDeadline = await actions.nth(1).getByTestId('action-deadline').innerText();
	await actions.nth(1).getByRole('button', { name: /^Bewerken/ }).click();
	await page.getByLabel('Titel van de actie', { exact: true }).fill('');
	await page.getByLabel('Dag', { exact: true }).fill('31');
	await page.getByLabel('Maand', { exact: true }).fill('4');
	await page.getByLabel('Jaar', { exact: true }).fill('2027');
	await page.getByRole('button', { name: 'Actie opslaan' }).click();
	const summary = page.locator('.app-error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('De deadline moet een echte datum zijn');
	await expect(page.locator('#action-deadline-day')).toHaveAttribute('aria-invalid', 'true');
	await checkPage('plan edit with errors');
	// The summary's link goes to the first box to correct.
	await summary.getByRole('link', { name: 'De deadline moet een echte datum zijn' }).click();
	await expect(page.locator('#action-deadline-day')).toBeFocused();
	// Only a day typed: the month is asked for, and only its box is marked.
	await page.getByLabel('Titel van de actie', { exact: true }).fill('Iets anders');
	await page.getByLabel('Maand', { exact: true }).fill('');
	await page.getByLabel('Jaar', { exact: true }).fill('');
	await page.getByRole('button', { name: 'Actie opslaan' }).click();
	await expect(summary).toContainText('De deadline moet een maand bevatten');
	await expect(page.locator('#action-deadline-month')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#action-deadline-day')).not.toHaveAttribute('aria-invalid', 'true');
	await page.getByRole('button', { name: 'Annuleren' }).click();
	// Nothing was saved: the action is as it was.
	await expect(actions.nth(1).getByTestId('action-deadline')).toHaveText(secondDeadline);
	await expect(actions.nth(1)).not.toContainText('Iets anders');

	// Add a custom action and move it up.
	await page.getByRole('button', { name: 'Eigen actie toevoegen' }).click();
	await page.getByLabel('Titel van de actie', { exact: true }).fill('Wethouder informeren over de scan');
	await page.getByRole('button', { name: 'Actie opslaan' }).click();
	const count = await actions.count();
	await expect(actions.nth(count - 1)).toContainText('Wethouder informeren over de scan');
	await actions.nth(count - 1).getByRole('button', { name: 'Omhoog actie: Wethouder informeren over de scan' }).click();
	await expect(actions.nth(count - 2)).toContainText('Wethouder informeren over de scan');
	await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

	await page.reload();
	await expectHeading(page, 'Actieplan', { focused: false });
	await expect(actions.first().getByTestId('action-owner')).toHaveText('Teamleider Wmo');
	await expect(actions.first().getByTestId('action-deadline')).toHaveText('31 maart 2027');
	await expect(actions.first()).toContainText('Bezig');
	await expect(actions.nth(count - 2)).toContainText('Wethouder informeren over de scan');

	// The PDF: jsPDF loads only now, and the download is a real PDF with the right name.
	expect(scriptRequests.some((url) => /jspdf/i.test(url))).toBe(false);
	const downloadPromise = page.waitForEvent('download');
	await page.getByTestId('download-pdf').click();
	const download = await downloadPromise;
	const today = new Date().toISOString().slice(0, 10);
	expect(download.suggestedFilename()).toBe(`kwartiermaken-actieplan-gemeente-planstad-s-hertogenbosch-${today}.pdf`);
	const bytes = readFileSync((await download.path())!);
	expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	expect(bytes.length).toBeGreaterThan(20_000);
	await expect(page.getByTestId('pdf-status')).toContainText('De pdf is klaar');
	expect(scriptRequests.some((url) => /jspdf/i.test(url))).toBe(true);
});

test('print hides navigation and keeps the results readable', async ({ page }) => {
	await page.goto('/#/scan/demo/resultaten');
	await expectHeading(page, 'Resultaten', { focused: false });
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.app-header')).toBeHidden();
	await expect(page.locator('.app-back-link')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Naar het actieplan' })).toBeHidden();
	await expect(page.getByTestId('level')).toBeVisible();
	await expect(page.getByTestId('theme-chart')).toBeVisible();
});

test('a half-finished scan shows results for what is answered and names what is missing', async ({ page, checkPage }) => {
	await page.goto('/#/scan/demo/resultaten');
	await expectHeading(page, 'Resultaten', { focused: false });
	// The demo is a full scan in phase "eerste".
	const inScope = checklist.themes.flatMap((theme) => theme.questions).filter((q) => !q.showIn || q.showIn.includes('eerste')).length;
	await expect(page.getByTestId('results-partial')).toContainText(`van de ${inScope} vragen beantwoord`);
	const missing = page.getByTestId('results-missing').locator('li');
	expect(await missing.count()).toBeGreaterThan(0);
	await expect(missing.first()).toContainText(/open vra(ag|gen)/);
	await expect(page.getByTestId('level')).toContainText('voorlopig');
	await checkPage('partial results');
});
