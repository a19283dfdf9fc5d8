/**
 * The IndexedDB database: typed schema, cumulative migrations, and one shared connection per database name.
 *
 * The real app uses `kwartiermaker`; the demo uses `kwartiermaker-demo`, so the demo can never touch real
 * data (another offline app once overwrote real budgets with its demo because both used one store).
 *
 * This module opens the database itself (with `wrap` from idb) instead of calling idb's `openDB`, because
 * `openDB` always uses the global `indexedDB`; tests pass their own `IDBFactory` for isolation.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { PlanMeta, StoredPlanAction } from '../domain/plan-merge.ts';
import type { Answer, PlanAction, Scan } from '../domain/scan.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { StorageError, isConnectionLost, toStorageError } from './storage-errors.ts';

/** Current schema version of the database. Raise it and add an `if (oldVersion < N)` block to change stores. */
export const DB_VERSION = 4;
/** Database with the user's real scans. */
export const DB_NAME = 'kwartiermaker';
/** Separate database for the demo scan. */
export const DEMO_DB_NAME = 'kwartiermaker-demo';

/**
 * A scan as stored since version 3: everything but the answers and the plan's actions, which live in their
 * own stores so that one answer or one action can be saved without rewriting the whole scan (and so two
 * tabs that change different answers or actions do not overwrite each other). `plan` keeps only the plan's
 * times, or null when no plan was made yet.
 */
export type ScanRecord = Omit<Scan, 'answers' | 'plan'> & {
	plan: PlanMeta | null;
	/**
	 * Only set by the v1→v2 migration, for answers that had an unusable shape. Kept rather than dropped,
	 * so nothing the user once stored is deleted by an upgrade.
	 */
	unmigratedAnswers?: Record<string, unknown>;
	/** Only set by the v2→v3 migration, for plan actions that had an unusable shape (kept, never dropped). */
	unmigratedPlanActions?: unknown[];
};

/** One plan action (or the tombstone of a removed one), keyed by `[scanId, actionId]`. */
export interface PlanActionRecord extends StoredPlanAction {
	scanId: string;
}

/** One answer, keyed by `[scanId, questionId]`. */
export interface AnswerRecord extends Answer {
	scanId: string;
	questionId: string;
}

/**
 * Where the wizard was, stored apart from the answers: if the wizard's machine changes, only this resume
 * point is discarded and no answer is lost.
 */
export interface SessionRecord {
	scanId: string;
	/** The URL hash of the current step. */
	location: string;
	/** Version of the wizard machine that wrote this record. */
	machineVersion: number;
	/** ISO timestamp. */
	savedAt: string;
}

/** The schema of the current version (4). */
export interface KwartiermakerDB extends DBSchema {
	scans: { key: string; value: ScanRecord };
	answers: { key: [string, string]; value: AnswerRecord; indexes: { 'by-scan': string } };
	session: { key: string; value: SessionRecord };
	planActions: { key: [string, string]; value: PlanActionRecord; indexes: { 'by-scan': string } };
	/**
	 * Since version 4: werksessies (workshops), one whole record each, keyed by `id`. Records are read
	 * through `readWorkshop` (workshop-repository.ts), which skips damaged ones and ones a newer release
	 * wrote, so the value type is what is written, not a promise about what is read.
	 */
	workshops: { key: string; value: Workshop };
}

/** A scan record as version 1 stored it: the whole scan, answers and plan included. */
export type ScanRecordV1 = Omit<Scan, 'answers' | 'plan'> & { answers?: unknown; plan?: unknown };
/** A scan record as version 2 stored it: answers apart, the whole plan (with its actions) inside. */
export type ScanRecordV2 = Omit<ScanRecord, 'plan'> & { plan?: unknown };

export type KwartiermakerDatabase = IDBPDatabase<KwartiermakerDB>;

type UpgradeTransaction = IDBPTransaction<KwartiermakerDB, ArrayLike<StoreNames<KwartiermakerDB>>, 'versionchange'>;

/** Lifecycle events the UI may want to show. Callbacks must not throw; if they do, the error is ignored. */
export interface DbLifecycleHandlers {
	/**
	 * Another tab still has an older version of the database open, so this tab cannot upgrade yet. Opening
	 * waits (it does not fail) until that tab closes; show the error's message ("sluit andere tabbladen").
	 */
	onBlocked?(error: StorageError): void;
	/** The open that was blocked went through after all; hide the message. */
	onUnblocked?(): void;
	/**
	 * Another tab wants a newer version. This connection has been closed to let it; the next storage call in
	 * this tab reopens and fails with kind 'version' if the other tab upgraded. Ask the user to reload.
	 */
	onBlocking?(): void;
	/** The browser killed the connection (iOS background, storage cleared). The next call reopens. */
	onTerminated?(): void;
}

