import { describe, expect, test, vi } from 'vitest';
import { createMemoryWorkshopRepository } from '../storage/memory-workshop-repository.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import type { Invite, StoredParticipant, Workshop } from '../workshop/workshop-schema.ts';
import { fixtureChecklist, makeWorkshop, participantUuid, WORKSHOP_ID } from '../workshop/test-fixtures.ts';
import { handedInByRole, WorkshopOverview, type WorkshopOverviewDeps } from './workshop-overview.svelte.ts';

function participant(n: number, role: StoredParticipant['role']): StoredParticipant {
	return {
		participantId: participantUuid(n),
		role,
		name: '',
		answers: {},
		handedInAt: '2025-03-01T10:00:00.000Z',
		receivedAt: '2025-03-01T10:01:00.000Z',
		via: 'file',
		fromVersion: fixtureChecklist.version
	};
}

function withParticipants(workshop: Workshop, roles: StoredParticipant['role'][]): Workshop {
	return { ...workshop, participants: Object.fromEntries(roles.map((role, n) => [participantUuid(n), participant(n, role)])) };
}

async function overview(workshops: Pick<WorkshopRepository, 'getWorkshop' | 'deleteWorkshop'>, id = WORKSHOP_ID) {
	const d = {
		checklist: () => fixtureChecklist,
		joinLink: vi.fn(async (text: string) => `https://kwartiermaker.test/#/doe-mee/1.${(JSON.parse(text) as Invite).workshopId}`),
		go: vi.fn(),
		copy: vi.fn(async () => {}),
		downloadWorkshopBackup: vi.fn(async (workshopId: string) => `kwartiermaken-werksessie-${workshopId}.json`),
		workshops
	} satisfies WorkshopOverviewDeps;
	const page = new WorkshopOverview(id, d);
	await page.ready;
	return { page, d };
}

describe('handedInByRole', () => {
	test('counts per role of the session, in ROLE_IDS order with zeros, plus any other role that handed in', () => {
		const workshop = withParticipants(makeWorkshop({ settings: { roles: ['ervaringswerker', 'beleid'] } }), [
			'beleid',
			'ervaringswerker',
			'beleid',
			'bestuur'
		]);
		expect(handedInByRole(workshop)).toEqual([
			{ role: 'beleid', count: 2 },
			{ role: 'ervaringswerker', count: 1 },
			{ role: 'bestuur', count: 1 }
		]);
		expect(handedInByRole(makeWorkshop())).toEqual([
			{ role: 'beleid', count: 0 },
			{ role: 'management', count: 0 },
			{ role: 'ervaringswerker', count: 0 }
		]);
	});
});

describe('WorkshopOverview', () => {
	test('loads the workshop, makes its join link from the invitation and counts who handed in', async () => {
		const workshops = createMemoryWorkshopRepository();
		await workshops.createWorkshop(withParticipants(makeWorkshop(), ['beleid', 'management']));
		const { page, d } = await overview(workshops);
		expect(page.status).toBe('ready');
		expect(page.workshop?.settings.organisation).toBe('Gemeente Test');
		expect(JSON.parse(d.joinLink.mock.calls[0]![0])).toMatchObject({ type: 'kwartiermaker-werksessie', workshopId: WORKSHOP_ID });
		expect(page.link).toBe(`https://kwartiermaker.test/#/doe-mee/1.${WORKSHOP_ID}`);
		expect(page.handedIn.total).toBe(2);
		expect(page.handedIn.byRole.map((row) => row.count)).toEqual([1, 1, 0]);
		// Full scan of the fixture in phase 'structureel': 12 questions.
		expect(page.questionCount).toBe(12);
	});

	test('an unknown workshop is "missing"', async () => {
		const { page, d } = await overview(createMemoryWorkshopRepository());
		expect(page.status).toBe('missing');
		expect(page.workshop).toBeNull();
		expect(d.joinLink).not.toHaveBeenCalled();
	});

	test('when the link cannot be made, the rest of the page still works', async () => {
		const workshops = createMemoryWorkshopRepository();
		await workshops.createWorkshop(makeWorkshop());
		const d = {
			checklist: () => fixtureChecklist,
			joinLink: async () => {
				throw new Error('no compression');
			},
			go: vi.fn(),
			copy: vi.fn(async () => {}),
			downloadWorkshopBackup: vi.fn(async () => ''),
			workshops
		};
		const page = new WorkshopOverview(WORKSHOP_ID, d);
		await page.ready;
		expect(page.status).toBe('ready');
		expect(page.link).toBeNull();
		expect(page.linkFailed).toBe(true);
		await page.copyLink();
		expect(d.copy).not.toHaveBeenCalled();
	});

	test('"Kopieer link" copies the join link and says so; a refused clipboard says that', async () => {
		const workshops = createMemoryWorkshopRepository();
		await workshops.createWorkshop(makeWorkshop());
		const { page, d } = await overview(workshops);
		await page.copyLink();
		expect(d.copy).toHaveBeenCalledWith(page.link);
		expect(page.notice).toEqual({ key: 'workshopSetup.overview.copied' });
		d.copy.mockRejectedValueOnce(new Error('denied'));
		await page.copyLink();
		expect(page.notice).toEqual({ key: 'workshopSetup.overview.copyFailed' });
	});

	test('"Download back-up" downloads this workshop and names the file; a failure says so', async () => {
		const workshops = createMemoryWorkshopRepository();
		await workshops.createWorkshop(makeWorkshop());
		const { page, d } = await overview(workshops);
		await page.downloadBackup();
		expect(d.downloadWorkshopBackup).toHaveBeenCalledWith(WORKSHOP_ID);
		expect(page.backupNotice).toEqual({ key: 'workshopSetup.overview.backupDone', params: [`kwartiermaken-werksessie-${WORKSHOP_ID}.json`] });
		d.downloadWorkshopBackup.mockRejectedValueOnce(new Error(''));
		await page.downloadBackup();
		expect(page.backupNotice).toEqual({ key: 'workshopSetup.overview.backupFailed' });
	});

	test('deleting needs the confirmation; it then removes the workshop with its answers and goes home', async () => {
		const workshops = createMemoryWorkshopRepository();
		await workshops.createWorkshop(withParticipants(makeWorkshop({ resultScanId: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee' }), ['beleid']));
		const { page, d } = await overview(workshops);
		expect(await page.confirmDelete()).toBe(false);
		expect(await workshops.getWorkshop(WORKSHOP_ID)).not.toBeNull();
		page.askDelete();
		page.cancelDelete();
		expect(await page.confirmDelete()).toBe(false);
		page.askDelete();
		expect(await page.confirmDelete()).toBe(true);
		expect(await workshops.getWorkshop(WORKSHOP_ID)).toBeNull();
		expect(d.go).toHaveBeenCalledWith({ name: 'home' });
	});

	test('a failed delete says so and keeps the workshop on screen', async () => {
		const workshops = createMemoryWorkshopRepository();
		await workshops.createWorkshop(makeWorkshop());
		const failing = {
			getWorkshop: workshops.getWorkshop,
			deleteWorkshop: async () => {
				throw new Error('');
			}
		};
		const { page, d } = await overview(failing);
		page.askDelete();
		expect(await page.confirmDelete()).toBe(false);
		expect(page.problem).toEqual({ key: 'workshopSetup.overview.deleteFailed' });
		expect(page.status).toBe('ready');
		expect(d.go).not.toHaveBeenCalled();
	});
});
