/**
 * The question flow (issue 11, item 2): "Vraag X van Y" and the theme's place above each question, the
 * "Volgende thema" button after a theme's check page, a title of its own for every page, "Fout:" in the
 * title while an error summary shows, and the labelled explanation on the check page. Counts are worked
 * out here from the YAML, independently of the app.
 */
import type { Page } from '@playwright/test';
import { en } from '../../src/lib/i18n/en.ts';
import type { PhaseId, Theme } from '../../src/lib/content/checklist-schema.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { createScan, optionLabel, textOf } from './support/scans.ts';

const checklist = loadChecklist();
const PHASE: PhaseId = 'eerste';
const ORG = 'Gemeente Titelstad';

/** The themes and their questions a full scan in PHASE asks, as the YAML says. */
const fullThemes = checklist.themes
	.map((theme) => ({ theme, questions: theme.questions.filter((q) => !q.showIn || q.showIn.includes(PHASE)) }))
	.filter(({ questions }) => questions.length > 0);
const quickQuestions = checklist.themes.flatMap((theme) => theme.questions.filter((q) => q.quick));

const caption = (page: Page) => page.getByTestId('question-caption');

/** Goes to the next page with "Opslaan en verder" after choosing the first answer. */
async function answerAndContinue(page: Page, question: Theme['questions'][number], note = ''): Promise<void> {
	await page.getByRole('radio', { name: optionLabel(checklist, question, 1), exact: true }).check();
	if (note) await page.getByLabel('Toelichting (niet verplicht)').fill(note);
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
}

test('full scan: question and theme places, "Volgende thema", and a title of its own on every page', async ({ page, checkPage }) => {
	test.setTimeout(120_000);
	const titles: string[] = [];
	const collectTitle = async (contains: string[]) => {
		const title = await page.title();
		for (const part of [...contains, ORG, 'Kwartiermaker']) expect(title, `title ${title}`).toContain(part);
		titles.push(title);
	};

	const scanId = await createScan(page, checklist, { organisation: ORG, phase: PHASE, mode: 'full' });
	await expect(page).toHaveTitle(`Overzicht – ${ORG} – Kwartiermaker`);
	await collectTitle(['Overzicht']);

	// Theme 1 from the task list: every question says its place in the theme and the theme's place.
	const [first, second] = fullThemes;
	await page.getByRole('link', { name: first!.theme.title }).click();
	for (const [index, question] of first!.questions.entries()) {
		await expectHeading(page, textOf(question, PHASE));
		await expect(page.getByTestId('question-position')).toHaveText(`Vraag ${index + 1} van ${first!.questions.length}`);
		await expect(page.getByTestId('theme-position')).toHaveText(`Thema 1 van ${fullThemes.length}`);
		await expect(caption(page)).toContainText(first!.theme.title);
		await expect(page).toHaveTitle(new RegExp(`^Vraag ${index + 1} van ${first!.questions.length} \\(thema 1 van ${fullThemes.length}\\): `));
		await collectTitle([]);
		if (index === 0) await checkPage('question with its caption');
		await answerAndContinue(page, question, index === 0 ? 'Wij zoeken dit nog uit.' : '');
	}

	// The theme's check page labels the explanation and offers the next theme besides the overview.
	await expectHeading(page, `Controleer uw antwoorden: ${first!.theme.title}`);
	await collectTitle([first!.theme.title]);
	const note = page.getByTestId(`note-${first!.questions[0]!.id}`);
	await expect(note).toHaveText('Uw toelichting: Wij zoeken dit nog uit.');
	await expect(note.locator('.app-check-note__label')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Terug naar het overzicht' })).toBeVisible();
	// On screen "Volgende thema"; screen readers also hear which theme.
	const next = page.getByRole('link', { name: `Volgende thema (${second!.theme.title})`, exact: true });
	await expect(next.locator('.app-visually-hidden')).toHaveText(` (${second!.theme.title})`);
	await checkPage('theme check with Volgende thema');
	await next.click();

	await expectHeading(page, textOf(second!.questions[0]!, PHASE));
	await expect(page.getByTestId('theme-position')).toHaveText(`Thema 2 van ${fullThemes.length}`);
	await expect(page.getByTestId('question-position')).toHaveText(`Vraag 1 van ${second!.questions.length}`);
	await collectTitle([]);

	// The same screens in English: axe and the words of the caption and the button.
	await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(page.getByTestId('question-position')).toHaveText(`Question 1 of ${second!.questions.length}`);
	await expect(page.getByTestId('theme-position')).toHaveText(`Theme 2 of ${fullThemes.length}`);
	await expect(page).toHaveTitle(/^Question 1 of \d+ \(theme 2 of \d+\): .* – Gemeente Titelstad – Kwartiermaker$/);
	await checkPage('question with its caption (English)');
	await page.goto(`/#/scan/${scanId}/thema/${first!.theme.id}`);
	await expect(page.getByTestId('next-theme')).toContainText(en.check.toNextTheme);
	await expect(page.getByTestId(`note-${first!.questions[0]!.id}`)).toContainText(`${en.check.noteLabel}: Wij zoeken dit nog uit.`);
	await checkPage('theme check with Volgende thema (English)');
	await page.getByTestId('language-switch').getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.getByTestId('next-theme')).toContainText('Volgende thema');

	// The last theme leads on to the check page of the whole scan.
	const last = fullThemes.at(-1)!;
	await page.goto(`/#/scan/${scanId}/thema/${last.theme.id}`);
	await expectHeading(page, `Controleer uw antwoorden: ${last.theme.title}`, { focused: false });
	await collectTitle([last.theme.title]);
	await expect(page.getByTestId('next-theme')).toHaveCount(0);
	await page.getByRole('link', { name: 'Alle antwoorden controleren' }).click();
	await expectHeading(page, 'Controleer uw antwoorden');
	await collectTitle(['Controleer uw antwoorden']);

	// The other pages of the scan.
	for (const [hash, heading, part] of [
		['profiel', 'Gegevens van de scan', 'Gegevens van de scan'],
		['resultaten', 'Resultaten', 'Resultaten'],
		['actieplan', /Actieplan/, 'Actieplan']
	] as const) {
		await page.goto(`/#/scan/${scanId}/${hash}`);
		await expect(page.locator('main h1')).toHaveText(heading);
		await expect(page).toHaveTitle(new RegExp(`^${part} – `));
		await collectTitle([part]);
	}

	// Every title is different; the question pages name their question.
	expect(new Set(titles).size, titles.join('\n')).toBe(titles.length);
	const questionTitles = titles.filter((title) => title.startsWith('Vraag '));
	expect(questionTitles).toHaveLength(first!.questions.length + 1);
	for (const [index, question] of [...first!.questions, second!.questions[0]!].entries()) {
		const text = textOf(question, PHASE);
		const shown = questionTitles[index]!.replace(/^[^:]*: /, '').replace(` – ${ORG} – Kwartiermaker`, '');
		// A long question is cut at a word with "…"; what is shown is the start of the question.
		expect(text.startsWith(shown.replace(/…$/, '')), `${shown} is the start of ${text}`).toBe(true);
	}
});

