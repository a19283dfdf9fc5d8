/**
 * The same scan open in two tabs (two pages of one browser context, sharing IndexedDB and localStorage).
 *
 * Before, each tab kept its own copy of the scan: an answer saved in tab B stayed invisible in tab A, which
 * went on saying "Opgeslagen" for its own answer; the plan was saved as a whole, so an action added in one
 * tab vanished when the other tab moved an action; a backup from the older tab lacked the newer answers;
 * and no tab said that the scan was open elsewhere. Each test below checks the screen of both tabs and
 * what IndexedDB holds.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { PhaseId, Question } from '../../src/lib/content/checklist-schema.ts';
import { expect, expectHeading, expectNoAxeViolations, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import {
	createScan,
	NOTE_LABEL,
	optionId,
	optionLabel,
	questionsInScope,
	SAVED_TEXT,
	saveStatus,
	storedAnswer,
	textOf
} from './support/scans.ts';

const checklist = loadChecklist();
const PHASE: PhaseId = 'eerste';
const questions = questionsInScope(checklist, 'quick', PHASE);
const [q0, q1] = [questions[0]!, questions[1]!];
const OPEN_ELSEWHERE = 'Deze scan is ook geopend in een ander tabblad.';
const CHANGED_ELSEWHERE = 'Deze vraag is in een ander tabblad gewijzigd.';

interface SecondTab {
	page: Page;
	/** Fails the test on console errors or CSP violations in this tab (the fixture does so for the first). */
	audit(): Promise<void>;
}

/**
 * Opens a second tab in the same browser context. `stale` takes BroadcastChannel away from it, as a tab
 * that hears nothing from the others (say one that was frozen in the background): it then only learns what
 * changed from storage itself.
 */
async function openSecondTab(context: BrowserContext, { stale = false } = {}): Promise<SecondTab> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript((noChannel) => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
		});
		if (noChannel) Reflect.deleteProperty(window, 'BroadcastChannel');
	}, stale);
	return {
		page,
		async audit() {
			expect(await page.evaluate(() => window.__cspViolations), 'CSP violations in the second tab').toEqual([]);
			expect(errors, 'console errors in the second tab').toEqual([]);
		}
	};
}

async function openQuestion(page: Page, scanId: string, question: Question): Promise<void> {
	await page.goto(`/#/scan/${scanId}/vraag/${question.id}`);
	await expectHeading(page, textOf(question, PHASE), { focused: false });
}

function radio(page: Page, question: Question, index: number) {
	return page.getByRole('radio', { name: optionLabel(checklist, question, index), exact: true });
}

/** Picks an option and waits until the page says it is saved. */
async function choose(page: Page, question: Question, index: number): Promise<void> {
	await radio(page, question, index).check();
	await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
}

interface StoredAction {
	actionId: string;
	order: number;
	action: { id: string; title: string; owner: string } | null;
}

/**
 * The live plan actions of a scan as IndexedDB holds them, in order: from the `planActions` store, or (in a
 * database from before that store) from the plan inside the scan record.
 */
async function storedPlan(page: Page, scanId: string): Promise<StoredAction['action'][]> {
	const records = await page.evaluate(async (id) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kwartiermaker');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const read = <T>(request: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		try {
			if (db.objectStoreNames.contains('planActions')) {
				return await read(db.transaction('planActions').objectStore('planActions').index('by-scan').getAll(id));
			}
			const scan = (await read(db.transaction('scans').objectStore('scans').get(id))) as
				| { plan: { actions: Array<{ id: string }> } | null }
				| undefined;
			return (scan?.plan?.actions ?? []).map((action, order) => ({ actionId: action.id, order, action }));
		} finally {
			db.close();
		}
	}, scanId);
	return (records as StoredAction[])
		.filter((record) => record.action !== null)
		.sort((a, b) => a.order - b.order)
		.map((record) => record.action);
}

/** A quick scan whose first questions have their lowest answers, so the plan proposes actions. */
async function scanWithPlan(page: Page, organisation: string): Promise<string> {
	const scanId = await createScan(page, checklist, { organisation, phase: PHASE, mode: 'quick' });
	for (const question of questions.slice(0, 4)) {
		await openQuestion(page, scanId, question);
		const scale = checklist.scales[question.scale]!;
		const lowest = [...scale.options].sort((a, b) => a.score - b.score)[0]!;
		await page.getByRole('radio', { name: lowest.label, exact: true }).check();
		await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
	}
	await page.goto(`/#/scan/${scanId}/actieplan`);
	await expectHeading(page, 'Actieplan', { focused: false });
	await expect(page.getByTestId('plan-action').nth(2)).toBeVisible();
	await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
	return scanId;
}

