/**
 * A whole werksessie on the production build, as a consultant runs it:
 * - the facilitator sets up a session through the form;
 * - five participants, each in a browser context of their own (their phones), join by the link with
 *   five different roles, answer, and hand in: two by QR code, read by the facilitator's laptop camera
 *   (Chromium's fake camera, fed with the picture of the code as the participant's screen draws it), two
 *   by file (chosen at once), one by link (pasted);
 * - one question is counted as a show of hands for people without a device;
 * - the discussion view puts the most divergent question first; projector mode reveals it by keyboard;
 * - the group settles its answers; the scan it becomes has results, a plan and a PDF with the werksessie
 *   section, whose text is read back.
 * Axe runs on every werksessie screen, in Dutch and in English.
 */
import { otherBrowser } from './support/other-browser.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readPdf, squash } from '../fixtures/pdf-inspect.ts';
import { chromiumPath } from './support/chromium-path.ts';
import { loadChecklist } from './support/checklist.ts';
import { CAMERA_HEIGHT, CAMERA_WIDTH, fakeCameraArgs, type GrayImage, y4m } from './support/fake-camera.ts';
import { expect, expectHeading, expectNoAxeViolations, test } from './support/fixtures.ts';
import { optionLabel, questionsInScope, saveStatus, textOf } from './support/scans.ts';

const cameraDir = mkdtempSync(join(tmpdir(), 'km-journey-camera-'));
const cameraFile = join(cameraDir, 'camera.y4m');

test.use({
	launchOptions: {
		executablePath: chromiumPath(),
		args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...fakeCameraArgs(cameraFile)]
	}
});
test.afterAll(() => rmSync(cameraDir, { recursive: true, force: true }));

const checklist = loadChecklist();
const PHASE = 'eerste' as const;
const ORGANISATION = 'Gemeente Samenstad';
const questions = questionsInScope(checklist, 'quick', PHASE);
/** Two people say "not at all", three say "fully": the widest spread. */
const SPLIT = questions[1]!;
/** From low to high: divided, but less than SPLIT. */
const SPREAD = questions[2]!;
/** Everyone on a device gives the middle answer; four more people without a device are counted by hand. */
const HANDS = questions[3]!;

/** The i-th option (0 = first) of a question, counted from the end when negative. */
function option(question: (typeof questions)[number], index: number): string {
	const scale = checklist.scales[question.scale]!;
	return optionLabel(checklist, question, index < 0 ? scale.options.length + index : index);
}
const middle = (question: (typeof questions)[number]) => option(question, Math.floor(checklist.scales[question.scale]!.options.length / 2));

interface Participant {
	role: 'beleid' | 'management' | 'ervaringswerker' | 'uitvoering' | 'bestuur';
	roleLabel: string;
	via: 'qr' | 'file' | 'link';
	split: number;
	spread: number;
}
const PARTICIPANTS: Participant[] = [
	{ role: 'beleid', roleLabel: 'Beleid', via: 'qr', split: 0, spread: 0 },
	{ role: 'management', roleLabel: 'Management', via: 'qr', split: -1, spread: 1 },
	{ role: 'ervaringswerker', roleLabel: 'Ervaringswerker of ervaringsdeskundige', via: 'file', split: 0, spread: 2 },
	{ role: 'uitvoering', roleLabel: 'Uitvoering', via: 'file', split: -1, spread: -2 },
	{ role: 'bestuur', roleLabel: 'Bestuur', via: 'link', split: -1, spread: -1 }
];


/**
 * The participant's code as their screen draws it: the SVG of the hand-in page painted onto a canvas
 * and read back as grey pixels, placed in the middle of a camera picture.
 */
async function pictureOfShownCode(page: Page): Promise<GrayImage> {
	const code = page.getByTestId('hand-in-qr').getByTestId('qr-code');
	await expect(code).toHaveAttribute('data-frame-total', '1');
	const side = 420;
	const pixels = await code.evaluate(async (svg, size) => {
		const markup = new XMLSerializer().serializeToString(svg);
		const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
		try {
			const image = new Image(size, size);
			image.src = url;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = size;
			canvas.height = size;
			const context = canvas.getContext('2d')!;
			context.fillStyle = '#fff';
			context.fillRect(0, 0, size, size);
			context.drawImage(image, 0, 0, size, size);
			const { data } = context.getImageData(0, 0, size, size);
			const luma: number[] = [];
			for (let i = 0; i < data.length; i += 4) luma.push(Math.round(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!));
			return luma;
		} finally {
			URL.revokeObjectURL(url);
		}
	}, side);
	const luma = new Uint8Array(CAMERA_WIDTH * CAMERA_HEIGHT).fill(255);
	const left = (CAMERA_WIDTH - side) / 2;
	const top = (CAMERA_HEIGHT - side) / 2;
	for (let y = 0; y < side; y++) luma.set(pixels.slice(y * side, (y + 1) * side), (top + y) * CAMERA_WIDTH + left);
	return { width: CAMERA_WIDTH, height: CAMERA_HEIGHT, luma };
}

