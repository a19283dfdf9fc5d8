import { describe, expect, test } from 'vitest';
import { nameWithSuffix } from './scan-name.ts';
import { LIMITS } from './scan-schema.ts';

const SUFFIX = ' (teruggezet)';

describe('nameWithSuffix', () => {
	test('a short name simply gets the suffix', () => {
		expect(nameWithSuffix('Gemeente Zoë', SUFFIX)).toBe('Gemeente Zoë (teruggezet)');
	});

	test('a long name is cut so the suffix always stays, within the organisation limit', () => {
		for (const length of [LIMITS.organisation - SUFFIX.length, LIMITS.organisation - 1, LIMITS.organisation]) {
			const name = nameWithSuffix('x'.repeat(length), SUFFIX);
			expect(name.endsWith(SUFFIX), `length ${length}`).toBe(true);
			expect(name.length, `length ${length}`).toBeLessThanOrEqual(LIMITS.organisation);
		}
		expect(nameWithSuffix('x'.repeat(LIMITS.organisation), SUFFIX)).toBe('x'.repeat(LIMITS.organisation - SUFFIX.length) + SUFFIX);
	});

	test('the copy of a long name differs from the original', () => {
		const original = 'Gemeente '.repeat(30).slice(0, LIMITS.organisation);
		expect(nameWithSuffix(original, SUFFIX)).not.toBe(original);
	});

	test('no half emoji and no space before the suffix', () => {
		const max = 10;
		// 'abcd ' + 🙂 (two code units) + 'x': cutting at 10 − 4 = 6 would split the emoji.
		expect(nameWithSuffix('abcd 🙂xyz', ' (k)', max)).toBe('abcd (k)');
		expect(nameWithSuffix('abcd 🙂xyz', ' (k)', max).length).toBeLessThanOrEqual(max);
	});
});
