// @vitest-environment node
/**
 * The write-ahead journal against a (fake) IndexedDB: what a page that went away left in the journal is
 * written at the next start, before anything is read, and only where it is newer than what is stored.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnswerJournal, JOURNAL_KEY, parseJournal, type JournalEntry } from './answer-journal.ts';
import { DB_NAME, DEMO_DB_NAME, closeDb, getDb } from './db.ts';
import { createIdbScanRepository } from './idb-scan-repository.ts';
import { replayAnswerJournal } from './journal-replay.ts';
import { closeFreshFactories, fakeLocalStorage, freshFactory, makeAnswer, makeScan } from './test-fixtures.ts';

const LATER = '2025-06-01T10:00:00.000Z';

afterEach(async () => {
	vi.restoreAllMocks();
	await closeFreshFactories();
});

/** One browser profile: an IndexedDB factory and a localStorage, shared by every "page load". */
function browser() {
	const factory = freshFactory();
	const storage = fakeLocalStorage();
	return {
		factory,
		storage,
		journal: () => createAnswerJournal(storage),
		/** A repository as a freshly loaded page creates it: new connection, nothing replayed yet. */
		async load(dbName = DB_NAME) {
			await closeDb(dbName, { indexedDB: factory });
			return createIdbScanRepository(dbName, { indexedDB: factory, journal: createAnswerJournal(storage) });
		},
		entries: () => parseJournal(storage.getItem(JOURNAL_KEY))
	};
}

function entry(overrides: Partial<JournalEntry> = {}): JournalEntry {
	return { db: DB_NAME, scanId: 'scan-1', questionId: 'q1', value: 'nee', note: 'Net gekozen', updatedAt: LATER, ...overrides };
}

describe('a click whose save never committed', () => {
	it('is journalled at once and written at the next start, before the first read', async () => {
		const b = browser();
		const page = await b.load();
		await page.createScan(makeScan());

		// The user picks an answer; the page is reloaded before saveAnswer ran at all.
		page.journalAnswer('scan-1', 'q1', makeAnswer('nee', LATER, 'Net gekozen'));
		expect(b.entries()).toEqual([entry()]);

		const next = await b.load();
		const scan = await next.getScan('scan-1');
		expect(scan?.answers.q1).toEqual(makeAnswer('nee', LATER, 'Net gekozen'));
		expect(scan?.updatedAt).toBe(LATER);
		expect((await next.listScans())[0]?.updatedAt).toBe(LATER);
		// Replayed entries leave the journal once the transaction committed.
		expect(b.entries()).toEqual([]);
	});

	it('leaves the journal when saveAnswer committed, and keeps a newer keystroke that came meanwhile', async () => {
		const b = browser();
		const page = await b.load();
		await page.createScan(makeScan());
		const first = makeAnswer('nee', LATER, 'Eer');
		const second = makeAnswer('nee', '2025-06-01T10:00:01.000Z', 'Eerste');
		page.journalAnswer('scan-1', 'q1', first);
		const saving = page.saveAnswer('scan-1', 'q1', first);
		page.journalAnswer('scan-1', 'q1', second);
		await saving;
		expect(b.entries()).toEqual([entry({ note: 'Eerste', updatedAt: second.updatedAt })]);
		await page.saveAnswer('scan-1', 'q1', second);
		expect(b.entries()).toEqual([]);
	});
});

