/**
 * The action plan page: the overview that links to every action, "Eigen actie toevoegen" from the top, the
 * warning on an unfinished scan, "Waarom deze actie" with the answer and explanation typed on the question
 * page, the add form's error text, and axe, 44 px targets and reflow in both languages at 1280 and 320 px.
 */
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { answerQuestion, createScan, textOf } from './support/scans.ts';
import { sidewaysOverflow, smallTargets } from './support/reflow.ts';

const checklist = loadChecklist();
const PHASE = 'eerste';
const SHOTS = process.env.KM_OUT ?? 'test-results';

/** A quick question of a "do" theme whose lowest answer proposes an action. */
const source = (() => {
	for (const theme of checklist.themes) {
		if (theme.kind === 'dont') continue;
		for (const question of theme.questions) {
			if (!question.quick || (question.showIn && !question.showIn.includes(PHASE))) continue;
			const lowest = [...checklist.scales[question.scale]!.options].sort((a, b) => a.score - b.score)[0]!;
			const action = question.actions.find((item) => item.for.includes(lowest.id));
			if (action) return { question, lowest, action };
		}
	}
	throw new Error('no quick question proposes an action for its lowest answer');
})();

/** The plan's own stand-alone links, checked for 44 px besides the controls every page has. */
const PLAN_LINKS = '.app-plan-overview__title a, [data-testid=add-from-top], .app-plan__back';

