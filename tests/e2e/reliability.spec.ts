/**
 * Reliability in a real browser (see docs/reliability.md): answers shown as saved
 * survive a reload or a closed tab, a failing or missing IndexedDB is said in Dutch and never hidden
 * behind "Opgeslagen", hostile links change nothing, and the app works offline after the first visit.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { PhaseId } from '../../src/lib/content/checklist-schema.ts';
import { nl } from '../../src/lib/i18n/nl.ts';

const STORAGE_ERROR_MESSAGES = nl.storage.errors;
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { openControlled } from './support/service-worker.ts';
import {
	answerQuestion,
	createScan,
	NOTE_LABEL,
	optionId,
	optionLabel,
	questionsInScope,
	readDatabase,
	SAVED_TEXT,
	saveStatus,
	storedAnswer,
	textOf
} from './support/scans.ts';

// These tests are about the service worker (offline use, updates): it runs here, unlike in most specs.
test.use({ serviceWorkers: 'allow' });

declare global {
	interface Window {
		__kmFailWrites?: boolean;
		__kmStatusLog?: string[];
	}
}

const checklist = loadChecklist();
const PHASE: PhaseId = 'eerste';
const SCAN = { organisation: 'Gemeente Betrouwbaar', phase: PHASE, mode: 'quick' as const };
const questions = questionsInScope(checklist, 'quick', PHASE);
const [q0, q1, q2] = [questions[0]!, questions[1]!, questions[2]!];

/** Records every text the save status changes to from now on (a live region: each one is announced). */
async function recordStatus(page: Page): Promise<void> {
	await page.evaluate(() => {
		const status = document.querySelector('main .app-save-status')!;
		window.__kmStatusLog = [];
		new MutationObserver(() => window.__kmStatusLog!.push(status.textContent?.trim() ?? '')).observe(status, {
			subtree: true,
			childList: true,
			characterData: true
		});
	});
}

/** Enumerable keys every plain object inherits: not empty once Object.prototype is polluted. */
function inheritedKeys(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const keys: string[] = [];
		for (const key in {}) keys.push(key);
		return keys;
	});
}

