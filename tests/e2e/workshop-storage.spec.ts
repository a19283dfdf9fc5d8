/**
 * Werksessies (workshops) in the browser's storage, on the production build: a workshop in the app's
 * IndexedDB survives a reload untouched, Uw gegevens counts it, "Alles verwijderen" deletes it with
 * the participants' answers, and a workshop backup file restores it (once: a second restore keeps the
 * one that is there).
 *
 * The set-up screens are built elsewhere, so the workshop is the one `npm run fixtures` wrote with the
 * app's own repository (tests/fixtures/storage/db-v4-…), put straight into the `workshops` store.
 * The full facilitator journey has its own test.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildWorkshopBackup } from '../../src/lib/files/backup.ts';
import type { Workshop } from '../../src/lib/workshop/workshop-schema.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';

const dump = JSON.parse(readFileSync('tests/fixtures/storage/db-v4-checklist-1.1.0.json', 'utf8')) as {
	stores: Record<string, { records: unknown[] }>;
};
const workshop = dump.stores['workshops']!.records[0] as Workshop;

/** Every record in the app's `workshops` store, read without the app's code. */
function storedWorkshops(page: Page): Promise<unknown[]> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kwartiermaker');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		try {
			return await new Promise<unknown[]>((resolve, reject) => {
				const request = db.transaction('workshops', 'readonly').objectStore('workshops').getAll();
				request.onsuccess = () => resolve(request.result as unknown[]);
				request.onerror = () => reject(request.error);
			});
		} finally {
			db.close();
		}
	});
}

async function restore(page: Page, text: string): Promise<void> {
	await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles({
		name: 'kwartiermaken-werksessie-gemeente-fixturestad-2026-11-25.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text, 'utf8')
	});
	await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
}

test('a werksessie in IndexedDB survives a reload, is counted, deleted with everything, and comes back from its backup file', async ({
	page,
	checkPage
}) => {
	expect(workshop.participants).not.toEqual({});
	await page.goto('/');
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	// Mijn scans has been listed, so the app has opened (and upgraded) its database.
	await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	await page.evaluate(async (record) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kwartiermaker');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction('workshops', 'readwrite');
		tx.objectStore('workshops').put(record);
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, workshop);

	await page.reload();
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	await page.getByTestId('footer-data-link').click();
	await expectHeading(page, 'Uw gegevens');
	await expect(page.getByTestId('data-workshop-count')).toHaveText('Er staat 1 werksessie op dit apparaat.');
	// Reading it did not change it.
	expect(await storedWorkshops(page)).toEqual([workshop]);
	await checkPage('Uw gegevens with a werksessie');

	await page.getByRole('button', { name: 'Alles verwijderen' }).click();
	await expect(page.getByTestId('confirm-delete-workshops')).toHaveText(
		'Ook de werksessie op dit apparaat wordt verwijderd, met de antwoorden van de deelnemers.'
	);
	await checkPage('Alles verwijderen with a werksessie');
	await page.getByRole('button', { name: 'Ja, verwijder alles' }).click();
	await expectHeading(page, 'Kwartiermaker');
	expect(await storedWorkshops(page)).toEqual([]);

	// The workshop's backup file (no settled scan yet, so no scans in it) brings it back exactly.
	const backup = buildWorkshopBackup(workshop, null, '2026-11-25T12:00:00.000Z');
	await restore(page, backup);
	await expect(page.getByTestId('home-data-notice')).toHaveText('De werksessie is teruggezet.');
	await expect(page.getByTestId('home-notice')).toHaveCount(0);
	expect(await storedWorkshops(page)).toEqual([workshop]);
	await checkPage('Mijn scans after restoring a werksessie');

	// Restoring it a second time keeps the one that is here.
	await restore(page, backup);
	await expect(page.getByTestId('home-data-notice')).toHaveText(
		'De werksessie in de reservekopie stond al op dit apparaat. Die is niet veranderd.'
	);

	await page.reload();
	await page.getByTestId('footer-data-link').click();
	await expect(page.getByTestId('data-workshop-count')).toHaveText('Er staat 1 werksessie op dit apparaat.');
	expect(await storedWorkshops(page)).toEqual([workshop]);
});

test('a backup with a werksessie from a newer release is refused with a message that names it, and stores nothing', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	await restore(page, buildWorkshopBackup({ ...workshop, schemaVersion: 2 } as unknown as Workshop, null, '2026-11-25T12:00:00.000Z'));
	await expect(page.locator('#backup-file-error')).toContainText('De werksessie van Gemeente Fixturestad in de reservekopie is gemaakt met een nieuwere versie van Kwartiermaker.');
	expect(await storedWorkshops(page)).toEqual([]);
});
