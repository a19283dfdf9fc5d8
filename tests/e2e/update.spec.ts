/**
 * A new version of the app (a new service worker) during a scan: it is announced, the page never
 * reloads by itself (not even when another tab installs the update), and after "Nu bijwerken" every
 * answer is there, including a note that was still being typed.
 *
 * A "new version" is made by serving sw.js with a comment appended: the browser compares the bytes,
 * installs the changed worker and keeps it waiting (the app registers in 'prompt' mode). The browser
 * fetches sw.js for an update check outside Playwright's routing, so these tests serve the built app
 * (dist/) from a server of their own, whose sw.js they can change.
 */
import type { Page } from '@playwright/test';
import type { PhaseId } from '../../src/lib/content/checklist-schema.ts';
import { expect, expectHeading, test as base } from './support/fixtures.ts';
import { openControlled } from './support/service-worker.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { loadChecklist } from './support/checklist.ts';
import {
	answerQuestion,
	answersOf,
	createScan,
	NOTE_LABEL,
	optionId,
	optionLabel,
	questionsInScope,
	readDatabase,
	textOf
} from './support/scans.ts';

declare global {
	interface Window {
		/** Set by the test; a reload of the page clears it. */
		__kmSamePage?: boolean;
	}
}

const test = base.extend<object, { appServer: StaticServer }>({
	appServer: [
		async ({}, use) => {
			const server = await startStaticServer('dist');
			await use(server);
			await server.close();
		},
		{ scope: 'worker' }
	],
	baseURL: async ({ appServer }, use) => {
		appServer.setServiceWorkerSuffix('');
		await use(appServer.url);
	}
});

// These tests are about the service worker (updates): it runs here, unlike in most specs.
test.use({ serviceWorkers: 'allow' });

const checklist = loadChecklist();
const PHASE: PhaseId = 'eerste';
const questions = questionsInScope(checklist, 'quick', PHASE);
const half = Math.ceil(questions.length / 2);

/** From now on the server sends a changed sw.js: a new version of the app. */
function publishNewVersion(server: StaticServer): void {
	server.setServiceWorkerSuffix(`\n// nieuwe versie ${Date.now()}\n`);
}

/** Asks the browser to look for a new service worker now (it also does so on navigations and daily). */
async function checkForUpdate(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration?.update();
	});
}

async function markPage(page: Page): Promise<void> {
	await page.evaluate(() => (window.__kmSamePage = true));
}

function isSamePage(page: Page): Promise<boolean> {
	return page.evaluate(() => window.__kmSamePage === true);
}

test('a new version during a scan is announced, never reloads by itself, and loses nothing after "Nu bijwerken"', async ({
	page,
	appServer,
	checkPage
}) => {
	test.setTimeout(120_000);
	await openControlled(page);
	const scanId = await createScan(page, checklist, { organisation: 'Gemeente Bijwerken', phase: PHASE, mode: 'quick' });
	const expected: Record<string, { value: string | null; note: string }> = {};
	for (const [index, question] of questions.slice(0, half).entries()) {
		const note = `Toelichting ${index + 1} vóór de update`;
		await answerQuestion(page, { scanId, question, phase: PHASE, label: optionLabel(checklist, question, index), note }, { checkStored: false });
		expected[question.id] = { value: optionId(checklist, question, index), note };
	}

	// The next question: an answer and a note that is still being typed when the update arrives.
	const current = questions[half]!;
	await page.goto(`/#/scan/${scanId}/vraag/${current.id}`);
	await expectHeading(page, textOf(current, PHASE));
	await page.getByRole('radio', { name: optionLabel(checklist, current, 1), exact: true }).check();
	const typed = 'Ik typ nog, terwijl er een nieuwe versie komt';
	await page.getByLabel(NOTE_LABEL).pressSequentially(typed.slice(0, 20));
	expected[current.id] = { value: optionId(checklist, current, 1), note: typed };
	await markPage(page);

	publishNewVersion(appServer);
	await checkForUpdate(page);
	const banner = page.getByTestId('update-banner');
	await expect(banner).toContainText('Er is een nieuwe versie van Kwartiermaker.');
	await checkPage('question page with the update banner');

	// The user keeps typing; nothing reloads on its own.
	await page.getByLabel(NOTE_LABEL).pressSequentially(typed.slice(20));
	await page.waitForTimeout(1500);
	expect(await isSamePage(page), 'the page reloaded by itself').toBe(true);
	await expect(page.getByLabel(NOTE_LABEL)).toHaveValue(typed);

	// Right after the last keystroke (before the autosave ran), the user clicks "Nu bijwerken".
	await page.getByLabel(NOTE_LABEL).pressSequentially('!');
	expected[current.id]!.note = `${typed}!`;
	await banner.getByRole('button', { name: 'Nu bijwerken' }).click();
	await expect.poll(() => isSamePage(page).catch(() => false), { timeout: 15_000 }).toBe(false);
	await expectHeading(page, textOf(current, PHASE), { focused: false });
	await expect(page.getByTestId('update-banner')).toHaveCount(0);
	await expect(page.getByLabel(NOTE_LABEL)).toHaveValue(`${typed}!`);

	await page.goto(`/#/scan/${scanId}/controleren`);
	await expectHeading(page, 'Controleer uw antwoorden');
	for (const [questionId, { note }] of Object.entries(expected)) {
		await expect(page.getByTestId(`answer-${questionId}`)).toContainText(note);
	}
	expect(answersOf(await readDatabase(page), scanId)).toEqual(expected);
});

