import * as v from 'valibot';
import { describe, expect, test, vi } from 'vitest';
import { ScanSchema } from '../domain/scan-schema.ts';
import { UNKNOWN, type Scan } from '../domain/scan.ts';
import { WORKSHOP_ID } from '../workshop/test-fixtures.ts';
import { WorkshopConsensus, type ConsensusActions } from './workshop-consensus.svelte.ts';
import { NOW, fakeLifecycle, groupDeps, manualTimers, workshopWithParticipants } from './workshop-group-test-support.ts';

const SCAN_ID = '33333333-3333-4333-8333-333333333333';

async function consensusPage() {
	const deps = await groupDeps(workshopWithParticipants());
	const clock = manualTimers();
	const lifecycle = fakeLifecycle();
	const opened: string[] = [];
	const stored: Scan[] = [];
	const actions: ConsensusActions = {
		newId: () => SCAN_ID,
		storeScanAndOpenResults: vi.fn(async (scan: Scan, settle: () => Promise<unknown>) => {
			stored.push(scan);
			await settle();
			opened.push(scan.id);
		}),
		timers: clock.timers
	};
	const consensus = new WorkshopConsensus(WORKSHOP_ID, { ...deps, lifecycle: lifecycle.targets }, actions);
	await consensus.ready;
	return { deps, clock, lifecycle, consensus, actions, opened, stored };
}

const storedConsensus = async (deps: Awaited<ReturnType<typeof groupDeps>>) => (await deps.workshops.getWorkshop(WORKSHOP_ID))?.consensus;

describe('WorkshopConsensus', () => {
	test('a chosen answer is stored at once', async () => {
		const { deps, consensus } = await consensusPage();
		expect(consensus.settledCount).toBe(0);
		await consensus.setValue('a-wegbereider', '2');
		expect((await storedConsensus(deps))?.['a-wegbereider']).toEqual({ value: '2', reasoning: '', dissent: '', updatedAt: NOW });
		expect(consensus.settledCount).toBe(1);
	});

	test('reasoning and dissent are stored after the pause in typing, or at once when the page is hidden', async () => {
		const { deps, clock, lifecycle, consensus } = await consensusPage();
		consensus.setReasoning('a-plan', 'Er is een plan');
		expect((await storedConsensus(deps))?.['a-plan']).toBeUndefined();
		expect(consensus.entryOf('a-plan').reasoning).toBe('Er is een plan');
		clock.fireTimeout();
		await consensus.flush();
		expect((await storedConsensus(deps))?.['a-plan']).toMatchObject({ value: null, reasoning: 'Er is een plan', dissent: '' });
		consensus.setDissent('a-plan', 'Management twijfelt');
		lifecycle.hide();
		await consensus.flush();
		expect((await storedConsensus(deps))?.['a-plan']).toMatchObject({ reasoning: 'Er is een plan', dissent: 'Management twijfelt' });
	});

	test('"Maak de scan" stores an ordinary scan from the consensus, links the workshop to it, then opens the results', async () => {
		const { deps, consensus, opened, stored } = await consensusPage();
		await consensus.setValue('a-wegbereider', UNKNOWN);
		await consensus.setValue('a-plan', '3');
		consensus.setReasoning('a-plan', 'Er is een plan');
		consensus.setDissent('a-plan', 'Management twijfelt');
		expect(await consensus.makeScan('Anders gezien')).toBe(true);
		expect(stored).toHaveLength(1);
		const scan = stored[0]!;
		expect(v.safeParse(ScanSchema, scan).success).toBe(true);
		expect(scan.id).toBe(SCAN_ID);
		expect(scan.workshop?.workshopId).toBe(WORKSHOP_ID);
		expect(scan.answers['a-plan']?.value).toBe('3');
		// Typing not yet saved went into the scan: the consensus was flushed first.
		expect(scan.answers['a-plan']?.note).toContain('Er is een plan');
		expect(scan.answers['a-plan']?.note).toContain('Anders gezien: Management twijfelt');
		expect(scan.answers['a-wegbereider']?.value).toBe(UNKNOWN);
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.resultScanId).toBe(SCAN_ID);
		expect(consensus.resultScanId).toBe(SCAN_ID);
		expect(opened).toEqual([SCAN_ID]);
	});

	test('when the scan cannot be stored, the workshop is not linked and the page says so', async () => {
		const { deps, consensus, actions } = await consensusPage();
		vi.mocked(actions.storeScanAndOpenResults).mockRejectedValueOnce(new Error('geen ruimte'));
		expect(await consensus.makeScan('Anders gezien')).toBe(false);
		expect(consensus.making).toBe('failed');
		expect(consensus.problem).toBe('geen ruimte');
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.resultScanId).toBeNull();
	});

	test('deleting the participants’ answers asks first, then deletes the workshop; the scan link stays', async () => {
		const { deps, consensus } = await consensusPage();
		await consensus.makeScan('Anders gezien');
		expect(await consensus.confirmDelete()).toBe(false);
		consensus.askDelete();
		consensus.cancelDelete();
		expect(consensus.deleting).toBe('idle');
		expect(await deps.workshops.getWorkshop(WORKSHOP_ID)).not.toBeNull();
		consensus.askDelete();
		expect(await consensus.confirmDelete()).toBe(true);
		expect(consensus.deleting).toBe('deleted');
		expect(await deps.workshops.getWorkshop(WORKSHOP_ID)).toBeNull();
		expect(consensus.resultScanId).toBe(SCAN_ID);
		// Typing after the delete writes nothing back.
		consensus.setReasoning('a-plan', 'te laat');
		await consensus.flush();
		expect(await deps.workshops.getWorkshop(WORKSHOP_ID)).toBeNull();
	});
});
