// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
	boundJournal,
	createAnswerJournal,
	JOURNAL_KEY,
	JOURNAL_MAX_CHARS,
	JOURNAL_MAX_ENTRIES,
	parseJournal,
	withEntry,
	withoutEntry,
	type JournalEntry,
	type JournalStorage
} from './answer-journal.ts';
import { fakeLocalStorage as fakeStorage } from './test-fixtures.ts';

function entry(overrides: Partial<JournalEntry> = {}): JournalEntry {
	return {
		db: 'kwartiermaker',
		scanId: 'scan-1',
		questionId: 'q1',
		value: '2',
		note: '',
		updatedAt: '2025-06-01T10:00:00.000Z',
		...overrides
	};
}

describe('journal, pure parts', () => {
	it('parses what it wrote, and nothing from text that is not a list of entries', () => {
		const entries = [entry(), entry({ questionId: 'q2', value: null, note: 'Nog uitzoeken' })];
		expect(parseJournal(JSON.stringify(entries))).toEqual(entries);
		for (const text of [null, '', 'geen json', '{"db":"x"}', '42', 'null', '"tekst"']) {
			expect(parseJournal(text), String(text)).toEqual([]);
		}
	});

	it('skips entries of the wrong shape or size and strips unknown fields', () => {
		const good = entry();
		const text = JSON.stringify([
			{ ...good, extra: 'weg' },
			{ ...good, value: 3 },
			{ ...good, scanId: '' },
			{ ...good, note: 'x'.repeat(20_001) },
			{ ...good, updatedAt: null },
			null,
			'tekst',
			[good]
		]).replace('{"db"', '{"__proto__":{"polluted":true},"db"');
		expect(text).toContain('__proto__');
		const parsed = parseJournal(text);
		expect(parsed).toEqual([good]);
		expect(Object.keys(parsed[0]!).sort()).toEqual(['db', 'note', 'questionId', 'scanId', 'updatedAt', 'value']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('keeps one entry per question of a database: the newest replaces the older one', () => {
		let entries = withEntry([], entry({ value: '1' }));
		entries = withEntry(entries, entry({ questionId: 'q2' }));
		entries = withEntry(entries, entry({ db: 'kwartiermaker-demo', value: '4' }));
		entries = withEntry(entries, entry({ value: '3', updatedAt: '2025-06-01T10:00:05.000Z' }));
		expect(entries.map((e) => `${e.db}/${e.questionId}=${e.value}`)).toEqual([
			'kwartiermaker/q2=2',
			'kwartiermaker-demo/q1=4',
			'kwartiermaker/q1=3'
		]);
	});

	it('removes an entry only when it is exactly the one given, so a newer keystroke stays', () => {
		const older = entry({ note: 'Eer' });
		const newer = entry({ note: 'Eerste', updatedAt: '2025-06-01T10:00:01.000Z' });
		const entries = withEntry(withEntry([], older), newer);
		expect(withoutEntry(entries, older)).toEqual([newer]);
		expect(withoutEntry(entries, newer)).toEqual([]);
	});

	it('stays within the entry and size limits by dropping the oldest entries', () => {
		const many = Array.from({ length: JOURNAL_MAX_ENTRIES + 20 }, (_, i) => entry({ questionId: `q${i}` }));
		const bounded = boundJournal(many);
		expect(bounded).toHaveLength(JOURNAL_MAX_ENTRIES);
		expect(bounded.at(-1)?.questionId).toBe(`q${JOURNAL_MAX_ENTRIES + 19}`);

		const long = Array.from({ length: 40 }, (_, i) => entry({ questionId: `q${i}`, note: 'n'.repeat(19_000) }));
		const fitted = boundJournal(long);
		expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(JOURNAL_MAX_CHARS);
		expect(fitted.at(-1)?.questionId).toBe('q39');
		expect(fitted.length).toBeLessThan(40);
	});
});

describe('journal on storage', () => {
	it('records synchronously under kwartiermaker:journal, settles, and forgets per scan and per database', () => {
		const storage = fakeStorage();
		const journal = createAnswerJournal(storage);
		const a = entry();
		journal.record(a);
		// Written before record() returned: nothing asynchronous is involved.
		expect(parseJournal(storage.getItem(JOURNAL_KEY))).toEqual([a]);

		const demo = entry({ db: 'kwartiermaker-demo' });
		const other = entry({ scanId: 'scan-2' });
		journal.record(demo);
		journal.record(other);
		expect(journal.entries('kwartiermaker')).toEqual([a, other]);
		expect(journal.entries('kwartiermaker-demo')).toEqual([demo]);

		journal.settle(a);
		expect(journal.entries('kwartiermaker')).toEqual([other]);
		journal.forgetScan('kwartiermaker', 'scan-2');
		expect(journal.entries('kwartiermaker')).toEqual([]);
		expect(journal.entries('kwartiermaker-demo')).toEqual([demo]);
		journal.forgetDatabase('kwartiermaker-demo');
		// An empty journal leaves no key behind.
		expect(storage.data.has(JOURNAL_KEY)).toBe(false);
	});

	it('keeps at least the newest answer when storage is nearly full, and never throws when it is full', () => {
		const storage = fakeStorage();
		const journal = createAnswerJournal(storage);
		journal.record(entry({ questionId: 'q1' }));
		let calls = 0;
		const setItem = storage.setItem;
		// The full list does not fit any more; the single newest entry still does.
		storage.setItem = (key, value) => {
			calls++;
			if (calls === 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem(key, value);
		};
		journal.record(entry({ questionId: 'q2' }));
		expect(journal.entries('kwartiermaker').map((e) => e.questionId)).toEqual(['q2']);

		storage.setItem = setItem;
		storage.full = true;
		expect(() => journal.record(entry({ questionId: 'q3' }))).not.toThrow();
		expect(() => journal.settle(entry({ questionId: 'q2' }))).not.toThrow();
	});

	it('does nothing, without throwing, when localStorage is missing or blocked', () => {
		expect(() => createAnswerJournal(null).record(entry())).not.toThrow();
		expect(createAnswerJournal(null).entries('kwartiermaker')).toEqual([]);
		const blocked: JournalStorage = {
			getItem: () => {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			},
			removeItem: () => {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			}
		};
		const journal = createAnswerJournal(blocked);
		expect(() => journal.record(entry())).not.toThrow();
		expect(() => journal.forgetDatabase('kwartiermaker')).not.toThrow();
		expect(journal.entries('kwartiermaker')).toEqual([]);
		// In Node there is no global localStorage: the default journal is a quiet no-op.
		expect(() => createAnswerJournal().record(entry())).not.toThrow();
	});
});
