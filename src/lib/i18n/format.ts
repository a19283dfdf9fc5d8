/**
 * Dates, numbers and percentages in the reader's language, in one place so the pages and the PDF agree.
 * Everything goes through `Intl` with the language's locale (nl-NL, en-GB).
 */
import { LOCALES, type Language } from './messages.ts';

/** Shown where a date is empty or unreadable in a narrow column. */
export const NO_DATE = '–';

/**
 * The calendar date of an ISO date or date-time string, or null. Only the first 10 characters are read,
 * so a local date-time (no 'Z') gives its local date; the date is formatted in UTC so no time zone moves it.
 */
function calendarDate(value: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	return new Date(Date.UTC(year, month - 1, day));
}

/** One long-date formatter per language: making an Intl.DateTimeFormat costs far more than using it (a plan has many dates). */
const longDates = new Map<Language, Intl.DateTimeFormat>();

/** '24 november 2026' / '24 November 2026'; '' for an unreadable date. */
export function formatDate(isoDate: string, language: Language): string {
	const date = calendarDate(isoDate);
	if (!date) return '';
	let formatter = longDates.get(language);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		longDates.set(language, formatter);
	}
	return formatter.format(date);
}

/** A short date for narrow table columns ('24 nov 2026'); '–' for no or an unreadable date. */
export function formatShortDate(isoDate: string, language: Language): string {
	const date = calendarDate(isoDate);
	if (!date) return NO_DATE;
	return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** '24 november 2026 om 14:05' / '24 November 2026 at 14:05', or the input unchanged when it is not a date. */
export function formatDateTime(iso: string, language: Language): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A whole number with the language's grouping: '8.000' / '8,000'. */
export function formatNumber(value: number, language: Language): string {
	return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** A percentage given as 0–100: '62%'. */
export function formatPercent(percent: number, language: Language): string {
	return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** A file size limit: '5 MB', '1,5 MB' / '1.5 MB', or whole kilobytes ('2 kB') below one megabyte. */
export function formatFileSize(bytes: number, language: Language): string {
	const mb = bytes / (1024 * 1024);
	if (mb >= 1) return `${new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(mb)} MB`;
	return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} kB`;
}
