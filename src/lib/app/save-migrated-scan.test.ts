import { describe, expect, test, vi } from 'vitest';
import { makeScan } from '../domain/test-fixtures.ts';
import { createMemoryScanRepository } from '../storage/scan-repository.ts';
import { saveMigratedScan } from './save-migrated-scan.ts';

describe('saveMigratedScan', () => {
	test('replaces the whole scan when the repository can', async () => {
		const replaceScan = vi.fn(() => Promise.resolve());
		const repository = { ...createMemoryScanRepository(), replaceScan };
		const scan = makeScan({ 'a-plan': '2' });
		await expect(saveMigratedScan(repository, scan)).resolves.toBe(true);
		expect(replaceScan).toHaveBeenCalledWith(scan);
	});

	test('writes nothing (and says so) when the repository cannot replace a scan whole', async () => {
		const repository = createMemoryScanRepository();
		const spies = [vi.spyOn(repository, 'saveAnswer'), vi.spyOn(repository, 'updateScanMeta'), vi.spyOn(repository, 'createScan')];
		await expect(saveMigratedScan(repository, makeScan({}))).resolves.toBe(false);
		for (const spy of spies) expect(spy).not.toHaveBeenCalled();
	});

	test('a failing write rejects, so the caller can keep the scan in memory', async () => {
		const repository = { ...createMemoryScanRepository(), replaceScan: () => Promise.reject(new Error('vol')) };
		await expect(saveMigratedScan(repository, makeScan({}))).rejects.toThrow('vol');
	});
});
