import { describe, expect, test } from 'vitest';
import type { WorkshopSummary } from '../storage/workshop-repository.ts';
import { WorkshopList } from './workshop-list.svelte.ts';

const SUMMARY: WorkshopSummary = {
	id: '11111111-1111-4111-8111-111111111111',
	organisation: 'Gemeente Samen',
	date: '2026-03-27',
	participants: 4,
	settled: false,
	resultScanId: null,
	updatedAt: '2026-03-27T10:00:00.000Z'
};

describe('WorkshopList', () => {
	test('is loading until the repository answers, then holds its workshops', async () => {
		const list = new WorkshopList(async () => [SUMMARY]);
		expect(list.loading).toBe(true);
		await list.ready;
		expect(list.loading).toBe(false);
		expect(list.items).toEqual([SUMMARY]);
		expect(list.failed).toBe(false);
	});

	test('a failing repository gives an empty list marked as failed, never a thrown error', async () => {
		const list = new WorkshopList(async () => {
			throw new Error('kapot');
		});
		await list.ready;
		expect(list.items).toEqual([]);
		expect(list.failed).toBe(true);
		expect(list.loading).toBe(false);
	});
});
