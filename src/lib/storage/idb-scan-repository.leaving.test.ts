// @vitest-environment node
/**
 * The IndexedDB repository when the page is hidden or being left (R1), and with broken records in the
 * scans store (R12). The browser behaviour behind the first is covered in tests/e2e/reliability.spec.ts.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, closeDb, getDb } from './db.ts';
import { createIdbScanRepository } from './idb-scan-repository.ts';
import { StorageError } from './storage-errors.ts';
import { makeAnswer, makeScan } from './test-fixtures.ts';

const NOW = '2025-03-01T12:00:00.000Z';
const factories: IDBFactory[] = [];

function repository() {
	const factory = new IDBFactory();
	factories.push(factory);
	return { factory, repository: createIdbScanRepository(DB_NAME, { indexedDB: factory, now: () => NOW }) };
}

afterEach(async () => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	for (const factory of factories.splice(0)) await closeDb(DB_NAME, { indexedDB: factory });
});

describe('saveAnswer while the page is hidden or being left', () => {
	it('writes the answer in a transaction of its own that is committed at once, then bumps updatedAt', async () => {
		const { repository: repo } = repository();
		await repo.createScan(makeScan());
		vi.stubGlobal('document', { visibilityState: 'hidden' });
		const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
		const commit = vi.spyOn(IDBTransaction.prototype, 'commit');

		await repo.saveAnswer('scan-1', 'q1', makeAnswer('nee', '2025-06-01T00:00:00.000Z', 'net getypt'));

		const first = transaction.mock.results[0]!.value as IDBTransaction;
		expect([...first.objectStoreNames]).toEqual(['answers']);
		expect(commit.mock.contexts[0]).toBe(first);
		const scan = await repo.getScan('scan-1');
		expect(scan?.answers.q1).toEqual(makeAnswer('nee', '2025-06-01T00:00:00.000Z', 'net getypt'));
		expect(scan?.updatedAt).toBe('2025-06-01T00:00:00.000Z');
	});

	it('rejects for a deleted scan and leaves no answer behind (R18)', async () => {
		const { factory, repository: repo } = repository();
		await repo.createScan(makeScan());
		await repo.deleteScan('scan-1');
		vi.stubGlobal('document', { visibilityState: 'hidden' });

		const error: unknown = await repo.saveAnswer('scan-1', 'q1', makeAnswer('ja')).catch((e: unknown) => e);

		expect(error).toBeInstanceOf(StorageError);
		expect(await repo.getScan('scan-1')).toBeNull();
		const db = await getDb(DB_NAME, { indexedDB: factory });
		expect(await db.getAll('answers')).toEqual([]);
	});
});

describe('listScans with broken records (R12)', () => {
	it('lists the valid scans and leaves the broken records in storage', async () => {
		const { factory, repository: repo } = repository();
		await repo.createScan(makeScan({ id: 'goed' }));
		const db = await getDb(DB_NAME, { indexedDB: factory });
		const broken = [
			{ id: 'leeg' },
			{ id: 'typen', profile: 'geen object', mode: 42, createdAt: null, updatedAt: { x: 1 } },
			{ id: 'naam', profile: { organisation: 7 }, mode: 'quick', createdAt: NOW, updatedAt: NOW }
		];
		// Written behind the repository's back, as a bug, an old version or another app might have.
		for (const record of broken) await db.put('scans', record as never);

		expect((await repo.listScans()).map((scan) => scan.id)).toEqual(['goed']);
		for (const record of broken) expect(await db.get('scans', record.id)).toEqual(record);
	});
});