describe('replay rules', () => {
	it('never overwrites a stored answer that is newer, and drops the stale entry', async () => {
		const b = browser();
		const page = await b.load();
		await page.createScan(makeScan());
		await page.saveAnswer('scan-1', 'q1', makeAnswer('ja', '2025-06-02T00:00:00.000Z', 'Later in ander tabblad'));
		b.journal().record(entry({ updatedAt: LATER }));

		const next = await b.load();
		expect((await next.getScan('scan-1'))?.answers.q1).toEqual(
			makeAnswer('ja', '2025-06-02T00:00:00.000Z', 'Later in ander tabblad')
		);
		expect(b.entries()).toEqual([]);
	});

	it('brings the scan’s updatedAt up to an answer that landed without it', async () => {
		const b = browser();
		const page = await b.load();
		await page.createScan(makeScan());
		const db = await getDb(DB_NAME, { indexedDB: b.factory });
		// The answer's own transaction committed; the one for the scan's updatedAt was cut off.
		await db.put('answers', { scanId: 'scan-1', questionId: 'q1', value: 'nee', note: 'Net gekozen', updatedAt: LATER });
		b.journal().record(entry());

		const next = await b.load();
		expect((await next.getScan('scan-1'))?.updatedAt).toBe(LATER);
	});

	it('never brings back a deleted scan, and deleting a scan or everything clears its entries', async () => {
		const b = browser();
		const page = await b.load();
		await page.createScan(makeScan());
		await page.createScan(makeScan({ id: 'scan-2' }));
		b.journal().record(entry({ scanId: 'weg' }));
		page.journalAnswer('scan-1', 'q2', makeAnswer('ja', LATER));
		page.journalAnswer('scan-2', 'q2', makeAnswer('ja', LATER));

		await page.deleteScan('scan-1');
		expect(b.entries().map((e) => e.scanId)).toEqual(['weg', 'scan-2']);

		const next = await b.load();
		expect(await next.getScan('weg')).toBeNull();
		expect(await next.getScan('scan-1')).toBeNull();
		expect(b.entries()).toEqual([]);

		next.journalAnswer('scan-2', 'q3', makeAnswer('nee', LATER));
		await next.deleteAll();
		expect(b.entries()).toEqual([]);
		expect(await (await b.load()).listScans()).toEqual([]);
	});

	it('keeps the demo database’s entries apart from the real one’s', async () => {
		const b = browser();
		const real = await b.load(DB_NAME);
		const demo = await b.load(DEMO_DB_NAME);
		await real.createScan(makeScan());
		await demo.createScan(makeScan({ demo: true }));
		demo.journalAnswer('scan-1', 'q1', makeAnswer('demo', LATER));
		real.journalAnswer('scan-1', 'q2', makeAnswer('echt', LATER));

		const nextReal = await b.load(DB_NAME);
		const scan = await nextReal.getScan('scan-1');
		expect(scan?.answers.q1?.value).toBe('ja');
		expect(scan?.answers.q2?.value).toBe('echt');
		// The demo's entry waits for the demo database to be opened.
		expect(b.entries()).toEqual([entry({ db: DEMO_DB_NAME, value: 'demo', note: '' })]);

		const nextDemo = await b.load(DEMO_DB_NAME);
		expect((await nextDemo.getScan('scan-1'))?.answers.q1?.value).toBe('demo');
		expect(b.entries()).toEqual([]);
	});

	it('leaves a scan record of the wrong shape as it is', async () => {
		const b = browser();
		const page = await b.load();
		const db = await getDb(DB_NAME, { indexedDB: b.factory });
		const broken = { id: 'kapot', profile: 'geen object', updatedAt: { x: 1 } };
		await db.put('scans', broken as never);
		b.journal().record(entry({ scanId: 'kapot' }));

		await page.listScans();
		expect(await db.get('scans', 'kapot')).toEqual(broken);
		expect(await db.get('answers', ['kapot', 'q1'])).toBeUndefined();
	});

	it('keeps the entries when the replay fails, and the repository still works', async () => {
		const b = browser();
		const page = await b.load();
		await page.createScan(makeScan());
		b.journal().record(entry());
		const db = await getDb(DB_NAME, { indexedDB: b.factory });
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await expect(replayAnswerJournal(db, DB_NAME, b.journal())).rejects.toThrow(/quota/);
		expect(b.entries()).toEqual([entry()]);
		vi.mocked(IDBObjectStore.prototype.put).mockImplementation(put);

		const next = await b.load();
		expect((await next.getScan('scan-1'))?.answers.q1?.value).toBe('nee');
	});
});
