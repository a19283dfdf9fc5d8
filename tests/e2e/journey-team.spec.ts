/**
 * Team work over time, as one journey on one owner's quick scan (issue 12, "Must show"): the owner answers the
 * scan, hands two themes to a colleague, goes on and changes both delegated answers; the colleague answers them
 * in another browser and sends them back; the owner merges, keeping one conflict and taking the other. Then
 * the owner repeats the scan with the earlier answers, changes three of them and sees exactly those three on
 * the Voortgang page, in the PDF and in the Word document, with the answers as merged as "then".
 *
 * delegation.spec.ts and progress.spec.ts check each half in depth (errors, hostile input, English, reflow);
 * this test proves the halves work together. Dutch only. Axe runs on each screen of Thema's uitbesteden, Scan
 * herhalen and Voortgang it passes, and on the screens those features add to (task list, question, results);
 * the older screens on the way (question pages, the check, the profile) have their axe checks in their own specs.
 */
import type { Page } from '@playwright/test';
import { squash } from '../fixtures/pdf-inspect.ts';
import { loadChecklist } from './support/checklist.ts';
import { dutchDate } from './support/dates.ts';
import { downloadPdfText, downloadWord } from './support/exports.ts';
import { expect, expectHeading, expectNoAxeViolations, test } from './support/fixtures.ts';
import { otherBrowser } from './support/other-browser.ts';
import { createScan, readDatabase, saveStatus, storedAnswer, textOf } from './support/scans.ts';

const checklist = loadChecklist();
const PHASE = 'eerste' as const;
const ORGANISATION = 'Gemeente Samenspel';
const ROLE = 'beleidsmedewerker';
const UUID = /#\/scan\/([0-9a-f-]{36})/;

type Question = (typeof checklist.themes)[number]['questions'][number];
/** The quick scan's questions in this phase, in the order the wizard asks them. */
const quick = checklist.themes.flatMap((theme) =>
	theme.questions.filter((q) => q.quick && (!q.showIn || q.showIn.includes(PHASE))).map((question) => ({ theme, question }))
);
const options = (question: Question) => checklist.scales[question.scale]!.options;
/** Questions of different themes on a five-step scale: answers 1, 2 and 3 then differ from the top answer now. */
const fiveStep = quick
	.filter(({ theme }) => theme.kind !== 'dont')
	.filter(({ question }) => options(question).length >= 5)
	.filter(({ theme }, index, all) => all.findIndex((entry) => entry.theme.id === theme.id) === index);
/** A and B are handed out (one quick question each); C stays with the owner. */
const [A, B, C] = fiveStep as [(typeof quick)[number], (typeof quick)[number], (typeof quick)[number]];
const a = A.question;
const b = B.question;
const c = C.question;
const label = (question: Question, index: number) => options(question)[index]!.label;
const id = (question: Question, index: number) => options(question)[index]!.id;
const topLabel = (question: Question) => [...options(question)].sort((x, y) => y.score - x.score)[0]!.label;

/**
 * Opens a question, checks which answer it shows first (`before`, when given), picks the answer with this
 * label and waits until the page and IndexedDB both have it. `look` runs on the page before the choice.
 */
async function choose(
	page: Page,
	scanId: string,
	question: Question,
	answer: string,
	{ before, look }: { before?: string; look?: () => Promise<void> } = {}
): Promise<void> {
	await page.goto(`/#/scan/${scanId}/vraag/${question.id}`);
	await expectHeading(page, textOf(question, PHASE), { focused: false });
	if (before) await expect(page.getByRole('radio', { name: before, exact: true })).toBeChecked();
	await look?.();
	await page.getByRole('radio', { name: answer, exact: true }).check();
	await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'saved');
	const wanted = options(question).find((option) => option.label === answer)!.id;
	await expect.poll(async () => (await storedAnswer(page, scanId, question.id))?.value).toBe(wanted);
}

