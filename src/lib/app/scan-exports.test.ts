import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlan } from '../domain/action-plan.ts';
import { scoreScan } from '../domain/scoring.ts';
import { fixtureChecklist, makeScan, uniformAnswers } from '../domain/test-fixtures.ts';
import { nlAll } from '../i18n/whole-catalogues.ts';
import { createMemoryScanRepository } from '../storage/memory-scan-repository.ts';
import { createMemoryWorkshopRepository } from '../storage/memory-workshop-repository.ts';
import type { Scan } from '../domain/scan.ts';
import { downloadScanWord, type ExportHost } from './scan-exports.ts';

const downloadWord = vi.fn(async (..._args: unknown[]) => 'plan.docx');
vi.mock('../report/download-word.ts', () => ({ downloadWord: (...args: unknown[]) => downloadWord(...args) }));

const NOW = new Date('2026-11-24T10:15:00Z');

async function hostWith(stored: Scan | null) {
	const repository = createMemoryScanRepository();
	if (stored) await repository.createScan(stored);
	const host: ExportHost = {
		checklist: fixtureChecklist,
		workshops: createMemoryWorkshopRepository(),
		now: () => NOW,
		href: () => 'http://localhost/',
		flush: async () => {},
		repositoryFor: async () => repository,
		recordBackup: () => {},
		words: () => ({ language: 'nl', messages: nlAll })
	};
	return host;
}

beforeEach(() => downloadWord.mockClear());

describe('downloadScanWord', () => {
	it('makes the Word document from what storage holds, with the app’s words and clock', async () => {
		const shown = makeScan(uniformAnswers('0'));
		const results = scoreScan(fixtureChecklist, shown);
		const stored = { ...shown, profile: { ...shown.profile, organisation: 'Opgeslagen naam' }, plan: createPlan(fixtureChecklist, shown, results, NOW.toISOString()) };
		stored.plan.actions[0]!.title = 'In een ander tabblad aangepast';
		const host = await hostWith(stored);
		expect(await downloadScanWord(host, shown)).toBe('plan.docx');
		const [checklist, scan, , words, workshop, now] = downloadWord.mock.calls[0]!;
		expect(checklist).toBe(fixtureChecklist);
		expect((scan as Scan).profile.organisation).toBe('Opgeslagen naam');
		expect((scan as Scan).plan?.actions[0]?.title).toBe('In een ander tabblad aangepast');
		expect(words).toEqual({ language: 'nl', messages: nlAll });
		expect(workshop).toBeNull();
		expect(now).toBe(NOW);
	});

	it('before the plan page was opened, the document carries the plan the answers propose', async () => {
		const shown = makeScan(uniformAnswers('0'));
		const host = await hostWith({ ...shown, plan: null });
		await downloadScanWord(host, shown);
		const scan = downloadWord.mock.calls[0]![1] as Scan;
		const proposed = createPlan(fixtureChecklist, shown, scoreScan(fixtureChecklist, shown), NOW.toISOString());
		expect(proposed.actions.length).toBeGreaterThan(0);
		expect(scan.plan?.actions.map((action) => action.title)).toEqual(proposed.actions.map((action) => action.title));
	});
});