const titlesOn = (page: Page) => page.getByTestId('plan-action').locator('h2');

test.describe('the same scan in two tabs', () => {
	test('(a) different questions answered in each tab: both are stored and both tabs show both', async ({ page, context, checkPage }) => {
		const scanId = await createScan(page, checklist, { organisation: 'Gemeente Twee Tabbladen', phase: PHASE, mode: 'quick' });
		const b = await openSecondTab(context);
		await openQuestion(page, scanId, q0);
		await openQuestion(b.page, scanId, q1);

		await choose(page, q0, 1);
		await page.getByLabel(NOTE_LABEL).fill('Uit tabblad A');
		await choose(b.page, q1, 2);
		await b.page.getByLabel(NOTE_LABEL).fill('Uit tabblad B');
		await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
		await expect(saveStatus(b.page)).toHaveText(SAVED_TEXT);

		await expect.poll(async () => (await storedAnswer(page, scanId, q0.id))?.note).toBe('Uit tabblad A');
		await expect.poll(async () => (await storedAnswer(page, scanId, q1.id))?.note).toBe('Uit tabblad B');
		expect((await storedAnswer(page, scanId, q0.id))?.value).toBe(optionId(checklist, q0, 1));
		expect((await storedAnswer(page, scanId, q1.id))?.value).toBe(optionId(checklist, q1, 2));

		// Each tab goes to the other tab's question, inside the same scan (no reload), and sees its answer.
		await page.getByRole('button', { name: 'Opslaan en verder' }).click();
		await expectHeading(page, textOf(q1, PHASE));
		await expect(radio(page, q1, 2)).toBeChecked();
		await expect(page.getByLabel(NOTE_LABEL)).toHaveValue('Uit tabblad B');
		await checkPage('question with the other tab’s answer');

		await b.page.goto(`/#/scan/${scanId}/vraag/${q0.id}`);
		await expectHeading(b.page, textOf(q0, PHASE));
		await expect(radio(b.page, q0, 1)).toBeChecked();
		await expect(b.page.getByLabel(NOTE_LABEL)).toHaveValue('Uit tabblad A');
		await b.audit();
	});

	test('(b) the same question: the later save wins, the other tab updates at once and says so', async ({ page, context, checkPage }) => {
		const scanId = await createScan(page, checklist, { organisation: 'Gemeente Zelfde Vraag', phase: PHASE, mode: 'quick' });
		const b = await openSecondTab(context);
		await openQuestion(page, scanId, q0);
		await openQuestion(b.page, scanId, q0);

		await choose(page, q0, 1);
		await page.getByLabel(NOTE_LABEL).fill('Toelichting uit A');
		await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
		await expect.poll(async () => (await storedAnswer(page, scanId, q0.id))?.note).toBe('Toelichting uit A');

		// Tab B saves option 3 later. Tab A shows it at once, with a notice; never "Opgeslagen" for its old answer.
		await b.page.getByLabel(NOTE_LABEL).fill('Toelichting uit B');
		await choose(b.page, q0, 3);
		await expect.poll(async () => (await storedAnswer(page, scanId, q0.id))?.value).toBe(optionId(checklist, q0, 3));
		await expect(radio(page, q0, 3)).toBeChecked();
		await expect(radio(page, q0, 1)).not.toBeChecked();
		await expect(page.getByLabel(NOTE_LABEL)).toHaveValue('Toelichting uit B');
		await expect(page.getByTestId('changed-elsewhere')).toContainText(CHANGED_ELSEWHERE);
		// What tab A had written is offered back, not wiped without a word.
		await expect(page.getByTestId('replaced-note')).toContainText('Toelichting uit A');
		await checkPage('question changed in another tab');
		expect(await storedAnswer(page, scanId, q0.id)).toMatchObject({ value: optionId(checklist, q0, 3), note: 'Toelichting uit B' });

		// Tab A changes its answer afterwards: now A is the newest, storage holds A's, and B follows.
		await choose(page, q0, 0);
		await expect.poll(async () => (await storedAnswer(page, scanId, q0.id))?.value).toBe(optionId(checklist, q0, 0));
		await expect(radio(b.page, q0, 0)).toBeChecked();
		await expect(b.page.getByTestId('changed-elsewhere')).toContainText(CHANGED_ELSEWHERE);

		// "Zet mijn toelichting terug" in A writes A's text again, as the newest change.
		await page.getByRole('button', { name: 'Zet mijn toelichting terug' }).click();
		await expect(page.getByLabel(NOTE_LABEL)).toHaveValue('Toelichting uit A');
		await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
		await expect.poll(async () => (await storedAnswer(page, scanId, q0.id))?.note).toBe('Toelichting uit A');
		await expect(b.page.getByLabel(NOTE_LABEL)).toHaveValue('Toelichting uit A');
		expect((await storedAnswer(page, scanId, q0.id))?.value).toBe(optionId(checklist, q0, 0));
		await expectNoAxeViolations(b.page, 'second tab, question changed in another tab');
		await b.audit();
	});

	test('(b2) a tab that missed the message catches up when it comes back into view', async ({ page, context }) => {
		const scanId = await createScan(page, checklist, { organisation: 'Gemeente Gemist Bericht', phase: PHASE, mode: 'quick' });
		// Tab A hears nothing from other tabs (as when it was frozen in the background).
		const a = await openSecondTab(context, { stale: true });
		await openQuestion(a.page, scanId, q0);
		await choose(a.page, q0, 1);
		// Tab A cannot announce either: the other tab reads the scan afresh (via Mijn scans) to see its answer.
		await page.goto('/#/');
		await expectHeading(page, 'Kwartiermaker', { focused: false });
		await openQuestion(page, scanId, q0);
		await expect(radio(page, q0, 1)).toBeChecked();
		await choose(page, q0, 3);
		await expect.poll(async () => (await storedAnswer(page, scanId, q0.id))?.value).toBe(optionId(checklist, q0, 3));

		// Back in view, tab A reads the scan again and shows the newer answer, with the notice.
		await a.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await expect(radio(a.page, q0, 3)).toBeChecked();
		await expect(a.page.getByTestId('changed-elsewhere')).toContainText(CHANGED_ELSEWHERE);
		expect((await storedAnswer(page, scanId, q0.id))?.value).toBe(optionId(checklist, q0, 3));
		await a.audit();
	});

	test('(c) plan actions in both tabs: an action added in A and a move and an edit in B all stay', async ({ page, context, checkPage }) => {
		const scanId = await scanWithPlan(page, 'Gemeente Actieplan Samen');
		const b = await openSecondTab(context);
		await b.page.goto(`/#/scan/${scanId}/actieplan`);
		await expectHeading(b.page, 'Actieplan', { focused: false });
		const before = await titlesOn(b.page).allInnerTexts();
		expect(before.length).toBeGreaterThan(2);
		const firstTitle = before[0]!.replace(/^1\.\s*/, '');
		const secondTitle = before[1]!.replace(/^2\.\s*/, '');

		// A adds an action of its own.
		await page.getByRole('button', { name: 'Eigen actie toevoegen' }).click();
		await page.getByLabel('Titel van de actie', { exact: true }).fill('Eigen actie uit tabblad A');
		await page.getByRole('button', { name: 'Actie opslaan' }).click();
		await expect(page.getByTestId('plan-action').last()).toContainText('Eigen actie uit tabblad A');

		// B moves the first action down and gives the second one an owner.
		await b.page.getByRole('button', { name: `Omlaag actie: ${firstTitle}` }).click();
		await expect(b.page.locator('[data-save-state="saved"]')).toBeVisible();
		await b.page.getByRole('button', { name: `Bewerken actie: ${secondTitle}` }).click();
		await b.page.getByLabel('Eigenaar').fill('Eigenaar uit tabblad B');
		await b.page.getByRole('button', { name: 'Actie opslaan' }).click();
		await expect(b.page.locator('[data-save-state="saved"]')).toBeVisible();

		// Storage holds all three changes.
		await expect
			.poll(async () => (await storedPlan(page, scanId)).map((action) => [action!.title, action!.owner]).slice(0, 2))
			.toEqual([
				[secondTitle, 'Eigenaar uit tabblad B'],
				[firstTitle, expect.any(String)]
			]);
		const stored = await storedPlan(page, scanId);
		expect(stored.at(-1)?.title).toBe('Eigen actie uit tabblad A');
		expect(stored).toHaveLength(before.length + 1);

		// Both screens show the merged plan, in the stored order; tab A says the plan changed elsewhere.
		const expected = stored.map((action, index) => `${index + 1}. ${action!.title}`);
		await expect(titlesOn(page)).toHaveText(expected);
		await expect(titlesOn(b.page)).toHaveText(expected);
		await expect(page.getByTestId('plan-action').first().getByTestId('action-owner')).toHaveText('Eigenaar uit tabblad B');
		await expect(page.getByTestId('changed-elsewhere')).toContainText('Het actieplan is in een ander tabblad gewijzigd.');
		await checkPage('plan changed in another tab');
		await expectNoAxeViolations(b.page, 'second tab, merged plan');

		// And after a reload both changes are still there.
		await page.reload();
		await expectHeading(page, 'Actieplan', { focused: false });
		await expect(titlesOn(page)).toHaveText(expected);
		await b.audit();
	});

	test('(c2) a tab that heard nothing moves an action: the action added in the other tab stays', async ({ page, context }) => {
		const scanId = await scanWithPlan(page, 'Gemeente Actieplan Doof');
		const b = await openSecondTab(context, { stale: true });
		await b.page.goto(`/#/scan/${scanId}/actieplan`);
		await expectHeading(b.page, 'Actieplan', { focused: false });
		const firstTitle = (await titlesOn(b.page).first().innerText()).replace(/^1\.\s*/, '');

		await page.getByRole('button', { name: 'Eigen actie toevoegen' }).click();
		await page.getByLabel('Titel van de actie', { exact: true }).fill('Toegevoegd in A');
		await page.getByRole('button', { name: 'Actie opslaan' }).click();
		await expect.poll(async () => (await storedPlan(page, scanId)).map((action) => action!.title)).toContain('Toegevoegd in A');

		// Tab B still shows the plan without A's action, and moves its first action down.
		await expect(titlesOn(b.page).filter({ hasText: 'Toegevoegd in A' })).toHaveCount(0);
		await b.page.getByRole('button', { name: `Omlaag actie: ${firstTitle}` }).click();
		await expect(b.page.locator('[data-save-state="saved"]')).toBeVisible();

		const stored = (await storedPlan(page, scanId)).map((action) => action!.title);
		expect(stored).toContain('Toegevoegd in A');
		expect(stored[1]).toBe(firstTitle);
		// B's own save brought back the merged plan, so B now shows A's action too.
		await expect(titlesOn(b.page).filter({ hasText: 'Toegevoegd in A' })).toHaveCount(1);
		await b.audit();
	});

	test('(d) each tab says the scan is also open in another tab, and stops when the other leaves', async ({ page, context, checkPage }) => {
		const scanId = await createScan(page, checklist, { organisation: 'Gemeente Aanwezig', phase: PHASE, mode: 'quick' });
		const banner = page.getByTestId('tabs-banner');
		await expect(banner).toHaveCount(0);

		const b = await openSecondTab(context);
		await b.page.goto(`/#/scan/${scanId}`);
		await expectHeading(b.page, 'Gemeente Aanwezig', { focused: false });
		await expect(banner).toContainText(OPEN_ELSEWHERE);
		await expect(b.page.getByTestId('tabs-banner')).toContainText(OPEN_ELSEWHERE);
		await checkPage('task list, open in another tab');
		await expectNoAxeViolations(b.page, 'second tab, task list open in another tab');

		// B goes to Mijn scans: the scan is no longer open there.
		await b.page.goto('/#/');
		await expectHeading(b.page, 'Kwartiermaker', { focused: false });
		await expect(banner).toHaveCount(0);
		await expect(b.page.getByTestId('tabs-banner')).toHaveCount(0);

		// B opens it again, then the tab closes.
		await b.page.goto(`/#/scan/${scanId}`);
		await expect(banner).toContainText(OPEN_ELSEWHERE);
		await b.audit();
		await b.page.close();
		await expect(banner).toHaveCount(0);
	});

	test('a backup from the tab that was behind holds the answers saved in the other tab', async ({ page, context }) => {
		const scanId = await createScan(page, checklist, { organisation: 'Gemeente Reservekopie', phase: PHASE, mode: 'quick' });
		const b = await openSecondTab(context, { stale: true });
		await b.page.goto(`/#/scan/${scanId}`);
		await expectHeading(b.page, 'Gemeente Reservekopie', { focused: false });

		await openQuestion(page, scanId, q0);
		await choose(page, q0, 2);
		await page.getByLabel(NOTE_LABEL).fill('Alleen in tabblad A ingevuld');
		await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
		await expect.poll(async () => (await storedAnswer(page, scanId, q0.id))?.note).toBe('Alleen in tabblad A ingevuld');

		const downloading = b.page.waitForEvent('download');
		await b.page.getByTestId('download-backup').click();
		const download = await downloading;
		const { readFile } = await import('node:fs/promises');
		const backup = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
			scans: Array<{ id: string; answers: Record<string, { value: string | null; note: string }> }>;
		};
		const scan = backup.scans.find((s) => s.id === scanId);
		expect(scan?.answers[q0.id]).toMatchObject({ value: optionId(checklist, q0, 2), note: 'Alleen in tabblad A ingevuld' });
		await b.audit();
	});
});
