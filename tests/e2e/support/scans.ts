/**
 * Helpers for tests that create, answer and inspect scans: UI steps plus direct reads of IndexedDB,
 * so a test can prove what is stored and not only what is shown.
 */
import { expect, type Page } from '@playwright/test';
import type { Checklist, PhaseId, Question } from '../../../src/lib/content/checklist-schema.ts';
import { expectHeading } from './fixtures.ts';

export type Mode = 'quick' | 'full';

export const MODE_LABEL: Record<Mode, string> = { quick: 'Snelle scan', full: 'Volledige scan' };
export const NOTE_LABEL = 'Toelichting (niet verplicht)';
export const SAVED_TEXT = 'Opgeslagen op dit apparaat';
const UUID = /#\/scan\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The questions a scan with this mode and phase asks, worked out from the YAML (independently of the app). */
export function questionsInScope(checklist: Checklist, mode: Mode, phase: PhaseId): Question[] {
	return checklist.themes.flatMap((theme) =>
		theme.questions.filter((q) => (mode === 'full' || q.quick) && (!q.showIn || q.showIn.includes(phase)))
	);
}

/** The question text as the app shows it in this phase. */
export function textOf(question: Question, phase: PhaseId): string {
	return question.textByPhase?.[phase] ?? question.text;
}

/** The label of the nth answer option of a question's scale. */
export function optionLabel(checklist: Checklist, question: Question, index: number): string {
	const options = checklist.scales[question.scale]!.options;
	return options[index % options.length]!.label;
}

/** The stored id of the nth answer option of a question's scale. */
export function optionId(checklist: Checklist, question: Question, index: number): string {
	const options = checklist.scales[question.scale]!.options;
	return options[index % options.length]!.id;
}

/** Creates a scan through the profile page and returns its id (read from the URL). */
export async function createScan(
	page: Page,
	checklist: Checklist,
	{ organisation, phase, mode }: { organisation: string; phase: PhaseId; mode: Mode }
): Promise<string> {
	await page.goto('/#/nieuw');
	await expectHeading(page, 'Over uw organisatie', { focused: false });
	await page.getByLabel('Naam van de gemeente of organisatie').fill(organisation);
	await page.getByRole('radio', { name: checklist.phases.find((p) => p.id === phase)!.label, exact: true }).check();
	await page.getByRole('radio', { name: MODE_LABEL[mode], exact: true }).check();
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expectHeading(page, organisation);
	await expect(page).toHaveURL(UUID);
	return UUID.exec(page.url())![1]!;
}

/** The save status of the question page. */
export function saveStatus(page: Page) {
	return page.locator('main .app-save-status');
}

/**
 * Opens a question of a scan, picks an answer and types a toelichting, then waits until the page says
 * "Opgeslagen" and IndexedDB holds exactly that answer.
 */
export async function answerQuestion(
	page: Page,
	{ scanId, question, phase, label, note }: { scanId: string; question: Question; phase: PhaseId; label: string; note: string },
	{ checkStored = true }: { checkStored?: boolean } = {}
): Promise<void> {
	await page.goto(`/#/scan/${scanId}/vraag/${question.id}`);
	await expectHeading(page, textOf(question, phase));
	await page.getByRole('radio', { name: label, exact: true }).check();
	await page.getByLabel(NOTE_LABEL).fill(note);
	await expect(saveStatus(page)).toHaveAttribute('data-save-state', 'saved');
	await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
	if (checkStored) {
		await expect.poll(async () => (await storedAnswer(page, scanId, question.id))?.note).toBe(note);
	}
}

export interface StoredAnswer {
	scanId: string;
	questionId: string;
	value: string | null;
	note: string;
	updatedAt: string;
}

export interface StoredScan {
	id: string;
	demo: boolean;
	mode: Mode;
	profile: { organisation: string; phase: PhaseId };
	[key: string]: unknown;
}

export interface StoredData {
	scans: StoredScan[];
	answers: StoredAnswer[];
	session: { scanId: string; location: string }[];
}

/**
 * Everything in one of the app's IndexedDB databases, read in the page. Returns null when the database
 * does not exist; never creates it (opening without a version would create an empty v1 database).
 */
export async function readDatabase(page: Page, name = 'kwartiermaker'): Promise<StoredData | null> {
	return page.evaluate(async (dbName) => {
		const known = await indexedDB.databases();
		if (!known.some((db) => db.name === dbName)) return null;
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(dbName);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		try {
			const read = (store: string) =>
				db.objectStoreNames.contains(store)
					? new Promise<unknown[]>((resolve, reject) => {
							const request = db.transaction(store, 'readonly').objectStore(store).getAll();
							request.onsuccess = () => resolve(request.result);
							request.onerror = () => reject(request.error);
						})
					: Promise.resolve([]);
			const [scans, answers, session] = await Promise.all([read('scans'), read('answers'), read('session')]);
			return { scans, answers, session } as StoredData;
		} finally {
			db.close();
		}
	}, name);
}

/** One stored answer of a scan in the real database, or null. */
export async function storedAnswer(page: Page, scanId: string, questionId: string): Promise<StoredAnswer | null> {
	const data = await readDatabase(page);
	return data?.answers.find((a) => a.scanId === scanId && a.questionId === questionId) ?? null;
}

/** The answers of one scan as `questionId → {value, note}`, sorted, for comparing. */
export function answersOf(data: StoredData | null, scanId: string): Record<string, { value: string | null; note: string }> {
	const rows = (data?.answers ?? []).filter((a) => a.scanId === scanId).sort((a, b) => a.questionId.localeCompare(b.questionId));
	return Object.fromEntries(rows.map((a) => [a.questionId, { value: a.value, note: a.note }]));
}
