/**
 * Answers of an earlier checklist version survive: restored from a backup or opened from storage,
 * an answer that no longer fits a question is kept aside and shown under "Antwoorden uit een eerdere
 * versie". Also the backup faults around names, encodings and huge files.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';

// The backup fixture of the current checklist version: every answer fits, so what is kept aside is
// exactly what a test adds. (How 1.0.0 backups migrate is tested in checklist-1-1.spec.ts.)
const VERSION = loadChecklist().version;
const FIXTURE = `tests/fixtures/backups/backup-v1-checklist-${VERSION}.json`;

interface BackupJson {
	scans: { id: string; checklistVersion: string; profile: { organisation: string }; answers: Record<string, { value: string | null; note: string; updatedAt: string }> }[];
}

function fixtureBackup(edit: (backup: BackupJson) => void = () => {}): BackupJson {
	const backup = JSON.parse(readFileSync(FIXTURE, 'utf8')) as BackupJson;
	edit(backup);
	return backup;
}

async function restore(page: Page, content: Buffer, name = 'reservekopie.json'): Promise<void> {
	await page.getByLabel('Kies het bestand met de reservekopie').setInputFiles({ name, mimeType: 'application/json', buffer: content });
	await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
}

const OLD_NOTE = 'Uitleg bij een vraag die in versie 1.0 niet meer bestaat <b>letterlijk</b>';

test('a restored backup keeps answers that no longer fit aside and shows them on the check page', async ({ page, checkPage }) => {
	const backup = fixtureBackup((b) => {
		const scan = b.scans[0]!;
		scan.answers['vraag-uit-versie-0-9'] = { value: '2', note: OLD_NOTE, updatedAt: '2026-01-05T10:00:00.000Z' };
	});
	const scan = backup.scans[0]!;
	await page.goto('/#/');
	await restore(page, Buffer.from(JSON.stringify(backup)));
	await expect(page.getByTestId('home-notice')).toContainText(scan.profile.organisation);
	await expect(page.getByTestId('restore-warnings')).toContainText('1 antwoord past niet meer bij deze versie van de vragenlijst');
	await expect(page.getByTestId('restore-warnings')).toContainText('Antwoorden uit een eerdere versie');
	await checkPage('Mijn scans with restore warnings');

	await page.goto(`/#/scan/${scan.id}/controleren`);
	await expectHeading(page, 'Controleer uw antwoorden');
	const section = page.getByTestId('kept-aside');
	await expect(section.getByRole('heading', { level: 2, name: 'Antwoorden uit een eerdere versie' })).toBeVisible();
	const row = page.getByTestId('kept-aside-vraag-uit-versie-0-9');
	await expect(row).toContainText('Een vraag die niet meer bestaat (vraag-uit-versie-0-9)');
	await expect(row).toContainText('antwoordcode ‘2’');
	// The note is shown literally: the markup is text, not an element.
	await expect(row).toContainText(OLD_NOTE);
	await expect(row.locator('b')).toHaveCount(0);
	await expect(row).toContainText(`Uit versie ${VERSION} van de vragenlijst`);
	await checkPage('check page with kept-aside answers');

	// Every other answer of the fixture came back as it was.
	await expect(page.getByTestId('open-warning')).toHaveCount(0);
	await expect(page.getByTestId('all-answered')).toBeVisible();
});

test('a scan in storage with an answer the checklist does not know shows it aside when opened, and nothing is lost', async ({ page }) => {
	const backup = fixtureBackup();
	const scan = backup.scans[0]!;
	await page.goto('/#/');
	await restore(page, Buffer.from(JSON.stringify(backup)));
	await expect(page.getByTestId('home-notice')).toContainText(scan.profile.organisation);

	// As an older release could have left it: an answer to a question this checklist does not have.
	await page.evaluate(
		async ({ scanId, note }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('kwartiermaker');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction('answers', 'readwrite');
				tx.objectStore('answers').put({ scanId, questionId: 'vraag-van-vroeger', value: 'special:unknown', note, updatedAt: '2026-01-05T10:00:00.000Z' });
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ scanId: scan.id, note: 'Opgeslagen door een oudere versie' }
	);

	// Open the check page as a fresh start (the app reads storage anew): the first page of a visit is not
	// focused, so the heading is only checked for its text.
	await page.goto(`/#/scan/${scan.id}/controleren`);
	await page.reload();
	await expectHeading(page, 'Controleer uw antwoorden', { focused: false });
	const row = page.getByTestId('kept-aside-vraag-van-vroeger');
	await expect(row).toContainText('Een vraag die niet meer bestaat (vraag-van-vroeger)');
	await expect(row).toContainText('Weet ik niet');
	await expect(row).toContainText('Opgeslagen door een oudere versie');
	await expect(page.getByTestId('all-answered')).toBeVisible();
});

test('a restored copy of a scan with a very long name keeps " (teruggezet)"', async ({ page }) => {
	const longName = `Gemeente ${'Langenaamstad '.repeat(20)}`.slice(0, 200).trimEnd();
	const backup = Buffer.from(JSON.stringify(fixtureBackup((b) => (b.scans[0]!.profile.organisation = longName))));
	await page.goto('/#/');
	await restore(page, backup);
	await expect(page.getByTestId('scan-item')).toHaveCount(1);
	await restore(page, backup);
	await expect(page.getByTestId('scan-item')).toHaveCount(2);
	const copy = page.getByTestId('scan-item').filter({ hasText: '(teruggezet)' });
	await expect(copy).toHaveCount(1);
	const names = await page.getByTestId('scan-item').locator('h3, h2').allTextContents();
	expect(new Set(names).size, `names: ${names.join(' | ')}`).toBe(2);
});

test('a backup saved as Latin-1 restores with its letters and a warning; a huge file gets "te groot"', async ({ page, checkPage }) => {
	const backup = fixtureBackup((b) => (b.scans[0]!.profile.organisation = 'Gemeente Zoë en Café'));
	await page.goto('/#/');
	// What an editor that saves as Latin-1 makes of it; characters it cannot store (€, “) become '?'.
	const latin1 = JSON.stringify(backup).replace(/[^\u0000-\u00ff]/g, '?');
	await restore(page, Buffer.from(latin1, 'latin1'), 'latin1.json');
	await expect(page.getByTestId('restore-warnings')).toContainText('niet als UTF-8 opgeslagen');
	await expect(page.getByTestId('scan-item')).toContainText('Gemeente Zoë en Café');
	await expect(page.getByTestId('scan-item')).not.toContainText('\uFFFD');

	const million = `{"type":"kwartiermaker-backup","version":1,"scans":[${Array.from({ length: 1_000_000 }, () => '1').join(',')}]}`;
	await restore(page, Buffer.from(million), 'groot.json');
	await expect(page.locator('#backup-file-error')).toContainText('te groot');
	await checkPage('Mijn scans with a refused huge file');
	await expect(page.getByTestId('scan-item')).toHaveCount(1);
});
