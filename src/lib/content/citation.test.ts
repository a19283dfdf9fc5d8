import { describe, expect, test } from 'vitest';
import { sourceLabel } from './citation.ts';

describe('sourceLabel', () => {
	test.each([
		[{ title: 'Handreiking', publisher: 'Movisie', year: 2021 }, 'Movisie (2021), Handreiking'],
		[{ title: 'Handreiking', publisher: 'Movisie' }, 'Movisie, Handreiking'],
		[{ title: 'Handreiking', year: 2021 }, 'Handreiking (2021)'],
		[{ title: 'Handreiking' }, 'Handreiking']
	])('%j → %s', (source, expected) => {
		expect(sourceLabel(source)).toBe(expected);
	});
});
