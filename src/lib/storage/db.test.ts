// @vitest-environment node
import 'fake-indexeddb/auto';
import type { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import { DB_NAME, DB_VERSION, closeDb, getDb, subscribeDbEvents } from './db.ts';
import { createIdbScanRepository } from './idb-scan-repository.ts';
import { StorageError } from './storage-errors.ts';
import { readFileSync } from 'node:fs';
import { closeFreshFactories, freshFactory, makeAnswer, makeScan, makeStoredWorkshop, seedDump, type DatabaseDump } from './test-fixtures.ts';
import { createIdbWorkshopRepository } from './idb-workshop-repository.ts';


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
		expect([...db.objectStoreNames].sort()).toEqual(['answers', 'planActions', 'scans', 'session', 'workshops']);
		expect((await db.getAllFromIndex('answers', 'by-scan', 'a')).map((a) => a.questionId).sort()).toEqual([
			'q1',
			'q2',
			'q3'
		]);
		expect(await db.getAll('answers')).toHaveLength(5);
		for (const record of await db.getAll('scans')) expect(record).not.toHaveProperty('answers');
		// The plan went on to its own store in the same upgrade (v1 → v2 → v3).
		expect((await db.getAllFromIndex('planActions', 'by-scan', 'a')).map((a) => a.actionId)).toEqual(['a1']);
		expect((await db.get('scans', 'a'))?.plan).toEqual({ createdAt: v1a.plan!.createdAt, updatedAt: v1a.plan!.updatedAt });

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

/** A v2 database as the previous app version wrote it: answers apart, the whole plan inside the scan. */
async function seedV2(factory: IDBFactory, scans: unknown[]): Promise<void> {
	const db = await rawOpen(factory, 2, (d) => {
		d.createObjectStore('scans', { keyPath: 'id' });
		d.createObjectStore('answers', { keyPath: ['scanId', 'questionId'] }).createIndex('by-scan', 'scanId');
		d.createObjectStore('session', { keyPath: 'scanId' });
	});
	const tx = db.transaction(['scans', 'answers'], 'readwrite');
	for (const raw of scans) {
		const { answers, ...record } = raw as Scan;
		tx.objectStore('scans').put(record);
		for (const [questionId, answer] of Object.entries(answers ?? {})) {
			tx.objectStore('answers').put({ scanId: record.id, questionId, ...answer });
		}
	}
	await new Promise<void>((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}

/** A plan action as the app stored it before actions had their own updatedAt. */
function legacyAction(id: string): Record<string, unknown> {
	const { updatedAt: _none, ...action } = makeScan().plan!.actions[0]!;
	return { ...action, id, sourceActionId: id, title: `Actie ${id}` };
}

describe('database upgrade from v2 (plan actions get their own store)', () => {
	const PLAN_TIME = '2025-01-05T08:00:00.000Z';

	it('moves every action into planActions, in order, with the plan’s updatedAt where it had none', async () => {
		const factory = freshFactory();
		const withPlan = {
			...makeScan({ id: 'p' }),
			plan: {
				actions: [legacyAction('x3'), { ...legacyAction('x1'), updatedAt: '2025-01-06T00:00:00.000Z' }, legacyAction('x2')],
				createdAt: '2025-01-04T08:00:00.000Z',
				updatedAt: PLAN_TIME
			}
		};
		await seedV2(factory, [withPlan, makeScan({ id: 'zonder', plan: null })]);

		const db = await getDb(DB_NAME, { indexedDB: factory });
		expect(db.version).toBe(DB_VERSION);
		const records = await db.getAllFromIndex('planActions', 'by-scan', 'p');
		expect(records.map((r) => [r.actionId, r.order, r.updatedAt])).toEqual([
			['x1', 1, '2025-01-06T00:00:00.000Z'],
			['x2', 2, PLAN_TIME],
			['x3', 0, PLAN_TIME]
		]);
		const record = await db.get('scans', 'p');
		expect(record?.plan).toEqual({ createdAt: '2025-01-04T08:00:00.000Z', updatedAt: PLAN_TIME });
		expect((await db.get('scans', 'zonder'))?.plan).toBeNull();
		expect(await db.getAllFromIndex('planActions', 'by-scan', 'zonder')).toEqual([]);

		const repository = createIdbScanRepository(DB_NAME, { indexedDB: factory });
		const scan = await repository.getScan('p');
		expect(scan?.plan?.actions.map((a) => [a.id, a.title, a.updatedAt])).toEqual([
			['x3', 'Actie x3', PLAN_TIME],
			['x1', 'Actie x1', '2025-01-06T00:00:00.000Z'],
			['x2', 'Actie x2', PLAN_TIME]
		]);
		// Answers are untouched by this step.
		expect(scan?.answers).toEqual(makeScan().answers);
	});

	it('keeps actions it cannot place (no id, a second copy of an id) in the scan record', async () => {
		const factory = freshFactory();
		const broken = {
			...makeScan({ id: 'kapot' }),
			plan: { actions: [legacyAction('ok'), { title: 'zonder id' }, legacyAction('ok'), 7], createdAt: PLAN_TIME, updatedAt: PLAN_TIME }
		};
		await seedV2(factory, [broken]);
		const db = await getDb(DB_NAME, { indexedDB: factory });
		expect((await db.getAllFromIndex('planActions', 'by-scan', 'kapot')).map((r) => r.actionId)).toEqual(['ok']);
		expect((await db.get('scans', 'kapot'))?.unmigratedPlanActions).toEqual([{ title: 'zonder id' }, legacyAction('ok'), 7]);
		const repository = createIdbScanRepository(DB_NAME, { indexedDB: factory });
		const scan = await repository.getScan('kapot');
		expect(scan?.plan?.actions.map((a) => a.id)).toEqual(['ok']);
		expect(scan).not.toHaveProperty('unmigratedPlanActions');
	});

	it('is all or nothing: when a write fails, the v2 data stays as it was and the next start tries again', async () => {
		const factory = freshFactory();
		const v2 = { ...makeScan({ id: 'p' }), plan: { actions: [legacyAction('x1'), legacyAction('x2')], createdAt: PLAN_TIME, updatedAt: PLAN_TIME } };
		await seedV2(factory, [v2]);
		const realPut = IDBObjectStore.prototype.put;
		let puts = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			// The second action write fails, after the first one went in.
			if (this.name === 'planActions' && ++puts === 2) throw new DOMException('disk full', 'QuotaExceededError');
			return realPut.apply(this, args);
		});
		await expect(getDb(DB_NAME, { indexedDB: factory })).rejects.toBeInstanceOf(StorageError);
		vi.restoreAllMocks();

		const raw = await rawOpen(factory);
		expect(raw.version).toBe(2);
		expect([...raw.objectStoreNames].sort()).toEqual(['answers', 'scans', 'session']);
		const [stored] = (await readAll(raw, 'scans')) as Array<Record<string, unknown>>;
		expect(stored?.plan).toEqual(v2.plan);
		raw.close();

		const repository = createIdbScanRepository(DB_NAME, { indexedDB: factory });
		expect((await repository.getScan('p'))?.plan?.actions.map((a) => [a.id, a.updatedAt])).toEqual([
			['x1', PLAN_TIME],
			['x2', PLAN_TIME]
		]);
	});
});

describe('database upgrade from v3 (a store for werksessies)', () => {
	// The dump the previous release wrote with its own code (npm run fixtures), committed with it.
	const dump = JSON.parse(readFileSync('tests/fixtures/storage/db-v3-checklist-1.1.0.json', 'utf8')) as DatabaseDump;

	it('adds an empty workshops store and keeps every record of every v3 store exactly as it was', async () => {
		const factory = freshFactory();
		await seedDump(factory, dump);
		expect(dump.version).toBe(3);
		expect(Object.keys(dump.stores).sort()).toEqual(['answers', 'planActions', 'scans', 'session']);

		const db = await getDb(DB_NAME, { indexedDB: factory });
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['answers', 'planActions', 'scans', 'session', 'workshops']);
		expect(db.transaction('workshops').store.keyPath).toBe('id');
		expect(await db.getAll('workshops')).toEqual([]);
		for (const [name, store] of Object.entries(dump.stores)) {
			expect(store.records.length, `records in ${name}`).toBeGreaterThan(0);
			expect(await db.getAll(name as 'scans'), `store ${name}`).toEqual(store.records);
		}
		// The indexes of v3 are still there.
		expect(db.transaction('answers').store.indexNames.contains('by-scan')).toBe(true);
		expect(db.transaction('planActions').store.indexNames.contains('by-scan')).toBe(true);

		// The upgraded database works for both kinds of data.
		const scanId = (dump.stores['scans']!.records[0] as { id: string }).id;
		const scans = createIdbScanRepository(DB_NAME, { indexedDB: factory });
		expect((await scans.getScan(scanId))?.id).toBe(scanId);
		const workshops = createIdbWorkshopRepository(DB_NAME, { indexedDB: factory });
		await workshops.createWorkshop(makeStoredWorkshop());
		expect(await workshops.getWorkshop(makeStoredWorkshop().id)).toEqual(makeStoredWorkshop());
	});

	it('upgrades the demo database the same way', async () => {
		const factory = freshFactory();
		await seedDump(factory, { ...dump, database: 'kwartiermaker-demo' });
		const db = await getDb('kwartiermaker-demo', { indexedDB: factory });
		expect([...db.objectStoreNames]).toContain('workshops');
		expect(await db.getAll('scans')).toEqual(dump.stores['scans']!.records);
		await closeDb('kwartiermaker-demo', { indexedDB: factory });
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
		expect((onBlocked.mock.calls[0]?.[0] as StorageError).ref).toEqual({ key: 'storage.errors.blocked' });

		oldTab.close();
		const db = await opening;
		expect(db.version).toBe(DB_VERSION);
		expect(onUnblocked).toHaveBeenCalledTimes(1);
	});
});