test.describe('reload or close right after typing', () => {
	test('a toelichting shown as saved survives a reload 0–200 ms later; an unconfirmed one never corrupts it', async ({ page }) => {
		const scanId = await createScan(page, checklist, SCAN);
		await page.goto(`/#/scan/${scanId}/vraag/${q0.id}`);
		await expectHeading(page, textOf(q0, PHASE));
		const radio = page.getByRole('radio', { name: optionLabel(checklist, q0, 2), exact: true });
		const note = page.getByLabel(NOTE_LABEL);
		await radio.check();

		let confirmed = '';
		for (const delay of [0, 50, 200]) {
			const part = `${confirmed ? ' ' : ''}deel na ${delay} ms “ë€”`;
			await note.focus();
			await note.press('End');
			await note.pressSequentially(part);
			await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
			confirmed += part;
			if (delay > 0) await page.waitForTimeout(delay);
			await page.reload();
			await expectHeading(page, textOf(q0, PHASE), { focused: false });
			await expect(radio).toBeChecked();
			await expect(note).toHaveValue(confirmed);
		}

		// Reload 0, 100 and 200 ms after the last keystroke, before the debounced save (250 ms) ran and so
		// before the page said "Opgeslagen": the app flushes on pagehide. What was confirmed is never lost, the
		// stored text is always one the user typed, and up to 100 ms the flush must have kept all of it.
		for (const delay of [0, 100, 200]) {
			// One character first, until saved: no write is running when the rest is typed.
			await note.focus();
			await note.press('End');
			await note.pressSequentially(' ');
			await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
			confirmed += ' ';
			const tail = `onbevestigd-${delay}`;
			await note.pressSequentially(tail);
			if (delay > 0) await page.waitForTimeout(delay);
			const stateAtReload = await saveStatus(page).getAttribute('data-save-state');
			await page.reload();
			await expectHeading(page, textOf(q0, PHASE), { focused: false });
			await expect(radio).toBeChecked();
			const kept = await note.inputValue();
			const typed = confirmed + tail;
			expect(kept.startsWith(confirmed), `confirmed text kept (reload ${delay} ms after typing)`).toBe(true);
			expect(typed.startsWith(kept), 'kept text is what was typed').toBe(true);
			if (stateAtReload === 'saved' || delay <= 100) {
				expect(kept, `flushed on pagehide (reload ${delay} ms after typing, status "${stateAtReload}")`).toBe(typed);
			}
			test.info().annotations.push({
				type: 'reload after typing: unconfirmed',
				description: `reload ${delay} ms after the last keystroke (status "${stateAtReload}"): ${
					kept === typed ? 'everything kept' : `kept "${kept.slice(confirmed.length)}" of "${tail}"`
				}`
			});
			confirmed = kept;
		}
		expect((await storedAnswer(page, scanId, q0.id))?.note).toBe(confirmed);
	});

	test('closing the tab right after "Opgeslagen", or right after typing, keeps the answer for the next tab', async ({ page, context }) => {
		const scanId = await createScan(page, checklist, SCAN);
		await page.goto(`/#/scan/${scanId}/vraag/${q1.id}`);
		await expectHeading(page, textOf(q1, PHASE));
		const label = optionLabel(checklist, q1, 3);
		await page.getByRole('radio', { name: label, exact: true }).check();
		await page.getByLabel(NOTE_LABEL).pressSequentially('Net getypt');
		await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
		await page.close();

		// A second tab: type more and close it at once, before the debounced save ran. The flush on
		// pagehide must keep it too.
		const quick = await context.newPage();
		await quick.goto(`/#/scan/${scanId}/vraag/${q1.id}`);
		await expectHeading(quick, textOf(q1, PHASE), { focused: false });
		await expect(quick.getByLabel(NOTE_LABEL)).toHaveValue('Net getypt');
		await quick.getByLabel(NOTE_LABEL).press('End');
		await quick.getByLabel(NOTE_LABEL).pressSequentially(', dan');
		await expect(saveStatus(quick)).toHaveText(SAVED_TEXT);
		await quick.getByLabel(NOTE_LABEL).pressSequentially(' tabblad dicht');
		await quick.close();

		const next = await context.newPage();
		const errors: string[] = [];
		next.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		next.on('pageerror', (error) => errors.push(error.message));
		await next.goto(`/#/scan/${scanId}/vraag/${q1.id}`);
		await expectHeading(next, textOf(q1, PHASE), { focused: false });
		await expect(next.getByRole('radio', { name: label, exact: true })).toBeChecked();
		await expect(next.getByLabel(NOTE_LABEL)).toHaveValue('Net getypt, dan tabblad dicht');
		await next.goto('/');
		const item = next.getByTestId('scan-item').filter({ hasText: SCAN.organisation });
		await expect(item.getByTestId('scan-progress')).toHaveText(`1 van ${questions.length} vragen`);
		expect(await storedAnswer(next, scanId, q1.id)).toMatchObject({
			value: optionId(checklist, q1, 3),
			note: 'Net getypt, dan tabblad dicht'
		});
		expect(errors, 'console errors in the second tab').toEqual([]);
	});
});

const WITHOUT_INDEXEDDB: Record<string, () => void> = {
	'indexedDB is undefined': () => {
		Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
	},
	'indexedDB.open throws (Firefox private mode)': () => {
		IDBFactory.prototype.open = function () {
			throw new DOMException(
				'A mutation operation was attempted on a database that did not allow mutations.',
				'InvalidStateError'
			);
		};
	}
};

