import { describe, expect, test } from 'vitest';
import { formatBytes } from './format-bytes.ts';

/** Intl may put a narrow no-break space between number and unit; compare on plain spaces. */
const plain = (text: string): string => text.replace(/\s/g, ' ');

describe('formatBytes', () => {
	test.each([
		[0, '0 kB'],
		[512, '0,5 kB'],
		[1024, '1 kB'],
		[350 * 1024, '350 kB'],
		[1.25 * 1024 ** 2, '1,3 MB'],
		[12.4 * 1024 ** 2, '12 MB'],
		[2.5 * 1024 ** 3, '2,5 GB'],
		[1234 * 1024 ** 3, '1.234 GB']
	])('%d bytes → %s', (bytes, expected) => {
		expect(plain(formatBytes(bytes))).toBe(expected);
	});

	test('nonsense becomes 0 kB', () => {
		for (const value of [-5, Number.NaN, Number.POSITIVE_INFINITY]) expect(plain(formatBytes(value))).toBe('0 kB');
	});
});
