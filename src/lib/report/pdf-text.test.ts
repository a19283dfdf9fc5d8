import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSupportedCodePoint, toPdfLine, toPdfText } from './pdf-text.ts';

describe('toPdfText', () => {
	it('keeps Dutch text, curly quotes, dashes, the euro sign and bullets as they are', () => {
		const text = 'Zoë’s café – “financiële” steun — € 1.250 … • ĳ ő ł ß ± ≤ ≥ →';
		expect(toPdfText(text)).toBe(text);
	});

	it('composes decomposed accents (NFC) so they print as one letter', () => {
		expect(toPdfText('Zoe\u0308 cafe\u0301')).toBe('Zoë café');
	});

	it('reduces letters outside the font to their base letter', () => {
		// Ș and Ț (Latin Extended-B), ǎ (pinyin), ṇ (Latin Extended Additional); ă is in the font.
		expect(toPdfText('Ștefan Țară ǎ ṇ')).toBe('Stefan Tară a n');
	});

	it('shows emoji and other scripts as "?" (one per visible character)', () => {
		expect(toPdfText('ok 😀 👩‍👩‍👧 👍🏽 🇳🇱')).toBe('ok ? ? ? ?');
		expect(toPdfText('שלום')).toBe('????');
	});

	it('drops control, zero-width and direction characters, keeps line breaks', () => {
		expect(toPdfText('a\u0007b\u200bc\u202ed\u00ade\r\nf\tg\u2028h')).toBe('abcde\nf    g\nh');
	});

	it('makes a one-line version for titles and footers', () => {
		expect(toPdfLine('  twee\nregels\t en  spaties ')).toBe('twee regels en spaties');
	});
});

describe('isSupportedCodePoint', () => {
	it('matches the cmap of the font files in static/fonts', () => {
		// Every code point the renderer lets through must have a glyph in both fonts. Read the
		// cmap (format 4) of each file and compare with the ranges in pdf-text.ts.
		for (const file of ['KwartiermakerSans-Regular.ttf', 'KwartiermakerSans-Bold.ttf']) {
			const bytes = readFileSync(fileURLToPath(new URL(`../../../static/fonts/${file}`, import.meta.url)));
			const mapped = cmapCodePoints(bytes);
			for (let codePoint = 0x20; codePoint <= 0x2fff; codePoint++) {
				if (isSupportedCodePoint(codePoint)) expect(mapped.has(codePoint), `U+${codePoint.toString(16)} in ${file}`).toBe(true);
			}
			for (const char of '’‘“”–—…•€ëéïĳ') expect(isSupportedCodePoint(char.codePointAt(0) ?? 0)).toBe(true);
		}
	});
});

/** Code points mapped by the format-4 subtable of a TrueType cmap. */
function cmapCodePoints(font: Buffer): Set<number> {
	const tables = font.readUInt16BE(4);
	let cmap = -1;
	for (let i = 0; i < tables; i++) {
		const record = 12 + i * 16;
		if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
	}
	if (cmap < 0) throw new Error('no cmap');
	const subtables = font.readUInt16BE(cmap + 2);
	for (let i = 0; i < subtables; i++) {
		const offset = cmap + font.readUInt32BE(cmap + 4 + i * 8 + 4);
		if (font.readUInt16BE(offset) !== 4) continue;
		const segments = font.readUInt16BE(offset + 6) / 2;
		const ends = offset + 14;
		const starts = ends + segments * 2 + 2;
		const deltas = starts + segments * 2;
		const rangeOffsets = deltas + segments * 2;
		const result = new Set<number>();
		for (let s = 0; s < segments; s++) {
			const end = font.readUInt16BE(ends + s * 2);
			const start = font.readUInt16BE(starts + s * 2);
			const delta = font.readInt16BE(deltas + s * 2);
			const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
			for (let c = start; c <= end && c !== 0xffff; c++) {
				let glyph: number;
				if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
				else {
					const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
					glyph = font.readUInt16BE(at);
					if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
				}
				if (glyph !== 0) result.add(c);
			}
		}
		return result;
	}
	throw new Error('no format 4 cmap');
}
