/**
 * Themes handed to a colleague and merged back, on the production build: the owner hands out two themes
 * (link and file), answers on; a colleague opens the link in another browser, sees only those themes with
 * the owner's answers, answers and sends back; the owner opens the returned link and resolves one conflict
 * each way, then takes the rest. The same return a second time says nothing new; hostile files and links
 * change nothing. Axe on every new screen, in Dutch and in English.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { dutchDate } from './support/dates.ts';
import { otherBrowser } from './support/other-browser.ts';
import { expect, expectHeading, expectNoAxeViolations, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { fitsNarrowScreen } from './support/reflow.ts';
import { answerQuestion, answersOf, createScan, optionId, optionLabel, readDatabase, textOf } from './support/scans.ts';

const checklist = loadChecklist();
const PHASE = 'structureel' as const;
/** Markup in names and notes must come through as text. */
const ORGANISATION = 'Gemeente <b>Samen</b>';
const NOTE = 'Graag <i>voor</i> vrijdag';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const inPhase = (theme: (typeof checklist.themes)[number]) => theme.questions.filter((q) => !q.showIn || q.showIn.includes(PHASE));
// Two themes with at least two questions each in this phase; one more that stays with the owner.
const [themeA, themeB] = checklist.themes.filter((theme) => inPhase(theme).length >= 2) as [(typeof checklist.themes)[number], (typeof checklist.themes)[number]];
const kept = checklist.themes.find((theme) => theme !== themeA && theme !== themeB)!;
const [a1, a2] = inPhase(themeA) as [ReturnType<typeof inPhase>[number], ReturnType<typeof inPhase>[number]];
const b1 = inPhase(themeB)[0]!;
const delegatedCount = inPhase(themeA).length + inPhase(themeB).length;


async function markupRendered(page: Page): Promise<number> {
	return page.evaluate(() => document.querySelectorAll('main b, main i').length);
}

