/**
 * Browser entry for the PDF download. The UI imports this module dynamically on click, so jsPDF,
 * autotable and the fonts are only loaded when someone actually asks for the report.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { ScanResults } from '../domain/results-types.ts';
import type { Scan } from '../domain/scan.ts';
import type { ReportFonts } from './create-report-pdf.ts';
import { createReportPdf } from './create-report-pdf.ts';

/** Font files in `static/fonts/` (served from the app's base URL, precached by the service worker). */
export const REPORT_FONT_FILES = {
	regular: 'fonts/KwartiermakerSans-Regular.ttf',
	bold: 'fonts/KwartiermakerSans-Bold.ttf'
} as const;

const MAX_SLUG_LENGTH = 60;
const FALLBACK_SLUG = 'organisatie';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i'
};

/** 'YYYY-MM-DD' of a Date in local time, or of the first 10 characters of an ISO string. */
function isoDay(date: Date | string): string {
	if (typeof date === 'string') return /^\d{4}-\d{2}-\d{2}/.exec(date.trim())?.[0] ?? '';
	if (Number.isNaN(date.getTime())) return '';
	const pad = (n: number): string => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A file-name-safe slug: lower case, accents stripped, apostrophes dropped, every other run of
 * non-alphanumerics one '-', no dash at either end, at most 60 characters; 'organisatie' if empty.
 */
export function organisationSlug(organisation: string): string {
	const slug = organisation
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[ßæœøłđðþı]/g, (char) => SPECIAL_LETTERS[char] ?? char)
		// "’s-Hertogenbosch" → "s-hertogenbosch", "Dinkel's" → "dinkels".
		.replace(/['’‘`´]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const short = slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
	return short === '' ? FALLBACK_SLUG : short;
}

/**
 * The file name of the report, e.g. `kwartiermaken-actieplan-gemeente-sudwest-fryslan-2026-11-24.pdf`.
 * `date` is a Date (its local calendar date is used) or an ISO date / date-time string.
 */
export function reportFileName(organisation: string, date: Date | string): string {
	const day = isoDay(date);
	return `kwartiermaken-actieplan-${organisationSlug(organisation)}${day ? `-${day}` : ''}.pdf`;
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
 * `results` must be `scoreScan(checklist, scan)`. Resolves with the file name once the download
 * was started; rejects (with a Dutch message) when the fonts cannot be loaded.
 */
export async function downloadReport(checklist: Checklist, scan: Scan, results: ScanResults): Promise<string> {
	const now = new Date();
	const fonts = await loadFonts();
	const blob = await createReportPdf(checklist, scan, results, { fonts, generatedAt: localDateTime(now) });
	const fileName = reportFileName(scan.profile.organisation, now);
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	try {
		link.click();
	} finally {
		link.remove();
		// Revoking at once can cancel the download in Safari and Firefox; a minute is plenty.
		setTimeout(() => URL.revokeObjectURL(url), 60_000);
	}
	return fileName;
}