test('quick scan: "Vraag X van Y" counts through the whole scan, without a theme place', async ({ page }) => {
	const scanId = await createScan(page, checklist, { organisation: ORG, phase: PHASE, mode: 'quick' });
	for (const index of [0, 1]) {
		const question = quickQuestions[index]!;
		await page.goto(`/#/scan/${scanId}/vraag/${question.id}`);
		await expectHeading(page, textOf(question, PHASE), { focused: false });
		await expect(page.getByTestId('question-position')).toHaveText(`Vraag ${index + 1} van ${quickQuestions.length}`);
		await expect(page.getByTestId('theme-position')).toHaveCount(0);
		await expect(page).toHaveTitle(new RegExp(`^Vraag ${index + 1} van ${quickQuestions.length}: `));
	}
});

test('"Fout:" in the title while an error summary shows, gone once it is fixed', async ({ page, checkPage }) => {
	await page.goto('/#/nieuw');
	await expectHeading(page, 'Over uw organisatie', { focused: false });
	await expect(page).toHaveTitle('Over uw organisatie – Kwartiermaker');
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expect(page.locator('.app-error-summary')).toBeFocused();
	await expect(page).toHaveTitle('Fout: Over uw organisatie – Kwartiermaker');
	await page.getByLabel('Naam van de gemeente of organisatie').fill(ORG);
	await page.getByRole('radio', { name: checklist.phases.find((p) => p.id === PHASE)!.label, exact: true }).check();
	await page.getByRole('radio', { name: 'Snelle scan', exact: true }).check();
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expectHeading(page, ORG);
	await expect(page).toHaveTitle(`Overzicht – ${ORG} – Kwartiermaker`);

	// On a question: "Opslaan en verder" without an answer, then an answer takes the error away.
	await page.getByRole('link', { name: checklist.themes[0]!.title }).click();
	const question = quickQuestions[0]!;
	await expectHeading(page, textOf(question, PHASE));
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expect(page.locator('.app-error-summary')).toBeFocused();
	await expect(page).toHaveTitle(new RegExp(`^Fout: Vraag 1 van ${quickQuestions.length}: `));
	await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveTitle(new RegExp(`^Error: Question 1 of ${quickQuestions.length}: `));
	await checkPage('question with an error (English)');
	await page.getByTestId('language-switch').getByRole('button', { name: 'Nederlands' }).click();
	await expect(page).toHaveTitle(/^Fout: /);
	await page.getByRole('radio', { name: optionLabel(checklist, question, 0), exact: true }).check();
	await expect(page.locator('.app-error-summary')).toHaveCount(0);
	await expect(page).toHaveTitle(new RegExp(`^Vraag 1 van ${quickQuestions.length}: `));
});
