/**
 * Builds the PDF report. jsPDF (340 kB minified) and jspdf-autotable (80 kB) are imported
 * dynamically, so they are only fetched when someone actually makes a report.
 */
import type { jsPDF } from 'jspdf';
import type { Checklist } from '../content/checklist-schema.ts';
import type { ScanResults } from '../domain/results-types.ts';
import type { Scan } from '../domain/scan.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { buildReportModel, type ReportLanguage } from './report-model.ts';
import { REPORT_FONT_FAMILY, renderReport } from './render-report.ts';

/** TrueType font files (KwartiermakerSans Regular and Bold), as loaded from `static/fonts/`. */
export interface ReportFonts {
	regular: ArrayBuffer | Uint8Array;
	bold: ArrayBuffer | Uint8Array;
}

/** What `createReportPdf` needs besides the scan: the font files and the date to print. */
export interface ReportOptions extends ReportLanguage {
	fonts: ReportFonts;
	/** ISO date or local date-time ('YYYY-MM-DD…'); its calendar date is printed on the cover. */
	generatedAt: string;
	/** The werksessie of a group's scan, for the "Werksessie" section; left out when absent. */
	workshop?: Workshop | null;
	/** The earlier scan this scan repeats (`repeatOf`), for the "Voortgang" section; left out when absent. */
	earlier?: Scan | null;
}

/**
 * A binary string (one char per byte), the form jsPDF's TrueType loader recognises by the
 * `\x00\x01\x00\x00` header. Built in chunks: `String.fromCharCode(...bytes)` on a whole font
 * would exceed the engine's argument limit.
 */
function toBinaryString(data: ArrayBuffer | Uint8Array): string {
	const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
	const chunk = 0x8000;
	let out = '';
	for (let i = 0; i < bytes.length; i += chunk) {
		out += String.fromCharCode(...bytes.subarray(i, i + chunk));
	}
	return out;
}

function assertTrueType(data: ArrayBuffer | Uint8Array, name: string): void {
	const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
	// jsPDF only embeds TrueType outlines (sfnt version 0x00010000); a CFF .otf or an HTML error
	// page from a failed fetch would otherwise produce a PDF with missing text.
	if (bytes.length < 12 || bytes[0] !== 0 || bytes[1] !== 1 || bytes[2] !== 0 || bytes[3] !== 0) {
		throw new Error(`Het lettertype ${name} is geen TrueType-bestand (.ttf).`);
	}
}

/**
 * The binary strings of the font files, per loaded file: the app loads the fonts once per page
 * (download-report.ts), so a second report does not convert 50 kB again. Weak, so a dropped file is freed.
 */
const binaryStrings = new WeakMap<ArrayBuffer | Uint8Array, string>();

function fontString(data: ArrayBuffer | Uint8Array): string {
	let binary = binaryStrings.get(data);
	if (binary === undefined) {
		binary = toBinaryString(data);
		binaryStrings.set(data, binary);
	}
	return binary;
}

function registerFonts(doc: jsPDF, fonts: ReportFonts): void {
	assertTrueType(fonts.regular, 'regular');
	assertTrueType(fonts.bold, 'bold');
	doc.addFileToVFS(`${REPORT_FONT_FAMILY}-Regular.ttf`, fontString(fonts.regular));
	doc.addFileToVFS(`${REPORT_FONT_FAMILY}-Bold.ttf`, fontString(fonts.bold));
	// Both styles: autotable draws its header row in bold, and an unregistered bold would fall
	// back to Helvetica, which has no ’ “ ” € glyphs.
	doc.addFont(`${REPORT_FONT_FAMILY}-Regular.ttf`, REPORT_FONT_FAMILY, 'normal');
	doc.addFont(`${REPORT_FONT_FAMILY}-Bold.ttf`, REPORT_FONT_FAMILY, 'bold');
	doc.setFont(REPORT_FONT_FAMILY, 'normal');
}

/**
 * jsPDF always writes `/OpenAction [3 0 R /FitH null]` into the catalog (its default "fit width"
 * zoom; `setDisplayMode` only swaps it for another /OpenAction). It is a harmless view destination,
 * but mail and malware filters count /OpenAction as suspicious and our security test forbids it.
 * The entry is overwritten with spaces of the same length, so every byte offset in the xref table
 * stays valid. Only this exact form is touched; anything else would fail the tests loudly.
 */
const OPEN_ACTION = /\/OpenAction \[\d+ 0 R \/FitH null\]/;

function removeOpenAction(bytes: Uint8Array): Uint8Array {
	// The catalog is near the end of the file, written as plain (uncompressed) ASCII.
	const tailStart = Math.max(0, bytes.length - 64 * 1024);
	// One character per byte, so string positions are byte offsets (built in chunks: see toBinaryString).
	let tail = '';
	for (let i = tailStart; i < bytes.length; i += 0x2000) {
		tail += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x2000, bytes.length)));
	}
	const catalog = tail.lastIndexOf('/Type /Catalog');
	if (catalog < 0) return bytes;
	const match = OPEN_ACTION.exec(tail.slice(catalog));
	if (!match) return bytes;
	const start = tailStart + catalog + match.index;
	bytes.fill(0x20, start, start + match[0].length);
	return bytes;
}

async function buildDocument(
	checklist: Checklist,
	scan: Scan,
	results: ScanResults,
	options: ReportOptions
): Promise<jsPDF> {
	const [{ jsPDF: JsPdf }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
	const doc = new JsPdf({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
	// Pin the zoom mode, so the catalog entry `removeOpenAction` looks for has a known form.
	doc.setDisplayMode('fullwidth', 'continuous');
	registerFonts(doc, options.fonts);
	renderReport(doc, autoTable, buildReportModel(checklist, scan, results, options.generatedAt, options, options.workshop ?? null, options.earlier ?? null));
	return doc;
}

/**
 * Creates the PDF report (cover, summary, action plan, answers, sources) as a Blob
 * (`application/pdf`).
 * `results` must be `scoreScan(checklist, scan)`.
 */
export async function createReportPdf(
	checklist: Checklist,
	scan: Scan,
	results: ScanResults,
	options: ReportOptions
): Promise<Blob> {
	const bytes = await createReportPdfBytes(checklist, scan, results, options);
	// Copy into a fresh ArrayBuffer-backed view: Blob parts must not be SharedArrayBuffer views.
	return new Blob([new Uint8Array(bytes)], { type: 'application/pdf' });
}

/** Same as `createReportPdf`, as bytes (for Node, where tests read the PDF back). */
export async function createReportPdfBytes(
	checklist: Checklist,
	scan: Scan,
	results: ScanResults,
	options: ReportOptions
): Promise<Uint8Array> {
	const doc = await buildDocument(checklist, scan, results, options);
	return removeOpenAction(new Uint8Array(doc.output('arraybuffer')));
}
