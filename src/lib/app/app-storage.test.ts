// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { DB_NAME, DEMO_DB_NAME } from '../storage/db.ts';
import { createMemoryScanRepository } from '../storage/memory-scan-repository.ts';
import { createMemoryWorkshopRepository } from '../storage/memory-workshop-repository.ts';
import type { OpenScanStorageOptions, ScanStorage } from '../storage/open-storage.ts';
import { StorageError } from '../storage/storage-errors.ts';
import { openAppStorage } from './app-storage.ts';

/** A stand-in for openScanStorage that records which databases were opened. */
function fakeOpen(result: (dbName: string) => Partial<ScanStorage> = () => ({})) {
	return vi.fn(async (dbName: string, _options: OpenScanStorageOptions): Promise<ScanStorage> => {
		const repository = createMemoryScanRepository();
		Object.defineProperty(repository, 'backend', { value: 'indexeddb' });
		const workshops = createMemoryWorkshopRepository();
		Object.defineProperty(workshops, 'backend', { value: 'indexeddb' });
		return { repository, workshops, persistent: false, error: null, ...result(dbName) };
	});
}

describe('openAppStorage', () => {
	it('opens the real database at once, with the time limit, and the demo database only when asked', async () => {
		const open = fakeOpen();
		const storage = openAppStorage({ open, timeoutMs: 4000 });
		expect(open).toHaveBeenCalledExactlyOnceWith(DB_NAME, { timeoutMs: 4000 });
		const real = await storage.real;
		expect(real.problem).toBeNull();
		expect(real.workshops.backend).toBe('indexeddb');
		expect(open).toHaveBeenCalledTimes(1);

		const demo = await storage.demo();
		expect(open).toHaveBeenLastCalledWith(DEMO_DB_NAME, { timeoutMs: 4000 });
		// Opened once: the second use gets the same repository.
		expect(await storage.demo()).toBe(demo);
		expect(open).toHaveBeenCalledTimes(2);
	});

	it('passes on the message (a catalogue key) when storage fell back to memory, and keeps the demo in memory too', async () => {
		const open = fakeOpen(() => ({
			repository: createMemoryScanRepository(),
			error: new StorageError('unavailable')
		}));
		const storage = openAppStorage({ open });
		const real = await storage.real;
		expect(real.repository.backend).toBe('memory');
		expect(real.problem).toEqual({ key: 'storage.errors.unavailable' });
		expect((await storage.demo()).backend).toBe('memory');
		expect(open).toHaveBeenCalledTimes(1);
	});

	it('never rejects, even if opening throws', async () => {
		const storage = openAppStorage({ open: () => Promise.reject(new DOMException('nee', 'SecurityError')) });
		const real = await storage.real;
		expect(real.repository.backend).toBe('memory');
		expect(real.workshops.backend).toBe('memory');
		expect(real.problem).toEqual({ key: 'storage.errors.unavailable' });
	});
});
