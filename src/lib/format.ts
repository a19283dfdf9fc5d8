/** Dutch date formatting, in one place so the pages and the PDF agree. */

const MONTHS = [
	'januari',
	'februari',
	'maart',
	'april',
	'mei',
	'juni',
	'juli',
	'augustus',
	'september',
	'oktober',
	'november',
	'december'
] as const;
const MONTHS_SHORT = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'] as const;

/** Shown where a date is empty or unreadable in a narrow column. */
export const NO_DATE = '–';

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/** "24 november 2026 om 14:05" style, or the input unchanged when it is not a date. */
export function formatDateTime(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/**
 * The calendar date of an ISO date or date-time string, as `{ year, month (1–12), day }`, or null.
 * Only the first 10 characters are read, so pass a local date-time (no 'Z') for a local date.
 */
function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	return { year, month, day };
}

/**
 * A date in Dutch, e.g. '24 november 2026'. Written out by hand rather than with Intl, so the
 * output is the same in every browser and in Node. Returns '' for an unreadable date.
 */
export function formatDutchDate(isoDate: string): string {
	const date = parseIsoDate(isoDate);
	if (!date) return '';
	return `${date.day} ${MONTHS[date.month - 1] ?? ''} ${date.year}`;
}

/** A short Dutch date for narrow table columns, e.g. '24 nov. 2026'; '–' for no or an unreadable date. */
export function formatShortDutchDate(isoDate: string): string {
	const date = parseIsoDate(isoDate);
	if (!date) return NO_DATE;
	return `${date.day} ${MONTHS_SHORT[date.month - 1] ?? ''} ${date.year}`;
}
