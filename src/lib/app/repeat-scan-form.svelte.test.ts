import { describe, expect, test, vi } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import { fixtureChecklist, makeScan } from '../domain/test-fixtures.ts';
import type { RepeatScanDeps } from './progress-deps.ts';
import { RepeatScanForm } from './repeat-scan-form.svelte.ts';

const EARLIER_ID = '11111111-1111-4111-8111-111111111111';
const NEW_ID = '22222222-2222-4222-8222-222222222222';
const NOW = '2026-11-30T09:00:00.000Z';

const earlier: Scan = { ...makeScan({ 'a-wegbereider': '3' }), id: EARLIER_ID };

function deps(overrides: Partial<RepeatScanDeps> = {}): RepeatScanDeps & { created: Scan[] } {
	const created: Scan[] = [];
	return {
		created,
		checklist: () => fixtureChecklist,
		now: () => NOW,
		newId: () => NEW_ID,
		createScan: async (scan) => {
			created.push(scan);
		},
		go: vi.fn(),
		...overrides
	};
}

describe('RepeatScanForm', () => {
	test('without a choice nothing is made and the form says what to do', async () => {
		const d = deps();
		const form = new RepeatScanForm(d, () => earlier);
		expect(await form.submit()).toBeNull();
		expect(form.error).toEqual({ key: 'progress.repeat.startRequired' });
		expect(form.attempt).toBe(1);
		expect(d.created).toEqual([]);
		expect(d.go).not.toHaveBeenCalled();
		form.choose('empty');
		expect(form.error).toBeNull();
	});

	test('with the earlier answers: stores a linked scan with the answers copied and opens its profile', async () => {
		const d = deps();
		const form = new RepeatScanForm(d, () => earlier);
		form.choose('copy');
		expect(await form.submit()).toBe(NEW_ID);
		expect(d.created).toHaveLength(1);
		expect(d.created[0]).toMatchObject({ id: NEW_ID, repeatOf: EARLIER_ID, createdAt: NOW, answers: { 'a-wegbereider': { value: '3' } } });
		expect(d.go).toHaveBeenCalledWith({ name: 'profile', scanId: NEW_ID });
		expect(form.busy).toBe(false);
	});

	test('empty: stores a linked scan without answers', async () => {
		const d = deps();
		const form = new RepeatScanForm(d, () => earlier);
		form.choose('empty');
		await form.submit();
		expect(d.created[0]?.answers).toEqual({});
		expect(d.created[0]?.repeatOf).toBe(EARLIER_ID);
	});

	test('when storing fails it says so, stays on the page and can try again', async () => {
		let fail = true;
		const d = deps({
			createScan: async () => {
				if (fail) throw new Error('vol');
			}
		});
		const form = new RepeatScanForm(d, () => earlier);
		form.choose('copy');
		expect(await form.submit()).toBeNull();
		expect(form.failure).toEqual({ key: 'progress.repeat.failed' });
		expect(d.go).not.toHaveBeenCalled();
		fail = false;
		expect(await form.submit()).toBe(NEW_ID);
		expect(form.failure).toBeNull();
	});

	test('the demo scan is not repeated', async () => {
		const d = deps();
		const form = new RepeatScanForm(d, () => ({ ...earlier, id: 'demo', demo: true }));
		form.choose('copy');
		expect(form.possible).toBe(false);
		expect(await form.submit()).toBeNull();
		expect(d.created).toEqual([]);
	});
});
