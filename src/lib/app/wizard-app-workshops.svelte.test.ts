/**
 * The app's werksessies (workshops): `app.workshops` waits for storage, restoring a backup stores its
 * workshops, "Alles verwijderen" deletes them, Uw gegevens counts them, and a workshop backup can be
 * downloaded and read back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from 'xstate';
import { fixtureChecklist } from '../domain/test-fixtures.ts';
import { parseBackup } from '../files/read-backup.ts';
import { createMemoryScanRepository } from '../storage/memory-scan-repository.ts';
import { createMemoryWorkshopRepository } from '../storage/memory-workshop-repository.ts';
import { makeStoredWorkshop, WORKSHOP_ID } from '../storage/test-fixtures.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import { SCAN_ID, statePath, wizardScan } from '../wizard/test-support.ts';
import type { OpenedStorage } from './app-storage.ts';
import { WizardApp, type AppEnvironment } from './wizard-app.svelte.ts';

vi.mock('../files/save-file.ts', () => ({ saveBlob: vi.fn() }));

const CLOCK = new Date('2026-03-14T09:30:00.000Z');
const workshop = () => makeStoredWorkshop({ checklistId: fixtureChecklist.id, checklistVersion: fixtureChecklist.version });

function env(): AppEnvironment {
	let hash = '';
	return {
		location: {
			get hash() {
				return hash;
			},
			set hash(next: string) {
				hash = next;
			},
			get href() {
				return `https://kwartiermaker.test/${hash}`;
			},
			reload: vi.fn()
		},
		history: {
			pushState: (_data: unknown, _unused: string, next?: string | URL | null) => void (hash = String(next)),
			replaceState: (_data: unknown, _unused: string, next?: string | URL | null) => void (hash = String(next)),
			state: null
		},
		window: new EventTarget(),
		document: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState }),
		now: () => CLOCK
	};
}

const started: WizardApp[] = [];
function startApp(real: Promise<OpenedStorage>): WizardApp {
	const app = new WizardApp(fixtureChecklist, { real, demo: async () => createMemoryScanRepository() }, env());
	app.start();
	started.push(app);
	return app;
}

function opened(workshops: WorkshopRepository = createMemoryWorkshopRepository({ now: () => CLOCK.toISOString() })) {
	const repository = createMemoryScanRepository({ now: () => CLOCK.toISOString() });
	return { repository, workshops, problem: null };
}

async function readBlob(blob: Blob): Promise<string> {
	return new Promise((resolve) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.readAsText(blob);
	});
}

afterEach(() => {
	for (const app of started.splice(0)) app.stop();
	vi.restoreAllMocks();
	localStorage.clear();
});

describe('WizardApp werksessies', () => {
	it('app.workshops can be used before storage is open and ends up in the storage’s workshop repository', async () => {
		let open!: (storage: OpenedStorage) => void;
		const app = startApp(new Promise<OpenedStorage>((resolve) => (open = resolve)));
		const creating = app.workshops.createWorkshop(workshop());
		const storage = opened();
		open(storage);
		await creating;
		expect(await storage.workshops.getWorkshop(WORKSHOP_ID)).toEqual(workshop());
		expect(app.workshopsRevision).toBe(1);
		await app.workshops.updateWorkshop(WORKSHOP_ID, (w) => ({ ...w, display: { ...w.display, showNames: true } }));
		expect(app.workshopsRevision).toBe(2);
	});

	it('restoring a backup stores its workshops without overwriting one that is here, and says so', async () => {
		const storage = opened();
		const app = startApp(Promise.resolve(storage));
		await waitFor(app.actor, (snapshot) => statePath(snapshot.value) === 'home.ready');

		// A workshop backup without a settled scan: no scan notice, the workshop notice instead.
		app.send({ type: 'scans.import', scans: [], workshops: [workshop()] });
		await vi.waitFor(() => expect(app.homeNotice).toEqual({ key: 'workshopStorage.restored', params: [1, 0] }));
		await waitFor(app.actor, (snapshot) => statePath(snapshot.value) === 'home.ready');
		expect(app.snapshot.context.notice).toBeNull();
		expect(await storage.workshops.getWorkshop(WORKSHOP_ID)).toEqual(workshop());

		// The same backup again, now changed: the workshop here is kept as it is.
		const changed = { ...workshop(), participants: {} };
		app.send({ type: 'scans.import', scans: [], workshops: [changed] });
		await vi.waitFor(() => expect(app.homeNotice).toEqual({ key: 'workshopStorage.restored', params: [0, 1] }));
		expect(await storage.workshops.getWorkshop(WORKSHOP_ID)).toEqual(workshop());
	});

	it('a restored workshop points to the copy of its settled scan when that scan’s id was taken', async () => {
		const storage = opened();
		await storage.repository.createScan(wizardScan({}, { id: SCAN_ID }));
		const app = startApp(Promise.resolve(storage));
		await waitFor(app.actor, (snapshot) => statePath(snapshot.value) === 'home.ready');

		app.send({ type: 'scans.import', scans: [wizardScan({}, { id: SCAN_ID, organisation: 'Uit de sessie' })], workshops: [{ ...workshop(), resultScanId: SCAN_ID }] });
		await vi.waitFor(async () => expect(await storage.workshops.getWorkshop(WORKSHOP_ID)).not.toBeNull());
		const resultScanId = (await storage.workshops.getWorkshop(WORKSHOP_ID))!.resultScanId!;
		expect(resultScanId).not.toBe(SCAN_ID);
		expect((await storage.repository.getScan(resultScanId))?.profile.organisation).toBe('Uit de sessie (teruggezet)');
	});

	it('"Alles verwijderen" deletes the workshops too; Uw gegevens counts them', async () => {
		const storage = opened();
		await storage.workshops.createWorkshop(workshop());
		const app = startApp(Promise.resolve(storage));
		const deps = app.dataOverviewDeps();
		expect(await deps.countWorkshops()).toBe(1);
		await deps.deleteAll();
		expect(await storage.workshops.listWorkshops()).toEqual([]);
		expect(await deps.countWorkshops()).toBe(0);
	});

	it('downloads a workshop backup with its settled scan, which reads back', async () => {
		const { saveBlob } = await import('../files/save-file.ts');
		const storage = opened();
		const scan = wizardScan({}, { id: SCAN_ID });
		await storage.repository.createScan(scan);
		await storage.workshops.createWorkshop({ ...workshop(), resultScanId: SCAN_ID });
		const app = startApp(Promise.resolve(storage));

		const fileName = await app.downloadWorkshopBackup(WORKSHOP_ID);
		expect(fileName).toBe('kwartiermaken-werksessie-gemeente-zwolle-2026-03-14.json');
		const [blob, savedAs] = vi.mocked(saveBlob).mock.calls.at(-1)! as [Blob, string];
		expect(savedAs).toBe(fileName);
		const result = parseBackup(await readBlob(blob), fixtureChecklist);
		if (!result.ok) throw new Error(result.message.key);
		expect(result.workshops).toEqual([{ ...workshop(), resultScanId: SCAN_ID }]);
		expect(result.scans.map((s) => s.id)).toEqual([SCAN_ID]);

		await expect(app.downloadWorkshopBackup('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ ref: { key: 'workshop.notFound' } });
	});
});
