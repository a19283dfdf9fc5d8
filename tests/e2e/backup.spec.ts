import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectHeading, expectNoAxeViolations, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';

const checklist = loadChecklist();
const firstQuick = checklist.themes[0]!.questions.find((q) => q.quick)!;

async function createScanWithAnswer(page: Page, organisation: string): Promise<void> {
	await page.goto('/#/nieuw');
	await page.getByLabel('Naam van de gemeente of organisatie').fill(organisation);
	await page.getByRole('radio', { name: checklist.phases[1]!.label }).check();
	await page.getByRole('radio', { name: 'Snelle scan' }).check();
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await page.getByRole('link', { name: checklist.themes[0]!.title }).click();
	await page.getByRole('radio').nth(3).check();
	await page.getByLabel('Toelichting (niet verplicht)').fill('Teruggezet uit de “reservekopie”');
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await page.goto('/#/');
}

async function downloadBackupOf(page: Page, organisation: string): Promise<Buffer> {
	const item = page.getByTestId('scan-item').filter({ hasText: organisation });
	const href = await item.getByRole('link', { name: /Doorgaan/ }).getAttribute('href');
	const scanId = /#\/scan\/([0-9a-f-]{36})/.exec(href ?? '')![1]!;
	await page.goto(`/#/scan/${scanId}`);
	const downloadPromise = page.waitForEvent('download');
	await page.getByTestId('download-backup').click();
	return readFileSync((await (await downloadPromise).path())!);
}

test('a backup restores a deleted scan with its answers, and never overwrites an existing one', async ({ page, checkPage }) => {
	await createScanWithAnswer(page, 'Gemeente Terugzetten');
	const backup = await downloadBackupOf(page, 'Gemeente Terugzetten');

	// Delete the scan, then restore it from the file.
	await page.goto('/#/');
	const item = page.getByTestId('scan-item').filter({ hasText: 'Gemeente Terugzetten' });
	await item.getByRole('button', { name: /Verwijderen/ }).click();
	await page.getByRole('button', { name: 'Ja, verwijder deze scan' }).click();
	await expect(page.getByTestId('scan-item')).toHaveCount(0);

	await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles({ name: 'kopie.json', mimeType: 'application/json', buffer: backup });
	await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
	await expect(page.getByTestId('home-notice')).toContainText('Gemeente Terugzetten');
	await expect(page.getByTestId('scan-item')).toHaveCount(1);
	await checkPage('Mijn scans after a restore');

	await page.getByTestId('scan-item').getByRole('link', { name: /Doorgaan/ }).click();
	await page.getByRole('link', { name: 'Antwoorden controleren' }).click();
	await expectHeading(page, 'Controleer uw antwoorden');
	await expect(page.getByTestId(`answer-${firstQuick.id}`)).toContainText('Teruggezet uit de “reservekopie”');

	// Restoring the same file again keeps the first and adds a recognisable copy.
	await page.goto('/#/');
	await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles({ name: 'kopie.json', mimeType: 'application/json', buffer: backup });
	await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
	await expect(page.getByTestId('scan-item')).toHaveCount(2);
	await expect(page.getByTestId('scan-item').filter({ hasText: 'Gemeente Terugzetten (teruggezet)' })).toHaveCount(1);
});

test('a broken or hostile file gets a clear Dutch message and changes nothing', async ({ page, checkPage }) => {
	await createScanWithAnswer(page, 'Gemeente Blijft');
	const files: [string, string, RegExp][] = [
		['kapot.json', '{ dit is geen json', /geen geldige JSON/],
		['vreemd.json', JSON.stringify({ type: 'iets-anders', scans: [] }), /geen reservekopie van Kwartiermaker/],
		['toekomst.json', JSON.stringify({ type: 'kwartiermaker-backup', version: 99, scans: [] }), /nieuwere versie/],
		['vervuild.json', '{"type":"kwartiermaker-backup","version":1,"__proto__":{"polluted":1},"scans":[]}', /.+/]
	];
	for (const [name, content, message] of files) {
		await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
		await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
		const error = page.locator('#backup-file-error');
		await expect(error).toContainText(message);
		// The refusal is in the error summary at the top, which takes focus so it is read out at once.
		const summary = page.locator('.app-error-summary');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText(message);
	}
	// The summary's link leads back to the field.
	await page.locator('.app-error-summary a').click();
	await expect(page.getByLabel('Kies het bestand met de reservekopie')).toBeFocused();
	expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
	await checkPage('Mijn scans with a refused backup');
	await expect(page.getByTestId('scan-item')).toHaveCount(1);
	await expect(page.getByTestId('scan-item')).toContainText('Gemeente Blijft');
	await expect(page.getByTestId('scan-progress')).toContainText('1 van');
});

test('when the browser wipes the saved scans, Mijn scans says so instead of silently starting empty', async ({ page, context }) => {
	await createScanWithAnswer(page, 'Gemeente Gewist');
	await expect(page.getByTestId('scan-item')).toHaveCount(1);
	// Like an eviction: IndexedDB goes, localStorage stays.
	await page.close();
	const other = await context.newPage();
	await other.goto('/icon.svg');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.deleteDatabase('kwartiermaker');
				request.onsuccess = () => resolve();
				request.onerror = () => reject(request.error);
			})
	);
	await other.goto('/');
	await expect(other.getByTestId('evicted')).toContainText('niet meer in deze browser');
	await expect(other.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	await expectNoAxeViolations(other, 'eviction notice');
});