test.describe('IndexedDB unavailable', () => {
	for (const [variant, script] of Object.entries(WITHOUT_INDEXEDDB)) {
		test(`${variant}: the app loads, says so in Dutch and works in memory`, async ({ page, checkPage }) => {
			await page.addInitScript(script);
			await page.goto('/');
			await expectHeading(page, 'Kwartiermaker', { focused: false });
			const banner = page.getByRole('region', { name: 'Opslag' });
			await expect(banner).toContainText('Let op');
			await expect(banner).toContainText(STORAGE_ERROR_MESSAGES.unavailable);
			await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
			await checkPage('Mijn scans without storage');

			const scanId = await createScan(page, checklist, SCAN);
			await expect(banner).toBeVisible();
			await page.goto(`/#/scan/${scanId}/vraag/${q0.id}`);
			await expectHeading(page, textOf(q0, PHASE));
			await page.getByRole('radio', { name: optionLabel(checklist, q0, 1), exact: true }).check();
			await page.getByLabel(NOTE_LABEL).fill('Alleen in het geheugen');
			await expect(banner).toBeVisible();
			await expect(saveStatus(page)).not.toHaveAttribute('data-save-state', 'error');
			await page.getByRole('button', { name: 'Opslaan en verder' }).click();
			await expectHeading(page, textOf(q1, PHASE));

			await page.goto(`/#/scan/${scanId}/controleren`);
			await expectHeading(page, 'Controleer uw antwoorden');
			const row = page.getByTestId(`answer-${q0.id}`);
			await expect(row).toContainText(optionLabel(checklist, q0, 1));
			await expect(row).toContainText('Alleen in het geheugen');
			await page.getByRole('link', { name: 'Kwartiermaker', exact: true }).click();
			await expect(page.getByTestId('scan-item').getByTestId('scan-progress')).toHaveText(`1 van ${questions.length} vragen`);
			await expect(banner).toBeVisible();
		});
	}

	test('in memory, the save status does not claim the answer is stored on this device', async ({ page }) => {
		await page.addInitScript(WITHOUT_INDEXEDDB['indexedDB is undefined']!);
		const scanId = await createScan(page, checklist, SCAN);
		await page.goto(`/#/scan/${scanId}/vraag/${q0.id}`);
		await expectHeading(page, textOf(q0, PHASE));
		await recordStatus(page);
		await page.getByRole('radio', { name: optionLabel(checklist, q0, 1), exact: true }).check();
		await page.getByLabel(NOTE_LABEL).fill('Alleen in het geheugen');
		await expect(saveStatus(page)).not.toHaveAttribute('data-save-state', 'saving');
		const shown = await page.evaluate(() => window.__kmStatusLog ?? []);
		// "Opgeslagen op dit apparaat" next to a banner saying nothing is kept is a false promise.
		expect(shown.filter((text) => text.includes(SAVED_TEXT)), 'status texts shown while storage is in memory').toEqual([]);
	});
});

test('a failed write (quota full) is shown in Dutch, never as "Opgeslagen", and the saved answer stays', async ({ page, checkPage }) => {
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (window.__kmFailWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	const scanId = await createScan(page, checklist, SCAN);
	const savedLabel = optionLabel(checklist, q0, 1);
	await answerQuestion(page, { scanId, question: q0, phase: PHASE, label: savedLabel, note: 'Bewaard antwoord' });
	const before = await storedAnswer(page, scanId, q0.id);
	expect(before).toMatchObject({ value: optionId(checklist, q0, 1), note: 'Bewaard antwoord' });

	await page.evaluate(() => (window.__kmFailWrites = true));
	await recordStatus(page);
	const newLabel = optionLabel(checklist, q0, 3);
	await page.getByRole('radio', { name: newLabel, exact: true }).check();
	await page.getByLabel(NOTE_LABEL).pressSequentially(' en een wijziging');

	const status = saveStatus(page);
	await expect(status).toHaveAttribute('data-save-state', 'error');
	await expect(status).toHaveText(`Niet opgeslagen: ${STORAGE_ERROR_MESSAGES.quota}`);
	const alert = page.getByRole('alert').filter({ hasText: 'Niet opgeslagen.' });
	await expect(alert).toContainText(STORAGE_ERROR_MESSAGES.quota);
	await expect(alert.getByRole('button', { name: 'Opnieuw proberen' })).toBeVisible();
	await checkPage('question with a failed save');

	// "Opslaan en verder" does not move on past an answer that was not stored.
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expect(status).toHaveAttribute('data-save-state', 'error');
	await expectHeading(page, textOf(q0, PHASE), { focused: false });
	await expect(page).toHaveURL(new RegExp(`/vraag/${q0.id}$`));
	// The user's input stays on screen, so nothing typed is lost.
	await expect(page.getByRole('radio', { name: newLabel, exact: true })).toBeChecked();
	await expect(page.getByLabel(NOTE_LABEL)).toHaveValue('Bewaard antwoord en een wijziging');

	const shown = await page.evaluate(() => window.__kmStatusLog ?? []);
	expect(shown.some((text) => text.startsWith('Niet opgeslagen'))).toBe(true);
	expect(shown.filter((text) => text.includes('Opgeslagen op dit apparaat')), 'status after the failure').toEqual([]);
	expect(await storedAnswer(page, scanId, q0.id), 'the earlier saved answer is unchanged').toEqual(before);

	// The backup offered in the warning is made from memory, so it holds the answer that was not stored.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		alert.getByRole('button', { name: 'Reservekopie downloaden' }).click()
	]);
	const backup = await readFile((await download.path())!, 'utf8');
	expect(backup).toContain('Bewaard antwoord en een wijziging');
	expect(backup).toContain(SCAN.organisation);

	// Once writing works again, "Opnieuw proberen" stores the answer that stayed in memory.
	await page.evaluate(() => (window.__kmFailWrites = false));
	await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
	await expect(status).toHaveText(SAVED_TEXT);
	await expect(alert).toHaveCount(0);
	expect(await storedAnswer(page, scanId, q0.id)).toMatchObject({
		value: optionId(checklist, q0, 3),
		note: 'Bewaard antwoord en een wijziging'
	});
});

