/**
 * Browser entry for the Word download. docx (the library that writes .docx files) and the Word layout load
 * only here, on click, through a dynamic import: the first screen does not carry them. The service worker
 * precaches that chunk, so the download also works offline.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { ScanResults } from '../domain/results-types.ts';
import type { Scan } from '../domain/scan.ts';
import { isoDay, organisationSlug } from '../files/file-names.ts';
import { saveBlob } from '../files/save-file.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import type { ReportLanguage } from './report-model.ts';

/**
 * The file name of the Word report: the PDF's name with .docx, e.g.
 * `kwartiermaken-actieplan-gemeente-sudwest-fryslan-2026-11-24.docx`, so both downloads sort together.
 */
export function wordFileName(organisation: string, date: Date | string, prefix: string): string {
	const day = isoDay(date);
	return `${prefix}-${organisationSlug(organisation)}${day ? `-${day}` : ''}.docx`;
}

/** The local date-time as 'YYYY-MM-DDTHH:mm:ss' (no zone), so the cover shows today's local date, as the PDF's. */
function localDateTime(now: Date): string {
	const pad = (n: number): string => String(n).padStart(2, '0');
	return `${isoDay(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

/**
 * Builds the Word report and offers it as a download. `results` must be `scoreScan(checklist, scan)`;
 * `workshop` is the werksessie of a group's scan (adds its section); `earlier` is the scan this one repeats
 * (adds the progress section). Resolves with the file name once the
 * download was started.
 */
export async function downloadWord(
	checklist: Checklist,
	scan: Scan,
	results: ScanResults,
	words: ReportLanguage,
	workshop: Workshop | null = null,
	now: Date = new Date(),
	earlier: Scan | null = null
): Promise<string> {
	const { createWordBlob } = await import('./create-word.ts');
	const blob = await createWordBlob(checklist, scan, results, { generatedAt: localDateTime(now), ...words, workshop, earlier });
	const fileName = wordFileName(scan.profile.organisation, now, words.messages.report.fileNamePrefix);
	saveBlob(blob, fileName);
	return fileName;
}
