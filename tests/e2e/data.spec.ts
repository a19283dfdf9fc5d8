/**
 * "Uw gegevens": where the data lives, storage figures, the last backup and its reminder, and "Alles
 * verwijderen", after which nothing comes back: not after a reload, not from an autosave that was
 * still waiting.
 */
import type { Page } from '@playwright/test';
import type { PhaseId } from '../../src/lib/content/checklist-schema.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { answerQuestion, createScan, NOTE_LABEL, optionLabel, questionsInScope, readDatabase, saveStatus, textOf } from './support/scans.ts';

declare global {
	interface Window {
		__kmFailWrites?: boolean;
	}
}

const checklist = loadChecklist();
const PHASE: PhaseId = 'eerste';
const questions = questionsInScope(checklist, 'quick', PHASE);
const [q0, q1] = [questions[0]!, questions[1]!];
const LOG_KEY = 'kwartiermaker:last-backup';

/** Every localStorage key of the app, with its value. */
function appKeys(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		Object.fromEntries(
			Object.keys(localStorage)
				.filter((key) => key.startsWith('kwartiermaker:'))
				.map((key) => [key, localStorage.getItem(key) ?? ''])
		)
	);
}

test('Uw gegevens shows where the data is, how much space it uses, persistence and the last backup', async ({ page, checkPage }) => {
	const scanId = await createScan(page, checklist, { organisation: 'Gemeente Gegevens', phase: PHASE, mode: 'quick' });
	await answerQuestion(page, { scanId, question: q0, phase: PHASE, label: optionLabel(checklist, q0, 1), note: 'Een toelichting' });

	// Linked from Mijn scans and from the footer.
	await page.goto('/');
	await page.getByTestId('home-data-link').click();
	await expectHeading(page, 'Uw gegevens');
	await page.goto(`/#/scan/${scanId}`);
	await page.getByTestId('footer-data-link').click();
	await expectHeading(page, 'Uw gegevens');

	await expect(page.getByText('staat alleen in deze browser op dit apparaat')).toBeVisible();
	await expect(page.getByTestId('data-scan-count')).toHaveText('Er staat 1 scan op dit apparaat.');
	// Dutch number formatting: a decimal comma, and a unit.
	await expect(page.getByTestId('data-usage')).toHaveText(/^Kwartiermaker gebruikt nu ongeveer \d+(,\d)?\s(kB|MB|GB) in deze browser\./);
	await expect(page.getByTestId('data-quota')).toHaveText(/^De browser geeft Kwartiermaker maximaal [\d.]+(,\d)?\s(kB|MB|GB)\.$/);
	const persisted = await page.evaluate(() => navigator.storage.persisted());
	await expect(page.getByTestId('data-persisted')).toContainText(persisted ? 'Ja.' : 'Niet gegarandeerd.');
	await expect(page.getByTestId('data-last-backup')).toHaveText(
		'U heeft in deze browser nog geen reservekopie gedownload. Sindsdien is er 1 wijziging opgeslagen.'
	);
	await checkPage('Uw gegevens');

	// Downloading a backup is recorded, with the date.
	await page.goto(`/#/scan/${scanId}`);
	const download = page.waitForEvent('download');
	await page.getByTestId('download-backup').click();
	await download;
	const log = JSON.parse((await appKeys(page))[LOG_KEY]!) as { lastBackupAt: string; changesSince: number };
	expect(log.changesSince).toBe(0);
	expect(Date.now() - Date.parse(log.lastBackupAt)).toBeLessThan(60_000);
	await page.getByTestId('footer-data-link').click();
	await expect(page.getByTestId('data-last-backup')).toHaveText(/^Uw laatste reservekopie is van \d{1,2} \w+ \d{4} om \d{2}:\d{2}\.$/);
});

test('after many changes since the last backup, Mijn scans and Uw gegevens remind the user', async ({ page }) => {
	const scanId = await createScan(page, checklist, { organisation: 'Gemeente Herinnering', phase: PHASE, mode: 'quick' });
	// 24 changes since a backup of yesterday: one more answer reaches the limit of 25.
	const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[LOG_KEY, JSON.stringify({ lastBackupAt: yesterday, changesSince: 24, firstChangeAt: yesterday })]
	);
	await page.goto('/');
	await expect(page.getByTestId('scan-item')).toHaveCount(1);
	await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

	await answerQuestion(page, { scanId, question: q0, phase: PHASE, label: optionLabel(checklist, q0, 2), note: 'De 25e wijziging' });
	await page.goto('/');
	const reminder = page.getByTestId('backup-reminder');
	await expect(reminder).toContainText('Tijd voor een reservekopie');
	await expect(reminder).toContainText('zijn er 25 wijzigingen opgeslagen');
	await reminder.getByRole('link', { name: 'Meer over uw gegevens en reservekopieën' }).click();
	await expectHeading(page, 'Uw gegevens');
	await expect(page.getByTestId('backup-reminder')).toContainText('25 wijzigingen');
});

