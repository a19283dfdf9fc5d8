import { describe, expect, test } from 'vitest';
import { datePartsOf, readDateParts } from './date-parts.ts';

const read = (day: string, month: string, year: string, optional = false) => readDateParts({ day, month, year }, { optional });

describe('reading a date typed in three boxes', () => {
	test('a real day, typed as people do (no leading zeros, spaces around)', () => {
		expect(read('31', '3', '2027')).toEqual({ ok: true, date: '2027-03-31' });
		expect(read(' 1 ', '01', '2030')).toEqual({ ok: true, date: '2030-01-01' });
		expect(read('29', '2', '2028')).toEqual({ ok: true, date: '2028-02-29' });
	});

	test('nothing typed: missing, or an empty date when the field may stay empty', () => {
		expect(read('', '', '')).toEqual({ ok: false, problem: 'missing', parts: ['day', 'month', 'year'] });
		expect(read(' ', '', '', true)).toEqual({ ok: true, date: '' });
	});

	test('one box empty names that part and marks only the empty boxes', () => {
		expect(read('', '3', '2027')).toEqual({ ok: false, problem: 'noDay', parts: ['day'] });
		expect(read('31', '', '2027', true)).toEqual({ ok: false, problem: 'noMonth', parts: ['month'] });
		expect(read('31', '3', '')).toEqual({ ok: false, problem: 'noYear', parts: ['year'] });
		expect(read('31', '', '')).toEqual({ ok: false, problem: 'noMonth', parts: ['month', 'year'] });
	});

	test('no such day, letters or too many digits: invalid, all boxes marked', () => {
		for (const [day, month, year] of [
			['31', '4', '2027'],
			['29', '2', '2027'],
			['0', '3', '2027'],
			['3', '13', '2027'],
			['3a', '3', '2027'],
			['31-03-2027', '', '2027'].slice(0, 1).concat(['3', '2027']),
			['100', '3', '2027']
		] as [string, string, string][]) {
			expect(read(day, month, year), `${day} ${month} ${year}`).toMatchObject({ ok: false, problem: 'invalid', parts: ['day', 'month', 'year'] });
		}
	});

	test('a year of fewer than four digits', () => {
		expect(read('31', '3', '27')).toEqual({ ok: false, problem: 'yearDigits', parts: ['year'] });
	});

	test('a stored date fills the boxes as people type them, and reads back the same', () => {
		expect(datePartsOf('2027-03-09')).toEqual({ day: '9', month: '3', year: '2027' });
		expect(datePartsOf('')).toEqual({ day: '', month: '', year: '' });
		expect(readDateParts(datePartsOf('2027-03-09'))).toEqual({ ok: true, date: '2027-03-09' });
	});
});