/** Axe in Dutch, then in English, then back to Dutch (the switch keeps the page). */
async function checkBothLanguages(page: Page, checkPage: (label?: string) => Promise<void>, label: string, englishHeading: string | RegExp) {
	await checkPage(`${label} (nl)`);
	await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expect(page.locator('main h1')).toHaveText(englishHeading);
	await checkPage(`${label} (en)`);
	await page.getByTestId('language-switch').getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
}

test('a werksessie from set-up to the group’s scan: five phones, QR by camera, files, a link, counted hands, discussion, projector, consensus', async ({
	page,
	context,
	browser,
	baseURL,
	checkPage
}) => {
	test.setTimeout(360_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);

	// --- set-up --------------------------------------------------------------------------------
	await page.goto('/');
	await page.getByTestId('start-workshop').click();
	await expectHeading(page, 'Werksessie voorbereiden');
	await checkBothLanguages(page, checkPage, 'set-up', 'Prepare a workshop');
	await page.getByLabel('Naam van de gemeente of organisatie').fill(ORGANISATION);
	await page.getByRole('radio', { name: checklist.phases.find((phase) => phase.id === PHASE)!.label, exact: true }).check();
	await page.getByRole('radio', { name: 'De snelle scan' }).check();
	for (const { roleLabel } of PARTICIPANTS) await page.getByRole('checkbox', { name: roleLabel, exact: true }).check();
	await page.getByRole('radio', { name: 'Nee, niet naar de naam vragen' }).check();
	await page.getByTestId('create-workshop').click();
	await expectHeading(page, ORGANISATION);
	const workshopId = /#\/werksessie\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
	const joinLink = await page.getByTestId('join-link').inputValue();
	await expect(page.getByTestId('join-qr').locator('svg').first()).toBeVisible();
	await checkBothLanguages(page, checkPage, 'overview before hand-ins', ORGANISATION);

	// --- five participants, each on their own device ------------------------------------------
	const cameraPictures: GrayImage[] = [];
	const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
	const links: string[] = [];
	for (const [index, participant] of PARTICIPANTS.entries()) {
		const phone = await otherBrowser(browser, baseURL);
		await phone.page.goto(joinLink);
		await expectHeading(phone.page, 'Meedoen aan een werksessie', { focused: false });
		// Names are never asked in this session.
		await expect(phone.page.getByLabel(/Uw naam/)).toHaveCount(0);
		await expect(phone.page.getByRole('radio')).toHaveCount(PARTICIPANTS.length);
		if (index === 0) {
			await expectNoAxeViolations(phone.page, 'join page');
			await phone.page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
			await expect(phone.page.locator('main h1')).toHaveText('Join a workshop');
			await expectNoAxeViolations(phone.page, 'join page (en)');
			await phone.page.getByTestId('language-switch').getByRole('button', { name: 'Nederlands' }).click();
			await expect(phone.page.locator('html')).toHaveAttribute('lang', 'nl');
		}
		await phone.page.getByRole('radio', { name: participant.roleLabel, exact: true }).check();
		await phone.page.getByTestId('join-start').click();
		await expectHeading(phone.page, ORGANISATION);
		const scanId = /#\/scan\/([0-9a-f-]{36})$/.exec(phone.page.url())![1]!;

		// The same question pages as any scan: choose, and it is saved.
		for (const [question, choice] of [
			[SPLIT, option(SPLIT, participant.split)],
			[SPREAD, option(SPREAD, participant.spread)],
			[HANDS, middle(HANDS)]
		] as const) {
			await phone.page.goto(`/#/scan/${scanId}/vraag/${question.id}`);
			await expectHeading(phone.page, textOf(question, PHASE));
			await phone.page.getByRole('radio', { name: choice, exact: true }).check();
			await expect(saveStatus(phone.page)).toHaveAttribute('data-save-state', 'saved');
		}
		if (index === 0) await expectNoAxeViolations(phone.page, 'participant question page');

		await phone.page.goto(`/#/scan/${scanId}`);
		await phone.page.getByTestId('hand-in-link').click();
		await expectHeading(phone.page, 'Antwoorden inleveren');
		await expect(phone.page.getByTestId('hand-in-answered')).toHaveText(`U heeft 3 van de ${questions.length} vragen beantwoord.`);
		if (index === 0) await expectNoAxeViolations(phone.page, 'hand-in page');
		if (participant.via === 'qr') {
			cameraPictures.push(await pictureOfShownCode(phone.page));
		} else if (participant.via === 'file') {
			const downloading = phone.page.waitForEvent('download');
			await phone.page.getByTestId('hand-in-download').click();
			const download = await downloading;
			files.push({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync((await download.path())!) });
		} else {
			await phone.page.getByTestId('hand-in-copy').click();
			await expect(phone.page.getByTestId('hand-in-notice')).toHaveText('De link is gekopieerd.');
			links.push(await phone.page.evaluate(() => navigator.clipboard.readText()));
		}
		expect(phone.errors, `participant ${index + 1}`).toEqual([]);
		await phone.context.close();
	}
	expect(cameraPictures).toHaveLength(2);
	expect(files).toHaveLength(2);
	expect(links).toHaveLength(1);

	// --- collecting: camera, two files at once, a pasted link -----------------------------------
	await page.goto(`/#/werksessie/${workshopId}/verzamelen`);
	await expectHeading(page, 'Antwoorden verzamelen', { focused: false });
	await checkBothLanguages(page, checkPage, 'collect, empty', 'Collect answers');
	// The laptop camera sees one phone, then the other (one second each, over and over).
	writeFileSync(cameraFile, y4m(cameraPictures, { fps: 10, framesEach: 10 }));
	await page.getByRole('button', { name: 'Camera starten' }).click();
	await expect(page.getByTestId('qr-reader')).toHaveAttribute('data-status', 'scanning');
	const viaCamera = page.getByTestId('collect-item').and(page.locator('[data-via="qr"][data-status="added"]'));
	await expect(viaCamera).toHaveCount(2, { timeout: 30_000 });
	await page.getByRole('button', { name: 'Camera stoppen' }).click();
	await expect(page.getByTestId('qr-reader')).toHaveAttribute('data-status', 'idle');
	await page.getByLabel('Kies een of meer bestanden met antwoorden').setInputFiles(files);
	await expect(page.getByTestId('collect-item').and(page.locator('[data-via="file"][data-status="added"]'))).toHaveCount(2);
	await page.getByLabel('Links met antwoorden').fill(links[0]!);
	await page.getByRole('button', { name: 'Links toevoegen' }).click();
	await expect(page.getByTestId('collect-item').and(page.locator('[data-via="link"][data-status="added"]'))).toHaveCount(1);
	await expect(page.getByTestId('collect-count')).toHaveText('5 deelnemers hebben ingeleverd');
	for (const { role } of PARTICIPANTS) await expect(page.getByTestId(`collect-role-${role}`)).toHaveText('1');
	await checkBothLanguages(page, checkPage, 'collect, five handed in', 'Collect answers');

	// The link opened once more on the laptop: recognised as a hand-in the session already has.
	await page.goto(links[0]!);
	await expectHeading(page, 'Antwoorden van een deelnemer', { focused: false });
	await expect(page.getByTestId('answers-link-summary')).toContainText('Bestuur');
	await checkBothLanguages(page, checkPage, 'answers link', 'A participant’s answers');
	await page.getByTestId('answers-link-add').click();
	await expect(page.getByTestId('answers-link-done')).toHaveAttribute('data-outcome', 'kept-newer');
	await expect(page.getByTestId('answers-link-done')).not.toHaveAttribute('data-outcome', 'added');

	// --- a show of hands for four people without a device ---------------------------------------
	await page.goto(`/#/werksessie/${workshopId}/handen`);
	await expectHeading(page, 'Handen tellen', { focused: false });
	await page.locator(`#hands-open-${HANDS.id}`).click();
	await page.locator('#hands-present').fill('4');
	await page.getByLabel(`${option(HANDS, 0)}, Hele zaal`, { exact: true }).fill('3');
	await page.getByLabel(`${middle(HANDS)}, Hele zaal`, { exact: true }).fill('2');
	await page.getByRole('button', { name: 'Telling opslaan' }).click();
	// Five hands, four people: refused, and nothing is saved.
	await expect(page.getByRole('alert').filter({ hasText: 'Er is een probleem' })).toBeFocused();
	await checkBothLanguages(page, checkPage, 'hands with an error', 'Count hands');
	await page.getByLabel(`${middle(HANDS)}, Hele zaal`, { exact: true }).fill('1');
	await page.getByRole('button', { name: 'Telling opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De telling is opgeslagen.' })).toBeVisible();
	await checkBothLanguages(page, checkPage, 'hands saved', 'Count hands');

	// --- discussion: the most divergent question first ------------------------------------------
	await page.goto(`/#/werksessie/${workshopId}/bespreken`);
	await expectHeading(page, 'Bespreken', { focused: false });
	const divergent = page.getByTestId('discuss-divergent').getByTestId('discuss-question');
	await expect(divergent.first()).toHaveAttribute('data-question-id', SPLIT.id);
	await expect(divergent.nth(1)).toHaveAttribute('data-question-id', SPREAD.id);
	// Device answers and counted hands in one result, marked by where they came from.
	await expect(page.locator(`[data-question-id="${HANDS.id}"]`).first()).toContainText('4 met handen geteld');
	// Every role has one person: not shown apart, unless the facilitator turns that on.
	await expect(divergent.first()).toContainText('te weinig mensen om apart te tonen');
	await checkBothLanguages(page, checkPage, 'discussion', 'Discuss');
	await page.getByLabel('Kleine groepen apart tonen').check();
	await expect(divergent.first()).not.toContainText('te weinig mensen om apart te tonen');
	await checkPage('discussion with small groups shown');
	await page.getByLabel('Kleine groepen apart tonen').uncheck();
	await expect(divergent.first()).toContainText('te weinig mensen om apart te tonen');

	// --- projector: revealed by keyboard ---------------------------------------------------------
	await divergent.first().getByRole('link', { name: /Toon op het scherm/ }).click();
	await expectHeading(page, 'Projectie');
	await expect(page.locator('#projector-question')).toHaveText(textOf(SPLIT, PHASE));
	await expect(page.getByTestId('projector-answers')).not.toContainText('Iedereen');
	await page.keyboard.press('t');
	await expect(page.getByTestId('projector-answers')).toContainText('Iedereen');
	await checkBothLanguages(page, checkPage, 'projector, revealed', 'Projector');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('#projector-question')).toHaveText(textOf(SPREAD, PHASE));
	await expect(page.getByTestId('projector-answers')).not.toContainText('Iedereen');
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('#projector-question')).toHaveText(textOf(SPLIT, PHASE));

	// --- consensus -> an ordinary scan ------------------------------------------------------------
	await page.goto(`/#/werksessie/${workshopId}/overeenstemming`);
	await expectHeading(page, 'Samen vaststellen', { focused: false });
	const split = page.locator(`[data-testid="consensus-question"][data-question-id="${SPLIT.id}"]`);
	await split.getByRole('radio', { name: middle(SPLIT), exact: true }).check();
	await split.getByLabel('Waarom dit antwoord?').fill('Er is iemand die het trekt, maar zonder vaste uren.');
	await split.getByLabel('Wie ziet het anders, en waarom?').fill('Bestuur en management vinden het al goed geregeld.');
	await checkBothLanguages(page, checkPage, 'consensus', 'Settle together');
	// Nothing typed is lost to a reload.
	await page.reload();
	await expect(split.getByRole('radio', { name: middle(SPLIT), exact: true })).toBeChecked();
	await expect(split.getByLabel('Wie ziet het anders, en waarom?')).toHaveValue('Bestuur en management vinden het al goed geregeld.');
	await page.getByTestId('consensus-make').click();
	await expectHeading(page, 'Resultaten');
	const scanId = /#\/scan\/([0-9a-f-]{36})\/resultaten$/.exec(page.url())![1]!;
	await expect(page.getByTestId('workshop-result')).toContainText('werksessie');
	await checkPage('results of the group');

	await page.goto(`/#/scan/${scanId}/actieplan`);
	await expectHeading(page, 'Actieplan', { focused: false });
	await expect(page.getByTestId('plan-action').first()).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByTestId('download-pdf').click();
	const pdf = squash((await readPdf(new Uint8Array(readFileSync((await (await downloading).path())!)))).text);
	expect(pdf).toContain(squash(ORGANISATION));
	expect(pdf).toContain(squash('Waar verschilden de antwoorden het meest'));
	expect(pdf).toContain(squash('Er is iemand die het trekt, maar zonder vaste uren.'));
	expect(pdf).toContain(squash('Bestuur en management vinden het al goed geregeld.'));

	// The group's participants are counted per role in the PDF; one person per role is merged as "Overig".
	expect(pdf).toContain(squash('Overig: 5'));

	// --- after: the participants' answers can be deleted; the group's scan stays --------------------
	await page.goto(`/#/werksessie/${workshopId}`);
	await expectHeading(page, ORGANISATION);
	await checkBothLanguages(page, checkPage, 'overview, settled', ORGANISATION);
	await page.goto(`/#/werksessie/${workshopId}/overeenstemming`);
	await expect(page.getByTestId('consensus-settled')).toBeVisible();
	await page.getByRole('button', { name: 'Verwijder de antwoorden van de deelnemers' }).click();
	await expect(page.getByRole('heading', { name: 'Weet u het zeker?' })).toBeFocused();
	await checkPage('delete confirmation');
	await page.getByRole('button', { name: 'Ja, verwijder de antwoorden' }).click();
	await expect(page.getByText('De antwoorden van de deelnemers zijn verwijderd.')).toBeVisible();
	await page.goto(`/#/scan/${scanId}/resultaten`);
	await expectHeading(page, 'Resultaten', { focused: false });
	await expect(page.getByTestId('workshop-result')).toBeVisible();
});