test('"Alles verwijderen" removes every scan, the demo and the app keys; a reload shows nothing and no eviction warning', async ({
	page,
	checkPage
}) => {
	const first = await createScan(page, checklist, { organisation: 'Gemeente Een', phase: PHASE, mode: 'quick' });
	await answerQuestion(page, { scanId: first, question: q0, phase: PHASE, label: optionLabel(checklist, q0, 1), note: 'Weg ermee' });
	await createScan(page, checklist, { organisation: 'Gemeente Twee', phase: PHASE, mode: 'full' });
	await page.goto('/#/scan/demo');
	await expectHeading(page, /Voorbeeldstad/, { focused: false });
	await page.goto('/');
	await expect(page.getByTestId('scan-item')).toHaveCount(2);
	expect(Object.keys(await appKeys(page)).sort()).toEqual(['kwartiermaker:last-backup', 'kwartiermaker:scan-count']);

	await page.getByTestId('footer-data-link').click();
	await expectHeading(page, 'Uw gegevens');
	await expect(page.getByTestId('data-scan-count')).toHaveText('Er staan 2 scans op dit apparaat.');
	await page.getByRole('button', { name: 'Alles verwijderen' }).click();
	const confirm = page.getByTestId('confirm-delete-all');
	await expect(confirm.getByRole('heading', { name: 'Weet u zeker dat u alles wilt verwijderen?' })).toBeFocused();
	await expect(confirm).toContainText('Alle 2 scans op dit apparaat worden verwijderd');
	await checkPage('Alles verwijderen confirmation');

	// "Annuleren" changes nothing.
	await confirm.getByRole('button', { name: 'Annuleren' }).click();
	await expect(page.getByRole('button', { name: 'Alles verwijderen' })).toBeFocused();
	expect((await readDatabase(page))!.scans).toHaveLength(2);

	await page.getByRole('button', { name: 'Alles verwijderen' }).click();
	await page.getByRole('button', { name: 'Ja, verwijder alles' }).click();
	await expectHeading(page, 'Kwartiermaker');
	await expect(page.getByTestId('home-data-notice')).toHaveText('Alle gegevens van Kwartiermaker zijn uit deze browser verwijderd.');
	await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	await checkPage('Mijn scans after Alles verwijderen');

	const real = await readDatabase(page);
	expect([real!.scans, real!.answers, real!.session]).toEqual([[], [], []]);
	const demo = await readDatabase(page, 'kwartiermaker-demo');
	expect([demo!.scans, demo!.answers, demo!.session]).toEqual([[], [], []]);
	// Mijn scans has listed again, so only the fresh scan count (0) may be back.
	expect(await appKeys(page)).toEqual({ 'kwartiermaker:scan-count': '0' });

	await page.reload();
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	await expect(page.getByTestId('evicted')).toHaveCount(0);
	await expect(page.getByTestId('home-data-notice')).toHaveCount(0);
	expect((await readDatabase(page))!.scans).toEqual([]);
});

test('a note still waiting to be saved when "Alles verwijderen" runs does not come back', async ({ page }) => {
	// Writes can be made to fail, so a typed note stays queued for a retry.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (window.__kmFailWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	const scanId = await createScan(page, checklist, { organisation: 'Gemeente Wachtrij', phase: PHASE, mode: 'quick' });
	await answerQuestion(page, { scanId, question: q0, phase: PHASE, label: optionLabel(checklist, q0, 1), note: 'Opgeslagen' });

	await page.goto(`/#/scan/${scanId}/vraag/${q1.id}`);
	await expectHeading(page, textOf(q1, PHASE));
	await page.evaluate(() => (window.__kmFailWrites = true));
	await page.getByRole('radio', { name: optionLabel(checklist, q1, 2), exact: true }).check();
	await page.getByLabel(NOTE_LABEL).pressSequentially('Nog niet opgeslagen');
	await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'error');

	// Storage works again, so any retry of the queued note would now succeed.
	await page.evaluate(() => (window.__kmFailWrites = false));
	await page.getByTestId('footer-data-link').click();
	await expectHeading(page, 'Uw gegevens');
	await page.getByRole('button', { name: 'Alles verwijderen' }).click();
	await page.getByRole('button', { name: 'Ja, verwijder alles' }).click();
	await expect(page.getByTestId('home-data-notice')).toBeVisible();
	// The save-problem banner of the dropped write is gone too.
	await expect(page.getByRole('alert').filter({ hasText: 'Niet opgeslagen.' })).toHaveCount(0);

	// A reload flushes on pagehide: with the queue emptied there is nothing left to write.
	await page.reload();
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	await page.waitForTimeout(500);
	const stored = await readDatabase(page);
	expect(stored!.scans).toEqual([]);
	expect(stored!.answers).toEqual([]);
	await page.goto(`/#/scan/${scanId}/vraag/${q1.id}`);
	await expect(page.locator('main h1')).toHaveText('Pagina niet gevonden');
});
