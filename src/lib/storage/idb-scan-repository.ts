/**
 * The IndexedDB scan repository: the real storage, one database per name (`kwartiermaker`, and
 * `kwartiermaker-demo` for the demo). Behaves exactly like the memory one (see scan-repository.ts).
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { applyPlanChanges } from '../domain/plan-merge.ts';
import type { Answer, Scan } from '../domain/scan.ts';
import {
	subscribeDbEvents,
	withDb,
	type AnswerRecord,
	type DbLifecycleHandlers,
	type KwartiermakerDB,
	type KwartiermakerDatabase,
	type SessionRecord
} from './db.ts';
import { pageIsHidden } from './page-lifecycle.ts';
import { createAnswerJournal, type AnswerJournal, type JournalEntry } from './answer-journal.ts';
import { replayAnswerJournal } from './journal-replay.ts';
import {
	answerOf,
	assemblePlan,
	assembleScan,
	assertAnswer,
	assertPlanChanges,
	checkedScan,
	defaultCreateId,
	defaultNow,
	duplicateRecord,
	guard,
	idTaken,
	isListable,
	later,
	newestAnswer,
	notFound,
	pickMeta,
	plainScan,
	splitScan,
	summarize,
	byUpdatedAtDesc,
	type RepositoryOptions,
	type ScanRepository
} from './scan-repository.ts';
import { StorageError, abortReason, transactionErrorOf } from './storage-errors.ts';
import { toPlain } from './to-plain.ts';

export interface IdbRepositoryOptions extends RepositoryOptions, DbLifecycleHandlers {
	/** IndexedDB factory; defaults to the global `indexedDB`. Tests pass a fresh fake one per test. */
	indexedDB?: IDBFactory;
	/**
	 * Read every saved answer back and compare it with what was written, to catch storage that silently
	 * stores something else. Default true; the cost is one small read transaction per save.
	 */
	verifyWrites?: boolean;
	/**
	 * The write-ahead journal of answers; defaults to the one in the browser's localStorage. Replayed into
	 * this database before the repository's first call, and kept up to date by journalAnswer/saveAnswer.
	 */
	journal?: AnswerJournal;
}

export type Store = StoreNames<KwartiermakerDB>;
export type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<KwartiermakerDB, Store[], Mode>;

function noop(): void {}

/**
 * One transaction around `body`: resolves after the transaction committed, and aborts it when `body`
 * throws, so a failed save never leaves half a record. Only IDB requests may be awaited inside.
 */
export async function runTx<T, Mode extends IDBTransactionMode>(
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
		throw abortReason(error, transactionErrorOf(tx));
	}
}

/**
 * Write one answer at once, without reading anything first: used while the page is hidden or on its way
 * out (then there may be no later task in which a read could return).
 *
 * Browsers drop every transaction that has not committed when the page is reloaded or closed. A save that
 * first reads and writes after the read returned needs a later task, which a closing page may never give
 * it. So the answer is put and committed at once, in the task that calls this.
 *
 * A second transaction, started right after it (IndexedDB runs it after the first, as both use the
 * answers store), bumps the scan's updatedAt, and takes the answer out again if the scan no longer exists,
 * so an autosave racing a delete never brings answers back.
 *
 * This path cannot compare with the stored answer first, so "the newest answer wins" does not apply here.
 * It only writes what this tab had pending when it was hidden: the user's last change, made in this tab
 * just before, so storage holds nothing newer from another tab at that moment.
 *
 * @returns false when the scan does not exist (the answer was removed again)
 */
