/**
 * Browser entry for the PDF download. The UI imports this module dynamically on click, so jsPDF,
 * autotable and the fonts are only loaded when someone actually asks for the report.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { ScanResults } from '../domain/results-types.ts';
import type { Scan } from '../domain/scan.ts';
import type { ReportFonts } from './create-report-pdf.ts';
import { createReportPdf } from './create-report-pdf.ts';
import type { ReportLanguage } from './report-model.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { isoDay, organisationSlug } from '../files/file-names.ts';
import { saveBlob } from '../files/save-file.ts';

export { organisationSlug };

/** Font files in `static/fonts/` (served from the app's base URL, precached by the service worker). */
export const REPORT_FONT_FILES = {
	regular: 'fonts/KwartiermakerSans-Regular.ttf',
	bold: 'fonts/KwartiermakerSans-Bold.ttf'
} as const;

/**
 * The file name of the report, e.g. `kwartiermaken-actieplan-gemeente-sudwest-fryslan-2026-11-24.pdf`
 * (the start comes from the catalogue: `kwartiermaker-action-plan-…` in English).
 * `date` is a Date (its local calendar date is used) or an ISO date / date-time string.
 */
export function reportFileName(organisation: string, date: Date | string, prefix: string): string {
	const day = isoDay(date);
	return `${prefix}-${organisationSlug(organisation)}${day ? `-${day}` : ''}.pdf`;
}

/** The local date-time as 'YYYY-MM-DDTHH:mm:ss' (no zone), so the cover shows today's local date. */
function localDateTime(now: Date): string {
	const pad = (n: number): string => String(n).padStart(2, '0');
	return `${isoDay(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

let fontsPromise: Promise<ReportFonts> | null = null;

async function fetchFont(path: string): Promise<ArrayBuffer> {
	const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
	const response = await fetch(`${base}${path}`);
	if (!response.ok) throw new Error(`Het lettertype voor de PDF kon niet worden geladen (${response.status}).`);
	return response.arrayBuffer();
}

/** Loads both fonts once per page load; a failed load is retried on the next click. */
function loadFonts(): Promise<ReportFonts> {
	fontsPromise ??= Promise.all([fetchFont(REPORT_FONT_FILES.regular), fetchFont(REPORT_FONT_FILES.bold)]).then(
		([regular, bold]) => ({ regular, bold })
	);
	fontsPromise.catch(() => {
		fontsPromise = null;
	});
	return fontsPromise;
}

/**
 * Builds the PDF report and offers it as a download. Uses an object URL on a temporary
 * `<a download>` rather than `doc.save()`, which misbehaves in iOS Safari and installed PWAs.
 * `results` must be `scoreScan(checklist, scan)`; `workshop` is the werksessie of a group's scan (adds its
 * section); `earlier` is the scan this one repeats (adds the progress section). Resolves with the file name once the download
 * was started; rejects (with a Dutch message) when the fonts cannot be loaded.
 */
export async function downloadReport(
	checklist: Checklist,
	scan: Scan,
	results: ScanResults,
	words: ReportLanguage,
	workshop: Workshop | null = null,
	earlier: Scan | null = null
): Promise<string> {
	const now = new Date();
	const fonts = await loadFonts();
	const blob = await createReportPdf(checklist, scan, results, { fonts, generatedAt: localDateTime(now), ...words, workshop, earlier });
	const fileName = reportFileName(scan.profile.organisation, now, words.messages.report.fileNamePrefix);
	saveBlob(blob, fileName);
	return fileName;
}
