/**
 * The GOV.UK date input: a date typed as three boxes (dag, maand, jaar), read the way GOV.UK services do.
 * Used wherever the app asks for a day (a werksessie's date, an action's deadline), so every form reads,
 * checks and reports a date alike, and a typed date is never dropped without a message.
 */

export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** What the three boxes hold, as typed. */
export interface DateParts {
	day: string;
	month: string;
	year: string;
}

/** What is wrong: nothing typed, one part missing, a year not of four digits, or no such day. */
export type DatePartsProblem = 'missing' | 'noDay' | 'noMonth' | 'noYear' | 'yearDigits' | 'invalid';

export type DatePartsReading =
	| { ok: true; date: string }
	| { ok: false; problem: DatePartsProblem; parts: DatePart[] };

const NUMBER = /^\d{1,4}$/;

/** True for a real day written as YYYY-MM-DD (no 31 April). */
function isRealDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads the three boxes. Like GOV.UK: nothing typed is 'missing' (or, when the date may stay empty, an
 * empty date ''); a box left empty names that part and marks only that box; letters, a day or month of
 * more than two digits, or a day that does not exist (30 February) is 'invalid' and marks all three; a
 * year of fewer than four digits is 'yearDigits'. Spaces around a number are ignored.
 *
 * @returns the date as YYYY-MM-DD, or the problem and the boxes to mark
 */
export function readDateParts(parts: DateParts, { optional = false }: { optional?: boolean } = {}): DatePartsReading {
	const typed: DateParts = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
	const empty = DATE_PARTS.filter((part) => typed[part] === '');
	if (empty.length === 3) return optional ? { ok: true, date: '' } : { ok: false, problem: 'missing', parts: [...DATE_PARTS] };
	if (empty.length > 0) {
		const first = empty[0]!;
		return { ok: false, problem: first === 'day' ? 'noDay' : first === 'month' ? 'noMonth' : 'noYear', parts: empty };
	}
	if (!DATE_PARTS.every((part) => NUMBER.test(typed[part]))) return { ok: false, problem: 'invalid', parts: [...DATE_PARTS] };
	if (typed.year.length !== 4) return { ok: false, problem: 'yearDigits', parts: ['year'] };
	const [year, month, day] = [Number(typed.year), Number(typed.month), Number(typed.day)];
	if (typed.day.length > 2 || typed.month.length > 2 || !isRealDay(year, month, day)) {
		return { ok: false, problem: 'invalid', parts: [...DATE_PARTS] };
	}
	return { ok: true, date: `${typed.year}-${typed.month.padStart(2, '0')}-${typed.day.padStart(2, '0')}` };
}

/** The boxes for a stored date (YYYY-MM-DD): day and month without leading zeros, as people type them. */
export function datePartsOf(date: string): DateParts {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return { day: '', month: '', year: '' };
	return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}