async function writeAnswer(db: KwartiermakerDatabase, record: AnswerRecord): Promise<boolean> {
	const write = runTx(db, ['answers'], 'readwrite', 'relaxed', async (tx) => {
		const put = tx.objectStore('answers').put(record);
		tx.commit();
		await put;
	});
	const follow = runTx(db, ['scans', 'answers'], 'readwrite', 'relaxed', async (tx) => {
		const scans = tx.objectStore('scans');
		const answers = tx.objectStore('answers');
		const key: [string, string] = [record.scanId, record.questionId];
		const [scan, stored] = await Promise.all([scans.get(record.scanId), answers.get(key)]);
		if (!scan) {
			await answers.delete(key);
			return false;
		}
		// Only when this answer really landed (the first transaction may have failed).
		if (stored?.updatedAt === record.updatedAt) {
			await scans.put({ ...scan, updatedAt: later(scan.updatedAt, record.updatedAt) });
		}
		return true;
	});
	const [, found] = await Promise.all([write, follow]);
	return found;
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

	const journal = options.journal ?? createAnswerJournal();

	/**
	 * Answers that were given just before the page last went away are written first, so no read sees the
	 * state before them. Once per repository; when the replay fails, its entries stay for the next start.
	 */
	let replayed: Promise<void> | null = null;
	const replayJournal = (): Promise<void> =>
		(replayed ??= withDb(dbName, dbOptions, (db) => replayAnswerJournal(db, dbName, journal)).then(noop, noop));

	const run = async <T>(work: (db: KwartiermakerDatabase) => Promise<T>): Promise<T> => {
		await replayJournal();
		return withDb(dbName, dbOptions, work);
	};

	async function writeScan(tx: Tx<'readwrite'>, scan: Scan): Promise<void> {
		const { record, answers, planActions } = splitScan(scan);
		const answerStore = tx.objectStore('answers');
		const actionStore = tx.objectStore('planActions');
		const scanStore = tx.objectStore('scans');
		await all([
			...answers.map((a) => () => answerStore.put(a)),
			...planActions.map((a) => () => actionStore.put(a)),
			() => scanStore.put(record)
		]);
	}

	async function readBack(scanId: string, questionId: string, expected: Answer): Promise<void> {
		const stored = await run((db) => db.get('answers', [scanId, questionId]));
		// A newer answer from another tab, committed in the meantime, is not a failed write.
		if (stored && stored.updatedAt > expected.updatedAt) return;
		if (
			!stored ||
			stored.value !== expected.value ||
			stored.note !== expected.note ||
			stored.updatedAt !== expected.updatedAt
		) {
			throw new StorageError('unknown', {
				ref: { key: 'storage.errors.readBack' },
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
				runTx(db, ['scans', 'answers', 'planActions'], 'readonly', 'default', async (tx) => {
					const [record, answers, planActions] = await Promise.all([
						tx.objectStore('scans').get(id),
						tx.objectStore('answers').index('by-scan').getAll(id),
						tx.objectStore('planActions').index('by-scan').getAll(id)
					]);
					return record ? checkedScan(assembleScan(record, answers, planActions)) : null;
				})
			),

		getAnswer: (scanId, questionId) =>
			run(async (db) => {
				const record = await db.get('answers', [scanId, questionId]);
				return record ? answerOf(record) : null;
			}),

		getPlan: (scanId) =>
			run((db) =>
				runTx(db, ['scans', 'planActions'], 'readonly', 'default', async (tx) => {
					const [record, planActions] = await Promise.all([
						tx.objectStore('scans').get(scanId),
						tx.objectStore('planActions').index('by-scan').getAll(scanId)
					]);
					return record ? assemblePlan(record, planActions) : null;
				})
			),

		savePlanChanges: (scanId, changes) =>
			guard(async () => {
				const plain = toPlain(changes);
				assertPlanChanges(plain);
				return run((db) =>
					runTx(db, ['scans', 'planActions'], 'readwrite', 'relaxed', async (tx) => {
						const scans = tx.objectStore('scans');
						const actionStore = tx.objectStore('planActions');
						// Read and write in one transaction: nothing another tab writes can land in between.
						const [record, stored] = await Promise.all([scans.get(scanId), actionStore.index('by-scan').getAll(scanId)]);
						if (!record) throw notFound(scanId);
						const applied = applyPlanChanges(stored, record.plan, plain);
						const nextRecord = { ...record, plan: applied.meta, updatedAt: later(record.updatedAt, applied.meta.updatedAt) };
						await all([
							...applied.records.map((action) => () => actionStore.put({ ...action, scanId })),
							() => scans.put(nextRecord)
						]);
						return applied.plan;
					})
				);
			}),

		createScan: (scan) =>
			guard(async () => {
				const plain = plainScan(scan);
				await run((db) =>
					runTx(db, ['scans', 'answers', 'planActions'], 'readwrite', 'strict', async (tx) => {
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
					runTx(db, ['scans', 'answers', 'planActions'], 'readwrite', 'strict', async (tx) => {
						const scans = tx.objectStore('scans');
						const answerStore = tx.objectStore('answers');
						const [record, answers, planActions, taken] = await Promise.all([
							scans.get(id),
							answerStore.index('by-scan').getAll(id),
							tx.objectStore('planActions').index('by-scan').getAll(id),
							scans.count(newId)
						]);
						if (!record) throw notFound(id);
						if (taken > 0) throw idTaken(newId);
						const copy = assembleScan(
							duplicateRecord(record, newId, when),
							answers.map((a) => ({ ...a, scanId: newId })),
							planActions
						);
						await writeScan(tx, copy);
						return copy;
					})
				)
			),

		deleteScan: (id) =>
			run((db) =>
				runTx(db, ['scans', 'answers', 'planActions', 'session'], 'readwrite', 'strict', async (tx) => {
					const answerStore = tx.objectStore('answers');
					const actionStore = tx.objectStore('planActions');
					const [keys, actionKeys] = await Promise.all([
						answerStore.index('by-scan').getAllKeys(id),
						actionStore.index('by-scan').getAllKeys(id)
					]);
					await all([
						...keys.map((key) => () => answerStore.delete(key)),
						...actionKeys.map((key) => () => actionStore.delete(key)),
						() => tx.objectStore('scans').delete(id),
						() => tx.objectStore('session').delete(id)
					]);
				})
			).then(() => journal.forgetScan(dbName, id)),

		deleteAll: () =>
			run((db) =>
				runTx(db, ['scans', 'answers', 'planActions', 'session'], 'readwrite', 'strict', async (tx) => {
					await all([
						() => tx.objectStore('scans').clear(),
						() => tx.objectStore('answers').clear(),
						() => tx.objectStore('planActions').clear(),
						() => tx.objectStore('session').clear()
					]);
				})
			).then(() => journal.forgetDatabase(dbName)),

		journalAnswer: (scanId, questionId, answer) => {
			journal.record({ db: dbName, scanId, questionId, value: answer.value, note: answer.note, updatedAt: answer.updatedAt });
		},

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
				const entry: JournalEntry = { db: dbName, ...record };
				const kept = await run(async (db): Promise<AnswerRecord | null> => {
					if (pageIsHidden()) return (await writeAnswer(db, record)) ? record : null;
					// The page is in view: read and write in one transaction, so the newest answer wins. Should a
					// reload cut this transaction off, the journal entry made at the click writes it at the next start.
					return runTx(db, ['scans', 'answers'], 'readwrite', 'relaxed', async (tx) => {
						const scans = tx.objectStore('scans');
						const answers = tx.objectStore('answers');
						const [scan, stored] = await Promise.all([scans.get(scanId), answers.get([scanId, questionId])]);
						if (!scan) return null;
						// Another tab may have saved a newer answer since this one was given: that one stays.
						const newest = newestAnswer(stored, record);
						if (newest === record) {
							await answers.put(record);
							await scans.put({ ...scan, updatedAt: later(scan.updatedAt, record.updatedAt) });
						}
						return newest;
					});
				});
				if (!kept) {
					// The scan was deleted: its answer must not come back from the journal either.
					journal.settle(entry);
					throw notFound(scanId);
				}
				if (verifyWrites) await readBack(scanId, questionId, kept);
				journal.settle(entry);
				return answerOf(kept);
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

		replaceScan: (scan) =>
			guard(async () => {
				const plain = plainScan(scan);
				await run((db) =>
					runTx(db, ['scans', 'answers', 'planActions'], 'readwrite', 'strict', async (tx) => {
						if ((await tx.objectStore('scans').count(plain.id)) === 0) throw notFound(plain.id);
						const answerStore = tx.objectStore('answers');
						const actionStore = tx.objectStore('planActions');
						const [answerKeys, actionKeys] = await Promise.all([
							answerStore.index('by-scan').getAllKeys(plain.id),
							actionStore.index('by-scan').getAllKeys(plain.id)
						]);
						// Removed first, then written: both in this one transaction, so it is all or nothing.
						await all([...answerKeys.map((key) => () => answerStore.delete(key)), ...actionKeys.map((key) => () => actionStore.delete(key))]);
						await writeScan(tx, plain);
					})
				);
			}),

		importScan: (scan) =>
			guard(async () => {
				const plain = plainScan(scan);
				// Candidate ids are made outside the transaction: only IDB work may happen inside it.
				const candidates = [plain.id, createId(), createId(), createId()];
				return run((db) =>
					runTx(db, ['scans', 'answers', 'planActions'], 'readwrite', 'strict', async (tx) => {
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
