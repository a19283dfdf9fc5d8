/**
 * The group screens of a werksessie on the production build: counted hands, the discussion view
 * (most divergent question first), projector mode driven by the keyboard, and the consensus that
 * becomes an ordinary scan whose results open. Axe runs on every screen, in Dutch and in English.
 *
 * Seeding: the set-up, join and collect screens are built and tested elsewhere, so this test starts
 * from a workshop with seven participants' answers already collected. It arrives the way a facilitator
 * moves a workshop between laptops: as a werksessie backup file, restored on the home page (the
 * production restore path, no test-only code in the app).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readPdf, squash } from '../fixtures/pdf-inspect.ts';
import { buildWorkshopBackup } from '../../src/lib/files/backup.ts';
import type { RoleId, StoredParticipant, Workshop } from '../../src/lib/workshop/workshop-schema.ts';
import { loadChecklist } from './support/checklist.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';

const checklist = loadChecklist();
const WORKSHOP_ID = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
const TIME = '2026-11-20T10:00:00.000Z';
const theme = checklist.themes.find((candidate) => candidate.id === 'k1')!;
const question = (id: string) => theme.questions.find((candidate) => candidate.id === id)!;
/** Beleid says 0, management says 4: the most divergent question. */
const SPLIT = 'k1-eigenaar';
/** Entered as counted hands. */
const HANDS = 'k1-verkenning';

function participant(n: number, role: RoleId): StoredParticipant {
	const answers: StoredParticipant['answers'] = {};
	for (const { id } of theme.questions) {
		if (id === HANDS) continue;
		const value = id === SPLIT ? (role === 'beleid' ? '0' : role === 'management' ? '4' : '2') : '2';
		answers[id] = { value, note: '' };
	}
	return {
		participantId: `00000000-0000-4000-8000-00000000000${n}`,
		role,
		name: `Deelnemer ${n}`,
		answers,
		handedInAt: TIME,
		receivedAt: TIME,
		via: 'file',
		fromVersion: checklist.version
	};
}

const roles: RoleId[] = ['beleid', 'beleid', 'beleid', 'management', 'management', 'management', 'ervaringswerker'];
const workshop: Workshop = {
	id: WORKSHOP_ID,
	schemaVersion: 1,
	checklistId: checklist.id,
	checklistVersion: checklist.version,
	settings: {
		organisation: 'Gemeente Groepstad',
		date: '2026-11-20',
		phase: 'structureel',
		scope: 'themes',
		themes: ['k1'],
		roles: ['beleid', 'management', 'ervaringswerker'],
		names: 'optional'
	},
	participants: Object.fromEntries(roles.map((role, index) => [participant(index + 1, role).participantId, participant(index + 1, role)])),
	hands: {},
	discussion: {},
	consensus: {},
	display: { showSmallGroups: false, showNames: false, timerMinutes: 0 },
	resultScanId: null,
	createdAt: TIME,
	updatedAt: TIME
};

const hash = (page: string) => `/#/werksessie/${WORKSHOP_ID}${page ? `/${page}` : ''}`;

async function seed(page: Page): Promise<void> {
	await page.goto('/');
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles({
		name: 'kwartiermaken-werksessie-gemeente-groepstad.json',
		mimeType: 'application/json',
		buffer: Buffer.from(buildWorkshopBackup(workshop, null, TIME), 'utf8')
	});
	await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
	await expect(page.getByText(/werksessie/i).first()).toBeVisible();
}

/** Axe in Dutch, then in English, then back to Dutch (the switch keeps the page and what is on it). */
async function checkBothLanguages(page: Page, checkPage: (label?: string) => Promise<void>, label: string, englishHeading: string | RegExp) {
	await checkPage(`${label} (nl)`);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('main h1')).toHaveText(englishHeading);
	await checkPage(`${label} (en)`);
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
}

