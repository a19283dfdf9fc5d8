/**
 * Start-up of storage: use IndexedDB when the browser allows it, otherwise fall back to memory and say so.
 *
 * The app must load and work without storage: in Firefox private mode, with site data blocked, or when
 * opening never answers (Safari on iPhone and iPad). The returned `error` is what the UI shows in its banner.
 */
import { getDb, resolveFactory, subscribeDbEvents, type DbLifecycleHandlers } from './db.ts';
import { createIdbScanRepository } from './idb-scan-repository.ts';
import { lazyWorkshopRepository } from './deferred-workshop-repository.ts';
import { createMemoryScanRepository } from './memory-scan-repository.ts';
import type { WorkshopRepository } from './workshop-repository.ts';
import type { RepositoryOptions, ScanRepository } from './scan-repository.ts';
import { STORAGE_TIMEOUT, StorageError, toStorageError } from './storage-errors.ts';

/**
 * How long the app waits for the browser to open its storage before it carries on in memory. Safari on
 * iPhone and iPad sometimes never answers `indexedDB.open`; without a limit the app would wait forever.
 * A normal open takes a few milliseconds, a first open with an upgrade well under a second.
 */
export const STORAGE_OPEN_TIMEOUT_MS = 4000;

export interface OpenScanStorageOptions extends RepositoryOptions, DbLifecycleHandlers {
	/** IndexedDB factory; defaults to the global `indexedDB`. */
	indexedDB?: IDBFactory;
	/** Give up on IndexedDB after this many milliseconds and use memory; no limit when left out. */
	timeoutMs?: number;
}

export interface ScanStorage {
	repository: ScanRepository;
	/**
	 * Werksessies (workshops) in the same database, with the same backend as `repository`: both are
	 * IndexedDB or both are memory, so a workshop and the scan made from it never end up split. Its code
	 * (with the workshop schema) loads on first use, so it stays off the first screen.
	 */
	workshops: WorkshopRepository;
	/** True when the browser promised not to evict this site's data (`navigator.storage.persisted()`). */
	persistent: boolean;
	/**
	 * null when all is well. 'unavailable', 'version', 'quota' or 'unknown': the repository is the memory
	 * one and nothing survives closing the tab. 'blocked': the repository is the IndexedDB one, but its
	 * calls wait until the other tabs are closed.
	 */
	error: StorageError | null;
}

/** Workshops in memory (the fallback), loaded on first use. */
export function memoryWorkshops(options: { now?: () => string } = {}): WorkshopRepository {
	return lazyWorkshopRepository('memory', () =>
		import('./memory-workshop-repository.ts').then(({ createMemoryWorkshopRepository }) =>
			createMemoryWorkshopRepository(options.now ? { now: options.now } : {})
		)
	);
}

/** Resolves with what `promise` resolves with, or with `fallback` after `ms` milliseconds (never when ms is undefined). */
function within<T>(promise: Promise<T>, ms: number | undefined, fallback: T): Promise<T> {
	if (ms === undefined) return promise;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<T>((resolve) => {
		timer = setTimeout(() => resolve(fallback), ms);
	});
	return Promise.race([promise, late]).finally(() => clearTimeout(timer));
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
 * a prompt (Firefox) before the user has done anything.
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
		workshops: memoryWorkshops(options),
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
	// repository: its calls complete as soon as the other tab lets go.
	let reportBlocked: (error: StorageError) => void = () => {};
	const blocked = new Promise<StorageError>((resolve) => {
		reportBlocked = resolve;
	});
	const unsubscribe = subscribeDbEvents(dbName, { onBlocked: (error) => reportBlocked(error) }, { indexedDB: factory });
	// Made first, so the caller's own lifecycle callbacks also hear about this open.
	const repository = createIdbScanRepository(dbName, { ...options, indexedDB: factory });
	const timedOut = new StorageError('unavailable', {
		ref: STORAGE_TIMEOUT,
		cause: new Error(`indexedDB.open did not answer within ${options.timeoutMs} ms`)
	});
	const started = Date.now();
	try {
		const opened = Promise.race([getDb(dbName, { indexedDB: factory }).then(() => null), blocked]);
		const outcome = await within<StorageError | null | 'late'>(opened, options.timeoutMs, 'late');
		// Too late: carry on in memory. If the open still succeeds later, it is not used in this window,
		// so answers never end up split between memory and storage.
		if (outcome === 'late') return fallback(timedOut);
		const left = options.timeoutMs === undefined ? undefined : Math.max(0, options.timeoutMs - (Date.now() - started));
		const workshops = lazyWorkshopRepository('indexeddb', () =>
			import('./idb-workshop-repository.ts').then(({ createIdbWorkshopRepository }) =>
				createIdbWorkshopRepository(dbName, { indexedDB: factory, ...(options.now ? { now: options.now } : {}) })
			)
		);
		return { repository, workshops, persistent: await within(isPersisted(), left, false), error: outcome };
	} catch (error) {
		// Never delete anything here, not even on VersionError: a newer app version may own this data.
		return fallback(toStorageError(error, 'open'));
	} finally {
		unsubscribe();
	}
}
