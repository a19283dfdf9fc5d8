/**
 * Builds the Word report: the report model (the PDF's data) laid out by `render-word.ts` and packed into
 * a .docx file by docx. Used by the download (in the browser), the tests and the bench (in Node), so the
 * document they measure is the one users get.
 */
import { Packer, type Document } from 'docx';
import type { Checklist } from '../content/checklist-schema.ts';
import type { ScanResults } from '../domain/results-types.ts';
import type { Scan } from '../domain/scan.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { buildReportModel, type ReportLanguage } from './report-model.ts';
import { renderWord } from './render-word.ts';

export interface WordOptions extends ReportLanguage {
	/** ISO date or local date-time ('YYYY-MM-DD…'); its calendar date is on the cover. */
	generatedAt: string;
	/** The werksessie of a group's scan, for its section; left out when absent. */
	workshop?: Workshop | null;
	/** The earlier scan this scan repeats (`repeatOf`), for the progress section; left out when absent. */
	earlier?: Scan | null;
}

/** The Word document for a scan. `results` must be `scoreScan(checklist, scan)`. */
export function createWordDocument(checklist: Checklist, scan: Scan, results: ScanResults, options: WordOptions): Document {
	const { generatedAt, language, messages, workshop = null, earlier = null } = options;
	const model = buildReportModel(checklist, scan, results, generatedAt, { language, messages }, workshop, earlier);
	return renderWord(model, messages.exports);
}

/** The .docx file's bytes (Node and browser alike: docx zips without Node's Buffer this way). */
export async function createWordBytes(checklist: Checklist, scan: Scan, results: ScanResults, options: WordOptions): Promise<Uint8Array> {
	return new Uint8Array(await Packer.toArrayBuffer(createWordDocument(checklist, scan, results, options)));
}

/** The .docx file as a Blob with the .docx media type, for the download. */
export function createWordBlob(checklist: Checklist, scan: Scan, results: ScanResults, options: WordOptions): Promise<Blob> {
	return Packer.toBlob(createWordDocument(checklist, scan, results, options));
}