const NOT_FOUND = 'Deze pagina bestaat niet. Misschien is de link niet compleet.';
const SCAN_MISSING = 'Deze scan bestaat niet (meer) op dit apparaat.';

/** Hostile and broken links, each with the Dutch message its not-found page must show. */
function hostileLinks(scanId: string): [hash: string, message: string][] {
	return [
		['#/scan/../../etc/passwd', NOT_FOUND],
		[`#/scan/${randomUUID()}`, SCAN_MISSING],
		[`#/scan/${scanId}/vraag/<script>alert(1)</script>`, NOT_FOUND],
		[`#/scan/${scanId}/vraag/<img src=x onerror=alert(1)>`, NOT_FOUND],
		[`#/scan/${scanId}/vraag/__proto__`, NOT_FOUND],
		[`#/scan/${scanId}/vraag/bestaat-niet`, 'Deze vraag of dit thema hoort niet bij deze scan.'],
		[`#/${'a'.repeat(10_000)}`, NOT_FOUND],
		[`#/scan/${scanId}/${'x/'.repeat(5_000)}`, NOT_FOUND]
	];
}

async function expectNotFound(page: Page, message: string, label: string): Promise<void> {
	await expectHeading(page, 'Pagina niet gevonden', { focused: false });
	const main = page.locator('main');
	await expect(main, label).toContainText(message);
	await expect(main).toContainText('Er is niets veranderd aan uw opgeslagen scans.');
	await expect(page.locator('main script, main img, main iframe')).toHaveCount(0);
	// Nothing from the link reaches the page title.
	expect(await page.title()).not.toMatch(/script|onerror|passwd|aaaa|x\/x/);
}

