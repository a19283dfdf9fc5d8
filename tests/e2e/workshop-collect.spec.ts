/**
 * Collecting a werksessie's answers on the production build: a participant's code read through
 * Chromium's fake camera (a multi-frame code, so the frame collector is proven too), answer files
 * chosen at once (one of them hostile), pasted links (one broken), and an answers link opened on the
 * facilitator's device. Axe on every state.
 *
 * The workshop is put straight into the app's IndexedDB `workshops` store (the set-up screens are built
 * in parallel); the envelopes are written here as a participant's device would write them.
 *
 * The fake camera file is written only after the browser started, right before "Camera starten": this
 * proves that Chromium opens the file when the camera starts, not at launch.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import encodeQR from 'qr';
import { toQrFrames } from '../../src/lib/qr/qr-frames.ts';
import { answersLink } from '../../src/lib/workshop/answers-link.ts';
import type { ParticipantEnvelope, Workshop } from '../../src/lib/workshop/workshop-schema.ts';
import { chromiumPath } from './support/chromium-path.ts';
import { fakeCameraArgs, writeFakeCamera } from './support/fake-camera.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';

const cameraDir = mkdtempSync(join(tmpdir(), 'km-fake-camera-'));
const cameraFile = join(cameraDir, 'camera.y4m');

test.use({
	launchOptions: {
		executablePath: chromiumPath(),
		args: [
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
			...fakeCameraArgs(cameraFile)
		]
	}
});

test.afterAll(() => rmSync(cameraDir, { recursive: true, force: true }));

const WORKSHOP_ID = '5a0e8c1d-2b3f-4c5d-8e6f-7a8b9c0d1e2f';
const OTHER_WORKSHOP_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

const workshop: Workshop = {
	id: WORKSHOP_ID,
	schemaVersion: 1,
	checklistId: 'kwartiermaken',
	checklistVersion: '1.1.0',
	settings: {
		organisation: 'Gemeente Voorbeeldstad',
		date: '2026-11-30',
		phase: 'eerste',
		scope: 'full',
		themes: [],
		roles: ['beleid', 'management', 'ervaringswerker'],
		names: 'optional'
	},
	participants: {},
	hands: {},
	discussion: {},
	consensus: {},
	display: { showSmallGroups: false, showNames: false, timerMinutes: 0 },
	resultScanId: null,
	createdAt: '2026-11-30T09:00:00.000Z',
	updatedAt: '2026-11-30T09:00:00.000Z'
};

const NOTE = 'Bij ons werkt dit nog niet goed: de teams weten niet wie het aanspreekpunt is voor ervaringswerkers.';

function envelope(n: number, role: ParticipantEnvelope['role'], name: string, notes = false, workshopId = WORKSHOP_ID): ParticipantEnvelope {
	const ids = ['k1-wegbereider', 'k1-eigenaar', 'k1-verkenning', 'k1-visie', 'k2-plan', 'k2-functie', 'k2-contract', 'k3-aantal'];
	return {
		type: 'kwartiermaker-antwoorden',
		version: 1,
		workshopId,
		participantId: `0b8e2f6a-1c3d-4e5f-8a9b-7c6d5e4f3a${String(n).padStart(2, '0')}`,
		role,
		name,
		checklistId: 'kwartiermaken',
		checklistVersion: '1.1.0',
		answers: Object.fromEntries(ids.map((id, i) => [id, { value: String((i + n) % 5), note: notes ? `${NOTE} (${i})` : '' }])),
		handedInAt: `2026-11-30T10:${String(n).padStart(2, '0')}:00.000Z`
	};
}

async function seedWorkshop(page: Page, record: Workshop): Promise<void> {
	await page.evaluate(async (value) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kwartiermaker');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction('workshops', 'readwrite');
		tx.objectStore('workshops').put(value);
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, record);
}

test('the facilitator collects answers by camera QR code, files and links; the camera is allowed for the app only', async ({
	page,
	checkPage,
	baseURL
}) => {
	const response = await page.goto('/');
	expect(response?.headers()['permissions-policy']).toContain('camera=(self)');
	expect(response?.headers()['permissions-policy']).toContain('microphone=()');
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	await seedWorkshop(page, workshop);

	await page.goto(`/#/werksessie/${WORKSHOP_ID}/verzamelen`);
	await expectHeading(page, 'Antwoorden verzamelen', { focused: false });
	await expect(page.getByTestId('collect-count')).toHaveText('0 deelnemers hebben ingeleverd');
	await expect(page.getByTestId('qr-status')).toContainText('De camera gaat pas aan');
	await checkPage('collect, empty');

	// 1. Camera: a participant with notes on every answer hands in a code of several frames.
	const viaCamera = envelope(1, 'ervaringswerker', 'Anouk', true);
	const frames = await toQrFrames(JSON.stringify(viaCamera));
	expect(frames.length).toBeGreaterThan(1);
	expect(existsSync(cameraFile), 'the camera file does not exist while the browser starts').toBe(false);
	writeFakeCamera(cameraFile, frames, { fps: 10, framesEach: 5 });
	await page.getByRole('button', { name: 'Camera starten' }).click();
	await expect(page.getByTestId('qr-reader')).toHaveAttribute('data-status', 'scanning');
	await expect(page.getByRole('button', { name: 'Camera stoppen' })).toBeVisible();
	await checkPage('collect, camera on');
	const qrItem = page.getByTestId('collect-item').filter({ hasText: 'Anouk' });
	await expect(qrItem).toHaveAttribute('data-status', 'added', { timeout: 20_000 });
	await expect(qrItem).toHaveAttribute('data-via', 'qr');
	await expect(qrItem).toContainText('De antwoorden zijn toegevoegd.');
	await expect(page.getByTestId('collect-count')).toHaveText('1 deelnemer heeft ingeleverd');
	await expect(page.getByTestId('collect-role-ervaringswerker')).toHaveText('1');
	// The code stays in view: it is not added a second time.
	await page.waitForTimeout(1500);
	await expect(page.getByTestId('collect-item')).toHaveCount(1);
	await page.getByRole('button', { name: 'Camera stoppen' }).click();
	await expect(page.getByTestId('qr-reader')).toHaveAttribute('data-status', 'idle');
	// The camera's tracks are stopped: no live video track is left in the page.
	await expect.poll(() => page.evaluate(() => document.querySelectorAll('video').length)).toBe(0);
	await checkPage('collect, after the camera');

	// 2. Files: three at once — a new participant, the camera's participant again (the same hand-in),
	// and a hostile file with a prototype key. Each gets its own line.
	await page.getByLabel('Kies een of meer bestanden met antwoorden').setInputFiles([
		{ name: 'bram.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope(2, 'management', ''))) },
		{ name: 'anouk-opnieuw.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(viaCamera)) },
		{ name: 'vreemd.json', mimeType: 'application/json', buffer: Buffer.from('{"__proto__":{"x":1},"type":"kwartiermaker-antwoorden"}') }
	]);
	await expect(page.getByTestId('collect-item').filter({ hasText: 'bram.json' })).toHaveAttribute('data-status', 'added');
	await expect(page.getByTestId('collect-item').filter({ hasText: 'anouk-opnieuw.json' })).toHaveAttribute('data-status', 'kept-newer');
	const hostile = page.getByTestId('collect-item').filter({ hasText: 'vreemd.json' });
	await expect(hostile).toHaveAttribute('data-status', 'refused');
	await expect(hostile).toContainText('onveilige veldnaam');
	await expect(page.getByTestId('collect-count')).toHaveText('2 deelnemers hebben ingeleverd');
	await checkPage('collect, files');

	// 3. Links: empty first (an error), then two lines: a good link and a cut-off one.
	await page.getByRole('button', { name: 'Links toevoegen' }).click();
	await expect(page.getByText('Plak eerst een link met antwoorden.')).toBeVisible();
	await checkPage('collect, no link');
	const link = await answersLink(JSON.stringify(envelope(3, 'beleid', 'Chris <b>de Boer</b>')), `${baseURL}/`);
	await page.getByLabel('Links met antwoorden').fill(`${link}\n${link.slice(0, -12)}`);
	await page.getByRole('button', { name: 'Links toevoegen' }).click();
	await expect(page.getByTestId('collect-item').filter({ hasText: 'Link 1' })).toHaveAttribute('data-status', 'added');
	// Markup in a name is shown as text.
	await expect(page.getByTestId('collect-item').filter({ hasText: 'Link 1' })).toContainText('Chris <b>de Boer</b> (Beleid)');
	await expect(page.getByTestId('collect-item').filter({ hasText: 'Link 2' })).toHaveAttribute('data-status', 'refused');
	await expect(page.getByTestId('collect-count')).toHaveText('3 deelnemers hebben ingeleverd');
	for (const role of ['beleid', 'management', 'ervaringswerker']) await expect(page.getByTestId(`collect-role-${role}`)).toHaveText('1');
	await checkPage('collect, links');

	// The answers are in the store, marked by how they came.
	const stored = await page.evaluate(async (id) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kwartiermaker');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const record = await new Promise<Workshop>((resolve, reject) => {
			const request = db.transaction('workshops').objectStore('workshops').get(id);
			request.onsuccess = () => resolve(request.result as Workshop);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return Object.values(record.participants).map((participant) => [participant.role, participant.via]).sort();
	}, WORKSHOP_ID);
	expect(stored).toEqual([
		['beleid', 'link'],
		['ervaringswerker', 'qr'],
		['management', 'file']
	]);

	// 4. An answers link opened on this device: preview, then add.
	await page.goto(await answersLink(JSON.stringify(envelope(4, 'management', 'Dana')), `${baseURL}/`));
	await expectHeading(page, 'Antwoorden van een deelnemer', { focused: false });
	// The data was taken out of the address at once.
	expect(new URL(page.url()).hash).toBe('#/antwoorden');
	await expect(page.getByTestId('answers-link-summary')).toContainText('Dana (Management)');
	await expect(page.getByTestId('answers-link-summary')).toContainText('Gemeente Voorbeeldstad');
	await checkPage('answers link, preview');
	await page.getByRole('button', { name: 'Toevoegen aan de werksessie' }).click();
	await expect(page.getByTestId('answers-link-done')).toHaveAttribute('data-outcome', 'added');
	await checkPage('answers link, added');
	await page.getByRole('link', { name: 'Naar antwoorden verzamelen' }).click();
	await expect(page.getByTestId('collect-count')).toHaveText('4 deelnemers hebben ingeleverd');

	// 5. A link for a session that is not on this device.
	await page.goto(await answersLink(JSON.stringify(envelope(5, 'beleid', '', false, OTHER_WORKSHOP_ID)), `${baseURL}/`));
	await expect(page.getByTestId('answers-link-missing')).toContainText('staat niet op dit apparaat');
	await checkPage('answers link, session not here');
});

test('without a camera the reader says so and offers the photo and the link', async ({ page, checkPage }) => {
	// A browser in which getUserMedia refuses: as on a laptop whose administrator blocked the camera.
	await page.addInitScript(() => {
		MediaDevices.prototype.getUserMedia = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
	});
	await page.goto('/');
	await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	await seedWorkshop(page, workshop);
	await page.goto(`/#/werksessie/${WORKSHOP_ID}/verzamelen`);
	await expectHeading(page, 'Antwoorden verzamelen', { focused: false });
	await page.getByRole('button', { name: 'Camera starten' }).click();
	await expect(page.getByTestId('qr-reader')).toHaveAttribute('data-status', 'denied');
	await expect(page.getByTestId('qr-problem')).toContainText('De camera mag niet worden gebruikt.');
	await expect(page.getByTestId('qr-problem')).toContainText('foto van de QR-code');
	await checkPage('collect, camera denied');

	// A photo without a code says so.
	await page.getByLabel('Foto van een QR-code kiezen').setInputFiles({
		name: 'leeg.png',
		mimeType: 'image/png',
		buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=', 'base64')
	});
	await expect(page.getByTestId('qr-photo-problem')).toContainText('Op deze foto is geen QR-code gevonden.');
	await checkPage('collect, photo without a code');

	// A photo of a participant's code (a GIF drawn by the same QR package) is read and added.
	const [frame] = await toQrFrames(JSON.stringify(envelope(6, 'beleid', 'Eva')));
	await page.getByLabel('Foto van een QR-code kiezen').setInputFiles({
		name: 'code.gif',
		mimeType: 'image/gif',
		buffer: Buffer.from(encodeQR(frame!, 'gif', { ecc: 'medium', border: 4, scale: 6 }))
	});
	const item = page.getByTestId('collect-item').filter({ hasText: 'Eva' });
	await expect(item).toHaveAttribute('data-status', 'added');
	await expect(item).toHaveAttribute('data-via', 'qr');
	await expect(page.getByTestId('qr-photo-problem')).toHaveCount(0);
	await checkPage('collect, photo read');
});
