/**
 * The scan repository: everything the app stores about scans, behind one small async interface.
 *
 * Two implementations with the same behaviour: IndexedDB (the real one) and memory (the fallback when the
 * browser stores nothing, and a stand-in for tests of other modules). Everything going in is deep-copied to
 * plain data first (`toPlain`), everything coming out is a fresh copy, and every rejection is a
 * `StorageError` with a message the UI can show.
 */
import { randomId } from '../app/uuid.ts';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { Answer, Scan, ScanMode, ScanProfile } from '../domain/scan.ts';
import {
	subscribeDbEvents,
	withDb,
	type AnswerRecord,
	type DbLifecycleHandlers,
	type KwartiermakerDB,
	type KwartiermakerDatabase,
	type ScanRecord,
	type SessionRecord
} from './db.ts';
import { StorageError, toStorageError } from './storage-errors.ts';
import { toPlain } from './to-plain.ts';

export type { SessionRecord } from './db.ts';

/** What the scan list needs, without loading every answer. */
export interface ScanSummary {
	id: string;
	organisation: string;
	mode: ScanMode;
	createdAt: string;
	updatedAt: string;
	/** Answers with a value (skipped questions, value null, do not count). */
	answeredCount: number;
	demo: boolean;
	/** Needed to work out the scan's questions, and so its progress. */
	profile: ScanProfile;
}

/** Fields of a scan that `updateScanMeta` may change. */
export type ScanMetaPatch = Partial<Pick<Scan, 'profile' | 'mode' | 'plan' | 'updatedAt'>>;

export interface ScanRepository {
	/** Which storage is behind this repository; 'memory' means nothing survives closing the tab. */
	readonly backend: 'indexeddb' | 'memory';
	/** All scans, most recently changed first. */
	listScans(): Promise<ScanSummary[]>;
	/** The scan with its answers, or null when there is none with this id. */
	getScan(id: string): Promise<Scan | null>;
	/** Store a new scan with its answers. Rejects if the id is taken (nothing is overwritten). */
	createScan(scan: Scan): Promise<void>;
	/** Change profile, mode and/or plan. Sets updatedAt to `patch.updatedAt`, or to now. */
	updateScanMeta(id: string, patch: ScanMetaPatch): Promise<void>;
	/** Change the organisation name and bump updatedAt. */
	renameScan(id: string, organisation: string): Promise<void>;
	/** Copy a scan with its answers and plan under `newId`; the name gets " (kopie)". Returns the copy. */
	duplicateScan(id: string, newId: string, now: string): Promise<Scan>;
	/** Delete a scan, its answers and its resume point, all or nothing. */
	deleteScan(id: string): Promise<void>;
	/** Delete every scan, answer and resume point in this database. */
	deleteAll(): Promise<void>;
	/**
	 * Save one answer and bump the scan's updatedAt, in one transaction. Resolves only after the
	 * transaction committed (and, for IndexedDB, the answer was read back): only then may the UI say
	 * "Opgeslagen". Rejects when the scan does not exist.
	 */
	saveAnswer(scanId: string, questionId: string, answer: Answer): Promise<void>;
	/** Save where the wizard is. Does nothing when the scan no longer exists (so it cannot come back). */
	saveSession(scanId: string, location: string, machineVersion: number): Promise<void>;
	/** The saved resume point, or null. */
	getSession(scanId: string): Promise<SessionRecord | null>;
	/**
	 * Store a scan from a backup. Never overwrites: if the id is taken, the scan is stored under a new id.
	 *
	 * @returns the id the scan was stored under
	 */
	importScan(scan: Scan): Promise<string>;
}

export interface RepositoryOptions {
	/** ISO timestamp for "now"; injectable for tests. */
	now?: () => string;
	/** New ids for imports that clash with an existing scan. */
	createId?: () => string;
}