export interface DbOptions {
	/** The IndexedDB factory; defaults to the global `indexedDB`. Tests pass a fresh fake one. */
	indexedDB?: IDBFactory;
}

interface CachedConnection {
	promise: Promise<KwartiermakerDatabase>;
	db: KwartiermakerDatabase | null;
}

// Keyed by factory first, so each injected test factory gets its own cache and is garbage-collected with it.
const connections = new WeakMap<IDBFactory, Map<string, CachedConnection>>();
const subscribers = new WeakMap<IDBFactory, Map<string, Set<DbLifecycleHandlers>>>();
/** Connections known to be closed or closing; a failure on one of these is worth one retry. */
const deadConnections = new WeakSet<KwartiermakerDatabase>();

function noop(): void {}

/**
 * The factory to use: the injected one or the global `indexedDB`.
 *
 * @throws StorageError kind 'unavailable' when there is no IndexedDB at all
 */
export function resolveFactory(injected?: IDBFactory): IDBFactory {
	const factory = injected ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
	if (!factory) {
		throw new StorageError('unavailable', { cause: new ReferenceError('indexedDB is not defined') });
	}
	return factory;
}

function mapFor<V>(store: WeakMap<IDBFactory, Map<string, V>>, factory: IDBFactory): Map<string, V> {
	let map = store.get(factory);
	if (!map) {
		map = new Map();
		store.set(factory, map);
	}
	return map;
}

function emit(factory: IDBFactory, dbName: string, call: (handlers: DbLifecycleHandlers) => void): void {
	for (const handlers of subscribers.get(factory)?.get(dbName) ?? []) {
		try {
			call(handlers);
		} catch {
			// A UI callback must never break storage.
		}
	}
}

/**
 * Listen to lifecycle events (blocked, blocking, terminated) of one database.
 *
 * @returns a function that stops listening
 */
export function subscribeDbEvents(dbName: string, handlers: DbLifecycleHandlers, options: DbOptions = {}): () => void {
	let factory: IDBFactory;
	try {
		factory = resolveFactory(options.indexedDB);
	} catch {
		return noop;
	}
	const set = mapFor(subscribers, factory).get(dbName) ?? new Set<DbLifecycleHandlers>();
	mapFor(subscribers, factory).set(dbName, set);
	set.add(handlers);
	return () => {
		set.delete(handlers);
	};
}

function coerceLegacyAnswer(raw: unknown, fallbackUpdatedAt: string): Answer | null {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
	const { value, note, updatedAt } = raw as Record<string, unknown>;
	if (value !== null && value !== undefined && typeof value !== 'string') return null;
	return {
		value: typeof value === 'string' ? value : null,
		note: typeof note === 'string' ? note : '',
		updatedAt: typeof updatedAt === 'string' ? updatedAt : fallbackUpdatedAt
	};
}

/**
 * v1→v2: move every answer out of the scan records into the `answers` store. Runs inside the versionchange
 * transaction, so it is all-or-nothing; and per scan the answers are written before the scan record loses
 * its `answers` field, so an interrupted upgrade can never lose an answer.
 */
async function moveAnswersOutOfScans(tx: UpgradeTransaction): Promise<void> {
	const answers = tx.objectStore('answers');
	let cursor = await tx.objectStore('scans').openCursor();
	while (cursor) {
		const legacy = cursor.value as unknown as ScanRecordV1;
		const { answers: legacyAnswers, ...rest } = legacy;
		const unmigrated: Record<string, unknown> = {};
		if (typeof legacyAnswers === 'object' && legacyAnswers !== null && !Array.isArray(legacyAnswers)) {
			for (const [questionId, raw] of Object.entries(legacyAnswers)) {
				const answer = coerceLegacyAnswer(raw, typeof legacy.updatedAt === 'string' ? legacy.updatedAt : '');
				if (answer) {
					await answers.put({ scanId: legacy.id, questionId, ...answer });
				} else {
					unmigrated[questionId] = raw;
				}
			}
		} else if (legacyAnswers !== undefined && legacyAnswers !== null) {
			unmigrated['*'] = legacyAnswers;
		}
		const record = Object.keys(unmigrated).length > 0 ? { ...rest, unmigratedAnswers: unmigrated } : rest;
		await cursor.update(record as unknown as ScanRecord);
		cursor = await cursor.continue();
	}
}

function isPlanActionLike(value: unknown): value is Record<string, unknown> & { id: string } {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string' && (value as { id: string }).id !== '';
}

