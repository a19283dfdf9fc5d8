/**
 * The "Werksessie" section of a group's scan PDF, read back from the PDF itself: who took part (small
 * roles merged into "Overig"), where the answers differed (per role), what the group settled, and
 * names only when the group chose to show them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readPdf, squash } from '../../../tests/fixtures/pdf-inspect.ts';
import { workshopWithParticipants } from '../app/workshop-group-test-support.ts';
import { scoreScan } from '../domain/scoring.ts';
import { enAll as en } from '../i18n/whole-catalogues.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import type { Messages } from '../i18n/messages.ts';
import { consensusScan } from '../workshop/consensus-scan.ts';
import { fixtureChecklist } from '../workshop/test-fixtures.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { createReportPdfBytes, type ReportFonts } from './create-report-pdf.ts';
import { buildWorkshopSection } from './workshop-section.ts';

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const fonts: ReportFonts = {
	regular: readFileSync(root('static/fonts/KwartiermakerSans-Regular.ttf')),
	bold: readFileSync(root('static/fonts/KwartiermakerSans-Bold.ttf'))
};
const NOW = '2025-03-01T12:00:00';
const SCAN_ID = '44444444-4444-4444-8444-444444444444';

function settled(display: Partial<Workshop['display']> = {}): Workshop {
	const workshop = workshopWithParticipants();
	return {
		...workshop,
		display: { ...workshop.display, ...display },
		consensus: {
			'a-wegbereider': { value: '2', reasoning: 'Er is een trekker, maar zonder mandaat.', dissent: 'Management ziet geen trekker.', updatedAt: NOW },
			'a-plan': { value: '3', reasoning: 'Het plan ligt er.', dissent: '', updatedAt: NOW }
		}
	};
}

async function pdfText(workshop: Workshop | null, scanWorkshop: Workshop = settled(), messages: Messages = nl): Promise<string> {
	const scan = consensusScan(fixtureChecklist, scanWorkshop, { id: SCAN_ID, now: NOW + '.000Z', dissentLabel: 'Anders gezien' });
	const bytes = await createReportPdfBytes(fixtureChecklist, scan, scoreScan(fixtureChecklist, scan), {
		fonts,
		generatedAt: NOW,
		language: messages === nl ? 'nl' : 'en',
		messages,
		workshop
	});
	return squash((await readPdf(bytes)).text);
}

describe('the werksessie section of the PDF', () => {
	test('shows the date, participants per role with the small role merged, the divergence per role and the consensus', async () => {
		const text = await pdfText(settled());
		expect(text).toContain(squash('Werksessie'));
		expect(text).toContain(squash('1 maart 2025'));
		expect(text).toContain(squash('7 mensen'));
		expect(text).toContain(squash('Beleid: 3'));
		expect(text).toContain(squash('Management: 3'));
		expect(text).toContain(squash('Overig: 1'));
		expect(text).toContain(squash('Waar verschilden de antwoorden het meest'));
		expect(text).toContain(squash('Er is een trekker, maar zonder mandaat.'));
		expect(text).toContain(squash('Management ziet geen trekker.'));
		expect(text).toContain(squash('Het plan ligt er.'));
		// The single ervaringswerker is neither named as a role nor shown apart, and no name is printed.
		expect(text).not.toContain(squash('Ervaringswerker of ervaringsdeskundige'));
		expect(text).not.toContain(squash('Naam 1'));
	});

	test('with small groups and names shown, the role gets its own line and the names are listed', async () => {
		const workshop = settled({ showSmallGroups: true, showNames: true });
		const text = await pdfText(workshop, workshop);
		expect(text).toContain(squash('Ervaringswerker of ervaringsdeskundige: 1'));
		expect(text).not.toContain(squash('Overig: 1'));
		expect(text).toContain(squash('Wie leverde in'));
		expect(text).toContain(squash('Naam 7 (Ervaringswerker of ervaringsdeskundige)'));
	});

	test('without the workshop on the device, or for another workshop, the section is left out', async () => {
		expect(await pdfText(null)).not.toContain(squash('Wie leverde in'));
		expect(await pdfText(null)).not.toContain(squash('Waar verschilden de antwoorden het meest'));
		const other = { ...settled(), id: '55555555-5555-4555-8555-555555555555' };
		expect(await pdfText(other)).not.toContain(squash('Waar verschilden de antwoorden het meest'));
	});

	test('the section follows the report language', async () => {
		const text = await pdfText(settled(), settled(), en);
		expect(text).toContain(squash('Where the answers differed most'));
		expect(text).toContain(squash('Other: 1'));
	});
});

describe('buildWorkshopSection', () => {
	test('lists the split question first, with a row per role that may be shown', () => {
		const section = buildWorkshopSection(fixtureChecklist, settled(), { language: 'nl', messages: nl });
		const first = section.divergence[0];
		expect(first?.question).toBe(fixtureChecklist.themes[0]!.questions.find((q) => q.id === 'a-wegbereider')!.text);
		expect(first?.rows.map((row) => row.group)).toEqual(['Iedereen', 'Beleid', 'Management']);
		expect(first?.rows[1]).toMatchObject({ people: '3', median: '4' });
		expect(first?.rows[2]).toMatchObject({ people: '3', median: '0' });
		expect(section.names).toBeNull();
		expect(section.otherNote).not.toBeNull();
	});
});
