/**
 * The app's storage as promises, so the page can be shown before storage is open.
 *
 * Opening IndexedDB usually takes milliseconds, but it can hang (Safari on iPhone and iPad sometimes never
 * answers). The app therefore mounts at once; whatever needs storage (the list of scans, opening a scan)
 * waits for `real`, which resolves within the time limit, with memory as the fallback. The demo's own
 * database is opened only when the demo is used, so an ordinary visit never creates it.
 */
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import { withChangeAnnouncements } from '../storage/announcing-repository.ts';
import type { CrossTab } from '../storage/cross-tab.ts';
import { DB_NAME, DEMO_DB_NAME } from '../storage/db.ts';
import { createMemoryScanRepository } from '../storage/memory-scan-repository.ts';
import { memoryWorkshops, openScanStorage, type OpenScanStorageOptions, type ScanStorage } from '../storage/open-storage.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import { toStorageError } from '../storage/storage-errors.ts';

export interface OpenedStorage {
	/** Real scans: the IndexedDB repository, or the memory one when storage is unavailable. */
	repository: ScanRepository;
	/** Werksessies (workshops), in the same storage as the real scans (memory when that is memory). */
	workshops: WorkshopRepository;
	/** What to tell the user about storage (a catalogue key, or words of its own), or null. */
	problem: MessageRef | string | null;
}

export interface AppStorage {
	/** Resolves once storage is open or has fallen back to memory. Never rejects. */
	readonly real: Promise<OpenedStorage>;
	/** The demo's own database, opened on the first call. Never rejects. */
	demo(): Promise<ScanRepository>;
}

export interface AppStorageOptions {
	/** Opens one database; injectable for tests. */
	open?: (dbName: string, options: OpenScanStorageOptions) => Promise<ScanStorage>;
	/** Time limit for each open, in milliseconds. */
	timeoutMs?: number;
}

/** Starts opening the real database now; the demo database waits until `demo()` is called. */
export function openAppStorage(options: AppStorageOptions = {}): AppStorage {
	const open = options.open ?? openScanStorage;
	const openOptions: OpenScanStorageOptions = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
	const real: Promise<OpenedStorage> = open(DB_NAME, openOptions).then(
		(storage) => ({
			repository: storage.repository,
			workshops: storage.workshops,
			problem: storage.error ? messageOfError(storage.error) : null
		}),
		// openScanStorage never rejects; this only guards against a future change.
		(error: unknown) => ({
			repository: createMemoryScanRepository(),
			workshops: memoryWorkshops(),
			problem: messageOfError(toStorageError(error, 'open'))
		})
	);
	let demo: Promise<ScanRepository> | null = null;
	return {
		real,
		demo: () =>
			(demo ??= real.then(async ({ repository }) => {
				// Storage already failed for the real scans: do not make the user wait for it a second time.
				if (repository.backend === 'memory') return createMemoryScanRepository();
				return (await open(DEMO_DB_NAME, openOptions)).repository;
			}))
	};
}

/**
 * The same storage, but every committed write is announced to the app's other tabs (see
 * announcing-repository.ts). Memory repositories are left as they are: no other tab can see them.
 */
export function announceStorage(storage: AppStorage, crossTab: CrossTab): AppStorage {
	let demo: Promise<ScanRepository> | null = null;
	return {
		real: storage.real.then((opened) => ({ ...opened, repository: withChangeAnnouncements(opened.repository, DB_NAME, crossTab) })),
		demo: () => (demo ??= storage.demo().then((repository) => withChangeAnnouncements(repository, DEMO_DB_NAME, crossTab)))
	};
}
