/**
 * Makes user and content text safe to draw with the embedded report font.
 *
 * The font in `static/fonts/` is a subset (Latin, Latin-1, Latin Extended-A, general punctuation,
 * € and a few symbols). jsPDF silently drops characters the font has no glyph for, so "Zoë 😀"
 * would print as "Zoë " and the reader would never know something was there. Here characters
 * outside the subset are first reduced to their base letter (ș → s, ǎ → a) and otherwise shown
 * as '?'. Invisible control and direction characters are removed, because they have no business
 * in a printed report and could reorder text.
 */

/**
 * Code point ranges with a glyph in KwartiermakerSans-{Regular,Bold}.ttf (from the fonts' cmap,
 * minus zero-width and bidi formatting characters). Keep in sync when the subset changes.
 */
const SUPPORTED_RANGES: readonly (readonly [number, number])[] = [
	[0x0020, 0x007e],
	[0x00a0, 0x00ac], // U+00AD (soft hyphen) is left out on purpose: it would print as a visible '-'
	[0x00ae, 0x017f],
	[0x2000, 0x200a],
	[0x2010, 0x2010],
	[0x2012, 0x2022],
	[0x2026, 0x2026],
	[0x202f, 0x2030],
	[0x2032, 0x2034],
	[0x2039, 0x203a],
	[0x203c, 0x203c],
	[0x203e, 0x203e],
	[0x2044, 0x2044],
	[0x205e, 0x205e],
	[0x20ac, 0x20ac],
	[0x2122, 0x2122],
	[0x2190, 0x2193],
	[0x2212, 0x2212],
	[0x2264, 0x2265],
	[0x25a0, 0x25a0],
	[0x25cf, 0x25cf]
];

/** Characters replaced by a close look-alike the font does have. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
	'\u2011': '-', // non-breaking hyphen
	'\u2023': '•', // triangular bullet
	'\u2043': '-', // hyphen bullet
	'\u2024': '.',
	'\u2027': '·',
	'\u2028': '\n', // line separator
	'\u2029': '\n' // paragraph separator
};

/** Zero-width and formatting characters that are dropped without a trace. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufe00-\ufe0f]/gu;
/** Combining marks, left behind when a letter is decomposed to its base. */
const COMBINING = /\p{M}/gu;
const REPLACEMENT = '?';

/** True when the report font has a glyph for this code point. */
export function isSupportedCodePoint(codePoint: number): boolean {
	for (const [from, to] of SUPPORTED_RANGES) {
		if (codePoint < from) return false;
		if (codePoint <= to) return true;
	}
	return false;
}

function isSupportedString(value: string): boolean {
	for (const char of value) {
		if (!isSupportedCodePoint(char.codePointAt(0) ?? 0)) return false;
	}
	return true;
}

/**
 * Splits text into user-perceived characters, so an emoji made of several code points (skin tone,
 * joiners, flags) becomes one '?' instead of a row of them. Falls back to code points where
 * Intl.Segmenter is missing (older browsers); the output is then only less tidy, never unsafe.
 */
let segmenter: Intl.Segmenter | null | undefined;

function graphemes(value: string): Iterable<string> {
	// One segmenter for all calls: making one costs far more than using it, and a report wraps thousands of strings.
	if (segmenter === undefined) {
		segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('nl', { granularity: 'grapheme' }) : null;
	}
	if (segmenter) return Array.from(segmenter.segment(value), (part) => part.segment);
	return value;
}

/** Every character is a line feed or has a glyph in the font: the common case, with nothing to replace. */
function isDrawable(value: string): boolean {
	for (const char of value) {
		if (char !== '\n' && !isSupportedCodePoint(char.codePointAt(0) ?? 0)) return false;
	}
	return true;
}

/**
 * Text as it can be drawn with the report font: NFC-normalised, line breaks as '\n', tabs as
 * spaces, control characters removed, unsupported characters reduced to their base letter or '?'.
 */
export function toPdfText(value: string): string {
	const normalised = value
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.replace(/\t/g, '    ')
		// C0 and C1 controls except the line feed.
		.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');

	// Most text (Dutch with quotes and €) needs no replacing; skip splitting it into graphemes then.
	if (isDrawable(normalised)) return normalised;
	let out = '';
	for (const cluster of graphemes(normalised)) {
		if (cluster === '\n' || isSupportedString(cluster)) {
			out += cluster;
			continue;
		}
		const lookAlike = LOOK_ALIKES[cluster];
		if (lookAlike !== undefined) {
			out += lookAlike;
			continue;
		}
		const visible = cluster.replace(INVISIBLE, '');
		if (visible === '' || isSupportedString(visible)) {
			out += visible;
			continue;
		}
		const base = visible.normalize('NFKD').replace(COMBINING, '');
		out += base !== '' && isSupportedString(base) ? base : REPLACEMENT;
	}
	return out;
}

/** Like `toPdfText`, on one line: every run of white space (line breaks too) becomes one space. */
export function toPdfLine(value: string): string {
	return toPdfText(value).replace(/\s+/g, ' ').trim();
}