export interface IdbRepositoryOptions extends RepositoryOptions, DbLifecycleHandlers {
	/** IndexedDB factory; defaults to the global `indexedDB`. Tests pass a fresh fake one per test. */
	indexedDB?: IDBFactory;
	/**
	 * Read every saved answer back and compare it with what was written (R5). Default true; the cost is one
	 * small read transaction per save.
	 */
	verifyWrites?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers (both implementations use these, so they behave the same)

const COPY_SUFFIX = ' (kopie)';

function defaultNow(): string {
	return new Date().toISOString();
}

/** A random UUID, in the form the app's links accept. */
const defaultCreateId = randomId;

function notFound(id: string): StorageError {
	return new StorageError('unknown', {
		message: 'Deze scan bestaat niet meer. Misschien is hij verwijderd in een ander tabblad.',
		cause: new Error(`Scan not found: ${id}`)
	});
}

function idTaken(id: string): StorageError {
	return new StorageError('unknown', {
		message: 'Er bestaat al een scan met deze code. Er is niets overschreven.',
		cause: new Error(`Scan id already exists: ${id}`)
	});
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Light shape check of what goes in; full validation of imports happens before the repository (S3). */
function assertAnswer(answer: unknown, where: string): asserts answer is Answer {
	if (
		!isRecord(answer) ||
		(answer.value !== null && typeof answer.value !== 'string') ||
		typeof answer.note !== 'string' ||
		typeof answer.updatedAt !== 'string'
	) {
		throw new TypeError(`Invalid answer at ${where}`);
	}
}

function assertScan(scan: unknown): asserts scan is Scan {
	if (!isRecord(scan) || typeof scan.id !== 'string' || scan.id === '') throw new TypeError('Scan needs an id');
	if (!isRecord(scan.profile) || typeof scan.profile.organisation !== 'string') {
		throw new TypeError('Scan needs a profile with an organisation');
	}
	if (typeof scan.createdAt !== 'string' || typeof scan.updatedAt !== 'string') {
		throw new TypeError('Scan needs createdAt and updatedAt');
	}
	if (!isRecord(scan.answers)) throw new TypeError('Scan needs an answers object');
	for (const [questionId, answer] of Object.entries(scan.answers)) assertAnswer(answer, `answers.${questionId}`);
}

/** Copy an incoming scan to plain data and check its shape. */
function plainScan(scan: Scan): Scan {
	const plain = toPlain(scan);
	assertScan(plain);
	return plain;
}

function splitScan(scan: Scan): { record: ScanRecord; answers: AnswerRecord[] } {
	const { answers, ...record } = scan;
	return {
		record,
		answers: Object.entries(answers).map(([questionId, answer]) => ({
			scanId: scan.id,
			questionId,
			value: answer.value,
			note: answer.note,
			updatedAt: answer.updatedAt
		}))
	};
}

function assembleScan(record: ScanRecord, answers: AnswerRecord[]): Scan {
	// unmigratedAnswers stays in storage only; it is not part of the Scan shape.
	const { unmigratedAnswers: _unmigrated, ...scan } = record;
	return {
		...scan,
		// fromEntries defines own properties, so even a hostile question id cannot reach the prototype.
		answers: Object.fromEntries(
			answers.map((a) => [a.questionId, { value: a.value, note: a.note, updatedAt: a.updatedAt }])
		)
	};
}

function summarize(record: ScanRecord, answeredCount: number): ScanSummary {
	return {
		id: record.id,
		organisation: record.profile.organisation,
		mode: record.mode,
		createdAt: record.createdAt,
		updatedAt: record.updatedAt,
		answeredCount,
		demo: record.demo,
		profile: record.profile
	};
}

/**
 * True when a stored scan record has the fields the scan list needs. A broken or foreign record (R12) is
 * left out of the list, and left as it is in storage, instead of hiding every other scan behind an error.
 */
function isListable(record: unknown): record is ScanRecord {
	return (
		isRecord(record) &&
		typeof record.id === 'string' &&
		isRecord(record.profile) &&
		typeof record.profile.organisation === 'string' &&
		(record.mode === 'quick' || record.mode === 'full') &&
		typeof record.createdAt === 'string' &&
		typeof record.updatedAt === 'string'
	);
}

function byUpdatedAtDesc(a: ScanSummary, b: ScanSummary): number {
	if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Only the allowed fields; a patch carrying `id` or `answers` must not change those. */
function pickMeta(patch: ScanMetaPatch): ScanMetaPatch {
	const plain = toPlain(patch);
	const picked: ScanMetaPatch = {};
	if (plain.profile !== undefined) picked.profile = plain.profile;
	if (plain.mode !== undefined) picked.mode = plain.mode;
	if (plain.plan !== undefined) picked.plan = plain.plan;
	if (plain.updatedAt !== undefined) picked.updatedAt = plain.updatedAt;
	return picked;
}

function duplicateRecord(record: ScanRecord, newId: string, now: string): ScanRecord {
	const { unmigratedAnswers: _unmigrated, ...rest } = record;
	return toPlain({
		...rest,
		id: newId,
		profile: { ...rest.profile, organisation: rest.profile.organisation + COPY_SUFFIX },
		createdAt: now,
		updatedAt: now
	});
}

function later(a: string, b: string): string {
	return a > b ? a : b;
}

/** Map whatever a method throws to a StorageError, so callers only ever see one error type. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toStorageError(error);
	}
}

// ---------------------------------------------------------------------------------------------------------
// IndexedDB

type Store = StoreNames<KwartiermakerDB>;
type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<KwartiermakerDB, Store[], Mode>;

function noop(): void {}

/**
 * One transaction around `body`: resolves after the transaction committed, and aborts it when `body`
 * throws, so a failed save never leaves half a record (R4c). Only IDB requests may be awaited inside.
 */
async function runTx<T, Mode extends IDBTransactionMode>(
	db: KwartiermakerDatabase,
	stores: Store[],
	mode: Mode,
	durability: 'strict' | 'relaxed' | 'default',
	body: (tx: Tx<Mode>) => Promise<T>
): Promise<T> {
	const tx = db.transaction(stores, mode, { durability });
	// Handled below; without this an abort would also surface as an unhandled rejection.
	tx.done.catch(noop);
	try {
		const result = await body(tx);
		await tx.done;
		return result;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already aborted or finished.
		}
		throw error;
	}
}

/** Set from `pagehide` until `pageshow`: the page is being closed, reloaded or left. */
let leavingPage = false;
{
	// Registered when this module loads, so before the app's own pagehide listener, which flushes the saves.
	const target = globalThis as { addEventListener?: (type: string, listener: () => void) => void };
	target.addEventListener?.('pagehide', () => (leavingPage = true));
	target.addEventListener?.('pageshow', () => (leavingPage = false));
}

/**
 * True while the page is hidden (in the background) or on its way out (`pagehide`). The app flushes its
 * pending saves at exactly these moments.
 */
function pageIsHidden(): boolean {
	return leavingPage || (globalThis as { document?: { visibilityState?: string } }).document?.visibilityState === 'hidden';
}

/**
 * Save an answer while the page is hidden, so possibly on its way out. There may be no later task then:
 * Chromium drops every transaction that is not committed when the page goes, so a save that first waits
 * for a read of its scan never writes (the last keystrokes before a reload or a closed tab were lost, R1).
 * So the answer is written and committed at once, in this task. A second transaction, started right after
 * (IndexedDB runs it after the first), bumps the scan's updatedAt, and takes the answer out again if the
 * scan no longer exists, so an autosave racing a delete never brings answers back (R18).
 */
async function saveAnswerWhileLeaving(db: KwartiermakerDatabase, record: AnswerRecord): Promise<void> {
	const write = runTx(db, ['answers'], 'readwrite', 'relaxed', async (tx) => {
		const put = tx.objectStore('answers').put(record);
		tx.commit();
		await put;
	});
	const follow = runTx(db, ['scans', 'answers'], 'readwrite', 'relaxed', async (tx) => {
		const scans = tx.objectStore('scans');
		const scan = await scans.get(record.scanId);
		if (!scan) {
			await tx.objectStore('answers').delete([record.scanId, record.questionId]);
			return false;
		}
		await scans.put({ ...scan, updatedAt: later(scan.updatedAt, record.updatedAt) });
		return true;
	});
	const [, found] = await Promise.all([write, follow]);
	if (!found) throw notFound(record.scanId);
}

/** Issue many requests in parallel in one transaction; a request that throws cannot leave others unhandled. */
async function all(requests: Array<() => Promise<unknown>>): Promise<void> {
	const pending: Promise<unknown>[] = [];
	for (const request of requests) {
		// If a later request throws synchronously, the caller aborts the transaction, which rejects the
		// earlier ones; the no-op handler keeps those from surfacing as unhandled rejections.
		const promise = request();
		promise.catch(noop);
		pending.push(promise);
	}
	await Promise.all(pending);
}

/**
 * The IndexedDB repository for one database (`kwartiermaker`, or `kwartiermaker-demo` for the demo).
 * The connection is opened lazily on the first call and shared with every repository on the same database.
 *
 * @param dbName database name
 * @param options injected factory, clock, id generator, lifecycle callbacks
 */
export function createIdbScanRepository(dbName: string, options: IdbRepositoryOptions = {}): ScanRepository {
	const dbOptions = options.indexedDB ? { indexedDB: options.indexedDB } : {};
	const now = options.now ?? defaultNow;
	const createId = options.createId ?? defaultCreateId;
	const verifyWrites = options.verifyWrites ?? true;
	const { onBlocked, onUnblocked, onBlocking, onTerminated } = options;
	if (onBlocked || onUnblocked || onBlocking || onTerminated) {
		subscribeDbEvents(dbName, { onBlocked, onUnblocked, onBlocking, onTerminated }, dbOptions);
	}

	const run = <T>(work: (db: KwartiermakerDatabase) => Promise<T>): Promise<T> => withDb(dbName, dbOptions, work);

	async function writeScan(tx: Tx<'readwrite'>, scan: Scan): Promise<void> {
		const { record, answers } = splitScan(scan);
		const answerStore = tx.objectStore('answers');
		const scanStore = tx.objectStore('scans');
		await all([...answers.map((a) => () => answerStore.put(a)), () => scanStore.put(record)]);
	}

	async function readBack(scanId: string, questionId: string, expected: Answer): Promise<void> {
		const stored = await run((db) => db.get('answers', [scanId, questionId]));
		if (
			!stored ||
			stored.value !== expected.value ||
			stored.note !== expected.note ||
			stored.updatedAt !== expected.updatedAt
		) {
			throw new StorageError('unknown', {
				message:
					'Uw laatste antwoord is niet goed opgeslagen. Probeer het opnieuw en download een reservekopie.',
				cause: new Error(`Read-back mismatch for ${scanId}/${questionId}`)
			});
		}
	}

	return {
		backend: 'indexeddb',

		listScans: () =>
			run((db) =>
				runTx(db, ['scans', 'answers'], 'readonly', 'default', async (tx) => {
					const [records, answers] = await Promise.all([
						tx.objectStore('scans').getAll(),
						tx.objectStore('answers').getAll()
					]);
					const counts = new Map<string, number>();
					for (const a of answers) {
						if (a.value !== null) counts.set(a.scanId, (counts.get(a.scanId) ?? 0) + 1);
					}
					return records
						.filter(isListable)
						.map((r) => summarize(r, counts.get(r.id) ?? 0))
						.sort(byUpdatedAtDesc);
				})
			),

		getScan: (id) =>
			run((db) =>
				runTx(db, ['scans', 'answers'], 'readonly', 'default', async (tx) => {
					const [record, answers] = await Promise.all([
						tx.objectStore('scans').get(id),
						tx.objectStore('answers').index('by-scan').getAll(id)
					]);
					return record ? assembleScan(record, answers) : null;
				})
			),

		createScan: (scan) =>
			guard(async () => {
				const plain = plainScan(scan);
				await run((db) =>
					runTx(db, ['scans', 'answers'], 'readwrite', 'strict', async (tx) => {
						if ((await tx.objectStore('scans').count(plain.id)) > 0) throw idTaken(plain.id);
						await writeScan(tx, plain);
					})
				);
			}),

		updateScanMeta: (id, patch) =>
			guard(async () => {
				const picked = pickMeta(patch);
				const updatedAt = picked.updatedAt ?? now();
				await run((db) =>
					runTx(db, ['scans'], 'readwrite', 'relaxed', async (tx) => {
						const store = tx.objectStore('scans');
						const record = await store.get(id);
						if (!record) throw notFound(id);
						await store.put({ ...record, ...picked, updatedAt });
					})
				);
			}),

		renameScan: (id, organisation) =>
			guard(async () => {
				if (typeof organisation !== 'string') throw new TypeError('organisation must be a string');
				const updatedAt = now();
				await run((db) =>
					runTx(db, ['scans'], 'readwrite', 'relaxed', async (tx) => {
						const store = tx.objectStore('scans');
						const record = await store.get(id);
						if (!record) throw notFound(id);
						await store.put({ ...record, profile: { ...record.profile, organisation }, updatedAt });
					})
				);
			}),

		duplicateScan: (id, newId, when) =>
			guard(() =>
				run((db) =>
					runTx(db, ['scans', 'answers'], 'readwrite', 'strict', async (tx) => {
						const scans = tx.objectStore('scans');
						const answerStore = tx.objectStore('answers');
						const [record, answers, taken] = await Promise.all([
							scans.get(id),
							answerStore.index('by-scan').getAll(id),
							scans.count(newId)
						]);
						if (!record) throw notFound(id);
						if (taken > 0) throw idTaken(newId);
						const copy = assembleScan(
							duplicateRecord(record, newId, when),
							answers.map((a) => ({ ...a, scanId: newId }))
						);
						await writeScan(tx, copy);
						return copy;
					})
				)
			),

		deleteScan: (id) =>
			run((db) =>
				runTx(db, ['scans', 'answers', 'session'], 'readwrite', 'strict', async (tx) => {
					const answerStore = tx.objectStore('answers');
					const keys = await answerStore.index('by-scan').getAllKeys(id);
					await all([
						...keys.map((key) => () => answerStore.delete(key)),
						() => tx.objectStore('scans').delete(id),
						() => tx.objectStore('session').delete(id)
					]);
				})
			),

		deleteAll: () =>
			run((db) =>
				runTx(db, ['scans', 'answers', 'session'], 'readwrite', 'strict', async (tx) => {
					await all([
						() => tx.objectStore('scans').clear(),
						() => tx.objectStore('answers').clear(),
						() => tx.objectStore('session').clear()
					]);
				})
			),

		saveAnswer: (scanId, questionId, answer) =>
			guard(async () => {
				const plain = toPlain(answer);
				assertAnswer(plain, questionId);
				const record: AnswerRecord = {
					scanId,
					questionId,
					value: plain.value,
					note: plain.note,
					updatedAt: plain.updatedAt
				};
				await run((db) =>
					pageIsHidden()
						? saveAnswerWhileLeaving(db, record)
						: runTx(db, ['scans', 'answers'], 'readwrite', 'relaxed', async (tx) => {
								const scans = tx.objectStore('scans');
								const scan = await scans.get(scanId);
								// Without this, an autosave racing a delete would bring the scan's answers back (R18).
								if (!scan) throw notFound(scanId);
								await tx.objectStore('answers').put(record);
								await scans.put({ ...scan, updatedAt: later(scan.updatedAt, record.updatedAt) });
							})
				);
				if (verifyWrites) await readBack(scanId, questionId, record);
			}),

		saveSession: (scanId, location, machineVersion) =>
			guard(async () => {
				const record: SessionRecord = toPlain({ scanId, location, machineVersion, savedAt: now() });
				await run((db) =>
					runTx(db, ['scans', 'session'], 'readwrite', 'relaxed', async (tx) => {
						if ((await tx.objectStore('scans').count(scanId)) === 0) return;
						await tx.objectStore('session').put(record);
					})
				);
			}),

		getSession: (scanId) => run(async (db) => (await db.get('session', scanId)) ?? null),

		importScan: (scan) =>
			guard(async () => {
				const plain = plainScan(scan);
				// Candidate ids are made outside the transaction: only IDB work may happen inside it.
				const candidates = [plain.id, createId(), createId(), createId()];
				return run((db) =>
					runTx(db, ['scans', 'answers'], 'readwrite', 'strict', async (tx) => {
						const scans = tx.objectStore('scans');
						for (const id of candidates) {
							if ((await scans.count(id)) === 0) {
								await writeScan(tx, { ...plain, id });
								return id;
							}
						}
						throw idTaken(plain.id);
					})
				);
			})
	};
}

// ---------------------------------------------------------------------------------------------------------
// Memory

/**
 * A repository that keeps everything in memory, with the same behaviour as the IndexedDB one. Used when
 * the browser stores nothing (private window), and in tests of other modules.
 *
 * @param options injected clock and id generator
 */
export function createMemoryScanRepository(options: RepositoryOptions = {}): ScanRepository {
	const now = options.now ?? defaultNow;
	const createId = options.createId ?? defaultCreateId;
	const scans = new Map<string, ScanRecord>();
	const answers = new Map<string, Map<string, AnswerRecord>>();
	const sessions = new Map<string, SessionRecord>();

	function answersOf(scanId: string): AnswerRecord[] {
		return [...(answers.get(scanId)?.values() ?? [])];
	}

	/** Store a whole scan; every value is already a private copy. */
	function put(scan: Scan): void {
		const { record, answers: list } = splitScan(scan);
		scans.set(record.id, record);
		answers.set(record.id, new Map(list.map((a) => [a.questionId, a])));
	}

	function mustGet(id: string): ScanRecord {
		const record = scans.get(id);
		if (!record) throw notFound(id);
		return record;
	}

	return {
		backend: 'memory',

		listScans: () =>
			guard(async () =>
				[...scans.values()]
					.map((r) => toPlain(summarize(r, answersOf(r.id).filter((a) => a.value !== null).length)))
					.sort(byUpdatedAtDesc)
			),

		getScan: (id) =>
			guard(async () => {
				const record = scans.get(id);
				return record ? toPlain(assembleScan(record, answersOf(id))) : null;
			}),

		createScan: (scan) =>
			guard(async () => {
				const plain = plainScan(scan);
				if (scans.has(plain.id)) throw idTaken(plain.id);
				put(plain);
			}),

		updateScanMeta: (id, patch) =>
			guard(async () => {
				const picked = pickMeta(patch);
				const record = mustGet(id);
				scans.set(id, { ...record, ...picked, updatedAt: picked.updatedAt ?? now() });
			}),

		renameScan: (id, organisation) =>
			guard(async () => {
				if (typeof organisation !== 'string') throw new TypeError('organisation must be a string');
				const record = mustGet(id);
				scans.set(id, { ...record, profile: { ...record.profile, organisation }, updatedAt: now() });
			}),

		duplicateScan: (id, newId, when) =>
			guard(async () => {
				const record = mustGet(id);
				if (scans.has(newId)) throw idTaken(newId);
				const copy = toPlain(
					assembleScan(
						duplicateRecord(record, newId, when),
						answersOf(id).map((a) => ({ ...a, scanId: newId }))
					)
				);
				put(toPlain(copy));
				return copy;
			}),

		deleteScan: (id) =>
			guard(async () => {
				scans.delete(id);
				answers.delete(id);
				sessions.delete(id);
			}),

		deleteAll: () =>
			guard(async () => {
				scans.clear();
				answers.clear();
				sessions.clear();
			}),

		saveAnswer: (scanId, questionId, answer) =>
			guard(async () => {
				const plain = toPlain(answer);
				assertAnswer(plain, questionId);
				const record = mustGet(scanId);
				const map = answers.get(scanId) ?? new Map<string, AnswerRecord>();
				map.set(questionId, { scanId, questionId, value: plain.value, note: plain.note, updatedAt: plain.updatedAt });
				answers.set(scanId, map);
				scans.set(scanId, { ...record, updatedAt: later(record.updatedAt, plain.updatedAt) });
			}),

		saveSession: (scanId, location, machineVersion) =>
			guard(async () => {
				if (!scans.has(scanId)) return;
				sessions.set(scanId, toPlain({ scanId, location, machineVersion, savedAt: now() }));
			}),

		getSession: (scanId) =>
			guard(async () => {
				const session = sessions.get(scanId);
				return session ? toPlain(session) : null;
			}),

		importScan: (scan) =>
			guard(async () => {
				const plain = plainScan(scan);
				for (const id of [plain.id, createId(), createId(), createId()]) {
					if (!scans.has(id)) {
						put({ ...plain, id });
						return id;
					}
				}
				throw idTaken(plain.id);
			})
	};
}
