/**
 * Several scans on one device: each keeps its own answers; rename, copy and delete touch only the scan
 * they are for; the demo scan never changes a real scan. Every claim is checked in the UI and in IndexedDB.
 */
import type { Page } from '@playwright/test';
import type { PhaseId } from '../../src/lib/content/checklist-schema.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import {
	answerQuestion,
	answersOf,
	createScan,
	optionId,
	optionLabel,
	questionsInScope,
	readDatabase,
	textOf
} from './support/scans.ts';

const checklist = loadChecklist();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The row of one scan in Mijn scans, found by its exact name (so "X" does not match "X (kopie)"). */
function scanItem(page: Page, name: string) {
	return page.getByTestId('scan-item').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

interface Given {
	questionIndex: number;
	option: number;
	note: string;
}

const ALFA = {
	organisation: 'Gemeente Alfa',
	phase: 'eerste' as PhaseId,
	mode: 'quick' as const,
	answers: [
		{ questionIndex: 0, option: 0, note: 'Alfa: eerste toelichting' },
		{ questionIndex: 1, option: 1, note: 'Alfa: tweede, met “€ ë” <b>geen html</b>' }
	] satisfies Given[]
};
const BETA = {
	organisation: 'Gemeente Beta',
	phase: 'structureel' as PhaseId,
	mode: 'full' as const,
	answers: [
		// The same question as Alfa's first one (checked in the test): the same question id, a different answer.
		{ questionIndex: 0, option: 2, note: 'Beta: een heel andere toelichting' },
		{ questionIndex: 3, option: 3, note: '' }
	] satisfies Given[]
};
type ScanSpec = typeof ALFA | typeof BETA;

function plan(spec: ScanSpec) {
	const questions = questionsInScope(checklist, spec.mode, spec.phase);
	return {
		total: questions.length,
		answers: spec.answers.map((given) => {
			const question = questions[given.questionIndex]!;
			return {
				question,
				label: optionLabel(checklist, question, given.option),
				value: optionId(checklist, question, given.option),
				note: given.note
			};
		})
	};
}

/** What IndexedDB must hold for a scan: exactly these answers. */
function expectedStored(spec: ScanSpec) {
	return Object.fromEntries(
		plan(spec)
			.answers.map((a) => [a.question.id, { value: a.value, note: a.note }] as const)
			.sort(([a], [b]) => a.localeCompare(b))
	);
}

/** The check page of a scan shows exactly its own answers and toelichtingen, and nothing of the other scan. */
async function expectCheckPage(page: Page, scanId: string, spec: ScanSpec, heading: string, other: ScanSpec) {
	await page.goto(`/#/scan/${scanId}/controleren`);
	await expectHeading(page, 'Controleer uw antwoorden');
	await expect(page.locator('main .app-caption')).toHaveText(heading);
	const { answers, total } = plan(spec);
	await expect(page.getByTestId('open-warning')).toContainText(`Er zijn nog ${total - answers.length} vragen open`);
	await expect(page.locator('[data-testid^="answer-"]')).toHaveCount(total);
	for (const answer of answers) {
		const row = page.getByTestId(`answer-${answer.question.id}`);
		await expect(row.locator('dt')).toHaveText(textOf(answer.question, spec.phase));
		await expect(row.locator('dd').first().locator('p').first()).toHaveText(answer.label);
		// The note follows its visible "Uw toelichting:" label.
		const note = page.getByTestId(`note-${answer.question.id}`);
		if (answer.note) await expect(note).toHaveText(new RegExp(`^Uw toelichting:\\s*${escapeRegExp(answer.note)}$`));
		else await expect(note).toHaveCount(0);
	}
	for (const foreign of plan(other).answers) {
		if (foreign.note) await expect(page.locator('main')).not.toContainText(foreign.note);
	}
	// Every question this scan did not answer is shown as open.
	const answered = new Set(answers.map((a) => a.question.id));
	await expect(page.getByText('Nog niet beantwoord', { exact: true })).toHaveCount(total - answered.size);
}

test('two scans keep their own answers; rename, copy and delete change only their own scan', async ({ page, checkPage }) => {
	test.setTimeout(90_000);
	expect(plan(BETA).answers[0]!.question.id, 'Beta answers Alfa’s first question, differently').toBe(
		plan(ALFA).answers[0]!.question.id
	);
	const alfaId = await createScan(page, checklist, ALFA);
	for (const answer of plan(ALFA).answers) await answerQuestion(page, { scanId: alfaId, phase: ALFA.phase, ...answer });
	const betaId = await createScan(page, checklist, BETA);
	expect(betaId).not.toBe(alfaId);
	for (const answer of plan(BETA).answers) await answerQuestion(page, { scanId: betaId, phase: BETA.phase, ...answer });

	await expectCheckPage(page, alfaId, ALFA, ALFA.organisation, BETA);
	await expectCheckPage(page, betaId, BETA, BETA.organisation, ALFA);

	// IndexedDB holds exactly these answers, each under its own scan.
	let stored = await readDatabase(page);
	expect(stored!.scans.map((s) => s.id).sort()).toEqual([alfaId, betaId].sort());
	expect(answersOf(stored, alfaId)).toEqual(expectedStored(ALFA));
	expect(answersOf(stored, betaId)).toEqual(expectedStored(BETA));
	expect(stored!.answers).toHaveLength(4);

	// Mijn scans lists both, each with its own progress.
	await page.goto('/');
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	await expect(page.getByTestId('scan-item')).toHaveCount(2);
	await expect(scanItem(page, ALFA.organisation).getByTestId('scan-progress')).toHaveText(`2 van ${plan(ALFA).total} vragen`);
	await expect(scanItem(page, ALFA.organisation)).toContainText('Snelle scan');
	await expect(scanItem(page, BETA.organisation).getByTestId('scan-progress')).toHaveText(`2 van ${plan(BETA).total} vragen`);
	await expect(scanItem(page, BETA.organisation)).toContainText('Volledige scan');
	await checkPage('Mijn scans with two scans');

	// Rename Beta. An empty name is refused with an error; the new name is saved.
	const renamed = 'Gemeente Bèta-Oost';
	await page.getByRole('button', { name: `Naam wijzigen van ${BETA.organisation}`, exact: true }).click();
	const nameField = page.getByLabel('Nieuwe naam van de organisatie');
	await expect(nameField).toBeFocused();
	await expect(nameField).toHaveValue(BETA.organisation);
	await checkPage('Mijn scans with the rename form open');
	await nameField.fill('   ');
	await page.getByRole('button', { name: 'Naam opslaan' }).click();
	await expect(scanItem(page, BETA.organisation).locator('.app-error-message')).toContainText('Vul de naam van de organisatie in');
	await checkPage('Mijn scans with a rename error');
	await nameField.fill(renamed);
	await page.getByRole('button', { name: 'Naam opslaan' }).click();
	await expect(scanItem(page, renamed)).toHaveCount(1);
	await expect(scanItem(page, BETA.organisation)).toHaveCount(0);
	await expect(scanItem(page, renamed).getByTestId('scan-progress')).toHaveText(`2 van ${plan(BETA).total} vragen`);

	// Copy Alfa: "(kopie)" with the same answers, under a new id.
	const copyName = `${ALFA.organisation} (kopie)`;
	await page.getByRole('button', { name: `Kopie maken van ${ALFA.organisation}`, exact: true }).click();
	await expect(page.getByTestId('scan-item')).toHaveCount(3);
	await expect(scanItem(page, copyName).getByTestId('scan-progress')).toHaveText(`2 van ${plan(ALFA).total} vragen`);
	stored = await readDatabase(page);
	const copy = stored!.scans.find((s) => s.profile.organisation === copyName)!;
	expect(copy.id).not.toBe(alfaId);
	expect(copy.demo).toBe(false);
	expect(answersOf(stored, copy.id)).toEqual(expectedStored(ALFA));

	// Cancel a delete: the confirmation closes, focus goes back, nothing is removed.
	const deleteAlfa = page.getByRole('button', { name: `Verwijderen ${ALFA.organisation}`, exact: true });
	await deleteAlfa.click();
	const confirmation = scanItem(page, ALFA.organisation).getByRole('group');
	await expect(confirmation.getByRole('heading', { name: 'Weet u zeker dat u deze scan wilt verwijderen?' })).toBeFocused();
	await checkPage('Mijn scans with the delete confirmation open');
	await confirmation.getByRole('button', { name: 'Annuleren' }).click();
	await expect(confirmation).toHaveCount(0);
	await expect(deleteAlfa).toBeFocused();
	await expect(page.getByTestId('scan-item')).toHaveCount(3);
	expect((await readDatabase(page))!.scans).toHaveLength(3);

	// Delete Alfa for real: only Alfa goes.
	await deleteAlfa.click();
	await confirmation.getByRole('button', { name: 'Ja, verwijder deze scan' }).click();
	await expect(scanItem(page, ALFA.organisation)).toHaveCount(0);
	await expect(page.getByTestId('scan-item')).toHaveCount(2);
	await expect(page.locator('main h1')).toBeFocused();

	// After a reload: Alfa is gone everywhere, the copy and Beta are complete.
	await page.reload();
	await expect(page.getByTestId('scan-item')).toHaveCount(2);
	await expect(scanItem(page, copyName).getByTestId('scan-progress')).toHaveText(`2 van ${plan(ALFA).total} vragen`);
	await expect(scanItem(page, renamed).getByTestId('scan-progress')).toHaveText(`2 van ${plan(BETA).total} vragen`);
	stored = await readDatabase(page);
	expect(stored!.scans.map((s) => s.id).sort()).toEqual([copy.id, betaId].sort());
	expect(stored!.answers.filter((a) => a.scanId === alfaId)).toEqual([]);
	expect(stored!.session.filter((s) => s.scanId === alfaId)).toEqual([]);
	expect(answersOf(stored, copy.id)).toEqual(expectedStored(ALFA));
	expect(answersOf(stored, betaId)).toEqual(expectedStored(BETA));
	expect(stored!.scans.find((s) => s.id === betaId)!.profile.organisation).toBe(renamed);

	await expectCheckPage(page, copy.id, ALFA, copyName, BETA);
	await expectCheckPage(page, betaId, BETA, renamed, ALFA);

	// The deleted scan's link now says so, in Dutch.
	await page.goto(`/#/scan/${alfaId}`);
	await expectHeading(page, 'Pagina niet gevonden');
	await expect(page.locator('main')).toContainText('Deze scan bestaat niet (meer) op dit apparaat.');
});

test('the demo scan never changes a real scan', async ({ page, checkPage }) => {
	const real = await createScan(page, checklist, ALFA);
	const [first, second] = plan(ALFA).answers;
	await answerQuestion(page, { scanId: real, phase: ALFA.phase, ...first! });
	await answerQuestion(page, { scanId: real, phase: ALFA.phase, ...second! });
	const before = await readDatabase(page);
	expect(before!.scans).toHaveLength(1);

	await page.goto('/');
	await page.getByRole('link', { name: 'Voorbeeldscan bekijken' }).click();
	await expectHeading(page, 'Gemeente Voorbeeldstad (voorbeeld)');
	const banner = page.getByRole('region', { name: 'Voorbeeld' });
	await expect(banner).toBeVisible();
	await expect(banner).toContainText('Uw eigen scans veranderen hier niet door.');
	await checkPage('demo scan');

	// Change the demo's answer to the very question the real scan answered, with other values.
	const demoQuestion = first!.question;
	const demoLabel = optionLabel(checklist, demoQuestion, 4);
	await answerQuestion(
		page,
		{ scanId: 'demo', question: demoQuestion, phase: 'eerste', label: demoLabel, note: 'Gewijzigd in het voorbeeld' },
		{ checkStored: false }
	);
	await expect(banner).toBeVisible();
	const demoData = await readDatabase(page, 'kwartiermaker-demo');
	expect(demoData!.answers.find((a) => a.scanId === 'demo' && a.questionId === demoQuestion.id)).toMatchObject({
		value: optionId(checklist, demoQuestion, 4),
		note: 'Gewijzigd in het voorbeeld'
	});

	// Back in Mijn scans: only the real scan, unchanged; the demo is not listed.
	await page.getByRole('link', { name: 'Kwartiermaker', exact: true }).click();
	await expectHeading(page, 'Kwartiermaker');
	await expect(page.getByTestId('scan-item')).toHaveCount(1);
	await expect(scanItem(page, ALFA.organisation).getByTestId('scan-progress')).toHaveText(`2 van ${plan(ALFA).total} vragen`);
	await expect(page.locator('main')).not.toContainText('Voorbeeldstad (voorbeeld)');
	await expect(banner).toHaveCount(0);

	const after = await readDatabase(page);
	expect(after).toEqual(before);
	expect(after!.scans.some((s) => s.demo !== false || s.id === 'demo')).toBe(false);
	expect(after!.answers.some((a) => a.scanId === 'demo')).toBe(false);

	// The real scan's own pages show its own answers, without the demo banner.
	await page.goto(`/#/scan/${real}/controleren`);
	await expectHeading(page, 'Controleer uw antwoorden');
	await expect(page.getByTestId(`answer-${demoQuestion.id}`).locator('dd').first().locator('p').first()).toHaveText(first!.label);
	await expect(page.getByTestId(`answer-${demoQuestion.id}`)).toContainText(first!.note);
	await expect(page.getByTestId(`answer-${demoQuestion.id}`)).not.toContainText('Gewijzigd in het voorbeeld');
	await expect(banner).toHaveCount(0);

	// Also after a reload, the demo stays out of the real database and out of the list. (Only the real
	// scan's resume point moved, because this test just visited its check page.)
	await page.goto('/');
	await page.reload();
	await expect(page.getByTestId('scan-item')).toHaveCount(1);
	const reloaded = await readDatabase(page);
	expect({ scans: reloaded!.scans, answers: reloaded!.answers }).toEqual({ scans: before!.scans, answers: before!.answers });
	expect(reloaded!.session.map((s) => s.scanId)).toEqual([real]);
});
