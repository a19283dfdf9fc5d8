// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { deferredWorkshopRepository, lazyWorkshopRepository } from './deferred-workshop-repository.ts';
import { createMemoryWorkshopRepository } from './memory-workshop-repository.ts';
import { WORKSHOP_ID, makeStoredWorkshop } from './test-fixtures.ts';
import type { WorkshopRepository } from './workshop-repository.ts';

describe('deferredWorkshopRepository', () => {
	it('waits for storage, then passes every call on to the repository it got', async () => {
		let open!: (repository: WorkshopRepository) => void;
		const ready = new Promise<WorkshopRepository>((resolve) => (open = resolve));
		const onChange = vi.fn();
		const deferred = deferredWorkshopRepository(ready, { onChange });

		let created = false;
		const creating = deferred.createWorkshop(makeStoredWorkshop()).then(() => (created = true));
		await Promise.resolve();
		expect(created).toBe(false);

		const real = createMemoryWorkshopRepository({ now: () => '2026-03-13T08:00:00.000Z' });
		open(real);
		await creating;
		expect(deferred.backend).toBe('memory');
		expect(await real.getWorkshop(WORKSHOP_ID)).toEqual(makeStoredWorkshop());
		expect(await deferred.getWorkshop(WORKSHOP_ID)).toEqual(makeStoredWorkshop());
		expect((await deferred.listWorkshops()).map((w) => w.id)).toEqual([WORKSHOP_ID]);
		expect(await deferred.importWorkshop(makeStoredWorkshop())).toBe('exists');
		expect((await deferred.updateWorkshop(WORKSHOP_ID, (w) => ({ ...w, resultScanId: 'x1' }))).resultScanId).toBe('x1');
		await deferred.deleteWorkshop(WORKSHOP_ID);
		await deferred.deleteAllWorkshops();
		expect(await real.listWorkshops()).toEqual([]);
		// create, import, update, delete, delete all: reads do not count.
		expect(onChange).toHaveBeenCalledTimes(5);
	});

	it('passes failures on and does not report them as changes', async () => {
		const onChange = vi.fn();
		const deferred = deferredWorkshopRepository(Promise.resolve(createMemoryWorkshopRepository()), { onChange });
		await expect(deferred.updateWorkshop(WORKSHOP_ID, (w) => w)).rejects.toThrow();
		expect(onChange).not.toHaveBeenCalled();
	});
});

describe('lazyWorkshopRepository', () => {
	it('loads the implementation once, on first use, and knows its backend before that', async () => {
		const real = createMemoryWorkshopRepository();
		const load = vi.fn(async () => real);
		const lazy = lazyWorkshopRepository('indexeddb', load);
		expect(lazy.backend).toBe('indexeddb');
		expect(load).not.toHaveBeenCalled();
		await Promise.all([lazy.createWorkshop(makeStoredWorkshop()), lazy.listWorkshops()]);
		expect(await lazy.getWorkshop(WORKSHOP_ID)).toEqual(makeStoredWorkshop());
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('tries the load again after it failed (a chunk that did not arrive)', async () => {
		const load = vi.fn<() => Promise<WorkshopRepository>>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
		load.mockResolvedValue(createMemoryWorkshopRepository());
		const lazy = lazyWorkshopRepository('memory', load);
		await expect(lazy.listWorkshops()).rejects.toThrow('Failed to fetch');
		expect(await lazy.listWorkshops()).toEqual([]);
		expect(load).toHaveBeenCalledTimes(2);
	});
});
