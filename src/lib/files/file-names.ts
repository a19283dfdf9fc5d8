/** File names for downloads: safe on every operating system, and recognisable. */

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
export function isoDay(date: Date | string): string {
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
