import { describe, expect, test, vi } from 'vitest';
import { DataOverview, type DataOverviewDeps } from './data-overview.svelte.ts';

function deps(overrides: Partial<DataOverviewDeps> = {}): DataOverviewDeps {
	return {
		estimate: async () => ({ usage: 1_500_000, quota: 2_000_000_000 }),
		persisted: async () => false,
		requestPersistence: async () => true,
		countScans: async () => 3,
		countWorkshops: async () => 2,
		deleteAll: async () => {},
		...overrides
	};
}

describe('DataOverview', () => {
	test('loads the figures', async () => {
		const overview = new DataOverview(deps());
		expect(overview.loading).toBe(true);
		await overview.load();
		expect(overview.loading).toBe(false);
		expect(overview.figures).toEqual({ usage: 1_500_000, quota: 2_000_000_000 });
		expect(overview.persisted).toBe(false);
		expect(overview.scanCount).toBe(3);
		expect(overview.workshopCount).toBe(2);
	});

	test('a werksessie count that fails stays unknown; the scans are still counted', async () => {
		const overview = new DataOverview(
			deps({
				countWorkshops: async () => {
					throw new Error('storage');
				}
			})
		);
		await overview.load();
		expect(overview.workshopCount).toBeNull();
		expect(overview.scanCount).toBe(3);
	});

	test('a figure the browser cannot give stays unknown without hiding the others', async () => {
		const overview = new DataOverview(
			deps({
				estimate: async () => {
					throw new Error('no StorageManager');
				},
				persisted: async () => null
			})
		);
		await overview.load();
		expect(overview.figures).toEqual({ usage: null, quota: null });
		expect(overview.persisted).toBeNull();
		expect(overview.scanCount).toBe(3);
	});

	test('asking for persistent storage shows the answer', async () => {
		const granted = new DataOverview(deps());
		await granted.askPersistence();
		expect(granted.persisted).toBe(true);
		expect(granted.persistRefused).toBe(false);
		const refused = new DataOverview(deps({ requestPersistence: async () => false }));
		await refused.askPersistence();
		expect(refused.persisted).toBe(false);
		expect(refused.persistRefused).toBe(true);
	});

	test('deleting needs the confirmation step first', async () => {
		const deleteAll = vi.fn(async () => {});
		const overview = new DataOverview(deps({ deleteAll }));
		expect(await overview.confirmDelete()).toBe(false);
		expect(deleteAll).not.toHaveBeenCalled();
		overview.askDelete();
		expect(overview.deleteStatus).toBe('confirming');
		overview.cancelDelete();
		expect(overview.deleteStatus).toBe('idle');
		expect(await overview.confirmDelete()).toBe(false);
		overview.askDelete();
		expect(await overview.confirmDelete()).toBe(true);
		expect(deleteAll).toHaveBeenCalledTimes(1);
		expect(overview.deleteStatus).toBe('idle');
	});

	test('a failed delete shows the message and can be tried again', async () => {
		let fail = true;
		const overview = new DataOverview(
			deps({
				deleteAll: async () => {
					if (fail) throw new Error('Het verwijderen is niet gelukt.');
				}
			})
		);
		overview.askDelete();
		expect(await overview.confirmDelete()).toBe(false);
		expect(overview.deleteStatus).toBe('failed');
		expect(overview.deleteError).toBe('Het verwijderen is niet gelukt.');
		fail = false;
		expect(await overview.confirmDelete()).toBe(true);
	});
});