test('hostile and broken links show a Dutch "Pagina niet gevonden" and change nothing', async ({ page, checkPage }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const scanId = await createScan(page, checklist, SCAN);
	await answerQuestion(page, { scanId, question: q0, phase: PHASE, label: optionLabel(checklist, q0, 0), note: 'Blijft staan' });
	await page.goto(`/#/scan/${scanId}`);
	await expectHeading(page, SCAN.organisation);
	const before = await readDatabase(page);
	const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name).sort());
	const databasesBefore = await databases();

	for (const [index, [hash, message]] of hostileLinks(scanId).entries()) {
		const label = hash.slice(0, 60);
		// Followed from inside the app (a hash change from the scan's task list)…
		await page.goto(`/#/scan/${scanId}`);
		await expectHeading(page, SCAN.organisation, { focused: false });
		await page.goto(`/${hash}`);
		await expectNotFound(page, message, `${label} (from the task list)`);
		if (index === 0) await checkPage('not-found page');
		if (index === 1) await checkPage('scan-not-found page');
		// …and loaded as a new page (pasted in the address bar, or a link from elsewhere).
		await page.reload();
		await expectNotFound(page, message, `${label} (new page)`);
	}

	// The way back works, and nothing stored changed.
	await page.getByRole('link', { name: 'Ga naar Mijn scans' }).click();
	await expectHeading(page, 'Kwartiermaker');
	await expect(page.getByTestId('scan-item').getByTestId('scan-progress')).toHaveText(`1 van ${questions.length} vragen`);
	expect(dialogs, 'dialogs opened by a link').toEqual([]);
	// (Only the resume point's time may move: the test itself reopened the task list.)
	const after = await readDatabase(page);
	expect({ scans: after!.scans, answers: after!.answers }).toEqual({ scans: before!.scans, answers: before!.answers });
	expect(after!.session.map(({ scanId: id, location }) => ({ id, location }))).toEqual([{ id: scanId, location: `#/scan/${scanId}` }]);
	expect(await databases()).toEqual(databasesBefore);
	expect(await inheritedKeys(page), 'Object.prototype polluted').toEqual([]);
});

test('a broken link followed from Mijn scans also shows "Pagina niet gevonden"', async ({ page }) => {
	const scanId = await createScan(page, checklist, SCAN);
	for (const [hash, message] of hostileLinks(scanId)) {
		await page.goto('/');
		await expectHeading(page, 'Kwartiermaker', { focused: false });
		await expect(page.getByTestId('scan-item')).toHaveCount(1);
		// A hash change on the open app, e.g. a link pasted into the address bar of this tab.
		await page.goto(`/${hash}`);
		await expect(page.locator('main h1'), `${hash.slice(0, 60)} (from Mijn scans)`).toHaveText('Pagina niet gevonden', {
			timeout: 3_000
		});
		await expectNotFound(page, message, `${hash.slice(0, 60)} (from Mijn scans)`);
	}
});

test('the not-found page reached from a scan has its own page title, not the scan’s', async ({ page }) => {
	const scanId = await createScan(page, checklist, SCAN);
	await expect(page).toHaveTitle(`Overzicht – ${SCAN.organisation} – Kwartiermaker`);
	await page.goto(`/#/scan/${scanId}/vraag/bestaat-niet`);
	await expectNotFound(page, 'Deze vraag of dit thema hoort niet bij deze scan.', 'unknown question');
	// WCAG 2.4.2: the title must describe the page; this page is not the scan.
	await expect(page).not.toHaveTitle(new RegExp(SCAN.organisation), { timeout: 3_000 });
});

test('broken records in storage do not stop the app; valid scans load and the broken ones are kept', async ({ page }) => {
	const scanId = await createScan(page, checklist, SCAN);
	await answerQuestion(page, { scanId, question: q0, phase: PHASE, label: optionLabel(checklist, q0, 2), note: 'Geldig antwoord' });
	const broken = {
		scans: [
			{ id: 'kapot-zonder-velden' },
			{ id: 'kapot-verkeerde-typen', profile: 'geen object', mode: 42, updatedAt: { nee: 1 }, createdAt: null, demo: 'ja' },
			{ id: 'kapot-toekomst', schemaVersion: 99, profile: { organisation: 7 }, answers: 'tekst in plaats van object' }
		],
		answers: [
			{ scanId, questionId: q1.id, value: { geen: 'tekst' }, note: 12, updatedAt: null },
			{ scanId, questionId: '__proto__', value: '0', note: 'vervuiling?', updatedAt: '2020-01-01T00:00:00.000Z' }
		]
	};
	await page.evaluate(async (records) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kwartiermaker');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction(['scans', 'answers'], 'readwrite');
			for (const record of records.scans) tx.objectStore('scans').put(record);
			for (const record of records.answers) tx.objectStore('answers').put(record);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, broken);

	await page.goto('/');
	await page.reload();
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	const item = page.getByTestId('scan-item').filter({ hasText: SCAN.organisation });
	await expect(item).toHaveCount(1);

	// The valid scan opens with its valid answer; the page does not break on the broken one.
	await page.goto(`/#/scan/${scanId}/controleren`);
	await expectHeading(page, 'Controleer uw antwoorden');
	await expect(page.getByTestId(`answer-${q0.id}`)).toContainText('Geldig antwoord');
	expect(await inheritedKeys(page), 'Object.prototype polluted').toEqual([]);

	// The next autosave in that scan neither deletes nor overwrites the broken records.
	await answerQuestion(page, { scanId, question: q2, phase: PHASE, label: optionLabel(checklist, q2, 1), note: 'Na het herstel' });
	const stored = await readDatabase(page);
	for (const record of broken.scans) expect(stored!.scans).toContainEqual(record);
	for (const record of broken.answers) expect(stored!.answers).toContainEqual(record);
});

