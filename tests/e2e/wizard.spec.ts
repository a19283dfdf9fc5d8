import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { chooseRadio, tabTo } from './support/keyboard.ts';

const checklist = loadChecklist();
const quickQuestions = checklist.themes.flatMap((theme) =>
	theme.questions.filter((q) => q.quick).map((q) => ({ theme, question: q }))
);
/** The phase used in these tests; key questions are shown in every phase. */
const PHASE = 'eerste';
const textFor = (q: (typeof quickQuestions)[number]['question']) => q.textByPhase?.[PHASE] ?? q.text;

test('a new user completes a quick scan with the keyboard only, surviving a reload halfway', async ({ page, checkPage }) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	await checkPage('Mijn scans (empty)');

	await tabTo(page, page.getByRole('link', { name: 'Nieuwe scan starten' }));
	await page.keyboard.press('Enter');
	await expectHeading(page, 'Over uw organisatie');
	// The heading the app focused (after a key press, so :focus-visible applies) shows no focus box, as on GOV.UK.
	const headingStyle = await page.locator('main h1').evaluate((element) => {
		const style = getComputedStyle(element);
		return { outline: style.outlineStyle, shadow: style.boxShadow };
	});
	expect(headingStyle).toEqual({ outline: 'none', shadow: 'none' });
	await checkPage('profile');

	// Submitting an empty profile shows the error summary, which takes focus.
	await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }));
	await page.keyboard.press('Enter');
	const summary = page.locator('.app-error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Vul de naam van de gemeente of organisatie in');
	// The focused error summary keeps its focus box: it shows where to look.
	expect(await summary.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
	await checkPage('profile with errors');

	await tabTo(page, page.getByLabel('Naam van de gemeente of organisatie'));
	await page.keyboard.type('Gemeente Toetsdorp');
	await chooseRadio(page, 'phase', checklist.phases.find((p) => p.id === PHASE)!.label);
	await chooseRadio(page, 'mode', 'Snelle scan');
	await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }));
	await page.keyboard.press('Enter');

	await expectHeading(page, 'Gemeente Toetsdorp');
	await checkPage('task list');
	await tabTo(page, page.getByRole('link', { name: quickQuestions[0]!.theme.title }));
	await page.keyboard.press('Enter');

	const half = Math.floor(quickQuestions.length / 2);
	for (const [index, { theme, question }] of quickQuestions.entries()) {
		await expectHeading(page, textFor(question));
		await expect(page.locator('.app-caption').first()).toContainText(theme.title);
		if (index === 0) {
			// "Opslaan en verder" without an answer: an error summary, focused and announced.
			await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }));
			await page.keyboard.press('Enter');
			await expect(page.locator('.app-error-summary')).toBeFocused();
			await checkPage('question with error');
		}
		const scale = checklist.scales[question.scale]!;
		const option = scale.options[index % scale.options.length]!;
		await chooseRadio(page, 'answer', option.label);
		await tabTo(page, page.getByLabel('Toelichting (niet verplicht)'));
		await page.keyboard.type(`Toelichting ${index}: “€ ë”`);
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
		if (index === 0) await checkPage('question');

		if (index === half) {
			// Reload in the middle: the same question, with its answer and explanation.
			await page.reload();
			await expectHeading(page, textFor(question), { focused: false });
			await expect(page.getByRole('radio', { name: option.label, exact: true })).toBeChecked();
			await expect(page.getByLabel('Toelichting (niet verplicht)')).toHaveValue(`Toelichting ${index}: “€ ë”`);
		}
		await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }));
		await page.keyboard.press('Enter');
	}

	// The last question leads to the check page of the whole scan, with every earlier answer.
	await expectHeading(page, 'Controleer uw antwoorden');
	await expect(page.getByTestId('all-answered')).toBeVisible();
	for (const [index, { question }] of quickQuestions.entries()) {
		const row = page.getByTestId(`answer-${question.id}`);
		const scale = checklist.scales[question.scale]!;
		await expect(row).toContainText(scale.options[index % scale.options.length]!.label);
		await expect(row).toContainText(`Toelichting ${index}: “€ ë”`);
	}
	await checkPage('check answers');

	// "Wijzigen" returns to the check page after the change.
	const first = quickQuestions[0]!.question;
	await tabTo(page, page.getByRole('link', { name: `Wijzigen antwoord op: ${textFor(first)}` }));
	await page.keyboard.press('Enter');
	await expectHeading(page, textFor(first));
	const firstScale = checklist.scales[first.scale]!;
	const newLabel = firstScale.options[firstScale.options.length - 1]!.label;
	await chooseRadio(page, 'answer', newLabel);
	await tabTo(page, page.getByRole('button', { name: 'Opslaan en verder' }));
	await page.keyboard.press('Enter');
	await expectHeading(page, 'Controleer uw antwoorden');
	await expect(page.getByTestId(`answer-${first.id}`)).toContainText(newLabel);

	// Mijn scans lists the scan as complete.
	await page.goto('/');
	const item = page.getByTestId('scan-item').filter({ hasText: 'Gemeente Toetsdorp' });
	await expect(item.getByTestId('scan-progress')).toHaveText('Klaar');
	await expect(item).toContainText('Snelle scan');
	await checkPage('Mijn scans with a complete scan');
	// A finished scan's next step is its results, not "Doorgaan".
	await expect(item.getByRole('link', { name: /^Doorgaan/ })).toHaveCount(0);
	await tabTo(page, item.getByRole('link', { name: 'Bekijk resultaten van Gemeente Toetsdorp' }));
	await page.keyboard.press('Enter');
	await expectHeading(page, /Resultaten/);
});