/**
 * v2→v3: move every plan's actions out of the scan records into the `planActions` store, one record per
 * action with its place (order) and its updatedAt (the plan's, for actions saved before actions had their
 * own). Runs inside the versionchange transaction, so it is all-or-nothing: if any write fails, the upgrade
 * aborts and the database stays at version 2, untouched. An action without a usable id (or a second one
 * with the same id) is kept in the scan record instead of being dropped.
 */
async function movePlanActionsOutOfScans(tx: UpgradeTransaction): Promise<void> {
	const store = tx.objectStore('planActions');
	let cursor = await tx.objectStore('scans').openCursor();
	while (cursor) {
		const legacy = cursor.value as unknown as ScanRecordV2;
		const { plan: legacyPlan, ...rest } = legacy;
		let plan: PlanMeta | null = null;
		const unmigrated: unknown[] = [];
		if (typeof legacyPlan === 'object' && legacyPlan !== null && !Array.isArray(legacyPlan)) {
			const { actions, createdAt, updatedAt } = legacyPlan as Record<string, unknown>;
			const planUpdatedAt = typeof updatedAt === 'string' ? updatedAt : legacy.updatedAt;
			plan = { createdAt: typeof createdAt === 'string' ? createdAt : planUpdatedAt, updatedAt: planUpdatedAt };
			const seen = new Set<string>();
			let order = 0;
			for (const action of Array.isArray(actions) ? actions : []) {
				if (!isPlanActionLike(action) || seen.has(action.id)) {
					unmigrated.push(action);
					continue;
				}
				seen.add(action.id);
				const actionUpdatedAt = typeof action.updatedAt === 'string' ? action.updatedAt : planUpdatedAt;
				await store.put({
					scanId: legacy.id,
					actionId: action.id,
					order: order++,
					action: { ...(action as unknown as PlanAction), updatedAt: actionUpdatedAt },
					updatedAt: actionUpdatedAt
				});
			}
			if (actions !== undefined && !Array.isArray(actions)) unmigrated.push(actions);
		} else if (legacyPlan !== undefined && legacyPlan !== null) {
			unmigrated.push(legacyPlan);
		}
		const record: ScanRecord = unmigrated.length > 0 ? { ...rest, plan, unmigratedPlanActions: unmigrated } : { ...rest, plan };
		await cursor.update(record);
		cursor = await cursor.continue();
	}
}

/**
 * Cumulative upgrades: never `else if`, so a database at any older version walks through every step. All
 * stores are made first; then the data moves, step by step, in the same versionchange transaction.
 */
async function upgradeDatabase(db: KwartiermakerDatabase, oldVersion: number, tx: UpgradeTransaction): Promise<void> {
	if (oldVersion < 1) {
		db.createObjectStore('scans', { keyPath: 'id' });
	}
	if (oldVersion < 2) {
		const answers = db.createObjectStore('answers', { keyPath: ['scanId', 'questionId'] });
		answers.createIndex('by-scan', 'scanId');
		db.createObjectStore('session', { keyPath: 'scanId' });
	}
	if (oldVersion < 3) {
		const planActions = db.createObjectStore('planActions', { keyPath: ['scanId', 'actionId'] });
		planActions.createIndex('by-scan', 'scanId');
	}
	if (oldVersion < 4) {
		// Only a new, empty store: nothing of version 3 moves, so no data step is needed. The demo database
		// gets it too; it stays empty there, but one schema for both keeps the upgrade code simple.
		db.createObjectStore('workshops', { keyPath: 'id' });
	}
	if (oldVersion >= 1 && oldVersion < 2) await moveAnswersOutOfScans(tx);
	if (oldVersion >= 1 && oldVersion < 3) await movePlanActionsOutOfScans(tx);
}

