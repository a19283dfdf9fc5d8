/**
 * Start-up of storage: use IndexedDB when the browser allows it, otherwise fall back to memory and say so.
 *
 * The app must load and work without storage (R6: Enketo could not load forms in Firefox private mode until
 * it ignored the failure and fell back). The returned `error` is what the UI shows in its banner.
 */
import { getDb, resolveFactory, subscribeDbEvents, type DbLifecycleHandlers } from './db.ts';
import { createIdbScanRepository } from './idb-scan-repository.ts';
import { createMemoryScanRepository } from './memory-scan-repository.ts';
import type { RepositoryOptions, ScanRepository } from './scan-repository.ts';
import { StorageError, toStorageError } from './storage-errors.ts';

export interface OpenScanStorageOptions extends RepositoryOptions, DbLifecycleHandlers {
	/** IndexedDB factory; defaults to the global `indexedDB`. */
	indexedDB?: IDBFactory;
}

export interface ScanStorage {
	repository: ScanRepository;
	/** True when the browser promised not to evict this site's data (`navigator.storage.persisted()`). */
	persistent: boolean;
	/**
	 * null when all is well. 'unavailable', 'version', 'quota' or 'unknown': the repository is the memory
	 * one and nothing survives closing the tab. 'blocked': the repository is the IndexedDB one, but its
	 * calls wait until the other tabs are closed.
	 */
	error: StorageError | null;
}

/** Whether storage is already persistent. Never prompts; false when the API is missing (older Safari). */
async function isPersisted(): Promise<boolean> {
	try {
		return (await globalThis.navigator?.storage?.persisted?.()) ?? false;
	} catch {
		return false;
	}
}

/**
 * Ask the browser to keep this site's data when space runs low (`navigator.storage.persist()`). Call it after
 * the first answer: browsers grant it more readily after user engagement, and asking at start-up would be
 * a prompt (Firefox) before the user has done anything (R13).
 *
 * @returns true when storage is (now) persistent; false when refused or not supported
 */
export async function requestPersistence(): Promise<boolean> {
	try {
		const storage = globalThis.navigator?.storage;
		if (!storage?.persist) return false;
		if (await storage.persisted?.()) return true;
		return await storage.persist();
	} catch {
		return false;
	}
}

/**
 * Open storage for one database (`kwartiermaker`, or `kwartiermaker-demo` for the demo).
 *
 * Detects IndexedDB by opening it for real (Firefox private mode has `indexedDB` but fails on open), and
 * runs any pending migration now rather than on the first save. Never throws.
 *
 * @param dbName database name
 * @param options injected factory, clock, id generator and lifecycle callbacks (blocked, blocking, terminated)
 */
export async function openScanStorage(dbName: string, options: OpenScanStorageOptions = {}): Promise<ScanStorage> {
	const fallback = (error: StorageError): ScanStorage => ({
		repository: createMemoryScanRepository(options),
		persistent: false,
		error
	});

	let factory: IDBFactory;
	try {
		factory = resolveFactory(options.indexedDB);
	} catch (error) {
		return fallback(toStorageError(error, 'open'));
	}

	// An upgrade blocked by another tab waits instead of failing. Report that at once, with the real
	// repository: its calls complete as soon as the other tab lets go (R7).
	let reportBlocked: (error: StorageError) => void = () => {};
	const blocked = new Promise<StorageError>((resolve) => {
		reportBlocked = resolve;
	});
	const unsubscribe = subscribeDbEvents(dbName, { onBlocked: (error) => reportBlocked(error) }, { indexedDB: factory });
	// Made first, so the caller's own lifecycle callbacks also hear about this open.
	const repository = createIdbScanRepository(dbName, { ...options, indexedDB: factory });
	try {
		const blockedError = await Promise.race([getDb(dbName, { indexedDB: factory }).then(() => null), blocked]);
		return { repository, persistent: await isPersisted(), error: blockedError };
	} catch (error) {
		// Never delete anything here, not even on VersionError: a newer app version may own this data (R9).
		return fallback(toStorageError(error, 'open'));
	} finally {
		unsubscribe();
	}
}
