// @vitest-environment node
/**
 * The WorkshopRepository contract, run against both implementations: what the app sees must not depend
 * on whether IndexedDB is there (the memory one is the fallback in a private window).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME, closeDb } from './db.ts';
import { createIdbWorkshopRepository } from './idb-workshop-repository.ts';
import { createMemoryWorkshopRepository } from './memory-workshop-repository.ts';
import { StorageError } from './storage-errors.ts';
import { WORKSHOP_ID, makeStoredWorkshop } from './test-fixtures.ts';
import type { WorkshopRepository, WorkshopRepositoryOptions } from './workshop-repository.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';

const NOW = '2026-03-13T08:00:00.000Z';
const now = () => NOW;
const OTHER_ID = '7a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';

const factories: IDBFactory[] = [];
afterEach(async () => {
	for (const factory of factories.splice(0)) await closeDb(DB_NAME, { indexedDB: factory });
});

const implementations: Array<[string, (options?: WorkshopRepositoryOptions) => WorkshopRepository]> = [
	[
		'indexeddb',
		(options) => {
			const factory = new IDBFactory();
			factories.push(factory);
			return createIdbWorkshopRepository(DB_NAME, { ...options, indexedDB: factory });
		}
	],
	['memory', (options) => createMemoryWorkshopRepository(options)]
];

describe.each(implementations)('WorkshopRepository contract (%s)', (name, make) => {
	it('says which backend it is', () => {
		expect(make().backend).toBe(name);
	});

	it('creates a workshop and gets it back exactly; an unknown id gives null', async () => {
		const repo = make({ now });
		await repo.createWorkshop(makeStoredWorkshop());
		expect(await repo.getWorkshop(WORKSHOP_ID)).toEqual(makeStoredWorkshop());
		expect(await repo.getWorkshop(OTHER_ID)).toBeNull();
	});

	it('keeps markup in names and notes as literal text', async () => {
		const repo = make({ now });
		await repo.createWorkshop(makeStoredWorkshop());
		const stored = await repo.getWorkshop(WORKSHOP_ID);
		expect(Object.values(stored!.participants).map((p) => p.name)).toContain('Anna <b>de Vries</b>');
	});

	it('refuses a second workshop with the same id and keeps the first', async () => {
		const repo = make({ now });
		await repo.createWorkshop(makeStoredWorkshop());
		const error: unknown = await repo
			.createWorkshop(makeStoredWorkshop({ settings: { ...makeStoredWorkshop().settings, organisation: 'Anders' } }))
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).ref).toEqual({ key: 'storage.errors.idTaken' });
		expect((await repo.getWorkshop(WORKSHOP_ID))?.settings.organisation).toBe('Gemeente Zwolle');
	});

	it('refuses a workshop that fails the schema and stores nothing', async () => {
		const repo = make({ now });
		const bad = { ...makeStoredWorkshop(), settings: { ...makeStoredWorkshop().settings, roles: [] } };
		await expect(repo.createWorkshop(bad)).rejects.toBeInstanceOf(StorageError);
		const hostile = JSON.parse(`{"__proto__": {"polluted": true}}`) as object;
		await expect(repo.createWorkshop({ ...makeStoredWorkshop(), display: hostile } as unknown as Workshop)).rejects.toBeInstanceOf(StorageError);
		expect(await repo.listWorkshops()).toEqual([]);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	it('lists summaries, most recently changed first', async () => {
		const repo = make({ now });
		await repo.createWorkshop(makeStoredWorkshop());
		await repo.createWorkshop(
			makeStoredWorkshop({
				id: OTHER_ID,
				participants: {},
				resultScanId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
				settings: { ...makeStoredWorkshop().settings, organisation: 'Gemeente Deventer', date: '2026-04-01' },
				updatedAt: '2026-04-01T12:00:00.000Z'
			})
		);
		expect(await repo.listWorkshops()).toEqual([
			{
				id: OTHER_ID,
				organisation: 'Gemeente Deventer',
				date: '2026-04-01',
				participants: 0,
				settled: true,
				resultScanId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
				updatedAt: '2026-04-01T12:00:00.000Z'
			},
			{
				id: WORKSHOP_ID,
				organisation: 'Gemeente Zwolle',
				date: '2026-03-12',
				participants: 2,
				settled: false,
				resultScanId: null,
				updatedAt: '2026-03-12T10:30:00.000Z'
			}
		]);
	});

	it('updates with the change function: sets updatedAt, keeps the id, resolves with what is stored', async () => {
		const repo = make({ now });
		await repo.createWorkshop(makeStoredWorkshop());
		const result = await repo.updateWorkshop(WORKSHOP_ID, (workshop) => ({
			...workshop,
			// The id cannot be changed through an update.
			id: OTHER_ID,
			display: { ...workshop.display, showNames: true }
		}));
		const expected = { ...makeStoredWorkshop(), display: { ...makeStoredWorkshop().display, showNames: true }, updatedAt: NOW };
		expect(result).toEqual(expected);
		expect(await repo.getWorkshop(WORKSHOP_ID)).toEqual(expected);
		expect(await repo.getWorkshop(OTHER_ID)).toBeNull();
	});

	it('two quick updates started together are both kept (each reads what the other wrote)', async () => {
		const repo = make({ now });
		await repo.createWorkshop(makeStoredWorkshop());
		await Promise.all([
			repo.updateWorkshop(WORKSHOP_ID, (w) => ({ ...w, discussion: { ...w.discussion, q2: { note: 'Eerste', updatedAt: NOW } } })),
			repo.updateWorkshop(WORKSHOP_ID, (w) => ({ ...w, discussion: { ...w.discussion, q3: { note: 'Tweede', updatedAt: NOW } } }))
		]);
		const stored = await repo.getWorkshop(WORKSHOP_ID);
		expect(Object.keys(stored!.discussion).sort()).toEqual(['q1', 'q2', 'q3']);
	});

	it('writes nothing when the changed workshop fails the schema', async () => {
		const repo = make({ now });
		await repo.createWorkshop(makeStoredWorkshop());
		const error: unknown = await repo
			.updateWorkshop(WORKSHOP_ID, (w) => ({ ...w, display: { ...w.display, timerMinutes: -1 } }))
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect(await repo.getWorkshop(WORKSHOP_ID)).toEqual(makeStoredWorkshop());
	});

	it('writes nothing when the change function throws', async () => {
		const repo = make({ now });
		await repo.createWorkshop(makeStoredWorkshop());
		await expect(
			repo.updateWorkshop(WORKSHOP_ID, () => {
				throw new Error('boom');
			})
		).rejects.toBeInstanceOf(Error);
		expect(await repo.getWorkshop(WORKSHOP_ID)).toEqual(makeStoredWorkshop());
	});

	it('rejects an update of a workshop that does not exist, with the catalogue message', async () => {
		const repo = make({ now });
		const error: unknown = await repo.updateWorkshop(OTHER_ID, (w) => w).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).ref).toEqual({ key: 'workshop.notFound' });
		expect(await repo.getWorkshop(OTHER_ID)).toBeNull();
	});

	it('what a caller keeps cannot change what is stored', async () => {
		const repo = make({ now });
		const workshop = makeStoredWorkshop();
		await repo.createWorkshop(workshop);
		workshop.settings.organisation = 'Veranderd';
		const read = await repo.getWorkshop(WORKSHOP_ID);
		read!.display.showNames = true;
		expect(await repo.getWorkshop(WORKSHOP_ID)).toEqual(makeStoredWorkshop());
	});

	it('deletes one workshop with its participants’ answers, and all of them', async () => {
		const repo = make({ now });
		await repo.createWorkshop(makeStoredWorkshop());
		await repo.createWorkshop(makeStoredWorkshop({ id: OTHER_ID }));
		await repo.deleteWorkshop(WORKSHOP_ID);
		expect(await repo.getWorkshop(WORKSHOP_ID)).toBeNull();
		expect((await repo.listWorkshops()).map((w) => w.id)).toEqual([OTHER_ID]);
		// Deleting one that is not there is not an error.
		await repo.deleteWorkshop(WORKSHOP_ID);
		await repo.deleteAllWorkshops();
		expect(await repo.listWorkshops()).toEqual([]);
	});

	it('imports a workshop once: a second import with the same id is "exists" and overwrites nothing', async () => {
		const repo = make({ now });
		expect(await repo.importWorkshop(makeStoredWorkshop())).toBe('added');
		const changed = makeStoredWorkshop({ participants: {}, updatedAt: '2027-01-01T00:00:00.000Z' });
		expect(await repo.importWorkshop(changed)).toBe('exists');
		expect(await repo.getWorkshop(WORKSHOP_ID)).toEqual(makeStoredWorkshop());
	});

	it('refuses to import a workshop that fails the schema', async () => {
		const repo = make({ now });
		await expect(repo.importWorkshop({ ...makeStoredWorkshop(), schemaVersion: 2 } as unknown as Workshop)).rejects.toBeInstanceOf(StorageError);
		expect(await repo.listWorkshops()).toEqual([]);
	});
});
