/**
 * A werksessie from both sides, on the production build: the facilitator sets up a session and gets a
 * join link; a participant opens it in another browser, chooses a role and a name, answers a question
 * (kept after a reload), and hands in by QR code, file and link. Every screen is checked with axe, in
 * Dutch, and the facilitator's overview and the hand-in page once more in English.
 */
import { otherBrowser } from './support/other-browser.ts';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectHeading, expectNoAxeViolations, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { fitsNarrowScreen } from './support/reflow.ts';
import { answerQuestion, optionId, optionLabel, questionsInScope, readDatabase } from './support/scans.ts';

const checklist = loadChecklist();
const PHASE = 'eerste' as const;
const questions = questionsInScope(checklist, 'quick', PHASE);
const q0 = questions[0]!;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Markup in the organisation name must come through as text. */
const ORGANISATION = 'Gemeente <b>Samen</b>';



/** Sets up a quick-scan session through the form and returns the join link shown on the overview. */
async function setUpSession(page: Page, checkPage: (label?: string) => Promise<void>): Promise<string> {
	await page.goto('/');
	await page.getByTestId('start-workshop').click();
	await expectHeading(page, 'Werksessie voorbereiden');
	await checkPage('workshop set-up');
	expect(await fitsNarrowScreen(page), 'set-up at 320 px').toBe(true);

	// An empty form: every problem in the error summary and at its field.
	await page.getByLabel('Dag').fill('');
	await page.getByLabel('Maand').fill('');
	await page.getByLabel('Jaar').fill('');
	await page.getByTestId('create-workshop').click();
	const summary = page.locator('.app-error-summary');
	await expect(summary).toBeFocused();
	for (const text of [
		'Vul de naam van de gemeente of organisatie in',
		'Vul de datum van de werksessie in',
		'Kies de fase van de organisatie',
		'Kies welke vragen u stelt',
		'Kies minstens één rol',
		'Kies of u naar de naam vraagt'
	]) {
		await expect(summary).toContainText(text);
	}
	await checkPage('workshop set-up with errors');
	// 31 April does not exist.
	await page.getByLabel('Dag').fill('31');
	await page.getByLabel('Maand').fill('4');
	await page.getByLabel('Jaar').fill('2026');
	await page.getByTestId('create-workshop').click();
	await expect(summary).toContainText('De datum moet een echte datum zijn');
	// Choosing themes shows the themes.
	await page.getByRole('radio', { name: 'Alleen de thema’s die ik kies' }).check();
	await expect(page.getByTestId('theme-choices')).toBeVisible();
	await checkPage('workshop set-up with theme choices');

	await page.getByLabel('Naam van de gemeente of organisatie').fill(ORGANISATION);
	await page.getByLabel('Dag').fill('27');
	await page.getByLabel('Maand').fill('3');
	await page.getByRole('radio', { name: checklist.phases.find((phase) => phase.id === PHASE)!.label, exact: true }).check();
	await page.getByRole('radio', { name: 'De snelle scan' }).check();
	await page.getByRole('checkbox', { name: 'Beleid' }).check();
	await page.getByRole('checkbox', { name: 'Ervaringswerker of ervaringsdeskundige' }).check();
	await page.getByRole('radio', { name: 'Een naam mag, maar hoeft niet' }).check();
	await page.getByTestId('create-workshop').click();

	await expectHeading(page, ORGANISATION);
	await expect(page).toHaveURL(new RegExp(`#/werksessie/${UUID}$`));
	await expect(page.getByTestId('workshop-summary')).toContainText('27 maart 2026');
	await expect(page.getByTestId('workshop-summary')).toContainText(`Snelle scan (${questions.length} vragen)`);
	await expect(page.getByTestId('handed-in-total')).toHaveText('0 deelnemers hebben ingeleverd.');
	await expect(page.getByTestId('handed-in')).toContainText('Beleid');
	await expect(page.getByTestId('join-qr').locator('svg, canvas').first()).toBeVisible();
	for (const name of ['Antwoorden verzamelen', 'Handen tellen', 'Bespreken', 'Projectie', 'Samen vaststellen']) {
		await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
	}
	const link = await page.getByTestId('join-link').inputValue();
	expect(link).toMatch(/\/#\/doe-mee\/1\.[A-Za-z0-9_-]+$/);
	await page.getByTestId('copy-join-link').click();
	await expect(page.getByRole('status').filter({ hasText: 'De link is gekopieerd.' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	expect(await page.evaluate(() => document.querySelectorAll('main b').length), 'markup rendered as HTML').toBe(0);
	await checkPage('workshop overview');
	expect(await fitsNarrowScreen(page), 'overview at 320 px').toBe(true);
	return link;
}

test('a participant joins by the link, answers, and hands in by QR code, file and link', async ({ page, context, browser, baseURL, checkPage }) => {
	test.setTimeout(120_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const link = await setUpSession(page, checkPage);

	// The session is listed on the facilitator's home page.
	await page.getByRole('link', { name: 'Kwartiermaker' }).first().click();
	await expect(page.getByTestId('workshop-item')).toHaveCount(1);
	await expect(page.getByTestId('workshop-item')).toContainText(ORGANISATION);
	await expect(page.getByTestId('workshop-item')).toContainText('0 ingeleverd');
	await expect(page.getByTestId('workshop-item')).toContainText('Nog niet vastgesteld');
	await checkPage('home with a workshop');

	// The participant's own browser.
	const other = await otherBrowser(browser, baseURL);
	const phone = other.page;
	await phone.goto(link);
	await expectHeading(phone, 'Meedoen aan een werksessie', { focused: false });
	// The invitation left the address at once.
	await expect.poll(() => phone.evaluate(() => location.hash)).toBe('#/doe-mee');
	await expect(phone.getByTestId('join-summary')).toContainText(ORGANISATION);
	await expect(phone.getByTestId('join-summary')).toContainText('27 maart 2026');
	// Only the session's roles.
	await expect(phone.getByRole('radio')).toHaveCount(2);
	await expectNoAxeViolations(phone, 'join page');
	await phone.getByTestId('join-start').click();
	await expect(phone.locator('.app-error-summary')).toContainText('Kies uw rol');
	await expectNoAxeViolations(phone, 'join page with an error');
	expect((await readDatabase(phone))?.scans ?? [], 'nothing stored before Beginnen').toEqual([]);

	await phone.getByRole('radio', { name: 'Ervaringswerker of ervaringsdeskundige' }).check();
	await phone.getByLabel('Uw naam (mag leeg blijven)').fill('Sam');
	await phone.getByTestId('join-start').click();
	await expectHeading(phone, ORGANISATION);
	const scanId = new RegExp(`#/scan/(${UUID})$`).exec(phone.url())![1]!;
	await expect(phone.getByTestId('participant-banner')).toContainText(
		'Werksessie van Gemeente <b>Samen</b> · u antwoordt als Ervaringswerker of ervaringsdeskundige'
	);
	// A participant hands in; results are for the group.
	await expect(phone.getByRole('link', { name: 'Bekijk uw resultaten' })).toHaveCount(0);
	await expect(phone.getByTestId('hand-in-link')).toHaveText('Inleveren');
	await expectNoAxeViolations(phone, 'participant task list');
	const stored = (await readDatabase(phone))!.scans.find((scan) => scan.id === scanId)!;
	expect(stored).toMatchObject({ mode: 'quick', profile: { organisation: ORGANISATION, phase: PHASE } });
	expect(stored.participation).toMatchObject({ role: 'ervaringswerker', name: 'Sam', handedInAt: null });

	// One answer, kept after a reload.
	await answerQuestion(phone, { scanId, question: q0, phase: PHASE, label: optionLabel(checklist, q0, 1), note: 'Onze <i>ervaring</i>' });
	await expectNoAxeViolations(phone, 'question page');
	await phone.reload();
	await expect(phone.getByRole('radio', { name: optionLabel(checklist, q0, 1), exact: true })).toBeChecked();
	await expect(phone.getByLabel('Toelichting (niet verplicht)')).toHaveValue('Onze <i>ervaring</i>');

	// Opening the join link again continues the same scan instead of making a second one.
	await phone.goto(link);
	await expect(phone.getByTestId('join-already')).toContainText('U doet al mee aan deze werksessie op dit apparaat.');
	await expectNoAxeViolations(phone, 'join page, already joined');
	await phone.getByTestId('join-continue').click();
	await expectHeading(phone, ORGANISATION);
	expect((await readDatabase(phone))!.scans).toHaveLength(1);

	// The check page offers Inleveren too.
	await phone.goto(`/#/scan/${scanId}/controleren`);
	await expect(phone.getByTestId('participant-banner')).toBeVisible();
	await expectNoAxeViolations(phone, 'participant check page');
	await phone.getByTestId('hand-in-link').click();

	await expectHeading(phone, 'Antwoorden inleveren');
	await expect(phone.getByTestId('hand-in-answered')).toHaveText(`U heeft 1 van de ${questions.length} vragen beantwoord.`);
	await expect(phone.getByTestId('hand-in-qr').locator('svg, canvas').first()).toBeVisible();
	await expect(phone.getByTestId('hand-in-recorded')).toBeVisible();
	await expectNoAxeViolations(phone, 'hand-in page');
	expect(await fitsNarrowScreen(phone), 'hand-in page at 320 px').toBe(true);

	// The file downloads and holds the envelope.
	const downloading = phone.waitForEvent('download');
	await phone.getByTestId('hand-in-download').click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^kwartiermaken-antwoorden-gemeente-b-samen-b-ervaringswerker-\d{4}-\d{2}-\d{2}\.json$/);
	const envelope = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;
	expect(envelope).toMatchObject({
		type: 'kwartiermaker-antwoorden',
		version: 1,
		participantId: (stored.participation as { participantId: string }).participantId,
		role: 'ervaringswerker',
		name: 'Sam',
		answers: { [q0.id]: { value: optionId(checklist, q0, 1), note: 'Onze <i>ervaring</i>' } }
	});
	expect(Object.keys(envelope.answers as object)).toEqual([q0.id]);

	// The link is copied.
	await phone.getByTestId('hand-in-copy').click();
	await expect(phone.getByTestId('hand-in-notice')).toHaveText('De link is gekopieerd.');
	const answersLink = await phone.evaluate(() => navigator.clipboard.readText());
	expect(answersLink).toBe(await phone.getByTestId('hand-in-link').inputValue());
	expect(answersLink).toMatch(/\/#\/antwoorden\/1\.[A-Za-z0-9_-]+$/);

	// Handing in is recorded on the scan.
	await expect
		.poll(async () => ((await readDatabase(phone))!.scans[0]!.participation as { handedInAt: string | null }).handedInAt)
		.toBe(envelope.handedInAt);
	expect(await phone.evaluate(() => document.querySelectorAll('main b, main i').length), 'markup rendered as HTML').toBe(0);

	// Once in English: the hand-in page and the facilitator's overview.
	await phone.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(phone.locator('main h1')).toHaveText('Hand in your answers');
	await expect(phone.getByTestId('hand-in-answered')).toHaveText(`You have answered 1 of the ${questions.length} questions.`);
	await expectNoAxeViolations(phone, 'hand-in page in English');
	expect(other.errors).toEqual([]);
	await other.context.close();

	await page.getByTestId('workshop-item').getByRole('link').click();
	await expectHeading(page, ORGANISATION);
	await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'Participants join with this link' })).toBeVisible();
	await checkPage('workshop overview in English');
});

test('a broken, hostile or newer join link gets a clear Dutch message and creates nothing', async ({ page, context, checkPage }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const link = await setUpSession(page, checkPage);
	const data = link.slice(link.indexOf('#/doe-mee/1.') + '#/doe-mee/1.'.length);
	const cases: Array<[string, string, RegExp]> = [
		['cut off', link.slice(0, link.length - 30), /beschadigd/],
		['a newer format', link.replace('#/doe-mee/1.', '#/doe-mee/9.'), /nieuwere versie/],
		['not a link', link.replace(data, 'x'), /.+/]
	];
	for (const [label, url, message] of cases) {
		await page.goto('about:blank');
		await page.goto(url);
		await expectHeading(page, 'Meedoen aan een werksessie', { focused: false });
		const error = page.getByTestId('join-error');
		await expect(error, label).toContainText('Deze link werkt niet');
		await expect(error, label).toContainText(message);
		await expect(page.getByTestId('join-form')).toHaveCount(0);
		if (label === 'cut off') await checkPage('join page with a broken link');
	}
	expect((await readDatabase(page))?.scans ?? [], 'no scan created').toEqual([]);
});

test('the facilitator deletes a workshop after confirming', async ({ page, context, checkPage }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await setUpSession(page, checkPage);
	// The back-up first: one file with the workshop in it.
	const downloading = page.waitForEvent('download');
	await page.getByTestId('workshop-backup').click();
	const download = await downloading;
	await expect(page.getByTestId('workshop-backup-notice')).toHaveText(`De back-up is gedownload: ${download.suggestedFilename()}`);
	const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { workshops: Array<{ settings: { organisation: string } }> };
	expect(backup.workshops.map((workshop) => workshop.settings.organisation)).toEqual([ORGANISATION]);

	await page.getByTestId('delete-workshop').click();
	const confirm = page.getByTestId('delete-confirm');
	await expect(confirm).toContainText('De antwoorden van alle deelnemers worden van dit apparaat verwijderd.');
	await expect(confirm).toContainText('De scan die van de werksessie is gemaakt, blijft bestaan.');
	await expect(page.locator('#delete-confirm-title')).toBeFocused();
	await checkPage('workshop overview, confirm delete');
	await page.getByTestId('delete-confirm-button').click();
	await expectHeading(page, 'Kwartiermaker');
	await expect(page.getByTestId('workshop-item')).toHaveCount(0);
	await expect(page.getByTestId('workshops')).toContainText('U heeft nog geen werksessies op dit apparaat.');
});
