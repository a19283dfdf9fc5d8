// @vitest-environment node
/** Behaviour only the IndexedDB repository has: commit, durability, quota, read-back, lost connections. */
import 'fake-indexeddb/auto';
import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DEMO_DB_NAME, closeDb, getDb } from './db.ts';
import { createIdbScanRepository, type IdbRepositoryOptions } from './idb-scan-repository.ts';
import { StorageError } from './storage-errors.ts';
import { makeAnswer, makeScan } from './test-fixtures.ts';

const NOW = '2025-03-01T12:00:00.000Z';
const now = () => NOW;

/** Factories opened in a test, closed afterwards so no connection outlives its test. */
const opened: Array<{ name: string; factory: IDBFactory }> = [];

function idbRepository(options: IdbRepositoryOptions & { name?: string; factory?: IDBFactory } = {}) {
	const factory = options.factory ?? new IDBFactory();
	const name = options.name ?? DB_NAME;
	opened.push({ name, factory });
	return { factory, repository: createIdbScanRepository(name, { ...options, indexedDB: factory }) };
}

afterEach(async () => {
	vi.restoreAllMocks();
	for (const { name, factory } of opened.splice(0)) await closeDb(name, { indexedDB: factory });
});

describe('IndexedDB repository', () => {
	it('saveAnswer resolves after commit: a NEW connection reads the value', async () => {
		const { factory, repository } = idbRepository({ now });
		await repository.createScan(makeScan());
		await repository.saveAnswer('scan-1', 'q1', makeAnswer('nee', '2025-05-05T05:05:05.000Z', 'nieuw'));

		// A raw connection, not the cached one.
		const raw = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = factory.open(DB_NAME);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const stored = await new Promise<unknown>((resolve, reject) => {
			const request = raw.transaction('answers').objectStore('answers').get(['scan-1', 'q1']);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		raw.close();
		expect(stored).toEqual({
			scanId: 'scan-1',
			questionId: 'q1',
			value: 'nee',
			note: 'nieuw',
			updatedAt: '2025-05-05T05:05:05.000Z'
		});

		// And a new repository after closing this tab's connection sees it too.
		await closeDb(DB_NAME, { indexedDB: factory });
		const again = createIdbScanRepository(DB_NAME, { indexedDB: factory });
		expect((await again.getScan('scan-1'))?.answers.q1?.note).toBe('nieuw');
	});

	it('keeps the demo database and the real one apart', async () => {
		const factory = new IDBFactory();
		const real = idbRepository({ factory, name: DB_NAME }).repository;
		const demo = idbRepository({ factory, name: DEMO_DB_NAME }).repository;
		await real.createScan(makeScan({ id: 'echt' }));
		await demo.createScan(makeScan({ id: 'demo', demo: true }));
		// Same id in both: neither write touches the other database.
		await demo.createScan(makeScan({ id: 'gedeeld', demo: true }));
		await real.createScan(makeScan({ id: 'gedeeld' }));
		await demo.deleteAll();

		expect((await real.listScans()).map((s) => s.id).sort()).toEqual(['echt', 'gedeeld']);
		expect(await demo.listScans()).toEqual([]);
		expect((await real.getScan('gedeeld'))?.demo).toBe(false);
	});

	it('uses strict durability for delete, deleteAll, import and create, relaxed for saveAnswer', async () => {
		const { repository } = idbRepository({ now });
		const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
		const durabilityOfLastWrite = () => {
			const writes = spy.mock.results
				.map((r) => r.value as IDBTransaction)
				.filter((tx) => tx.mode === 'readwrite');
			return writes.at(-1)?.durability;
		};
		await repository.createScan(makeScan());
		expect(durabilityOfLastWrite()).toBe('strict');
		await repository.saveAnswer('scan-1', 'q1', makeAnswer('nee'));
		expect(durabilityOfLastWrite()).toBe('relaxed');
		await repository.importScan(makeScan());
		expect(durabilityOfLastWrite()).toBe('strict');
		await repository.deleteScan('scan-1');
		expect(durabilityOfLastWrite()).toBe('strict');
		await repository.deleteAll();
		expect(durabilityOfLastWrite()).toBe('strict');
	});

	it('rejects with kind quota when put throws QuotaExceededError, keeping the previous answer', async () => {
		const { repository } = idbRepository({ now });
		await repository.createScan(makeScan());
		await repository.saveAnswer('scan-1', 'q1', makeAnswer('ja', '2025-06-01T00:00:00.000Z', 'bewaard'));
		const before = await repository.getScan('scan-1');

		// The answer's put succeeds, the scan's updatedAt put hits the quota: nothing of the two may remain.
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
			if (this.name === 'scans') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.call(this, value, key);
		});
		const error: unknown = await repository
			.saveAnswer('scan-1', 'q1', makeAnswer('nee', '2025-06-02T00:00:00.000Z', 'kwijt'))
			.catch((e: unknown) => e);
		vi.restoreAllMocks();

		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).kind).toBe('quota');
		expect((error as StorageError).message).toMatch(/geen ruimte meer/);
		// Neither the answer nor the scan's updatedAt changed: the transaction was aborted as a whole.
		expect(await repository.getScan('scan-1')).toEqual(before);
	});

	it('rejects when the stored answer does not read back as written (R5)', async () => {
		const { repository } = idbRepository({ now });
		await repository.createScan(makeScan());
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
			const record = value as { questionId?: string; note?: string };
			// A storage path that silently truncates what it stores.
			const stored = record.questionId ? { ...record, note: (record.note ?? '').slice(0, 3) } : value;
			return put.call(this, stored, key);
		});
		const error: unknown = await repository
			.saveAnswer('scan-1', 'q1', makeAnswer('ja', NOW, 'een lange toelichting'))
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).message).toMatch(/niet goed opgeslagen/);
	});

	it('retries a write once on a fresh connection when the cached one is closing', async () => {
		const { factory, repository } = idbRepository({ now });
		await repository.createScan(makeScan());
		const openSpy = vi.spyOn(factory, 'open');
		// Close the shared connection behind the repository's back: the next transaction() throws
		// InvalidStateError, as "The database connection is closing" does on iOS.
		(await getDb(DB_NAME, { indexedDB: factory })).close();

		await repository.saveAnswer('scan-1', 'q1', makeAnswer('nee', NOW, 'na herstel'));
		expect(openSpy).toHaveBeenCalledTimes(1);
		expect((await repository.getScan('scan-1'))?.answers.q1?.note).toBe('na herstel');
	});

	it('reopens lazily after the browser terminated the connection', async () => {
		const onTerminated = vi.fn();
		const { factory, repository } = idbRepository({ now, onTerminated });
		await repository.createScan(makeScan());
		const first = await getDb(DB_NAME, { indexedDB: factory });
		forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
		expect(onTerminated).toHaveBeenCalledTimes(1);

		await repository.saveAnswer('scan-1', 'q2', makeAnswer('ja', NOW));
		const second = await getDb(DB_NAME, { indexedDB: factory });
		expect(second).not.toBe(first);
		expect((await repository.getScan('scan-1'))?.answers.q2?.value).toBe('ja');
	});

	it('retries only once, then reports kind closed', async () => {
		const { repository } = idbRepository({ now });
		await repository.createScan(makeScan());
		const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
			throw new DOMException('The database connection is closing.', 'InvalidStateError');
		});
		const error: unknown = await repository.saveAnswer('scan-1', 'q1', makeAnswer('nee')).catch((e: unknown) => e);
		expect(spy).toHaveBeenCalledTimes(2);
		expect((error as StorageError).kind).toBe('closed');
	});
});
