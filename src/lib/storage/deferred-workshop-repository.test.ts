// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { deferredWorkshopRepository } from './deferred-workshop-repository.ts';
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