test('browser back and forward move through the steps like the Back link', async ({ page }) => {
	await page.goto('/#/nieuw');
	await page.getByLabel('Naam van de gemeente of organisatie').fill('Gemeente Terug');
	await page.getByRole('radio', { name: checklist.phases[0]!.label }).check();
	await page.getByRole('radio', { name: 'Volledige scan' }).check();
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expectHeading(page, 'Gemeente Terug');

	const theme = checklist.themes[0]!;
	const questions = theme.questions.filter((q) => !q.showIn || q.showIn.includes(checklist.phases[0]!.id));
	const text = (i: number) => questions[i]!.textByPhase?.[checklist.phases[0]!.id] ?? questions[i]!.text;
	await page.getByRole('link', { name: theme.title }).click();
	for (let i = 0; i < 3; i++) {
		await expectHeading(page, text(i));
		await page.getByRole('radio').first().check();
		await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	}
	await expectHeading(page, text(3));

	await page.goBack();
	await expectHeading(page, text(2));
	await page.goBack();
	await expectHeading(page, text(1));
	await page.goForward();
	await expectHeading(page, text(2));

	await page.getByRole('link', { name: 'Terug' }).click();
	await expectHeading(page, text(1));
	await page.getByRole('link', { name: 'Terug' }).click();
	await expectHeading(page, text(0));
	await page.getByRole('link', { name: 'Terug' }).click();
	await expectHeading(page, 'Gemeente Terug');

	// A skipped question stays open: the theme is "Bezig". Skip the rest of the theme to reach its check page.
	await page.getByRole('link', { name: theme.title }).click();
	for (let i = 3; i < questions.length; i++) {
		await expectHeading(page, text(i));
		await page.getByRole('button', { name: 'Deze vraag overslaan' }).click();
	}
	await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
	await expect(page.getByTestId(`task-${theme.id}`)).toContainText('Bezig');
});

test('a backup download holds every answer and toelichting of the scan', async ({ page, checkPage }) => {
	await page.goto('/#/nieuw');
	await page.getByLabel('Naam van de gemeente of organisatie').fill('Gemeente Kopie');
	await page.getByRole('radio', { name: checklist.phases[0]!.label }).check();
	await page.getByRole('radio', { name: 'Snelle scan' }).check();
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await page.getByRole('link', { name: quickQuestions[0]!.theme.title }).click();
	await page.getByRole('radio').nth(2).check();
	await page.getByLabel('Toelichting (niet verplicht)').fill('Bewaard in de “reservekopie” €');
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await page.getByRole('link', { name: 'Terug' }).click();
	await page.getByRole('link', { name: 'Terug' }).click();
	await expectHeading(page, 'Gemeente Kopie');
	await checkPage('task list with backup');

	const downloadPromise = page.waitForEvent('download');
	await page.getByTestId('download-backup').click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(/^kwartiermaken-reservekopie-gemeente-kopie-\d{4}-\d{2}-\d{2}\.json$/);
	const { readFileSync } = await import('node:fs');
	const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(backup.type).toBe('kwartiermaker-backup');
	const scan = backup.scans[0];
	expect(scan.profile.organisation).toBe('Gemeente Kopie');
	expect(scan.answers[quickQuestions[0]!.question.id].note).toBe('Bewaard in de “reservekopie” €');
	await expect(page.getByText('De reservekopie is gedownload')).toBeVisible();
});

test('a link the user follows wins over a step the app pushes at the same moment', async ({ page }) => {
	await page.goto('/#/nieuw');
	await page.getByLabel('Naam van de gemeente of organisatie').fill('Gemeente Race');
	await page.getByRole('radio', { name: checklist.phases[0]!.label }).check();
	await page.getByRole('radio', { name: 'Snelle scan' }).check();
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expectHeading(page, 'Gemeente Race');
	const tasksHash = new URL(page.url()).hash;
	await page.getByRole('link', { name: quickQuestions[0]!.theme.title }).click();
	await expectHeading(page, textFor(quickQuestions[0]!.question));
	// The user follows the header link to Mijn scans while the app, finishing a save, pushes its
	// next step before the hashchange event is handled (seen as a flaky test in CI).
	await page.evaluate((pushed) => {
		location.hash = '#/';
		history.pushState(null, '', pushed);
	}, tasksHash);
	await expectHeading(page, 'Kwartiermaker');
	await expect(page.getByTestId('scan-item').filter({ hasText: 'Gemeente Race' })).toHaveCount(1);
});