// Axe on these screens in Dutch runs in journey-team.spec.ts; here: their error states, English and refusals.
test('delegate two themes, answer them in another browser, merge back with one conflict resolved each way', async ({
	page,
	context,
	browser,
	baseURL,
	checkPage
}, testInfo) => {
	test.setTimeout(180_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const scanId = await createScan(page, checklist, { organisation: ORGANISATION, phase: PHASE, mode: 'full' });
	// Who asks: the owner's name and role from the scan's details (markup stays text).
	await page.goto(`/#/scan/${scanId}/profiel`);
	await page.getByLabel('Uw naam (niet verplicht)').fill('Sam');
	await page.getByLabel('Uw functie of rol (niet verplicht)').fill('Beleid <i>x</i>');
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expectHeading(page, ORGANISATION);
	await answerQuestion(page, { scanId, question: a1, phase: PHASE, label: optionLabel(checklist, a1, 1), note: 'Eerste gedachte' });
	await answerQuestion(page, { scanId, question: b1, phase: PHASE, label: optionLabel(checklist, b1, 1), note: '' });

	// From the task list to the hand-out form.
	await page.goto(`/#/scan/${scanId}`);
	await expectHeading(page, ORGANISATION, { focused: false });
	await expect(page.getByTestId('delegation-section')).toBeVisible();
	await page.getByTestId('delegate-link-start').click();
	await expectHeading(page, 'Thema’s uitbesteden');
	await expect(page).toHaveTitle(/^Thema’s uitbesteden – /);
	expect(await fitsNarrowScreen(page), 'hand-out form at 320 px').toBe(true);

	// An empty form: both problems in the error summary.
	await page.getByTestId('delegate-submit').click();
	const summary = page.locator('.app-error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Kies minstens één thema');
	await expect(summary).toContainText('Vul de rol van uw collega in');
	await checkPage('hand-out form with errors');
	expect(((await readDatabase(page))!.scans[0] as { delegations?: unknown }).delegations, 'nothing stored').toBeUndefined();

	await page.getByRole('checkbox', { name: themeA.title, exact: true }).check();
	await page.getByRole('checkbox', { name: themeB.title, exact: true }).check();
	await page.getByLabel('Rol van uw collega').fill('beleidsmedewerker');
	await page.getByLabel('Bericht aan uw collega (mag leeg blijven)').fill(NOTE);
	await page.getByTestId('delegate-submit').click();
	await expect(page.getByTestId('delegate-ready')).toContainText('U besteedt 2 thema’s uit aan: beleidsmedewerker.');
	const link = await page.getByTestId('delegate-link').inputValue();
	expect(link).toMatch(/\/#\/delegatie\/1\.[A-Za-z0-9_-]+$/);
	await page.getByTestId('delegate-copy').click();
	await expect(page.getByTestId('delegate-notice')).toHaveText('De link staat op het klembord.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	const downloading = page.waitForEvent('download');
	await page.getByTestId('delegate-download').click();
	const handOutFile = await downloading;
	expect(handOutFile.suggestedFilename()).toMatch(/^kwartiermaken-uitbesteed-gemeente-b-samen-b-beleidsmedewerker-\d{4}-\d{2}-\d{2}\.json$/);
	const handOut = JSON.parse(readFileSync((await handOutFile.path())!, 'utf8')) as Record<string, unknown>;
	expect(handOut).toMatchObject({ type: 'kwartiermaker-uitbesteding', version: 1, scanId, role: 'beleidsmedewerker', note: NOTE, themes: [themeA.id, themeB.id] });
	expect(Object.keys(handOut.answers as object).sort()).toEqual([a1.id, b1.id].sort());
	expect(await markupRendered(page), 'markup rendered as HTML').toBe(0);

	// The task list says which themes are out with whom.
	await page.getByTestId('delegate-to-tasks').click();
	await expectHeading(page, ORGANISATION);
	const stored = (await readDatabase(page))!.scans[0] as unknown as { delegations: { handedOutAt: string; status: string }[] };
	expect(stored.delegations).toHaveLength(1);
	const since = `Uitbesteed aan: beleidsmedewerker, sinds ${dutchDate(stored.delegations[0]!.handedOutAt)}`;
	await expect(page.getByTestId(`out-${themeA.id}`)).toHaveText(since);
	await expect(page.getByTestId(`out-${themeB.id}`)).toHaveText(since);
	await expect(page.getByTestId(`out-${kept.id}`)).toHaveCount(0);
	await expect(page.getByTestId('delegation-open')).toContainText(since);

	// The owner goes on: changes a1 and b1 after the hand-out (both will be conflicts).
	await answerQuestion(page, { scanId, question: a1, phase: PHASE, label: optionLabel(checklist, a1, 2), note: 'Eigen inzicht' });
	await answerQuestion(page, { scanId, question: b1, phase: PHASE, label: optionLabel(checklist, b1, 2), note: '' });

	// The colleague's own browser.
	const other = await otherBrowser(browser, baseURL);
	const colleague = other.page;
	await colleague.goto(link);
	await expectHeading(colleague, 'Uitbestede thema’s beantwoorden', { focused: false });
	await expect.poll(() => colleague.evaluate(() => location.hash)).toBe('#/delegatie');
	await expect(colleague.getByTestId('open-summary')).toContainText(ORGANISATION);
	await expect(colleague.getByTestId('open-summary')).toContainText(NOTE);
	await expect(colleague.getByTestId('open-summary')).toContainText('Sam (Beleid <i>x</i>)');
	await expect(colleague.getByTestId('open-summary')).toContainText(`${themeA.title}, ${themeB.title} (${delegatedCount} vragen)`);
	expect(await markupRendered(colleague), 'markup rendered as HTML').toBe(0);
	await colleague.getByTestId('open-start').click();
	await expectHeading(colleague, ORGANISATION);
	const colleagueScan = new RegExp(`#/scan/(${UUID})$`).exec(colleague.url())![1]!;
	await expect(colleague.getByTestId('delegated-banner')).toContainText(`Gevraagd door Sam (Beleid <i>x</i>), voor de scan van ${ORGANISATION}.`);
	await expect(colleague.getByTestId('delegated-banner')).toContainText('U beantwoordt alleen deze thema’s.');
	// Only the delegated themes.
	await expect(colleague.locator('[data-testid^="task-"]')).toHaveCount(2);
	await expect(colleague.getByTestId(`task-${kept.id}`)).toHaveCount(0);
	await expect(colleague.getByRole('link', { name: 'Resultaten en actieplan bekijken' })).toHaveCount(0);
	// The owner's answer at the hand-out is there, and can be changed.
	await colleague.goto(`/#/scan/${colleagueScan}/vraag/${a1.id}`);
	await expectHeading(colleague, textOf(a1, PHASE));
	await expect(colleague.getByRole('radio', { name: optionLabel(checklist, a1, 1), exact: true })).toBeChecked();
	await answerQuestion(colleague, { scanId: colleagueScan, question: a1, phase: PHASE, label: optionLabel(checklist, a1, 3), note: 'Volgens <b>beleid</b>' });
	await answerQuestion(colleague, { scanId: colleagueScan, question: b1, phase: PHASE, label: optionLabel(checklist, b1, 3), note: '' });
	await answerQuestion(colleague, { scanId: colleagueScan, question: a2, phase: PHASE, label: optionLabel(checklist, a2, 0), note: 'Nieuw' });
	await colleague.goto(`/#/scan/${colleagueScan}`);
	await colleague.getByTestId('give-back-link-start').click();
	await expectHeading(colleague, 'Antwoorden terugsturen');
	await expect(colleague.getByTestId('give-back-answered')).toHaveText(`U heeft 3 van de ${delegatedCount} vragen beantwoord.`);
	expect(await fitsNarrowScreen(colleague), 'send back at 320 px').toBe(true);
	const returnLink = await colleague.getByTestId('give-back-link').inputValue();
	expect(returnLink).toMatch(/\/#\/terug\/1\.[A-Za-z0-9_-]+$/);
	const returning = colleague.waitForEvent('download');
	await colleague.getByTestId('give-back-download').click();
	const returnFile = await returning;
	const returnPath = testInfo.outputPath('return.json');
	writeFileSync(returnPath, readFileSync((await returnFile.path())!, 'utf8'));
	// Once in English.
	await colleague.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(colleague.locator('main h1')).toHaveText('Send answers back');
	await expectNoAxeViolations(colleague, 'send back in English');
	await colleague.goto(link);
	await expect(colleague.getByTestId('open-already')).toContainText('You already opened these themes in this browser.');
	await expectNoAxeViolations(colleague, 'open hand-out again, in English');
	expect(other.errors).toEqual([]);
	await other.context.close();

	// The owner opens the returned link.
	await page.goto(returnLink);
	await expectHeading(page, 'Antwoorden van uw collega verwerken', { focused: false });
	await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/terug');
	await expect(page.getByTestId('merge-counts')).toHaveText('2 vragen met twee nieuwe antwoorden, 1 voorstel.');
	const conflicts = page.getByTestId('merge-conflicts');
	await expect(conflicts.locator('[data-testid^="merge-item-"]')).toHaveCount(2);
	const itemA1 = page.getByTestId(`merge-item-${a1.id}`);
	await expect(itemA1.getByTestId('merge-current')).toContainText(optionLabel(checklist, a1, 2));
	await expect(itemA1.getByTestId('merge-current')).toContainText('Eigen inzicht');
	await expect(itemA1.getByTestId('merge-proposed')).toContainText(optionLabel(checklist, a1, 3));
	await expect(itemA1.getByTestId('merge-proposed')).toContainText('Volgens <b>beleid</b>');
	await expect(page.getByTestId('merge-proposals').getByTestId(`merge-item-${a2.id}`)).toBeVisible();
	expect(await markupRendered(page), 'markup rendered as HTML').toBe(0);
	// Nothing changed yet.
	expect(answersOf(await readDatabase(page), scanId)[a1.id]).toEqual({ value: optionId(checklist, a1, 2), note: 'Eigen inzicht' });
	expect(await fitsNarrowScreen(page), 'merge screen at 320 px').toBe(true);

	// One conflict each way, then the rest at once.
	await itemA1.getByTestId('merge-keep').click();
	await expect(itemA1.getByTestId('merge-decision')).toHaveText('Uw antwoord blijft');
	await expect(itemA1.getByTestId('merge-decision')).toBeFocused();
	const itemB1 = page.getByTestId(`merge-item-${b1.id}`);
	await itemB1.getByTestId('merge-accept').click();
	await expect(itemB1.getByTestId('merge-decision')).toHaveText('Overgenomen');
	await page.getByTestId('merge-accept-all').click();
	await expect(page.getByTestId('merge-done')).toHaveText('Klaar. U nam 2 antwoorden over.');
	await expect(page.getByTestId('merge-done')).toBeFocused();
	const answers = answersOf(await readDatabase(page), scanId);
	expect(answers[a1.id]).toEqual({ value: optionId(checklist, a1, 2), note: 'Eigen inzicht' });
	expect(answers[b1.id]).toEqual({ value: optionId(checklist, b1, 3), note: '' });
	expect(answers[a2.id]).toEqual({ value: optionId(checklist, a2, 0), note: 'Nieuw' });
	const merged = (await readDatabase(page))!.scans.find((scan) => scan.id === scanId) as unknown as { delegations: { status: string }[] };
	expect(merged.delegations[0]!.status).toBe('merged');
	await page.getByTestId('merge-to-tasks').click();
	await expectHeading(page, ORGANISATION);
	await expect(page.getByTestId(`out-${themeA.id}`)).toHaveCount(0);

	// The same file a second time: nothing new.
	await page.goto(`/#/scan/${scanId}/samenvoegen`);
	await expectHeading(page, 'Antwoorden van uw collega verwerken', { focused: false });
	await checkPage('merge page, choose a file');
	await page.getByTestId('merge-file').setInputFiles(returnPath);
	await expect(page.getByTestId('merge-already')).toContainText('U heeft deze antwoorden al verwerkt');
	await checkPage('merge, already merged');

	// Hostile files on the scan's merge page: refused, nothing changes.
	const before = answersOf(await readDatabase(page), scanId);
	const returned = JSON.parse(readFileSync(returnPath, 'utf8')) as Record<string, unknown>;
	const hostile: Array<[string, string, string]> = [
		['other-scan.json', JSON.stringify({ ...returned, scanId: '99999999-2222-4333-8444-555555555555', organisation: 'Gemeente Elders' }), 'Deze antwoorden horen bij een andere scan (Gemeente Elders)'],
		['proto.json', JSON.stringify(returned).replace('"answers":{', '"answers":{"__proto__":{"value":"1","note":"","updatedAt":"2026-01-01T00:00:00Z"},'), 'veld dat niet mag (‘__proto__’)'],
		['newer.json', JSON.stringify({ ...returned, version: 9 }), 'nieuwere versie van Kwartiermaker'],
		['hand-out.json', JSON.stringify(handOut), 'Dit zijn uitbestede thema’s, geen teruggestuurde antwoorden'],
		['big.json', JSON.stringify({ ...returned, role: 'x'.repeat(600 * 1024) }), 'te groot']
	];
	for (const [name, text, message] of hostile) {
		const path = testInfo.outputPath(name);
		writeFileSync(path, text);
		await page.getByTestId('merge-file').setInputFiles(path);
		await expect(page.getByTestId('merge-error')).toContainText(message);
	}
	await checkPage('merge, refused file');
	expect(answersOf(await readDatabase(page), scanId)).toEqual(before);

	// In English: the hand-out form and the merge page.
	await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(page.locator('main h1')).toHaveText('Process your colleague’s answers');
	await checkPage('merge page in English');
	await page.goto(`/#/scan/${scanId}`);
	await expect(page.getByTestId('delegation-section')).toContainText('Working with colleagues');
	await checkPage('task list in English');
	await page.goto(`/#/scan/${scanId}/uitbesteden`);
	await expect(page.locator('main h1')).toHaveText('Ask a colleague');
	await expect(page.getByText('Now with: beleidsmedewerker')).toHaveCount(0);
	await checkPage('hand-out form in English');
});

test('a broken, hostile or newer hand-out link gets a clear message and stores nothing', async ({ page, checkPage }) => {
	const cases: Array<[string, RegExp]> = [
		['/#/delegatie/1.AAAA', /beschadigd/],
		['/#/delegatie/9.AAAA', /nieuwere versie/],
		['/#/terug/1.AAAA', /beschadigd/]
	];
	for (const [url, message] of cases) {
		await page.goto('about:blank');
		await page.goto(url);
		await expect(page.getByTestId(url.startsWith('/#/terug') ? 'merge-error' : 'open-error')).toContainText(message);
		await checkPage(`refused link ${url}`);
	}
	// Links whose data unpacks fine but is hostile: refused with the reason, or shown as text.
	const pack = (path: string, value: unknown) => `/#${path}/1.${deflateSync(Buffer.from(JSON.stringify(value))).toString('base64url')}`;
	const handOut = {
		type: 'kwartiermaker-uitbesteding',
		version: 1,
		handOutId: '22222222-3333-4444-8555-666666666666',
		handedOutAt: '2026-12-03T09:00:00.000Z',
		scanId: '11111111-2222-4333-8444-555555555555',
		checklistId: checklist.id,
		checklistVersion: checklist.version,
		mode: 'quick',
		phase: PHASE,
		askedBy: { name: '<img src=x onerror=alert(1)>', role: '', organisation: ORGANISATION },
		role: '<script>alert(2)</script>',
		note: NOTE,
		themes: [themeA.id],
		answers: {}
	};
	const refusals: Array<[string, string]> = [
		[pack('/delegatie', { ...handOut, answers: JSON.parse('{"__proto__":{"value":"1","note":""}}') }), 'veld dat niet mag (‘__proto__’)'],
		[pack('/delegatie', { ...handOut, version: 2 }), 'nieuwere versie van Kwartiermaker'],
		[pack('/delegatie', { ...handOut, type: 'kwartiermaker-backup' }), 'geen link of bestand met uitbestede thema’s'],
		[pack('/terug', handOut), 'Dit zijn uitbestede thema’s, geen teruggestuurde antwoorden']
	];
	for (const [url, message] of refusals) {
		await page.goto('about:blank');
		await page.goto(url);
		await expect(page.getByTestId(url.startsWith('/#/terug') ? 'merge-error' : 'open-error')).toContainText(message);
	}
	await page.goto('about:blank');
	await page.goto(pack('/delegatie', handOut));
	await expect(page.getByTestId('open-summary')).toContainText('<script>alert(2)</script>');
	await expect(page.getByTestId('open-summary')).toContainText('<img src=x onerror=alert(1)>');
	expect(await page.evaluate(() => document.querySelectorAll('main img, main script, main b, main i').length), 'markup rendered as HTML').toBe(0);
	await checkPage('hand-out with markup');

	// The hand-out page without a link offers a file.
	await page.goto('/#/delegatie');
	await expectHeading(page, 'Uitbestede thema’s beantwoorden', { focused: false });
	await checkPage('open hand-out without a link');
	expect(await readDatabase(page).then((data) => data?.scans ?? [])).toEqual([]);
});