function openConnection(factory: IDBFactory, dbName: string, cache: Map<string, CachedConnection>): Promise<KwartiermakerDatabase> {
	let request: IDBOpenDBRequest;
	try {
		// Firefox private mode and blocked storage may throw here rather than fire an error event.
		request = factory.open(dbName, DB_VERSION);
	} catch (error) {
		return Promise.reject(error);
	}
	let migrationError: unknown = null;
	let wasBlocked = false;

	request.addEventListener('upgradeneeded', (event) => {
		const db = wrap(request.result) as unknown as KwartiermakerDatabase;
		const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
		// The open request reports an aborted upgrade; this only avoids an unhandled rejection.
		tx.done.catch(noop);
		let migration: Promise<void>;
		try {
			migration = upgradeDatabase(db, event.oldVersion, tx);
		} catch (error) {
			migration = Promise.reject(error);
		}
		migration.catch((error: unknown) => {
			migrationError = error;
			try {
				tx.abort();
			} catch {
				// Already finished or aborted.
			}
		});
	});
	request.addEventListener('blocked', () => {
		wasBlocked = true;
		emit(factory, dbName, (h) => h.onBlocked?.(new StorageError('blocked')));
	});

	const opened = wrap(request) as unknown as Promise<KwartiermakerDatabase>;
	return opened.then(
		(db) => {
			db.addEventListener('close', () => {
				// Only fired for abnormal closes (not for db.close()): forget it and reopen on the next call.
				deadConnections.add(db);
				forget(cache, dbName, db);
				emit(factory, dbName, (h) => h.onTerminated?.());
			});
			db.addEventListener('versionchange', () => {
				// Another tab wants to upgrade (or delete) the database: step aside so it does not hang.
				// Transactions already running still finish before the connection really closes.
				deadConnections.add(db);
				forget(cache, dbName, db);
				db.close();
				emit(factory, dbName, (h) => h.onBlocking?.());
			});
			if (wasBlocked) emit(factory, dbName, (h) => h.onUnblocked?.());
			return db;
		},
		(error: unknown) => {
			throw migrationError ?? error;
		}
	);
}

function forget(cache: Map<string, CachedConnection>, dbName: string, db: KwartiermakerDatabase): void {
	if (cache.get(dbName)?.db === db) cache.delete(dbName);
}

/**
 * The shared connection to a database, opened (and upgraded) on first use. Every caller in the tab gets the
 * same promise; after the connection is lost, the next call opens a new one.
 *
 * @returns the connection; rejects with a `StorageError` ('unavailable', 'version', 'quota', …)
 */
export function getDb(dbName: string, options: DbOptions = {}): Promise<KwartiermakerDatabase> {
	let factory: IDBFactory;
	try {
		factory = resolveFactory(options.indexedDB);
	} catch (error) {
		return Promise.reject(toStorageError(error, 'open'));
	}
	const cache = mapFor(connections, factory);
	const cached = cache.get(dbName);
	if (cached) return cached.promise;

	const entry: CachedConnection = {
		promise: openConnection(factory, dbName, cache).then(
			(db) => {
				entry.db = db;
				return db;
			},
			(error: unknown) => {
				// A failed open must not stick: the next call tries again (the other tab may have closed by then).
				if (cache.get(dbName) === entry) cache.delete(dbName);
				throw toStorageError(error, 'open');
			}
		),
		db: null
	};
	cache.set(dbName, entry);
	return entry.promise;
}

/**
 * Close the shared connection (if any) and forget it; the next call opens a new one. For tests, and for
 * code that is about to delete the database.
 */
export async function closeDb(dbName: string, options: DbOptions = {}): Promise<void> {
	let factory: IDBFactory;
	try {
		factory = resolveFactory(options.indexedDB);
	} catch {
		return;
	}
	const cache = mapFor(connections, factory);
	const entry = cache.get(dbName);
	if (!entry) return;
	cache.delete(dbName);
	try {
		const db = await entry.promise;
		deadConnections.add(db);
		db.close();
	} catch {
		// It never opened; nothing to close.
	}
}

function dropConnection(dbName: string, options: DbOptions, db: KwartiermakerDatabase): void {
	deadConnections.add(db);
	forget(mapFor(connections, resolveFactory(options.indexedDB)), dbName, db);
	try {
		// Firefox keeps a database read-only after some errors until it is reopened.
		db.close();
	} catch {
		// Already closed.
	}
}

/**
 * Run `work` on the shared connection. If it fails because the connection was closed, closing or killed
 * (`InvalidStateError` "The database connection is closing", `UnknownError`, a `close` event), open a
 * fresh connection and run `work` once more (iOS closes connections of pages in the background). `work` must therefore be safe to run twice; it is, when
 * it does all its writes in one transaction (a failed transaction wrote nothing).
 *
 * @returns what `work` returns; rejects with a `StorageError`
 */
export async function withDb<T>(
	dbName: string,
	options: DbOptions,
	work: (db: KwartiermakerDatabase) => Promise<T>
): Promise<T> {
	const db = await getDb(dbName, options);
	try {
		return await work(db);
	} catch (error) {
		if (!isConnectionLost(error) && !deadConnections.has(db)) throw toStorageError(error);
		dropConnection(dbName, options, db);
	}
	const fresh = await getDb(dbName, options);
	try {
		return await work(fresh);
	} catch (error) {
		throw toStorageError(error);
	}
}
