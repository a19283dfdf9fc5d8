// @vitest-environment node
/**
 * Behaviour only the IndexedDB repository has: commit, durability, quota, read-back, lost connections, the
 * order of an answer's writes, and broken records written behind the repository's back.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DEMO_DB_NAME, closeDb, getDb } from './db.ts';
import { createIdbScanRepository, type IdbRepositoryOptions } from './idb-scan-repository.ts';
import { StorageError } from './storage-errors.ts';
import { closeIdbTestRepositories, idbTestRepository, makeAnswer, makeScan } from './test-fixtures.ts';

const NOW = '2025-03-01T12:00:00.000Z';
const now = () => NOW;

const idbRepository = idbTestRepository;

afterEach(async () => {
	vi.restoreAllMocks();
	await closeIdbTestRepositories();
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

	it('rejects with kind quota when the answer put throws QuotaExceededError, keeping the previous answer', async () => {
		const { repository } = idbRepository({ now });
		await repository.createScan(makeScan());
		await repository.saveAnswer('scan-1', 'q1', makeAnswer('ja', '2025-06-01T00:00:00.000Z', 'bewaard'));
		const before = await repository.getScan('scan-1');

		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
			if (this.name === 'answers') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.call(this, value, key);
		});
		const error: unknown = await repository
			.saveAnswer('scan-1', 'q1', makeAnswer('nee', '2025-06-02T00:00:00.000Z', 'kwijt'))
			.catch((e: unknown) => e);
		vi.restoreAllMocks();

		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).kind).toBe('quota');
		expect((error as StorageError).ref).toEqual({ key: 'storage.errors.quota' });
		// Neither the answer nor the scan's updatedAt changed.
		expect(await repository.getScan('scan-1')).toEqual(before);
	});

	it('rejects with kind quota when the transaction is aborted for a full disk (the request only sees AbortError)', async () => {
		const { repository } = idbRepository({ now });
		await repository.createScan(makeScan());
		const before = await repository.getScan('scan-1');
		const put = IDBObjectStore.prototype.put;
		let aborted = false;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
			const request = put.call(this, value, key);
			if (this.name === 'answers' && !aborted) {
				aborted = true;
				// As a browser does when the disk fills up: the whole transaction is aborted with
				// QuotaExceededError as its error, and the pending put fails with a plain AbortError.
				const transaction = this.transaction as unknown as { _abort(name: string): void };
				queueMicrotask(() => transaction._abort('QuotaExceededError'));
			}
			return request;
		});
		const error: unknown = await repository
			.saveAnswer('scan-1', 'q1', makeAnswer('nee', '2025-06-02T00:00:00.000Z', 'vol'))
			.catch((e: unknown) => e);
		vi.restoreAllMocks();

		expect(aborted).toBe(true);
		expect((error as StorageError).kind).toBe('quota');
		expect((error as StorageError).ref).toEqual({ key: 'storage.errors.quota' });
		expect(await repository.getScan('scan-1')).toEqual(before);
	});

	it('rejects with kind quota when only the scan update fails, so the page never says "Opgeslagen" for it', async () => {
		const { repository } = idbRepository({ now });
		await repository.createScan(makeScan());
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
			if (this.name === 'scans') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.call(this, value, key);
		});
		const error: unknown = await repository
			.saveAnswer('scan-1', 'q1', makeAnswer('nee', '2025-06-02T00:00:00.000Z', 'half'))
			.catch((e: unknown) => e);
		vi.restoreAllMocks();

		expect((error as StorageError).kind).toBe('quota');
		// The scan record was not touched; the answer itself was written first (and the retry writes it again).
		expect((await repository.getScan('scan-1'))?.updatedAt).toBe(makeScan().updatedAt);
	});

	it('rejects when the stored answer does not read back as written', async () => {
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
		expect((error as StorageError).ref).toEqual({ key: 'storage.errors.readBack' });
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
		// Two attempts (the first and one retry on a fresh connection), each starting one transaction.
		expect(spy).toHaveBeenCalledTimes(2);
		expect((error as StorageError).kind).toBe('closed');
	});
});

describe('saveAnswer in view: the newest answer wins, decided in one transaction', () => {
	it('reads and writes in one transaction; an older answer arriving later leaves the newer one', async () => {
		const { factory, repository: tabA } = idbRepository({ now });
		// A second "tab": its own repository on the same database.
		const tabB = createIdbScanRepository(DB_NAME, { indexedDB: factory, now });
		await tabA.createScan(makeScan());
		const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
		const newer = makeAnswer('3', '2025-06-01T00:00:09.000Z', 'tabblad B');
		const older = makeAnswer('1', '2025-06-01T00:00:05.000Z', 'tabblad A');

		expect(await tabB.saveAnswer('scan-1', 'q1', newer)).toEqual(newer);
		const writes = transaction.mock.results.map((r) => [...(r.value as IDBTransaction).objectStoreNames].join('+'));
		expect(writes[0]).toBe('answers+scans');
		expect(await tabA.saveAnswer('scan-1', 'q1', older)).toEqual(newer);
		expect((await tabA.getScan('scan-1'))?.answers.q1).toEqual(newer);
		expect((await tabA.getScan('scan-1'))?.updatedAt).toBe('2025-06-01T00:00:09.000Z');
	});

	it('of two saves racing for one question, the newer stays whichever commits last', async () => {
		const { factory, repository: tabA } = idbRepository({ now });
		const tabB = createIdbScanRepository(DB_NAME, { indexedDB: factory, now });
		await tabA.createScan(makeScan());
		const newer = makeAnswer('3', '2025-06-01T00:00:09.000Z', 'B');
		const older = makeAnswer('1', '2025-06-01T00:00:05.000Z', 'A');
		// Started together: which transaction runs first is up to IndexedDB; the outcome must not depend on it.
		const [fromA, fromB] = await Promise.all([tabA.saveAnswer('scan-1', 'q1', older), tabB.saveAnswer('scan-1', 'q1', newer)]);
		expect(fromB).toEqual(newer);
		// Tab A learns which answer storage holds: its own (when it ran first, and was then replaced) or the newer one.
		expect([older, newer]).toContainEqual(fromA);
		expect(await tabA.getAnswer('scan-1', 'q1')).toEqual(newer);
	});

	it('a newer answer committed by another tab between the write and its read-back is not a failed write', async () => {
		const { factory, repository: tabA } = idbRepository({ now });
		const tabB = createIdbScanRepository(DB_NAME, { indexedDB: factory, now, verifyWrites: false });
		await tabA.createScan(makeScan());
		const get = IDBObjectStore.prototype.get;
		let sneaked = false;
		vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
			// Just before tab A reads its answer back (a readonly transaction), tab B saves a newer one.
			if (!sneaked && this.transaction.mode === 'readonly' && this.name === 'answers') {
				sneaked = true;
				void tabB.saveAnswer('scan-1', 'q1', makeAnswer('3', '2025-06-01T00:00:09.000Z'));
			}
			return get.call(this, key);
		});
		await expect(tabA.saveAnswer('scan-1', 'q1', makeAnswer('1', '2025-06-01T00:00:05.000Z'))).resolves.toBeDefined();
	});
});

describe('saveAnswer while the page is hidden writes before it reads', () => {
	beforeEach(() => {
		// The page is in the background or on its way out: there may be no later task for a read to return in.
		vi.stubGlobal('document', { visibilityState: 'hidden' });
	});
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('puts the answer in a transaction of its own, committed at once, then bumps the scan’s updatedAt', async () => {
		const { repository: repo } = idbRepository({ now });
		await repo.createScan(makeScan());
		const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
		const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
		const get = vi.spyOn(IDBObjectStore.prototype, 'get');

		await repo.saveAnswer('scan-1', 'q1', makeAnswer('nee', '2025-06-01T00:00:00.000Z', 'net gekozen'));

		const first = transaction.mock.results[0]!.value as IDBTransaction;
		expect([...first.objectStoreNames]).toEqual(['answers']);
		expect(commit.mock.contexts[0]).toBe(first);
		// Committed before anything was read: a reload right after the click cannot stop the write any more.
		expect(commit.mock.invocationCallOrder[0]).toBeLessThan(get.mock.invocationCallOrder[0]!);
		const scan = await repo.getScan('scan-1');
		expect(scan?.answers.q1).toEqual(makeAnswer('nee', '2025-06-01T00:00:00.000Z', 'net gekozen'));
		expect(scan?.updatedAt).toBe('2025-06-01T00:00:00.000Z');
	});

	it('rejects for a deleted scan and leaves no answer behind', async () => {
		const { factory, repository: repo } = idbRepository({ now });
		await repo.createScan(makeScan());
		await repo.deleteScan('scan-1');

		const error: unknown = await repo.saveAnswer('scan-1', 'q1', makeAnswer('ja')).catch((e: unknown) => e);

		expect(error).toBeInstanceOf(StorageError);
		expect(await repo.getScan('scan-1')).toBeNull();
		const db = await getDb(DB_NAME, { indexedDB: factory });
		expect(await db.getAll('answers')).toEqual([]);
	});
});

describe('listScans with broken records', () => {
	it('lists the valid scans and leaves the broken records in storage', async () => {
		const { factory, repository: repo } = idbRepository({ now });
		await repo.createScan(makeScan({ id: 'goed' }));
		const db = await getDb(DB_NAME, { indexedDB: factory });
		const broken = [
			{ id: 'leeg' },
			{ id: 'typen', profile: 'geen object', mode: 42, createdAt: null, updatedAt: { x: 1 } },
			{ id: 'naam', profile: { organisation: 7 }, mode: 'quick', createdAt: NOW, updatedAt: NOW }
		];
		// Written behind the repository's back, as a bug, an old version or another app might have.
		for (const record of broken) await db.put('scans', record as never);

		expect((await repo.listScans()).map((scan) => scan.id)).toEqual(['goed']);
		for (const record of broken) expect(await db.get('scans', record.id)).toEqual(record);
	});
});

describe('getScan checks what it reads against the scan schema', () => {
	it('refuses a record of a newer app version with a message, and leaves it as it is', async () => {
		const { factory, repository: repo } = idbRepository({ now });
		await repo.createScan(makeScan());
		const db = await getDb(DB_NAME, { indexedDB: factory });
		const stored = await db.get('scans', 'scan-1');
		const newer = { ...stored, schemaVersion: 2, newField: 'van een latere versie' };
		await db.put('scans', newer as never);

		const attempt = repo.getScan('scan-1');
		await expect(attempt).rejects.toBeInstanceOf(StorageError);
		await expect(attempt).rejects.toMatchObject({ kind: 'version', ref: { key: 'storage.errors.scanNewer' } });
		expect(await db.get('scans', 'scan-1')).toEqual(newer);
	});

	it('refuses a damaged record (markup is fine, a wrong type is not) without changing it', async () => {
		const { factory, repository: repo } = idbRepository({ now });
		await repo.createScan(makeScan({ id: 'markup', profile: { ...makeScan().profile, organisation: '<img src=x onerror=alert(1)>' } }));
		await repo.createScan(makeScan({ id: 'kapot' }));
		const db = await getDb(DB_NAME, { indexedDB: factory });
		const damaged = { ...(await db.get('scans', 'kapot')), mode: 'halfvol' };
		await db.put('scans', damaged as never);

		expect((await repo.getScan('markup'))?.profile.organisation).toBe('<img src=x onerror=alert(1)>');
		await expect(repo.getScan('kapot')).rejects.toMatchObject({ kind: 'unknown', ref: { key: 'storage.errors.scanDamaged' } });
		expect(await db.get('scans', 'kapot')).toEqual(damaged);
	});

	it('leaves a broken answer record out of the scan (and in storage), so the rest of the scan still opens', async () => {
		const { factory, repository: repo } = idbRepository({ now });
		await repo.createScan(makeScan());
		const db = await getDb(DB_NAME, { indexedDB: factory });
		const broken = [
			{ scanId: 'scan-1', questionId: 'q9', value: { geen: 'tekst' }, note: 12, updatedAt: null },
			{ scanId: 'scan-1', questionId: '__proto__', value: '0', note: 'vervuiling?', updatedAt: NOW }
		];
		for (const record of broken) await db.put('answers', record as never);

		const scan = await repo.getScan('scan-1');
		expect(Object.keys(scan?.answers ?? {}).sort()).toEqual(['q1', 'q2', 'q3']);
		expect(({} as Record<string, unknown>).value).toBeUndefined();
		expect(await db.get('answers', ['scan-1', 'q9'])).toEqual(broken[0]);
	});
});