test('after the first visit the app works offline, from the service worker', async ({ page, context }) => {
	test.setTimeout(60_000);
	await openControlled(page);
	const precached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
		}
		return urls;
	});
	expect(precached).toContain('/index.html');
	expect(precached.some((url) => /^\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);

	const scanId = await createScan(page, checklist, SCAN);
	await answerQuestion(page, { scanId, question: q0, phase: PHASE, label: optionLabel(checklist, q0, 1), note: 'Online ingevuld' });

	// Offline. Playwright 1.65 applies setOffline to service-worker fetches in Chromium too; the route
	// additionally fails (and records) anything that would still reach the server.
	const reachedNetwork: string[] = [];
	await context.setOffline(true);
	await context.route('**/*', (route) => {
		reachedNetwork.push(route.request().url());
		return route.abort('internetdisconnected');
	});
	// Proof that the cut also holds inside the service worker: its own fetch to the server fails, so
	// whatever it serves from now on comes from its precache.
	const [worker] = context.serviceWorkers();
	expect(worker, 'the service worker').toBeDefined();
	const probe = await worker!.evaluate(() =>
		fetch(`/manifest.webmanifest?probe=${Date.now()}`, { cache: 'no-store' }).then(
			(response) => `status ${response.status}`,
			() => 'failed'
		)
	);
	expect(probe, 'a fetch by the service worker itself while offline').toBe('failed');
	const notFromWorker: string[] = [];
	page.on('response', (response) => {
		if (!response.fromServiceWorker()) notFromWorker.push(response.url());
	});

	const home = await page.goto('/');
	expect(home?.fromServiceWorker()).toBe(true);
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	const item = page.getByTestId('scan-item').filter({ hasText: SCAN.organisation });
	await expect(item.getByTestId('scan-progress')).toHaveText(`1 van ${questions.length} vragen`);

	// A deep link, loaded from scratch while offline, and a new answer saved offline.
	await page.goto('about:blank');
	const deep = await page.goto(`/#/scan/${scanId}/vraag/${q1.id}`);
	expect(deep?.fromServiceWorker()).toBe(true);
	await expectHeading(page, textOf(q1, PHASE), { focused: false });
	await page.getByRole('radio', { name: optionLabel(checklist, q1, 2), exact: true }).check();
	await page.getByLabel(NOTE_LABEL).fill('Offline ingevuld');
	await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expectHeading(page, textOf(q2, PHASE));

	await page.goto(`/#/scan/${scanId}/controleren`);
	await expectHeading(page, 'Controleer uw antwoorden');
	await expect(page.getByTestId(`answer-${q0.id}`)).toContainText('Online ingevuld');
	await expect(page.getByTestId(`answer-${q1.id}`)).toContainText('Offline ingevuld');

	expect(notFromWorker, 'responses not served by the service worker while offline').toEqual([]);
	// Only the probe above (and possibly the browser's own update check of sw.js) may have tried the network.
	expect(
		reachedNetwork.filter((url) => !url.includes('?probe=') && !url.endsWith('/sw.js')),
		'requests that reached for the network'
	).toEqual([]);
	test.info().annotations.push({ type: 'network attempts while offline', description: reachedNetwork.join(', ') || 'none' });
});
