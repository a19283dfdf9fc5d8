import { flushSync } from 'svelte';
import { describe, expect, test } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import { fixtureChecklist, makeScan } from '../domain/test-fixtures.ts';
import type { ScanSummary } from '../storage/scan-repository.ts';
import type { ProgressViewDeps } from './progress-deps.ts';
import { ProgressView } from './progress-view.svelte.ts';

const EARLIER_ID = '11111111-1111-4111-8111-111111111111';
const CURRENT_ID = '22222222-2222-4222-8222-222222222222';
const OTHER_ID = '33333333-3333-4333-8333-333333333333';
const OLDER_ID = '44444444-4444-4444-8444-444444444444';

function scan(id: string, answers: Record<string, string>, organisation = 'Gemeente Test', extra: Partial<Scan> = {}): Scan {
	const base = makeScan(answers);
	return { ...base, id, profile: { ...base.profile, organisation }, ...extra };
}

const earlier = scan(EARLIER_ID, { 'a-wegbereider': '1', 'a-plan': '1' });
const older = scan(OLDER_ID, { 'a-wegbereider': '0' });
const other = scan(OTHER_ID, { 'a-wegbereider': '4' }, 'Gemeente Elders');
const current = scan(CURRENT_ID, { 'a-wegbereider': '3', 'a-plan': '1' }, 'Gemeente Test', { repeatOf: EARLIER_ID });

function summary(s: Scan): ScanSummary {
	return {
		id: s.id,
		organisation: s.profile.organisation,
		mode: s.mode,
		createdAt: s.createdAt,
		updatedAt: s.updatedAt,
		answeredCount: Object.keys(s.answers).length,
		demo: s.demo,
		profile: s.profile
	};
}

function deps(scans: Scan[], overrides: Partial<ProgressViewDeps> = {}): ProgressViewDeps {
	return {
		checklist: () => fixtureChecklist,
		listScans: async () => scans.map(summary),
		loadScan: async (id) => scans.find((s) => s.id === id) ?? null,
		...overrides
	};
}

describe('ProgressView', () => {
	test('chooses and compares the scan this one repeats at once; other scans are offered, the same organisation first', async () => {
		const view = new ProgressView(deps([other, current, earlier, older, { ...earlier, id: 'demo', demo: true }]), () => current);
		await view.ready;
		flushSync();
		expect(view.loading).toBe(false);
		expect(view.choices.map((choice) => [choice.id, choice.sameOrganisation])).toEqual([
			[EARLIER_ID, true],
			[OLDER_ID, true],
			[OTHER_ID, false]
		]);
		expect(view.selected).toBe(EARLIER_ID);
		expect(view.comparison?.changedAnswers.map((change) => change.questionId)).toEqual(['a-wegbereider']);
		expect(view.comparison?.linked).toBe(true);
		expect(view.problem).toBeNull();
	});

	test('another scan the user picks is compared instead; another organisation is marked as such', async () => {
		const view = new ProgressView(deps([current, earlier, other]), () => current);
		await view.ready;
		view.choose(OTHER_ID);
		await view.compare();
		flushSync();
		expect(view.comparison?.earlier.id).toBe(OTHER_ID);
		expect(view.comparison?.sameOrganisation).toBe(false);
	});

	test('the comparison follows the current scan as it changes', async () => {
		const shown = $state({ scan: current });
		const view = new ProgressView(deps([current, earlier]), () => shown.scan);
		await view.ready;
		expect(view.comparison?.changedAnswers.map((change) => change.questionId)).toEqual(['a-wegbereider']);
		shown.scan = { ...current, answers: { ...current.answers, 'a-plan': { value: '4', note: '', updatedAt: '2026-01-01T00:00:00.000Z' } } };
		flushSync();
		expect(view.comparison?.changedAnswers.map((change) => change.questionId)).toEqual(['a-wegbereider', 'a-plan']);
	});

	test('without a linked scan nothing is chosen; "Vergelijken" without a choice says what to do', async () => {
		const plain = { ...current, repeatOf: undefined };
		const view = new ProgressView(deps([plain, earlier]), () => plain);
		await view.ready;
		expect(view.selected).toBe('');
		expect(view.comparison).toBeNull();
		await view.compare();
		expect(view.error).toEqual({ key: 'progress.chooseRequired' });
		expect(view.attempt).toBe(1);
	});

	test('a linked scan that is no longer on the device is named as missing', async () => {
		const view = new ProgressView(deps([current, other]), () => current);
		await view.ready;
		expect(view.problem).toEqual({ key: 'progress.earlierMissing' });
		expect(view.selected).toBe('');
		expect(view.comparison).toBeNull();
	});

	test('a scan that cannot be compared gives the reason, never a wrong comparison', async () => {
		const foreign = { ...other, checklistId: 'iets-anders' };
		const view = new ProgressView(deps([current, foreign]), () => current);
		await view.ready;
		view.choose(OTHER_ID);
		await view.compare();
		expect(view.comparison).toBeNull();
		expect(view.refusal).toEqual({ key: 'progress.refused.other-checklist' });
	});

	test('failures to list or load are said, never thrown', async () => {
		const broken = new ProgressView(
			deps([], {
				listScans: async () => {
					throw new Error('kapot');
				}
			}),
			() => current
		);
		await broken.ready;
		expect(broken.problem).toEqual({ key: 'progress.loadFailed' });
		expect(broken.choices).toEqual([]);

		const unloadable = new ProgressView(
			deps([current, earlier], {
				loadScan: async () => {
					throw new Error('kapot');
				}
			}),
			() => current
		);
		await unloadable.ready;
		expect(unloadable.problem).toEqual({ key: 'progress.loadFailed' });
		expect(unloadable.comparison).toBeNull();
	});
});