test('when another tab installs the new version, this tab keeps its scan and reloads only when the user clicks', async ({
	page,
	context,
	appServer
}) => {
	test.setTimeout(120_000);
	await openControlled(page);
	const scanId = await createScan(page, checklist, { organisation: 'Gemeente Twee Tabbladen', phase: PHASE, mode: 'quick' });
	const [first, second] = [questions[0]!, questions[1]!];
	await answerQuestion(page, { scanId, question: first, phase: PHASE, label: optionLabel(checklist, first, 2), note: 'Al bewaard' });
	await page.goto(`/#/scan/${scanId}/vraag/${second.id}`);
	await expectHeading(page, textOf(second, PHASE));
	await page.getByRole('radio', { name: optionLabel(checklist, second, 3), exact: true }).check();
	await page.getByLabel(NOTE_LABEL).pressSequentially('Half getypt');
	await markPage(page);

	publishNewVersion(appServer);
	await checkForUpdate(page);
	await expect(page.getByTestId('update-banner')).toBeVisible();

	// A second tab sees the same waiting version and installs it.
	const other = await context.newPage();
	await other.goto('/');
	const otherBanner = other.getByTestId('update-banner');
	await expect(otherBanner).toBeVisible();
	await other.evaluate(() => (window.__kmSamePage = true));
	await otherBanner.getByRole('button', { name: 'Nu bijwerken' }).click();
	await expect.poll(() => other.evaluate(() => window.__kmSamePage === true).catch(() => true), { timeout: 15_000 }).toBe(false);
	await expectHeading(other, 'Kwartiermaker', { focused: false });

	// The new version now controls this tab too, but it did not reload: the typing is still there.
	await expect(page.getByTestId('update-banner')).toContainText('Laad de pagina opnieuw als u klaar bent met deze vraag.');
	await page.waitForTimeout(1500);
	expect(await isSamePage(page), 'the first tab reloaded by itself').toBe(true);
	await page.getByLabel(NOTE_LABEL).pressSequentially(' en af');
	await expect(page.getByLabel(NOTE_LABEL)).toHaveValue('Half getypt en af');

	await page.getByTestId('update-banner').getByRole('button', { name: 'Nu bijwerken' }).click();
	await expect.poll(() => isSamePage(page).catch(() => false), { timeout: 15_000 }).toBe(false);
	await expectHeading(page, textOf(second, PHASE), { focused: false });
	await expect(page.getByLabel(NOTE_LABEL)).toHaveValue('Half getypt en af');
	expect(answersOf(await readDatabase(page), scanId)).toEqual({
		[first.id]: { value: optionId(checklist, first, 2), note: 'Al bewaard' },
		[second.id]: { value: optionId(checklist, second, 3), note: 'Half getypt en af' }
	});
});
