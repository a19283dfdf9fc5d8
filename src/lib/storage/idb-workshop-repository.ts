/**
 * Werksessies (workshops) in IndexedDB: the store `workshops` of the app's database, one whole record
 * per workshop (see workshop-repository.ts for the contract; the memory repository behaves the same).
 *
 * Every write is one transaction that commits before the promise resolves, and what goes in is checked
 * against `WorkshopSchema` first, so a failed check writes nothing. Reads go through `readWorkshop`: a
 * record that is damaged, or that a newer release wrote, is skipped and never written over here (a
 * newer release may still read it).
 */
import { withDb, type DbOptions, type KwartiermakerDatabase } from './db.ts';
import { runTx } from './idb-scan-repository.ts';
import { guard } from './scan-repository.ts';
import {
	byWorkshopUpdatedAtDesc,
	checkedWorkshop,
	readWorkshop,
	summarizeWorkshop,
	workshopIdTaken,
	workshopNotFound,
	type WorkshopRepository,
	type WorkshopRepositoryOptions
} from './workshop-repository.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';

export interface IdbWorkshopRepositoryOptions extends WorkshopRepositoryOptions {
	/** IndexedDB factory; defaults to the global `indexedDB`. Tests pass a fresh fake one per test. */
	indexedDB?: IDBFactory;
}

/**
 * The workshop repository on one database (the app uses `kwartiermaker`). It shares the connection
 * with the scan repository on the same database, so it is opened (and upgraded) only once.
 *
 * @param dbName database name
 * @param options injected factory and clock
 */
export function createIdbWorkshopRepository(dbName: string, options: IdbWorkshopRepositoryOptions = {}): WorkshopRepository {
	const dbOptions: DbOptions = options.indexedDB ? { indexedDB: options.indexedDB } : {};
	const now = options.now ?? (() => new Date().toISOString());
	const run = <T>(work: (db: KwartiermakerDatabase) => Promise<T>): Promise<T> => guard(() => withDb(dbName, dbOptions, work));

	/** Writes a checked workshop unless its id is taken; resolves with whether it was written. */
	const addIfNew = (workshop: Workshop): Promise<boolean> =>
		run((db) =>
			runTx(db, ['workshops'], 'readwrite', 'strict', async (tx) => {
				const store = tx.objectStore('workshops');
				if ((await store.count(workshop.id)) > 0) return false;
				await store.add(workshop);
				return true;
			})
		);

	return {
		backend: 'indexeddb',

		listWorkshops: () =>
			run(async (db) => {
				const records: unknown[] = await db.getAll('workshops');
				return records
					.map(readWorkshop)
					.filter((workshop): workshop is Workshop => workshop !== null)
					.map(summarizeWorkshop)
					.sort(byWorkshopUpdatedAtDesc);
			}),

		getWorkshop: (id) => run(async (db) => readWorkshop(await db.get('workshops', id))),

		createWorkshop: (workshop) =>
			guard(async () => {
				const checked = checkedWorkshop(workshop);
				if (!(await addIfNew(checked))) throw workshopIdTaken(checked.id);
			}),

		updateWorkshop: (id, change) =>
			run((db) =>
				runTx(db, ['workshops'], 'readwrite', 'strict', async (tx) => {
					const store = tx.objectStore('workshops');
					// Read, change and write in this one transaction: a change made in another tab (or by a
					// second quick click here) in the meantime is never overwritten, it is the one changed.
					const current = readWorkshop(await store.get(id));
					// Also for a damaged or newer record: it is left exactly as it is.
					if (!current) throw workshopNotFound(id);
					// `change` is synchronous, so the transaction stays open; when the result fails the
					// schema, checkedWorkshop throws, runTx aborts and nothing is written.
					const next = checkedWorkshop({ ...change(current), id, updatedAt: now() });
					await store.put(next);
					return next;
				})
			).then((stored) => readWorkshop(stored) ?? stored),

		deleteWorkshop: (id) =>
			run((db) =>
				runTx(db, ['workshops'], 'readwrite', 'strict', async (tx) => {
					await tx.objectStore('workshops').delete(id);
				})
			),

		deleteAllWorkshops: () =>
			run((db) =>
				runTx(db, ['workshops'], 'readwrite', 'strict', async (tx) => {
					await tx.objectStore('workshops').clear();
				})
			),

		importWorkshop: (workshop) =>
			guard(async () => {
				const checked = checkedWorkshop(workshop);
				return (await addIfNew(checked)) ? 'added' : 'exists';
			})
	};
}
