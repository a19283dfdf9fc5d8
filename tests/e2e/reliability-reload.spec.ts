/**
 * A click on an answer is the user's decision: a reload at any moment after it must keep the new answer.
 *
 * Before the write-ahead journal, about one reload in twenty lost the choice: the save read the scan first
 * and wrote afterwards, and a reload that landed between the two ended the page before the write committed.
 * The first two tests click a different option 30 times, reload at once, and then check that both the
 * screen and IndexedDB hold the option just chosen. The last one proves the journal on its own: a write that
 * never reached IndexedDB is written from the journal at the next start.
 */
import type { Page } from '@playwright/test';
import type { PhaseId, Question } from '../../src/lib/content/checklist-schema.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import {
	answerQuestion,
	createScan,
	optionId,
	optionLabel,
	questionsInScope,
	saveStatus,
	storedAnswer,
	textOf
} from './support/scans.ts';

declare global {
	interface Window {
		/** Set on the page before a reload; gone once the new document has loaded. */
		__kmOldDocument?: boolean;
		/** While true, every IndexedDB write transaction fails to start. */
		__kmBlockWrites?: boolean;
	}
}

const checklist = loadChecklist();
const PHASE: PhaseId = 'eerste';
const SCAN = { organisation: 'Gemeente Herlaad', phase: PHASE, mode: 'quick' as const };
const question = questionsInScope(checklist, 'quick', PHASE)[0]!;
const ITERATIONS = 30;

interface Loss {
	iteration: number;
	chosen: string;
	onScreen: string | null;
	stored: string | null | undefined;
}

/** The value of the checked radio on the question page, or null when none is checked. */
function checkedValue(page: Page): Promise<string | null> {
	return page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="answer"]:checked')?.value ?? null);
}

/** Waits until the reload produced a new document that shows the question again. */
async function waitForNewDocument(page: Page, q: Question): Promise<void> {
	await expect.poll(() => page.evaluate(() => window.__kmOldDocument ?? false).catch(() => true)).toBe(false);
	await expectHeading(page, textOf(q, PHASE), { focused: false });
}

async function clickThenReload(page: Page, reload: (page: Page, value: string, label: string) => Promise<void>): Promise<void> {
	const scanId = await createScan(page, checklist, SCAN);
	await page.goto(`/#/scan/${scanId}/vraag/${question.id}`);
	await expectHeading(page, textOf(question, PHASE));

	const losses: Loss[] = [];
	for (let iteration = 0; iteration < ITERATIONS; iteration++) {
		// The scale's options in turn, so every click changes the answer.
		const chosen = optionId(checklist, question, iteration);
		await page.evaluate(() => (window.__kmOldDocument = true));
		await reload(page, chosen, optionLabel(checklist, question, iteration));
		await waitForNewDocument(page, question);
		const onScreen = await checkedValue(page);
		const stored = (await storedAnswer(page, scanId, question.id))?.value;
		if (onScreen !== chosen || stored !== chosen) losses.push({ iteration, chosen, onScreen, stored });
	}

	test.info().annotations.push({ type: 'answers lost', description: `${losses.length} of ${ITERATIONS}` });
	expect(losses, `answers lost in ${ITERATIONS} click-then-reload tries`).toEqual([]);
	// Every journal entry was either settled by its committed write or replayed at the start: none piles up.
	await expect.poll(() => page.evaluate(() => localStorage.getItem('kwartiermaker:journal'))).toBeNull();
}

test.describe('click an answer, then reload at once', () => {
	test.setTimeout(120_000);

	test('reload right after the click: 0 of 30 answers lost', async ({ page }) => {
		await clickThenReload(page, async (p, _value, label) => {
			await p.getByRole('radio', { name: label, exact: true }).click();
			await p.reload();
		});
	});

	test('reload in the same task as the click: 0 of 30 answers lost', async ({ page }) => {
		await clickThenReload(page, async (p, value) => {
			await p.evaluate((chosen) => {
				const radio = document.querySelector<HTMLInputElement>(`input[name="answer"][value="${chosen}"]`);
				if (!radio) throw new Error(`No radio with value ${chosen}`);
				radio.click();
				location.reload();
			}, value);
		});
	});
});

test('an answer whose IndexedDB write never happened is written from the journal at the next start', async ({ page }) => {
	await page.addInitScript(() => {
		const transaction = IDBDatabase.prototype.transaction;
		IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
			if (window.__kmBlockWrites && args[1] === 'readwrite') throw new DOMException('Geblokkeerd in de test', 'AbortError');
			return transaction.apply(this, args);
		} as IDBDatabase['transaction'];
	});
	const scanId = await createScan(page, checklist, SCAN);
	await answerQuestion(page, { scanId, question, phase: PHASE, label: optionLabel(checklist, question, 1), note: 'Eerst' });

	// From now on no write reaches IndexedDB in this page, as when a reload ends it before any commit.
	await page.evaluate(() => (window.__kmBlockWrites = true));
	await page.getByRole('radio', { name: optionLabel(checklist, question, 3), exact: true }).check();
	await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'error');
	expect((await storedAnswer(page, scanId, question.id))?.value).toBe(optionId(checklist, question, 1));
	const journal = await page.evaluate(() => JSON.parse(localStorage.getItem('kwartiermaker:journal') ?? '[]') as unknown[]);
	expect(journal).toEqual([
		expect.objectContaining({ db: 'kwartiermaker', scanId, questionId: question.id, value: optionId(checklist, question, 3), note: 'Eerst' })
	]);

	await page.reload();
	await expectHeading(page, textOf(question, PHASE), { focused: false });
	await expect(page.getByRole('radio', { name: optionLabel(checklist, question, 3), exact: true })).toBeChecked();
	expect(await storedAnswer(page, scanId, question.id)).toMatchObject({ value: optionId(checklist, question, 3), note: 'Eerst' });
	expect(await page.evaluate(() => localStorage.getItem('kwartiermaker:journal'))).toBeNull();
	await expect(page.getByRole('alert')).toHaveCount(0);
});