/** The part of a report text from `start` up to `end` (both searched after the progress section's heading). */
function sectionPart(text: string, heading: string, start: string, end: string): string {
	const from = text.indexOf(start, text.indexOf(heading));
	const to = text.indexOf(end, from);
	expect(text.indexOf(heading), `"${heading}" in the report`).toBeGreaterThanOrEqual(0);
	expect(from, `"${start}" after "${heading}"`).toBeGreaterThan(0);
	expect(to, `"${end}" after "${start}"`).toBeGreaterThan(from);
	return text.slice(from, to);
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

test('hand out two themes, merge them back one conflict each way, repeat the scan and see three changes on screen, in the PDF and in Word', async ({
	page,
	context,
	browser,
	baseURL,
	checkPage
}) => {
	test.setTimeout(240_000);
	expect(fiveStep.length, 'three themes with a five-step question').toBeGreaterThanOrEqual(3);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);

	// --- the owner's scan, all quick questions answered with the second option -----------------------
	const scanId = await createScan(page, checklist, { organisation: ORGANISATION, phase: PHASE, mode: 'quick' });
	await page.getByRole('link', { name: quick[0]!.theme.title }).click();
	for (const { question } of quick) {
		await expect(page.locator('main h1')).toHaveText(textOf(question, PHASE));
		await page.getByRole('radio', { name: label(question, 1), exact: true }).check();
		await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	}
	await expectHeading(page, 'Controleer uw antwoorden');

	// --- hand out themes A and B -------------------------------------------------------------------
	await page.goto(`/#/scan/${scanId}`);
	await expectHeading(page, ORGANISATION, { focused: false });
	await page.getByTestId('delegate-link-start').click();
	await expectHeading(page, 'Thema’s uitbesteden');
	await checkPage('hand-out form');
	await page.getByRole('checkbox', { name: A.theme.title, exact: true }).check();
	await page.getByRole('checkbox', { name: B.theme.title, exact: true }).check();
	await page.getByLabel('Rol van uw collega').fill(ROLE);
	await page.getByTestId('delegate-submit').click();
	await expect(page.getByTestId('delegate-ready')).toContainText(`U besteedt 2 thema’s uit aan: ${ROLE}.`);
	const link = await page.getByTestId('delegate-link').inputValue();
	expect(link).toMatch(/\/#\/delegatie\/1\.[A-Za-z0-9_-]+$/);
	await checkPage('hand-out ready');

	// The task list says which themes are out, with whom and since when; the others are not.
	await page.getByTestId('delegate-to-tasks').click();
	await expectHeading(page, ORGANISATION);
	const handedOut = (await readDatabase(page))!.scans.find((scan) => scan.id === scanId) as unknown as {
		delegations: { handedOutAt: string; status: string }[];
	};
	expect(handedOut.delegations).toHaveLength(1);
	const outWith = `Uitbesteed aan: ${ROLE}, sinds ${dutchDate(handedOut.delegations[0]!.handedOutAt)}`;
	await expect(page.locator('[data-testid^="out-"]')).toHaveCount(2);
	await expect(page.getByTestId(`out-${A.theme.id}`)).toHaveText(outWith);
	await expect(page.getByTestId(`out-${B.theme.id}`)).toHaveText(outWith);
	await checkPage('task list with themes out');

	// The owner goes on and changes both delegated answers: two conflicts to come.
	await choose(page, scanId, a, label(a, 2));
	await choose(page, scanId, b, label(b, 2));

	// --- the colleague, in another browser ---------------------------------------------------------
	const other = await otherBrowser(browser, baseURL);
	const colleague = other.page;
	await colleague.goto(link);
	await expectHeading(colleague, 'Uitbestede thema’s beantwoorden', { focused: false });
	await expect(colleague.getByTestId('open-summary')).toContainText(ORGANISATION);
	await expectNoAxeViolations(colleague, 'open hand-out');
	await colleague.getByTestId('open-start').click();
	await expectHeading(colleague, ORGANISATION);
	const colleagueScan = UUID.exec(colleague.url())![1]!;
	await expect(colleague.getByTestId('delegated-banner')).toContainText(`voor de scan van ${ORGANISATION}.`);
	await expect(colleague.locator('[data-testid^="task-"]')).toHaveCount(2);
	await expect(colleague.getByTestId(`task-${A.theme.id}`)).toBeVisible();
	await expect(colleague.getByTestId(`task-${B.theme.id}`)).toBeVisible();
	// A delegated part is no scan of the colleague's own: nothing to repeat or compare.
	await expect(colleague.getByTestId('progress-links')).toHaveCount(0);
	await expectNoAxeViolations(colleague, 'delegated task list');
	// Each question shows the owner's answer at the hand-out (not the one changed later); the colleague changes it.
	await choose(colleague, colleagueScan, a, label(a, 3), { before: label(a, 1) });
	await choose(colleague, colleagueScan, b, label(b, 3), { before: label(b, 1) });
	// The whole check page leads back to the owner, not to the results of half a scan.
	await colleague.goto(`/#/scan/${colleagueScan}/controleren`);
	await expectHeading(colleague, 'Controleer uw antwoorden', { focused: false });
	await expect(colleague.getByTestId('check-give-back')).toBeVisible();
	await expect(colleague.getByRole('link', { name: 'Bekijk de resultaten' })).toHaveCount(0);
	await colleague.goto(`/#/scan/${colleagueScan}`);
	await colleague.getByTestId('give-back-link-start').click();
	await expectHeading(colleague, 'Antwoorden terugsturen');
	await expect(colleague.getByTestId('give-back-answered')).toHaveText('U heeft 2 van de 2 vragen beantwoord.');
	await expectNoAxeViolations(colleague, 'send back');
	const returnLink = await colleague.getByTestId('give-back-link').inputValue();
	expect(returnLink).toMatch(/\/#\/terug\/1\.[A-Za-z0-9_-]+$/);
	// In the colleague's Mijn scans the part carries the owner's organisation, and says what it is.
	await colleague.goto('/');
	await expect(colleague.getByTestId('scan-item').filter({ hasText: ORGANISATION }).getByTestId('scan-delegated')).toHaveText(
		'thema’s die een collega u vroeg te beantwoorden'
	);
	expect(other.errors).toEqual([]);
	await other.context.close();

	// --- the owner merges: keeps A's answer, takes B's ---------------------------------------------
	await page.goto(returnLink);
	await expectHeading(page, 'Antwoorden van uw collega verwerken', { focused: false });
	const conflicts = page.getByTestId('merge-conflicts');
	await expect(conflicts.locator('[data-testid^="merge-item-"]')).toHaveCount(2);
	const itemA = conflicts.getByTestId(`merge-item-${a.id}`);
	const itemB = conflicts.getByTestId(`merge-item-${b.id}`);
	await expect(itemA.getByTestId('merge-current')).toContainText(label(a, 2));
	await expect(itemA.getByTestId('merge-proposed')).toContainText(label(a, 3));
	await checkPage('merge');
	await itemA.getByTestId('merge-keep').click();
	await expect(itemA.getByTestId('merge-decision')).toHaveText('Uw antwoord blijft');
	await itemB.getByTestId('merge-accept').click();
	await expect(page.getByTestId('merge-done')).toHaveText('Klaar. U nam 1 antwoord over.');
	await checkPage('merge done');
	const merged = (await readDatabase(page))!;
	expect((await storedAnswer(page, scanId, a.id))?.value, 'A: the owner’s answer stays').toBe(id(a, 2));
	expect((await storedAnswer(page, scanId, b.id))?.value, 'B: the colleague’s answer is taken').toBe(id(b, 3));
	const record = (merged.scans.find((scan) => scan.id === scanId) as unknown as { delegations: { status: string }[] }).delegations;
	expect(record.map((entry) => entry.status)).toEqual(['merged']);
	await page.getByTestId('merge-to-tasks').click();
	await expectHeading(page, ORGANISATION);
	await expect(page.locator('[data-testid^="out-"]')).toHaveCount(0);
	await expect(page.getByTestId('delegation-open')).toHaveCount(0);

	// --- Scan herhalen, with the earlier answers -----------------------------------------------------
	await page.getByTestId('repeat-link').click();
	await expectHeading(page, 'Scan herhalen');
	await expect(page.getByTestId('repeat-earlier')).toContainText(`${quick.length} van de ${quick.length} vragen`);
	await checkPage('repeat');
	await page.getByRole('radio', { name: 'Beginnen met de antwoorden van de vorige scan' }).check();
	await page.getByTestId('repeat-submit').click();
	await expectHeading(page, 'Gegevens van de scan');
	const currentId = UUID.exec(page.url())![1]!;
	expect(currentId).not.toBe(scanId);
	await expect(page.getByLabel('Naam van de gemeente of organisatie')).toHaveValue(ORGANISATION);
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expectHeading(page, ORGANISATION);
	await expect(page.getByTestId('copied-answers')).toContainText(`${quick.length} antwoorden komen nog uit de vorige scan`);
	await checkPage('task list of the repeat');

	// Three answers change; "then" is each answer as it stood after the merge.
	const changes = [
		{ entry: A, then: label(a, 2) },
		{ entry: B, then: label(b, 3) },
		{ entry: C, then: label(c, 1) }
	].map(({ entry, then }) => ({ ...entry, then, now: topLabel(entry.question) }));
	for (const [index, { question, then, now }] of changes.entries()) {
		expect(now, 'the new answer differs').not.toBe(then);
		await choose(page, currentId, question, now, {
			before: then,
			look: async () => {
				await expect(page.getByTestId('copied-answer')).toBeVisible();
				if (index === 0) await checkPage('question with a copied answer');
			}
		});
	}

	// --- Voortgang: exactly the three changes, then and now ------------------------------------------
	await page.goto(`/#/scan/${currentId}`);
	await expectHeading(page, ORGANISATION, { focused: false });
	await page.getByTestId('progress-link').click();
	await expectHeading(page, 'Voortgang');
	await expect(page.getByTestId('progress-compared-with')).toContainText(`Vergeleken met de scan van ${ORGANISATION}`);
	await expect(page.getByTestId('progress-answers').locator('tbody tr')).toHaveCount(3);
	for (const { question, then, now } of changes) {
		const row = page.getByTestId(`progress-answer-${question.id}`);
		await expect(row.locator('th')).toContainText(textOf(question, PHASE));
		await expect(row.locator('td').nth(0)).toHaveText(then);
		await expect(row.locator('td').nth(1)).toHaveText(now);
	}
	await checkPage('progress');

	// --- the repeated scan's PDF and Word document have the progress section ---------------------------
	await page.goto(`/#/scan/${currentId}/resultaten`);
	await expectHeading(page, 'Resultaten', { focused: false });
	const unchanged = quick.find(({ question }) => !changes.some((change) => change.question.id === question.id))!.question;

	const pdf = await downloadPdfText(page);
	await expect(page.getByTestId('pdf-status')).toContainText('De pdf is klaar');
	// The answers table of the progress section: between its heading and the risks that follow.
	const pdfChanges = sectionPart(pdf.text, squash('Voortgang sinds de vorige scan'), squash('Antwoorden die veranderd zijn'), squash('Nieuwe risico’s'));
	for (const { question, now } of changes) {
		expect(pdfChanges, `PDF progress: ${question.id}`).toContain(squash(textOf(question, PHASE)));
		expect(pdfChanges, `PDF progress: ${question.id} now`).toContain(squash(now));
	}
	expect(pdfChanges, 'an unchanged answer is not listed').not.toContain(squash(textOf(unchanged, PHASE)));

	const word = await downloadWord(page);
	await expect(page.getByTestId('word-status')).toContainText(`Het Word-document is klaar: ${word.download.suggestedFilename()}`);
	expect(word.html).toContain('<h1>Voortgang sinds de vorige scan</h1>');
	const wordChanges = sectionPart(word.html, '<h1>Voortgang sinds de vorige scan</h1>', '<h2>Antwoorden die veranderd zijn</h2>', '<h2>Risico’s</h2>');
	expect(wordChanges.match(/<tr>/g), 'a header row and the three changes').toHaveLength(4);
	for (const { theme, question, then, now } of changes) {
		const cells = [`${theme.title}: ${textOf(question, PHASE)}`, then, now].map((cell) => `<td><p>${escapeHtml(cell)}</p></td>`).join('');
		expect(wordChanges, `Word progress: ${question.id}`).toContain(`<tr>${cells}</tr>`);
	}
	await checkPage('results after both downloads');
});
