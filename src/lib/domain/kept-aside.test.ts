import { describe, expect, test } from 'vitest';
import { keptAsideRows } from './kept-aside.ts';
import { NOT_APPLICABLE, UNKNOWN, type SetAsideAnswer } from './scan.ts';
import { fixtureChecklist } from './test-fixtures.ts';

const T = '2025-01-01T10:00:00.000Z';
const entry = (questionId: string, value: string | null, extra: Partial<SetAsideAnswer> = {}): SetAsideAnswer => ({
	questionId,
	value,
	note: '',
	updatedAt: T,
	fromVersion: '1.0.0',
	...extra
});

describe('keptAsideRows', () => {
	test('no kept-aside answers (or none recorded) gives no rows', () => {
		expect(keptAsideRows(fixtureChecklist, {})).toEqual([]);
		expect(keptAsideRows(fixtureChecklist, { setAside: {} })).toEqual([]);
	});

	test('labels: from the migration, the special answers, a skipped question, or the bare option id', () => {
		const rows = keptAsideRows(fixtureChecklist, {
			setAside: {
				a: entry('a', '2', { answerLabel: 'Deels', questionText: 'Oude vraag?', note: '<b>letterlijk</b>' }),
				b: entry('b', UNKNOWN),
				c: entry('c', NOT_APPLICABLE),
				d: entry('d', null, { note: 'alleen uitleg' }),
				e: entry('e', '7')
			}
		});
		expect(rows.map((row) => [row.key, row.answer])).toEqual([
			['a', { kind: 'label', text: 'Deels' }],
			['b', { kind: 'label', text: 'Weet ik niet' }],
			['c', { kind: 'label', text: 'Niet van toepassing' }],
			['d', { kind: 'none' }],
			['e', { kind: 'code', value: '7' }]
		]);
		expect(rows[0]).toMatchObject({ questionText: 'Oude vraag?', note: '<b>letterlijk</b>', fromVersion: '1.0.0' });
		expect(rows[1]?.questionText).toBeNull();
	});

	test('ordered by version (numerically), then question id', () => {
		const rows = keptAsideRows(fixtureChecklist, {
			setAside: {
				x: entry('x', '1', { fromVersion: '1.10.0' }),
				y: entry('b', '1', { fromVersion: '1.9.0' }),
				z: entry('a', '1', { fromVersion: '1.9.0' })
			}
		});
		expect(rows.map((row) => row.key)).toEqual(['z', 'y', 'x']);
	});
});
