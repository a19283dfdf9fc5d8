// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DB_VERSION } from './db.ts';
import { STORAGE_OPEN_TIMEOUT_MS, openScanStorage, requestPersistence } from './open-storage.ts';
import { STORAGE_TIMEOUT } from './storage-errors.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { closeFreshFactories, freshFactory, makeScan, makeStoredWorkshop } from './test-fixtures.ts';


afterEach(async () => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	await closeFreshFactories();
});

describe('openScanStorage', () => {
	it('uses IndexedDB when it works', async () => {
		const storage = await openScanStorage(DB_NAME, { indexedDB: freshFactory() });
		expect(storage.error).toBeNull();
		expect(storage.repository.backend).toBe('indexeddb');
		expect(storage.persistent).toBe(false);
		await storage.repository.createScan(makeScan());
		expect(await storage.repository.getScan('scan-1')).toEqual(makeScan());
		// Werksessies live in the same database.
		expect(storage.workshops.backend).toBe('indexeddb');
		await storage.workshops.createWorkshop(makeStoredWorkshop());
		expect(await storage.workshops.getWorkshop(makeStoredWorkshop().id)).toEqual(makeStoredWorkshop());
	});

	it('falls back to memory with kind unavailable when indexedDB is missing', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const storage = await openScanStorage(DB_NAME);
		expect(storage.repository.backend).toBe('memory');
		expect(storage.workshops.backend).toBe('memory');
		await storage.workshops.createWorkshop(makeStoredWorkshop());
		expect(await storage.workshops.listWorkshops()).toHaveLength(1);
		expect(storage.error?.kind).toBe('unavailable');
		expect(storage.error?.ref).toEqual({ key: 'storage.errors.unavailable' });
		expect(storage.persistent).toBe(false);
		// The app keeps working, in memory.
		await storage.repository.createScan(makeScan());
		expect(await storage.repository.getScan('scan-1')).toEqual(makeScan());
	});

	it('falls back to memory when open fails as in Firefox private mode', async () => {
		const factory = freshFactory();
		vi.spyOn(factory, 'open').mockImplementation(() => {
			throw new DOMException(
				'A mutation operation was attempted on a database that did not allow mutations.',
				'InvalidStateError'
			);
		});
		const storage = await openScanStorage(DB_NAME, { indexedDB: factory });
		expect(storage.repository.backend).toBe('memory');
		expect(storage.error?.kind).toBe('unavailable');
	});

	it('falls back to memory with kind version, without deleting, when a newer app made the database', async () => {
		const factory = freshFactory();
		const req = factory.open(DB_NAME, DB_VERSION + 1);
		req.onupgradeneeded = () => req.result.createObjectStore('toekomst');
		await new Promise<void>((resolve) => {
			req.onsuccess = () => {
				req.result.close();
				resolve();
			};
		});
		const storage = await openScanStorage(DB_NAME, { indexedDB: factory });
		expect(storage.repository.backend).toBe('memory');
		expect(storage.workshops.backend).toBe('memory');
		expect(storage.error?.kind).toBe('version');
		expect(storage.error?.ref).toEqual({ key: 'storage.errors.version' });
		const databases = await factory.databases();
		expect(databases).toEqual([{ name: DB_NAME, version: DB_VERSION + 1 }]);
	});

	it('returns at once with kind blocked while an old tab blocks the upgrade, and works after it closes', async () => {
		const factory = freshFactory();
		const oldTab = await new Promise<IDBDatabase>((resolve) => {
			const req = factory.open(DB_NAME, 1);
			req.onupgradeneeded = () => req.result.createObjectStore('scans', { keyPath: 'id' });
			req.onsuccess = () => resolve(req.result);
		});
		const onUnblocked = vi.fn();
		const storage = await openScanStorage(DB_NAME, { indexedDB: factory, onUnblocked });
		expect(storage.error?.kind).toBe('blocked');
		expect(storage.repository.backend).toBe('indexeddb');

		const listing = storage.repository.listScans();
		oldTab.close();
		expect(await listing).toEqual([]);
		expect(onUnblocked).toHaveBeenCalledTimes(1);
	});

	it('falls back to memory with the timeout message when indexedDB.open never answers', async () => {
		vi.useFakeTimers();
		try {
			// Not from freshFactory: closing a connection that never opened would wait forever after the test.
			const factory = new IDBFactory();
			// A request that never fires success, error, blocked or upgradeneeded (seen in Safari on iOS).
			vi.spyOn(factory, 'open').mockImplementation(() => new IDBOpenDBRequest());
			let settled = false;
			const opening = openScanStorage(DB_NAME, { indexedDB: factory, timeoutMs: STORAGE_OPEN_TIMEOUT_MS }).finally(
				() => (settled = true)
			);
			await vi.advanceTimersByTimeAsync(STORAGE_OPEN_TIMEOUT_MS - 1);
			expect(settled).toBe(false);
			await vi.advanceTimersByTimeAsync(1);
			const storage = await opening;
			expect(storage.repository.backend).toBe('memory');
			// Both in memory, so a workshop and its scans are never split between memory and storage.
			expect(storage.workshops.backend).toBe('memory');
			expect(storage.error?.kind).toBe('unavailable');
			expect(storage.error?.ref).toEqual(STORAGE_TIMEOUT);
			expect(nl.storage.errors.timeout).toMatch(/alleen bewaard zolang dit venster open is/);
			expect(nl.storage.errors.timeout).toMatch(/reservekopie/);
			await storage.repository.createScan(makeScan());
			expect(await storage.repository.getScan('scan-1')).toEqual(makeScan());
		} finally {
			vi.useRealTimers();
		}
	});

	it('uses IndexedDB when it opens within the limit', async () => {
		const storage = await openScanStorage(DB_NAME, { indexedDB: freshFactory(), timeoutMs: STORAGE_OPEN_TIMEOUT_MS });
		expect(storage.error).toBeNull();
		expect(storage.repository.backend).toBe('indexeddb');
	});

	it('reports persisted storage without asking for it', async () => {
		const persist = vi.fn(async () => true);
		vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist } });
		const storage = await openScanStorage(DB_NAME, { indexedDB: freshFactory() });
		expect(storage.persistent).toBe(true);
		expect(persist).not.toHaveBeenCalled();
	});
});

describe('requestPersistence', () => {
	it('asks the browser and returns its answer', async () => {
		const persist = vi.fn(async () => true);
		vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
		expect(await requestPersistence()).toBe(true);
		expect(persist).toHaveBeenCalledTimes(1);
	});

	it('returns false when the API is missing or throws', async () => {
		vi.stubGlobal('navigator', {});
		expect(await requestPersistence()).toBe(false);
		vi.stubGlobal('navigator', {
			storage: {
				persisted: async () => false,
				persist: async () => {
					throw new Error('nee');
				}
			}
		});
		expect(await requestPersistence()).toBe(false);
	});
});