test('counted hands, most divergent first, projector by keyboard, consensus becomes a scan', async ({ page, checkPage }) => {
	test.setTimeout(120_000);
	await seed(page);

	// --- counted hands -----------------------------------------------------------------------
	await page.goto(hash('handen'));
	await expectHeading(page, 'Handen tellen', { focused: false });
	await expect(page.getByText('handen opsteken is niet anoniem')).toBeVisible();
	await checkBothLanguages(page, checkPage, 'hands list', 'Count hands');
	await page.locator(`#hands-open-${HANDS}`).click();
	await expect(page.locator('#hands-form-heading')).toBeFocused();
	await expect(page.locator('#hands-present')).toHaveAttribute('inputmode', 'numeric');
	const field = (optionLabel: string) => page.getByLabel(`${optionLabel}, Hele zaal`, { exact: true });
	await page.locator('#hands-present').fill('3');
	await field('Deels geregeld, niet vastgelegd').fill('2');
	await field('Weet ik niet').fill('2');
	await page.getByRole('button', { name: 'Telling opslaan' }).click();
	// Four hands with three people present: refused, in the error summary.
	const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
	await expect(summary).toBeFocused();
	await checkBothLanguages(page, checkPage, 'hands form with errors', 'Count hands');
	await page.locator('#hands-present').fill('4');
	await page.getByRole('button', { name: 'Telling opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De telling is opgeslagen.' })).toBeVisible();
	await expect(page.locator(`#hands-open-${HANDS}`)).toHaveText('Telling wijzigen');

	// --- discussion --------------------------------------------------------------------------
	await page.goto(hash('bespreken'));
	await expectHeading(page, 'Bespreken', { focused: false });
	const divergent = page.getByTestId('discuss-divergent').getByTestId('discuss-question');
	await expect(divergent.first()).toHaveAttribute('data-question-id', SPLIT);
	// The counted hands are merged in, and marked as such.
	await expect(page.locator(`[data-question-id="${HANDS}"]`)).toContainText('4 met handen geteld');
	// One ervaringswerker: not shown apart, and no names until switched on.
	await expect(divergent.first()).toContainText('te weinig mensen om apart te tonen');
	await expect(page.getByText('Deelnemer 1')).toHaveCount(0);
	await checkBothLanguages(page, checkPage, 'discussion', 'Discuss');
	await page.getByLabel('Namen tonen').check();
	await expect(page.getByTestId('discuss-names')).toContainText('Deelnemer 7');
	await page.getByLabel('Kleine groepen apart tonen').check();
	await expect(divergent.first()).not.toContainText('te weinig mensen om apart te tonen');
	await checkBothLanguages(page, checkPage, 'discussion with small groups and names', 'Discuss');
	// Reflow: at 320 px wide the page does not scroll sideways (wide tables scroll inside their own region).
	await page.setViewportSize({ width: 320, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await page.setViewportSize({ width: 1280, height: 720 });
	// Off again: the PDF below must then merge the small group and print no names.
	await page.getByLabel('Namen tonen').uncheck();
	await page.getByLabel('Kleine groepen apart tonen').uncheck();
	await expect(page.getByTestId('discuss-names')).toHaveCount(0);
	await expect(divergent.first()).toContainText('te weinig mensen om apart te tonen');

	// --- projector, by keyboard --------------------------------------------------------------
	await divergent.first().getByRole('link', { name: /Toon op het scherm/ }).click();
	await expectHeading(page, 'Projectie');
	await expect(page.locator('#projector-question')).toHaveText(question(SPLIT).text);
	await expect(page.getByTestId('projector-keys')).toContainText('T: antwoorden tonen of verbergen');
	await expect(page.getByTestId('projector-answers')).not.toContainText('Iedereen');
	await page.keyboard.press('t');
	await expect(page.getByTestId('projector-answers')).toContainText('Iedereen');
	await checkBothLanguages(page, checkPage, 'projector, answers shown', 'Projector');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('projector-position')).toContainText('Vraag 2 van');
	await expect(page.locator('#projector-question')).toBeFocused();
	await expect(page.getByTestId('projector-answers')).not.toContainText('Iedereen');
	await page.keyboard.press('PageUp');
	await expect(page.locator('#projector-question')).toHaveText(question(SPLIT).text);
	await page.getByLabel('Wat zei de groep?').fill('Beleid en management zien het anders.');

	// --- consensus ---------------------------------------------------------------------------
	await page.goto(hash('overeenstemming'));
	await expectHeading(page, 'Samen vaststellen', { focused: false });
	const split = page.locator(`[data-testid="consensus-question"][data-question-id="${SPLIT}"]`);
	await split.getByRole('radio', { name: 'Deels geregeld, niet vastgelegd' }).check();
	await split.getByLabel('Waarom dit antwoord?').fill('Er is een eigenaar, maar het staat nergens.');
	await split.getByLabel('Wie ziet het anders, en waarom?').fill('Management vindt het geregeld.');
	await checkBothLanguages(page, checkPage, 'consensus', 'Settle together');
	// Nothing typed is lost to a reload.
	await page.reload();
	await expect(split.getByRole('radio', { name: 'Deels geregeld, niet vastgelegd' })).toBeChecked();
	await expect(split.getByLabel('Waarom dit antwoord?')).toHaveValue('Er is een eigenaar, maar het staat nergens.');
	await expect(page.getByTestId('consensus-progress')).toHaveText(`1 van ${theme.questions.length} vragen vastgesteld`);

	await page.getByTestId('consensus-make').click();
	await expectHeading(page, 'Resultaten');
	await expect(page).toHaveURL(/#\/scan\/[0-9a-f-]{36}\/resultaten$/);
	await checkPage('results of the group scan');

	// The group's PDF has the werksessie section while the workshop is on the device (text read back).
	const scanId = /#\/scan\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
	await page.goto(`/#/scan/${scanId}/actieplan`);
	const downloadPromise = page.waitForEvent('download');
	await page.getByTestId('download-pdf').click();
	const pdf = squash((await readPdf(new Uint8Array(readFileSync((await (await downloadPromise).path())!)))).text);
	expect(pdf).toContain(squash('Waar verschilden de antwoorden het meest'));
	expect(pdf).toContain(squash('Er is een eigenaar, maar het staat nergens.'));
	expect(pdf).toContain(squash('Management vindt het geregeld.'));
	expect(pdf).toContain(squash('Overig: 1'));
	expect(pdf).not.toContain(squash('Deelnemer 1'));

	// Back on the consensus page: settled, with links and the offer to delete the participants' answers.
	await page.goto(hash('overeenstemming'));
	await expect(page.getByTestId('consensus-settled')).toBeVisible();
	await page.getByRole('button', { name: 'Verwijder de antwoorden van de deelnemers' }).click();
	await expect(page.getByRole('heading', { name: 'Weet u het zeker?' })).toBeFocused();
	await checkBothLanguages(page, checkPage, 'consensus settled, delete confirmation', 'Settle together');
	await page.getByRole('button', { name: 'Ja, verwijder de antwoorden' }).click();
	await expect(page.getByText('De antwoorden van de deelnemers zijn verwijderd.')).toBeVisible();
	await page.getByRole('link', { name: 'Bekijk het actieplan' }).click();
	await expect(page).toHaveURL(/#\/scan\/[0-9a-f-]{36}\/actieplan$/);
});
