/**
 * The app starts without waiting for storage. Opening IndexedDB can hang for good (Safari on iPhone and
 * iPad sometimes never answers `indexedDB.open`); the page must then still appear at once, say within the
 * time limit that answers are only kept in this window, and work in memory, backup included.
 */
import { readFile } from 'node:fs/promises';
import type { PhaseId } from '../../src/lib/content/checklist-schema.ts';
import { STORAGE_OPEN_TIMEOUT_MS } from '../../src/lib/storage/open-storage.ts';
import { nl } from '../../src/lib/i18n/nl.ts';

const STORAGE_TIMEOUT_MESSAGE = nl.storage.errors.timeout;
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { createScan, NOTE_LABEL, optionLabel, questionsInScope, saveStatus, textOf } from './support/scans.ts';

const checklist = loadChecklist();
const PHASE: PhaseId = 'eerste';
const SCAN = { organisation: 'Gemeente Geduld', phase: PHASE, mode: 'quick' as const };
const [q0, q1] = questionsInScope(checklist, 'quick', PHASE);

/** Makes every `indexedDB.open` return a request that never fires any event. */
function neverOpen(): void {
	IDBFactory.prototype.open = function () {
		// A real event target with the request's prototype: listeners can be added, none is ever called.
		return Object.setPrototypeOf(new EventTarget(), IDBOpenDBRequest.prototype) as IDBOpenDBRequest;
	};
}

test('indexedDB.open never answers: the page shows at once, the message comes within the limit, and the app works in memory', async ({
	page,
	checkPage
}) => {
	test.setTimeout(60_000);
	await page.addInitScript(neverOpen);
	const started = Date.now();
	await page.goto('/');
	// The shell and the start page are there before storage answered; Mijn scans says it is loading.
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	await expect(page.getByRole('link', { name: 'Nieuwe scan starten' })).toBeVisible();
	const shownAfter = Date.now() - started;
	expect(shownAfter, 'ms until the start page showed').toBeLessThan(STORAGE_OPEN_TIMEOUT_MS);
	await expect(page.locator('main').getByRole('status')).toHaveText('Bezig met laden…');

	const banner = page.getByRole('region', { name: 'Opslag' });
	await expect(banner).toContainText(STORAGE_TIMEOUT_MESSAGE, { timeout: STORAGE_OPEN_TIMEOUT_MS + 2_000 });
	const messageAfter = Date.now() - started;
	expect(messageAfter, 'ms until the message showed').toBeLessThan(STORAGE_OPEN_TIMEOUT_MS + 1_500);
	test.info().annotations.push({
		type: 'start without storage',
		description: `start page after ${shownAfter} ms, storage message after ${messageAfter} ms (limit ${STORAGE_OPEN_TIMEOUT_MS} ms)`
	});
	await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	await checkPage('Mijn scans while storage does not answer');

	// In memory: start a scan, answer, move on, and see it back on the check page.
	const scanId = await createScan(page, checklist, SCAN);
	await page.evaluate((hash) => (location.hash = hash), `#/scan/${scanId}/vraag/${q0!.id}`);
	await expectHeading(page, textOf(q0!, PHASE));
	await page.getByRole('radio', { name: optionLabel(checklist, q0!, 1), exact: true }).check();
	await page.getByLabel(NOTE_LABEL).fill('Alleen in dit venster');
	await expect(saveStatus(page)).not.toHaveAttribute('data-save-state', 'error');
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expectHeading(page, textOf(q1!, PHASE));
	await expect(banner).toBeVisible();

	// The backup still works, and holds the answer given in memory.
	await page.evaluate((hash) => (location.hash = hash), `#/scan/${scanId}`);
	await expectHeading(page, SCAN.organisation);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Reservekopie downloaden' }).first().click()
	]);
	const backup = await readFile((await download.path())!, 'utf8');
	expect(backup).toContain('Alleen in dit venster');
});

test('the demo database is created only when the demo is opened', async ({ page }) => {
	const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name).sort());
	await page.goto('/');
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	expect(await databases()).toEqual(['kwartiermaker']);

	await page.getByRole('link', { name: 'Voorbeeldscan bekijken' }).click();
	await expectHeading(page, /Voorbeeldstad/);
	expect(await databases()).toEqual(['kwartiermaker', 'kwartiermaker-demo']);
});