test('the overview lists every action and each link moves focus to that action’s details', async ({ page, checkPage }) => {
	test.setTimeout(90_000);
	// The demo is a half-finished full scan with a long plan.
	await page.goto('/#/scan/demo/actieplan');
	await expectHeading(page, 'Actieplan', { focused: false });
	const details = page.getByTestId('plan-action');
	const rows = page.getByTestId('overview-row');
	await expect(details.first()).toBeVisible();
	const count = await details.count();
	expect(count).toBeGreaterThan(10);
	await expect(rows).toHaveCount(count);
	await expect(page.getByTestId('plan-overview').locator('caption')).toHaveText(`Het plan heeft ${count} acties. Kies een actie om de details te zien.`);

	// The warning: the plan is based on the answers so far.
	await expect(page.getByTestId('plan-unfinished')).toContainText('Waarschuwing');
	await expect(page.getByTestId('plan-unfinished')).toContainText('U heeft de scan nog niet af');
	await expect(page.getByTestId('plan-unfinished')).toContainText('Dit plan is gemaakt met de antwoorden tot nu toe');

	for (let index = 0; index < count; index++) {
		const title = (await details.nth(index).locator('h2').innerText()).replace(/^\d+\.\s*/, '');
		const link = rows.nth(index).getByRole('link');
		await expect(link).toHaveText(title);
		await link.click();
		const heading = details.nth(index).locator('h2');
		await expect(heading).toBeFocused();
		await expect(heading).toBeInViewport();
		// The row shows the same facts as the details.
		await expect(rows.nth(index).getByTestId('overview-owner')).toContainText((await details.nth(index).getByTestId('action-owner').innerText()).replace('–', 'geen'));
	}
	// The address stays the page's own: the links do not navigate away.
	await expect(page).toHaveURL(/#\/scan\/demo\/actieplan$/);

	// By keyboard: Enter on a link, then back to the overview.
	await rows.nth(2).getByRole('link').focus();
	await page.keyboard.press('Enter');
	await expect(details.nth(2).locator('h2')).toBeFocused();
	await details.nth(2).getByRole('link', { name: 'Terug naar het overzicht' }).click();
	await expect(page.getByRole('heading', { name: 'Overzicht', exact: true })).toBeFocused();
	await checkPage('plan with overview');
});

test('an answer and its explanation lead to an action; own actions join the overview; the form’s error names its label', async ({ page, checkPage }) => {
	test.setTimeout(90_000);
	const scanId = await createScan(page, checklist, { organisation: 'Gemeente Waaromstad', phase: PHASE, mode: 'quick' });
	const note = 'Er is nog niemand aangewezen; de wethouder wil eerst “ervaringen” horen.';
	await answerQuestion(page, { scanId, question: source.question, phase: PHASE, label: source.lowest.label, note });

	await page.goto(`/#/scan/${scanId}/actieplan`);
	await expectHeading(page, 'Actieplan', { focused: false });
	// Only one question answered: the warning says the plan rests on the answers so far.
	await expect(page.getByTestId('plan-unfinished')).toContainText('U heeft de scan nog niet af (1 van de');

	const action = page.getByTestId('plan-action').filter({ has: page.getByRole('heading', { name: source.action.title }) });
	await expect(action).toHaveCount(1);
	const evidence = action.getByTestId('action-evidence');
	await expect(evidence.getByRole('heading', { name: 'Waarom deze actie' })).toBeVisible();
	await expect(evidence.getByTestId('evidence-question')).toHaveText(textOf(source.question, PHASE));
	await expect(evidence.getByTestId('evidence-answer')).toHaveText(source.lowest.label);
	await expect(evidence.getByTestId('evidence-note')).toHaveText(note);
	await checkPage('plan with evidence');

	// "Eigen actie toevoegen" from the top opens the form at the end and puts the focus on it.
	await page.getByTestId('add-from-top').click();
	const formHeading = page.locator('#edit-heading');
	await expect(formHeading).toBeFocused();
	await expect(formHeading).toHaveText('Eigen actie toevoegen');
	await page.getByRole('button', { name: 'Actie opslaan' }).click();
	const summary = page.locator('.app-error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toHaveAttribute('role', 'alert');
	// The label says "Titel van de actie", so the error says "Vul de titel van de actie in".
	const titleField = page.getByLabel('Titel van de actie', { exact: true });
	await expect(titleField).toHaveAttribute('aria-invalid', 'true');
	await expect(summary.getByRole('link')).toHaveText('Vul de titel van de actie in');
	await expect(page.locator('#action-title-error')).toContainText('Vul de titel van de actie in');
	await checkPage('add form with an error');
	await summary.getByRole('link', { name: 'Vul de titel van de actie in' }).click();
	await expect(titleField).toBeFocused();
	await titleField.fill('Wethouder informeren over de scan');
	await page.getByRole('button', { name: 'Actie opslaan' }).click();

	// The new action is in the overview, and its link leads to it.
	const rows = page.getByTestId('overview-row');
	await expect(rows.last().getByRole('link')).toHaveText('Wethouder informeren over de scan');
	await expect(rows.last()).toContainText('Eigen actie');
	await expect(page.getByTestId('plan-action').last().locator('h2')).toBeFocused();
	await expect(page.getByTestId('plan-action').last().getByTestId('action-evidence')).toHaveCount(0);
	await page.getByRole('heading', { name: 'Overzicht', exact: true }).scrollIntoViewIfNeeded();
	await rows.last().getByRole('link').click();
	await expect(page.getByTestId('plan-action').last().locator('h2')).toBeFocused();
	await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

	// A deadline typed in the form shows in the overview as on the details.
	await page.getByTestId('plan-action').last().getByRole('button', { name: /^Bewerken/ }).click();
	await page.getByLabel('Dag', { exact: true }).fill('31');
	await page.getByLabel('Maand', { exact: true }).fill('3');
	await page.getByLabel('Jaar', { exact: true }).fill('2027');
	await page.getByRole('button', { name: 'Actie opslaan' }).click();
	await expect(rows.last().getByTestId('overview-deadline')).toHaveText('Deadline: 31 maart 2027');
	await expect(page.getByTestId('plan-action').last().getByTestId('action-deadline')).toHaveText('31 maart 2027');
});

for (const language of ['nl', 'en'] as const) {
	test(`plan page in ${language === 'nl' ? 'Dutch' : 'English'}: axe, 44 px targets and no sideways scrolling at 1280 and 320 px`, async ({ page, checkPage }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/#/scan/demo/actieplan');
		await expectHeading(page, 'Actieplan', { focused: false });
		if (language === 'en') {
			await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
			await expectHeading(page, 'Action plan', { focused: false });
			await expect(page.getByTestId('plan-overview').locator('caption')).toContainText('Choose an action to see its details.');
			await expect(page.getByTestId('plan-unfinished')).toContainText('You have not finished the scan yet');
		}
		await expect(page.getByTestId('overview-row').first()).toBeVisible();
		for (const width of [1280, 320]) {
			await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
			await page.evaluate(() => window.scrollTo(0, 0));
			expect(await sidewaysOverflow(page), `sideways scroll at ${width}px`).toBeLessThanOrEqual(0);
			expect(await smallTargets(page, PLAN_LINKS), `small targets at ${width}px`).toEqual([]);
			// Axe does not depend on the width: once per language, Dutch at 1280 px and English at 320 px, which
			// keeps this long page (24 actions) from dominating the browser tests' time.
			if ((language === 'nl') === (width === 1280)) await checkPage(`plan ${language} at ${width}px`);
		}
		// The open form at 320 px, with an error.
		await page.getByTestId('add-from-top').click();
		await page.getByRole('button', { name: language === 'nl' ? 'Actie opslaan' : 'Save action' }).click();
		await expect(page.locator('.app-error-summary')).toContainText(language === 'nl' ? 'Vul de titel van de actie in' : 'Enter the title of the action');
		expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
		expect(await smallTargets(page, PLAN_LINKS)).toEqual([]);
		await checkPage(`plan ${language} add form at 320px`);
	});
}
