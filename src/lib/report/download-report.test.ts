import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fixtureChecklist from '../../../tests/fixtures/report-checklist.yaml';
import { buildFullScan } from '../../../tests/fixtures/report-scan.ts';
import { enAll as en } from '../i18n/whole-catalogues.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { downloadReport, organisationSlug, REPORT_FONT_FILES, reportFileName } from './download-report.ts';

const NL = nl.report.fileNamePrefix;

describe('reportFileName', () => {
	it('slugs the organisation and adds the date', () => {
		expect(reportFileName('Gemeente Utrecht', '2026-11-24', NL)).toBe('kwartiermaken-actieplan-gemeente-utrecht-2026-11-24.pdf');
		expect(reportFileName('Gemeente Súdwest-Fryslân', '2026-11-24T10:15:00', NL)).toBe(
			'kwartiermaken-actieplan-gemeente-sudwest-fryslan-2026-11-24.pdf'
		);
	});

	it('strips accents, apostrophes and other characters', () => {
		expect(organisationSlug('’s-Hertogenbosch')).toBe('s-hertogenbosch');
		expect(organisationSlug("Gemeente 's-Gravenhage / Den Haag")).toBe('gemeente-s-gravenhage-den-haag');
		expect(organisationSlug('Stichting Zoë & Straße (Noord)')).toBe('stichting-zoe-strasse-noord');
		expect(organisationSlug('  ĲSSELSTEIN  ')).toBe('ijsselstein');
		expect(organisationSlug('../../etc/passwd')).toBe('etc-passwd');
	});

	it('falls back to "organisatie" for an empty or unusable name', () => {
		expect(reportFileName('', '2026-11-24', NL)).toBe('kwartiermaken-actieplan-organisatie-2026-11-24.pdf');
		expect(organisationSlug('   ')).toBe('organisatie');
		expect(organisationSlug('😀 ---')).toBe('organisatie');
	});

	it('cuts very long names at 60 characters without a trailing dash', () => {
		const slug = organisationSlug('Gemeente ' + 'Heel Lange Naam '.repeat(20));
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).toMatch(/^gemeente-heel-lange-naam-/);
		expect(slug.endsWith('-')).toBe(false);
	});

	it('starts with the words of the language: Dutch or English', () => {
		expect(reportFileName('Gemeente Utrecht', '2026-11-24', en.report.fileNamePrefix)).toBe(
			'kwartiermaker-action-plan-gemeente-utrecht-2026-11-24.pdf'
		);
	});

	it('uses the local calendar date of a Date', () => {
		expect(reportFileName('X', new Date(2027, 0, 5, 23, 59), NL)).toBe('kwartiermaken-actieplan-x-2027-01-05.pdf');
	});
});

describe('downloadReport', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
		vi.useRealTimers();
	});

	it('fetches the fonts, builds the PDF and clicks a temporary download link', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout'] });
		const fontPath = (file: string): string => fileURLToPath(new URL(`../../../static/${file}`, import.meta.url));
		const fetched: string[] = [];
		vi.stubGlobal('fetch', async (url: string) => {
			fetched.push(url);
			const file = url.endsWith(REPORT_FONT_FILES.bold) ? REPORT_FONT_FILES.bold : REPORT_FONT_FILES.regular;
			return new Response(readFileSync(fontPath(file)));
		});
		const link = { href: '', download: '', rel: '', style: { display: '' }, click: vi.fn(), remove: vi.fn() };
		const append = vi.fn();
		vi.stubGlobal('document', { createElement: () => link, body: { append } });
		const created: Blob[] = [];
		vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
			if (blob instanceof Blob) created.push(blob);
			return 'blob:report';
		});
		const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);

		const { scan, results } = buildFullScan(fixtureChecklist);
		const name = await downloadReport(fixtureChecklist, scan, results, { language: 'nl', messages: nl });

		expect(fetched).toEqual([`/${REPORT_FONT_FILES.regular}`, `/${REPORT_FONT_FILES.bold}`]);
		expect(name).toMatch(/^kwartiermaken-actieplan-gemeente-sudwest-fryslan-\d{4}-\d{2}-\d{2}\.pdf$/);
		expect(created[0]?.type).toBe('application/pdf');
		expect(link).toMatchObject({ href: 'blob:report', download: name });
		expect(append).toHaveBeenCalledWith(link);
		expect(link.click).toHaveBeenCalledOnce();
		expect(link.remove).toHaveBeenCalledOnce();
		expect(revoke).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(revoke).toHaveBeenCalledWith('blob:report');
	});
});
