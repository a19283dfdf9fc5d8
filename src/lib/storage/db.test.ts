// @vitest-environment node
import 'fake-indexeddb/auto';
import type { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import { DB_NAME, DB_VERSION, getDb, subscribeDbEvents } from './db.ts';
import { createIdbScanRepository } from './idb-scan-repository.ts';
import { StorageError } from './storage-errors.ts';
import { closeFreshFactories, freshFactory, makeAnswer, makeScan } from './test-fixtures.ts';


afterEach(async () => {
	vi.restoreAllMocks();
	await closeFreshFactories();
});

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

/** Open without our code, at a given version (or the current one), running `upgrade` if needed. */
function rawOpen(factory: IDBFactory, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
	const req = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
	if (upgrade) req.onupgradeneeded = () => upgrade(req.result);
	return request(req);
}

/** A v1 database as the older app version wrote it: whole scans, answers inside. */
async function seedV1(factory: IDBFactory, records: unknown[]): Promise<void> {
	const db = await rawOpen(factory, 1, (d) => d.createObjectStore('scans', { keyPath: 'id' }));
	const tx = db.transaction('scans', 'readwrite');
	for (const record of records) tx.objectStore('scans').put(record);
	await new Promise<void>((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}

async function readAll(db: IDBDatabase, store: string): Promise<unknown[]> {
	return request(db.transaction(store).objectStore(store).getAll());
}

describe('database upgrade from v1', () => {
	it('moves every answer into the answers store and removes answers from the scan record', async () => {
		const factory = freshFactory();
		const v1a: Scan = makeScan({ id: 'a' });
		const v1b: Scan = makeScan({
			id: 'b',
			answers: { x1: makeAnswer('nee', '2024-12-01T00:00:00.000Z', 'uit v1'), x2: makeAnswer(null) }
		});
		const v1empty: Scan = makeScan({ id: 'c', answers: {} });
		await seedV1(factory, [v1a, v1b, v1empty]);

		const db = await getDb(DB_NAME, { indexedDB: factory });
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['answers', 'scans', 'session']);
		expect((await db.getAllFromIndex('answers', 'by-scan', 'a')).map((a) => a.questionId).sort()).toEqual([
			'q1',
			'q2',
			'q3'
		]);
		expect(await db.getAll('answers')).toHaveLength(5);
		for (const record of await db.getAll('scans')) expect(record).not.toHaveProperty('answers');

		const repository = createIdbScanRepository(DB_NAME, { indexedDB: factory });
		expect(await repository.getScan('a')).toEqual(v1a);
		expect(await repository.getScan('b')).toEqual(v1b);
		expect(await repository.getScan('c')).toEqual(v1empty);
		expect((await repository.listScans()).find((s) => s.id === 'b')?.answeredCount).toBe(1);
	});

	it('keeps answers it cannot read instead of dropping them', async () => {
		const factory = freshFactory();
		const broken = { ...makeScan({ id: 'kapot' }), answers: { q1: makeAnswer('ja'), q2: 42, q3: { value: 7 } } };
		await seedV1(factory, [broken]);

		const db = await getDb(DB_NAME, { indexedDB: factory });
		const record = await db.get('scans', 'kapot');
		expect(record).not.toHaveProperty('answers');
		expect(record?.unmigratedAnswers).toEqual({ q2: 42, q3: { value: 7 } });
		const repository = createIdbScanRepository(DB_NAME, { indexedDB: factory });
		const scan = await repository.getScan('kapot');
		expect(scan?.answers).toEqual({ q1: makeAnswer('ja') });
		expect(scan).not.toHaveProperty('unmigratedAnswers');
	});

	it('leaves the v1 data untouched when the migration fails', async () => {
		const factory = freshFactory();
		await seedV1(factory, [makeScan({ id: 'a' })]);
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('disk full', 'QuotaExceededError');
		});
		await expect(getDb(DB_NAME, { indexedDB: factory })).rejects.toBeInstanceOf(StorageError);
		vi.restoreAllMocks();

		const raw = await rawOpen(factory);
		expect(raw.version).toBe(1);
		expect([...raw.objectStoreNames]).toEqual(['scans']);
		expect(await readAll(raw, 'scans')).toEqual([makeScan({ id: 'a' })]);
		raw.close();

		// The next start tries again and succeeds.
		const repository = createIdbScanRepository(DB_NAME, { indexedDB: factory });
		expect(await repository.getScan('a')).toEqual(makeScan({ id: 'a' }));
	});

	it('creates all stores in a new database', async () => {
		const factory = freshFactory();
		const db = await getDb(DB_NAME, { indexedDB: factory });
		expect(db.version).toBe(DB_VERSION);
		expect(db.transaction('answers').store.indexNames.contains('by-scan')).toBe(true);
	});
});

describe('connection lifecycle', () => {
	it('opens once per database name and factory', async () => {
		const factory = freshFactory();
		const openSpy = vi.spyOn(factory, 'open');
		const [a, b] = await Promise.all([getDb(DB_NAME, { indexedDB: factory }), getDb(DB_NAME, { indexedDB: factory })]);
		expect(a).toBe(b);
		expect(openSpy).toHaveBeenCalledTimes(1);
	});

	it('rejects with kind version, and deletes nothing, when a newer app made the database', async () => {
		const factory = freshFactory();
		const newer = await rawOpen(factory, DB_VERSION + 1, (d) => d.createObjectStore('toekomst'));
		newer.close();
		const error: unknown = await getDb(DB_NAME, { indexedDB: factory }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).kind).toBe('version');
		const again = await rawOpen(factory);
		expect(again.version).toBe(DB_VERSION + 1);
		expect([...again.objectStoreNames]).toEqual(['toekomst']);
		again.close();
	});

	it('steps aside for a newer version in another tab (blocking), then reports kind version', async () => {
		const factory = freshFactory();
		const onBlocking = vi.fn();
		const repository = createIdbScanRepository(DB_NAME, { indexedDB: factory, onBlocking });
		await repository.createScan(makeScan());

		// "Another tab" with a newer build: must not hang, because this connection closes.
		const newer = await rawOpen(factory, DB_VERSION + 1);
		expect(onBlocking).toHaveBeenCalledTimes(1);
		newer.close();

		const error: unknown = await repository.getScan('scan-1').catch((e: unknown) => e);
		expect((error as StorageError).kind).toBe('version');
	});

	it('reports blocked while an old tab holds the database, and continues when it closes', async () => {
		const factory = freshFactory();
		await seedV1(factory, [makeScan({ id: 'a' })]);
		// An old tab that does not listen for versionchange, so it never closes by itself.
		const oldTab = await rawOpen(factory, 1);
		const onBlocked = vi.fn();
		const onUnblocked = vi.fn();
		subscribeDbEvents(DB_NAME, { onBlocked, onUnblocked }, { indexedDB: factory });

		const opening = getDb(DB_NAME, { indexedDB: factory });
		await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledTimes(1));
		expect((onBlocked.mock.calls[0]?.[0] as StorageError).kind).toBe('blocked');
		expect((onBlocked.mock.calls[0]?.[0] as StorageError).message).toMatch(/Sluit de andere tabbladen/);

		oldTab.close();
		const db = await opening;
		expect(db.version).toBe(DB_VERSION);
		expect(onUnblocked).toHaveBeenCalledTimes(1);
	});
});
