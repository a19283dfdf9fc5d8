/**
 * The "Voortgang" section of a repeated scan's PDF, read back from the PDF itself: the scans compared, the
 * theme scores and levels then and now, the changed answers, the risks that appeared or went away and the
 * earlier plan's actions with their status. And the model data a Word renderer uses.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readPdf, squash } from '../../../tests/fixtures/pdf-inspect.ts';
import type { PlanAction, Scan } from '../domain/scan.ts';
import { scoreScan } from '../domain/scoring.ts';
import { fixtureChecklist, makeScan, uniformAnswers } from '../domain/test-fixtures.ts';
import type { Messages } from '../i18n/messages.ts';
import { enAll as en, nlAll as nl } from '../i18n/whole-catalogues.ts';
import { createReportPdfBytes, type ReportFonts } from './create-report-pdf.ts';
import { buildReportModel } from './report-model.ts';

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const fonts: ReportFonts = {
	regular: readFileSync(root('static/fonts/KwartiermakerSans-Regular.ttf')),
	bold: readFileSync(root('static/fonts/KwartiermakerSans-Bold.ttf'))
};
const NOW = '2026-11-30T12:00:00';
const EARLIER_ID = '11111111-1111-4111-8111-111111111111';
const CURRENT_ID = '22222222-2222-4222-8222-222222222222';

function action(id: string, status: PlanAction['status']): PlanAction {
	return {
		id,
		sourceActionId: id,
		themeId: 'a',
		questionId: 'a-plan',
		title: `Titel ${id}`,
		why: '',
		firstStep: '',
		owner: 'Teamleider',
		deadline: '',
		horizon: '0-3',
		status,
		priority: 'gap',
		updatedAt: '2025-03-01T00:00:00.000Z'
	};
}

const earlier: Scan = {
	...makeScan({ ...uniformAnswers('2'), 'd-alibi': 'ja' }),
	id: EARLIER_ID,
	updatedAt: '2025-03-14T10:00:00.000Z',
	plan: { actions: [action('a-plan-schrijven', 'bezig')], createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z' }
};
const current: Scan = {
	...makeScan({ ...uniformAnswers('2'), 'a-wegbereider': '4', 'a-plan': '4', 'b-werving': '0', 'd-alibi': 'nee' }),
	id: CURRENT_ID,
	repeatOf: EARLIER_ID,
	createdAt: '2026-11-01T00:00:00.000Z',
	updatedAt: '2026-11-30T00:00:00.000Z',
	plan: { actions: [action('a-plan-schrijven', 'klaar')], createdAt: '2026-11-30T00:00:00.000Z', updatedAt: '2026-11-30T00:00:00.000Z' }
};

async function pdfText(earlierScan: Scan | null, messages: Messages = nl): Promise<string> {
	const bytes = await createReportPdfBytes(fixtureChecklist, current, scoreScan(fixtureChecklist, current), {
		fonts,
		generatedAt: NOW,
		language: messages === nl ? 'nl' : 'en',
		messages,
		earlier: earlierScan
	});
	return squash((await readPdf(bytes)).text);
}

describe('the progress section of the PDF', () => {
	test('shows the earlier scan, the theme scores then and now, the changed answers, the risks and the earlier actions', async () => {
		const text = await pdfText(earlier);
		expect(text).toContain(squash('Voortgang sinds de vorige scan'));
		expect(text).toContain(squash('Vergeleken met de scan van Gemeente Test van 14 maart 2025.'));
		// Theme a: 50% (Beginnen) then, 83% (Verankeren) now.
		expect(text).toContain(squash('50% (Beginnen)'));
		expect(text).toContain(squash('83% (Verankeren)'));
		expect(text).toContain(squash('33 procentpunt hoger'));
		expect(text).toContain(squash('17 procentpunt lager'));
		expect(text).toContain(squash('Antwoorden die veranderd zijn'));
		expect(text).toContain(squash('Ja, helemaal'));
		expect(text).toContain(squash('Risico’s die weg zijn'));
		expect(text).toContain(squash('Groot risico: Is de ervaringswerker een alibi? (antwoord: Ja)'));
		expect(text).toContain(squash('Er zijn geen nieuwe risico’s.'));
		expect(text).toContain(squash('Acties uit het vorige actieplan'));
		expect(text).toContain(squash('Titel a-plan-schrijven'));
		expect(text).toContain(squash('Bezig'));
		expect(text).toContain(squash('Klaar'));
	});

	test('in English', async () => {
		const text = await pdfText(earlier, en);
		expect(text).toContain(squash('Progress since the earlier scan'));
		expect(text).toContain(squash('Compared with the scan of Gemeente Test from 14 March 2025.'));
		expect(text).toContain(squash('33 percentage points higher'));
	});

	test('is left out without an earlier scan', async () => {
		const text = await pdfText(null);
		expect(text).not.toContain(squash('Voortgang sinds de vorige scan'));
		// The rest of the report is still there.
		expect(text).toContain(squash('Actieplan'));
	});
});

describe('the progress data in the report model (for the PDF and the Word document)', () => {
	test('every row is already worded, in the report’s language', () => {
		const model = buildReportModel(fixtureChecklist, current, scoreScan(fixtureChecklist, current), NOW, { language: 'nl', messages: nl }, null, earlier);
		const progress = model.progress;
		expect(progress).not.toBeNull();
		expect(progress?.themes).toContainEqual({ theme: 'Draagvlak en plan', then: '50% (Beginnen)', now: '83% (Verankeren)', change: '33 procentpunt hoger' });
		expect(progress?.answers.map((row) => [row.then, row.now])).toEqual([
			['Deels', 'Ja, helemaal'],
			['Deels', 'Ja, helemaal'],
			['Deels', 'Nee'],
			['Ja', 'Nee']
		]);
		expect(progress?.actions).toEqual([{ title: 'Titel a-plan-schrijven', owner: 'Teamleider', then: 'Bezig', now: 'Klaar' }]);
		expect(progress?.risksGone).toHaveLength(1);
		expect(progress?.otherOrganisation).toBeNull();
	});

	test('a scan of another checklist gives no section', () => {
		const other = { ...earlier, checklistId: 'iets-anders' };
		const model = buildReportModel(fixtureChecklist, current, scoreScan(fixtureChecklist, current), NOW, { language: 'nl', messages: nl }, null, other);
		expect(model.progress).toBeNull();
	});
});
