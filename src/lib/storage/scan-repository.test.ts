// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../domain/scan.ts';
import { DB_NAME, DEMO_DB_NAME, closeDb, getDb } from './db.ts';
import {
	createIdbScanRepository,
	createMemoryScanRepository,
	type IdbRepositoryOptions,
	type RepositoryOptions,
	type ScanRepository
} from './scan-repository.ts';
import { StorageError } from './storage-errors.ts';
import { NotPlainDataError } from './to-plain.ts';
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

const implementations: Array<[string, (options?: RepositoryOptions) => ScanRepository]> = [
	['indexeddb', (options) => idbRepository(options).repository],
	['memory', (options) => createMemoryScanRepository(options)]
];

describe.each(implementations)('ScanRepository contract (%s)', (_name, make) => {
	it('creates a scan and gets it back with its answers', async () => {
		const repo = make({ now });
		const scan = makeScan();
		await repo.createScan(scan);
		expect(await repo.getScan('scan-1')).toEqual(scan);
		expect(await repo.getScan('nope')).toBeNull();
	});

	it('refuses to create a scan under an id that exists, and changes nothing', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan());
		const attempt = repo.createScan(makeScan({ profile: { ...makeScan().profile, organisation: 'Ander' } }));
		await expect(attempt).rejects.toBeInstanceOf(StorageError);
		expect((await repo.getScan('scan-1'))?.profile.organisation).toBe('Gemeente Zwolle');
	});

	it('lists summaries with answeredCount and profile, newest first', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan({ id: 'old', updatedAt: '2025-01-01T00:00:00.000Z' }));
		await repo.createScan(makeScan({ id: 'new', updatedAt: '2025-02-01T00:00:00.000Z', answers: {} }));
		const list = await repo.listScans();
		expect(list.map((s) => s.id)).toEqual(['new', 'old']);
		expect(list[1]).toEqual({
			id: 'old',
			organisation: 'Gemeente Zwolle',
			mode: 'quick',
			createdAt: '2025-01-01T09:00:00.000Z',
			updatedAt: '2025-01-01T00:00:00.000Z',
			// q3 was skipped (value null) and does not count.
			answeredCount: 2,
			demo: false,
			profile: makeScan().profile
		});
		expect(list[0]?.answeredCount).toBe(0);
	});

	it('renames and updates meta, bumping updatedAt; a patch cannot change id or answers', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan());
		await repo.renameScan('scan-1', 'Gemeente Deventer');
		let scan = await repo.getScan('scan-1');
		expect(scan?.profile.organisation).toBe('Gemeente Deventer');
		expect(scan?.profile.filledInBy).toBe('Sam');
		expect(scan?.updatedAt).toBe(NOW);

		const patch = { mode: 'full', plan: null, id: 'hijack', answers: {} } as unknown as Parameters<
			ScanRepository['updateScanMeta']
		>[1];
		await repo.updateScanMeta('scan-1', patch);
		scan = await repo.getScan('scan-1');
		expect(scan?.mode).toBe('full');
		expect(scan?.plan).toBeNull();
		expect(scan?.id).toBe('scan-1');
		expect(Object.keys(scan?.answers ?? {})).toHaveLength(3);

		await repo.updateScanMeta('scan-1', { updatedAt: '2030-01-01T00:00:00.000Z' });
		expect((await repo.getScan('scan-1'))?.updatedAt).toBe('2030-01-01T00:00:00.000Z');
		await expect(repo.renameScan('nope', 'x')).rejects.toBeInstanceOf(StorageError);
		await expect(repo.updateScanMeta('nope', { mode: 'full' })).rejects.toBeInstanceOf(StorageError);
	});

	it('duplicates answers and plan into a copy that shares nothing', async () => {
		const repo = make({ now });
		const original = makeScan();
		await repo.createScan(original);
		const copy = await repo.duplicateScan('scan-1', 'scan-2', NOW);
		expect(copy).toEqual({
			...original,
			id: 'scan-2',
			profile: { ...original.profile, organisation: 'Gemeente Zwolle (kopie)' },
			createdAt: NOW,
			updatedAt: NOW
		});
		expect(await repo.getScan('scan-2')).toEqual(copy);

		// Changing the returned copy, or the stored copy, leaves the original alone.
		copy.answers.q1!.value = 'nee';
		copy.plan!.actions[0]!.title = 'Anders';
		copy.profile.focusAreas.push('extra');
		await repo.saveAnswer('scan-2', 'q2', makeAnswer('nee', '2025-03-01T12:00:00.000Z'));
		await repo.saveAnswer('scan-2', 'q9', makeAnswer('ja', '2025-03-01T12:00:00.000Z'));
		expect(await repo.getScan('scan-1')).toEqual(original);

		await repo.deleteScan('scan-1');
		expect((await repo.getScan('scan-2'))?.answers.q1?.value).toBe('ja');
		await expect(repo.duplicateScan('nope', 'x', NOW)).rejects.toBeInstanceOf(StorageError);
		await expect(repo.duplicateScan('scan-2', 'scan-2', NOW)).rejects.toBeInstanceOf(StorageError);
	});

	it('deletes a scan with its answers and session, and leaves another scan intact', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan({ id: 'a' }));
		await repo.createScan(makeScan({ id: 'b' }));
		await repo.saveSession('a', '#/vraag/q1', 1);
		await repo.saveSession('b', '#/vraag/q2', 1);
		await repo.deleteScan('a');

		expect(await repo.getScan('a')).toBeNull();
		expect(await repo.getSession('a')).toBeNull();
		expect((await repo.listScans()).map((s) => s.id)).toEqual(['b']);
		expect(await repo.getScan('b')).toEqual(makeScan({ id: 'b' }));
		expect(await repo.getSession('b')).toEqual({
			scanId: 'b',
			location: '#/vraag/q2',
			machineVersion: 1,
			savedAt: NOW
		});
		// A late autosave must not bring the deleted scan back (R18).
		await expect(repo.saveAnswer('a', 'q1', makeAnswer('ja'))).rejects.toBeInstanceOf(StorageError);
		await repo.saveSession('a', '#/vraag/q3', 1);
		expect(await repo.getSession('a')).toBeNull();
		expect(await repo.getScan('a')).toBeNull();
		await repo.deleteScan('does-not-exist');
	});

	it('deleteAll removes every scan, answer and session', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan({ id: 'a' }));
		await repo.createScan(makeScan({ id: 'b' }));
		await repo.saveSession('a', '#/start', 1);
		await repo.deleteAll();
		expect(await repo.listScans()).toEqual([]);
		expect(await repo.getScan('a')).toBeNull();
		expect(await repo.getSession('a')).toBeNull();
		// A new scan under an old id starts empty: no answers left behind.
		await repo.createScan(makeScan({ id: 'a', answers: {} }));
		expect((await repo.getScan('a'))?.answers).toEqual({});
	});

	it('saveAnswer stores the answer and bumps updatedAt; 50 answers over two scans stay apart', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan({ id: 'a', answers: {} }));
		await repo.createScan(makeScan({ id: 'b', answers: {} }));
		const expected: Record<'a' | 'b', Record<string, Answer>> = { a: {}, b: {} };
		for (let i = 0; i < 50; i++) {
			const scanId = i % 2 === 0 ? 'a' : 'b';
			const answer = makeAnswer(`optie-${i}`, `2025-04-01T10:00:${String(i).padStart(2, '0')}.000Z`, `n${i}`);
			expected[scanId][`q${i}`] = answer;
			await repo.saveAnswer(scanId, `q${i}`, answer);
		}
		const a = await repo.getScan('a');
		const b = await repo.getScan('b');
		expect(a?.answers).toEqual(expected.a);
		expect(b?.answers).toEqual(expected.b);
		expect(Object.keys(a?.answers ?? {})).toHaveLength(25);
		expect(a?.updatedAt).toBe('2025-04-01T10:00:48.000Z');
		expect(b?.updatedAt).toBe('2025-04-01T10:00:49.000Z');

		// Overwrite, and an older timestamp never moves updatedAt back.
		await repo.saveAnswer('a', 'q0', makeAnswer(null, '2020-01-01T00:00:00.000Z'));
		const again = await repo.getScan('a');
		expect(again?.answers.q0?.value).toBeNull();
		expect(again?.updatedAt).toBe('2025-04-01T10:00:48.000Z');
		expect((await repo.listScans()).find((s) => s.id === 'a')?.answeredCount).toBe(24);
	});

	it('saves and reads the wizard session', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan());
		expect(await repo.getSession('scan-1')).toBeNull();
		await repo.saveSession('scan-1', '#/vraag/q2', 3);
		expect(await repo.getSession('scan-1')).toEqual({
			scanId: 'scan-1',
			location: '#/vraag/q2',
			machineVersion: 3,
			savedAt: NOW
		});
	});

	it('imports under a new id when the id exists, leaving the existing scan unchanged', async () => {
		let n = 0;
		const repo = make({ now, createId: () => `generated-${++n}` });
		const existing = makeScan();
		await repo.createScan(existing);
		const incoming = makeScan({
			profile: { ...existing.profile, organisation: 'Uit back-up' },
			answers: { q1: makeAnswer('nee') }
		});
		const id = await repo.importScan(incoming);
		expect(id).toBe('generated-1');
		expect(await repo.getScan('scan-1')).toEqual(existing);
		expect(await repo.getScan(id)).toEqual({ ...incoming, id });

		expect(await repo.importScan(makeScan({ id: 'fresh' }))).toBe('fresh');
		expect((await repo.listScans()).map((s) => s.id).sort()).toEqual(['fresh', 'generated-1', 'scan-1']);
	});

	it('stores proxied input as plain data and rejects functions with a StorageError', async () => {
		const repo = make({ now });
		const proxied = new Proxy(makeScan(), {});
		await repo.createScan(proxied);
		await repo.saveAnswer('scan-1', 'q1', new Proxy(makeAnswer('nee'), {}));
		expect((await repo.getScan('scan-1'))?.answers.q1).toEqual(makeAnswer('nee'));

		const withFunction = { ...makeAnswer('ja'), toJSON: () => 'x' } as unknown as Answer;
		const error: unknown = await repo.saveAnswer('scan-1', 'q1', withFunction).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).kind).toBe('unknown');
		expect((error as StorageError).cause).toBeInstanceOf(NotPlainDataError);
		expect((await repo.getScan('scan-1'))?.answers.q1).toEqual(makeAnswer('nee'));
	});
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
