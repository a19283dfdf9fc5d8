// @vitest-environment node
/** What only the IndexedDB workshop repository does: records other code or other releases wrote, commits, failures. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DEMO_DB_NAME, closeDb, getDb } from './db.ts';
import { createIdbWorkshopRepository } from './idb-workshop-repository.ts';
import { StorageError } from './storage-errors.ts';
import { WORKSHOP_ID, closeFreshFactories, freshFactory, makeStoredWorkshop } from './test-fixtures.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';

const NOW = '2026-03-13T08:00:00.000Z';
const now = () => NOW;
const NEWER_ID = '2d9a1e3b-4f5c-4d6e-8a7b-9c0d1e2f3a4b';
const DAMAGED_ID = '3e0b2f4c-5a6d-4e7f-9b8c-0d1e2f3a4b5c';

afterEach(async () => {
	vi.restoreAllMocks();
	await closeFreshFactories();
});

/** Puts records straight into the store, as another release (or a broken disk) would have left them. */
async function putRaw(factory: IDBFactory, records: unknown[]): Promise<void> {
	const db = await getDb(DB_NAME, { indexedDB: factory });
	const tx = db.transaction('workshops', 'readwrite');
	for (const record of records) await tx.store.put(record as Workshop);
	await tx.done;
}

describe('IndexedDB workshop repository', () => {
	it('skips damaged records and records of a newer release, and never writes over them', async () => {
		const factory = freshFactory();
		const newer = { ...makeStoredWorkshop({ id: NEWER_ID }), schemaVersion: 2, somethingNew: [1, 2, 3] };
		const damaged = { ...makeStoredWorkshop({ id: DAMAGED_ID }), settings: 'kapot' };
		await putRaw(factory, [newer, damaged]);
		const repo = createIdbWorkshopRepository(DB_NAME, { indexedDB: factory, now });
		await repo.createWorkshop(makeStoredWorkshop());

		expect((await repo.listWorkshops()).map((w) => w.id)).toEqual([WORKSHOP_ID]);
		expect(await repo.getWorkshop(NEWER_ID)).toBeNull();
		expect(await repo.getWorkshop(DAMAGED_ID)).toBeNull();
		await expect(repo.updateWorkshop(NEWER_ID, (w) => w)).rejects.toBeInstanceOf(StorageError);
		// An import with the same id does not replace the newer record either.
		expect(await repo.importWorkshop(makeStoredWorkshop({ id: NEWER_ID }))).toBe('exists');

		const db = await getDb(DB_NAME, { indexedDB: factory });
		expect(await db.get('workshops', NEWER_ID)).toEqual(newer);
		expect(await db.get('workshops', DAMAGED_ID)).toEqual(damaged);
	});

	it('skips a stored record with a prototype key', async () => {
		const factory = freshFactory();
		const hostile = { ...makeStoredWorkshop(), hands: JSON.parse('{"constructor": {"prototype": {"x": 1}}}') as unknown };
		await putRaw(factory, [hostile]);
		const repo = createIdbWorkshopRepository(DB_NAME, { indexedDB: factory, now });
		expect(await repo.getWorkshop(WORKSHOP_ID)).toBeNull();
		expect(await repo.listWorkshops()).toEqual([]);
	});

	it('has committed when an update resolves: a second connection reads the change', async () => {
		const factory = freshFactory();
		const repo = createIdbWorkshopRepository(DB_NAME, { indexedDB: factory, now });
		await repo.createWorkshop(makeStoredWorkshop());
		await repo.updateWorkshop(WORKSHOP_ID, (w) => ({ ...w, resultScanId: 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f' }));
		// A fresh connection, as after a reload.
		await closeDb(DB_NAME, { indexedDB: factory });
		const reloaded = createIdbWorkshopRepository(DB_NAME, { indexedDB: factory });
		expect(await reloaded.getWorkshop(WORKSHOP_ID)).toMatchObject({ resultScanId: 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f', updatedAt: NOW });
	});

	it('does the read, the change and the write in one readwrite transaction', async () => {
		const factory = freshFactory();
		const repo = createIdbWorkshopRepository(DB_NAME, { indexedDB: factory, now });
		await repo.createWorkshop(makeStoredWorkshop());
		const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
		await repo.updateWorkshop(WORKSHOP_ID, (w) => ({ ...w, display: { ...w.display, timerMinutes: 10 } }));
		const transactions = spy.mock.results.map((r) => r.value as IDBTransaction);
		expect(transactions.map((tx) => [tx.mode, [...tx.objectStoreNames]])).toEqual([['readwrite', ['workshops']]]);
	});

	it('rejects with kind quota when the disk is full, and keeps the stored workshop', async () => {
		const factory = freshFactory();
		const repo = createIdbWorkshopRepository(DB_NAME, { indexedDB: factory, now });
		await repo.createWorkshop(makeStoredWorkshop());
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const error: unknown = await repo.updateWorkshop(WORKSHOP_ID, (w) => ({ ...w, participants: {} })).catch((e: unknown) => e);
		vi.restoreAllMocks();
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).kind).toBe('quota');
		expect(await repo.getWorkshop(WORKSHOP_ID)).toEqual(makeStoredWorkshop());
	});

	it('keeps the real and the demo database apart', async () => {
		const factory = freshFactory();
		const real = createIdbWorkshopRepository(DB_NAME, { indexedDB: factory });
		const demo = createIdbWorkshopRepository(DEMO_DB_NAME, { indexedDB: factory });
		await real.createWorkshop(makeStoredWorkshop());
		expect(await demo.listWorkshops()).toEqual([]);
		await demo.deleteAllWorkshops();
		expect(await real.getWorkshop(WORKSHOP_ID)).toEqual(makeStoredWorkshop());
		await closeDb(DEMO_DB_NAME, { indexedDB: factory });
	});
});
