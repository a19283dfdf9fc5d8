/**
 * The composition root with stand-ins for the browser: a location whose hash fires `hashchange` like a
 * browser does, a history that records pushes, event targets for pagehide/visibilitychange, and a clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCrossTab } from '../storage/cross-tab.ts';
import { FakeEvents, Hub } from '../storage/fake-broadcast.ts';
import { waitFor } from 'xstate';
import { fixtureChecklist } from '../domain/test-fixtures.ts';
import { createMemoryScanRepository } from '../storage/memory-scan-repository.ts';
import { createMemoryWorkshopRepository } from '../storage/memory-workshop-repository.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import { STORAGE_TIMEOUT } from '../storage/storage-errors.ts';
import type { MessageRef } from '../i18n/message-ref.ts';
import { SCAN_ID, statePath, wizardScan } from '../wizard/test-support.ts';
import type { AppStorage, OpenedStorage } from './app-storage.ts';
import { WizardApp, type AppEnvironment } from './wizard-app.svelte.ts';
import { language } from '../i18n/language.svelte.ts';
import type { Checklist } from '../content/checklist-schema.ts';

/** The checklist "in English": the same ids with other texts, as the English checklist will have. */
const translated: Checklist = {
	...fixtureChecklist,
	themes: fixtureChecklist.themes.map((theme) => ({
		...theme,
		title: `EN ${theme.title}`,
		questions: theme.questions.map((question) => ({ ...question, text: `EN ${question.text}` }))
	}))
};
vi.mock('../content/load-checklist.ts', () => ({
	loadChecklist: async (lang: 'nl' | 'en') => (lang === 'en' ? translated : fixtureChecklist)
}));

vi.mock('../files/save-file.ts', () => ({ saveBlob: vi.fn() }));

const CLOCK = new Date('2025-04-01T09:30:00.000Z');
const QUESTION = fixtureChecklist.themes[0]!.questions[0]!.id;

/** A browser stand-in. Setting `location.hash` fires `hashchange` in a later task, as a browser does. */
function fakeBrowser(initialHash = '') {
	const window = new EventTarget();
	const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
	let hash = initialHash;
	const url = () => `https://kwartiermaker.test/${hash}`;
	const pushed: string[] = [];
	const location = {
		get hash() {
			return hash;
		},
		set hash(next: string) {
			const oldURL = url();
			hash = next.startsWith('#') ? next : `#${next}`;
			const newURL = url();
			setTimeout(() => window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL })), 0);
		},
		get href() {
			return url();
		},
		reload: vi.fn()
	};
	const history = {
		pushState: (_data: unknown, _unused: string, next?: string | URL | null) => {
			hash = String(next);
			pushed.push(hash);
		},
		replaceState: (_data: unknown, _unused: string, next?: string | URL | null) => {
			hash = String(next);
		},
		state: null
	};
	const env: AppEnvironment = { location, history, window, document, now: () => CLOCK };
	return { env, window, document, location, pushed };
}

/** Storage that is open at once, around the given repository. */
function openStorage(repository: ScanRepository, problem: MessageRef | string | null = null): AppStorage {
	const real = Promise.resolve<OpenedStorage>({ repository, workshops: createMemoryWorkshopRepository(), problem });
	return { real, demo: () => Promise.resolve(createMemoryScanRepository()) };
}

/** A memory repository holding one scan, with spies on the answer methods. */
async function repositoryWithScan() {
	const repository = createMemoryScanRepository({ now: () => CLOCK.toISOString() });
	await repository.createScan(wizardScan());
	const journalAnswer = vi.spyOn(repository, 'journalAnswer');
	const saveAnswer = vi.spyOn(repository, 'saveAnswer');
	return { repository, journalAnswer, saveAnswer };
}

async function until(app: WizardApp, path: string): Promise<void> {
	await waitFor(app.actor, (snapshot) => statePath(snapshot.value) === path, { timeout: 1000 });
}

const started: WizardApp[] = [];
function start(app: WizardApp): WizardApp {
	app.start();
	started.push(app);
	return app;
}

afterEach(() => {
	for (const app of started.splice(0)) app.stop();
	vi.restoreAllMocks();
	// The scan-count marker lives in jsdom's localStorage; each test starts without it.
	localStorage.clear();
});

describe('WizardApp and the URL', () => {
	it('pushes the hash of the step the machine is on, and stores it as the scan’s resume point', async () => {
		const { repository } = await repositoryWithScan();
		const browser = fakeBrowser('');
		const app = start(new WizardApp(fixtureChecklist, openStorage(repository), browser.env));
		await until(app, 'home.ready');
		// Home needs no push: '' and '#/' are the same page.
		expect(browser.pushed).toEqual([]);

		app.send({ type: 'nav.to', route: { name: 'tasks', scanId: SCAN_ID } });
		await until(app, 'scan.tasks');
		expect(browser.pushed).toEqual([`#/scan/${SCAN_ID}`]);
		expect(browser.location.hash).toBe(`#/scan/${SCAN_ID}`);
		await vi.waitFor(async () => expect((await repository.getSession(SCAN_ID))?.location).toBe(`#/scan/${SCAN_ID}`));
	});

	it('follows a hash change, and go() navigates through the hash', async () => {
		const { repository } = await repositoryWithScan();
		const browser = fakeBrowser('#/');
		const app = start(new WizardApp(fixtureChecklist, openStorage(repository), browser.env));
		await until(app, 'home.ready');

		browser.location.hash = '#/nieuw';
		await until(app, 'newScan.editing');

		app.go({ name: 'question', scanId: SCAN_ID, questionId: QUESTION, returnTo: null });
		expect(browser.location.hash).toBe(`#/scan/${SCAN_ID}/vraag/${QUESTION}`);
		await until(app, 'scan.question.editing');
		expect(app.snapshot.context.route).toMatchObject({ name: 'question', questionId: QUESTION });
		// The machine followed the hash; nothing extra was pushed.
		expect(browser.pushed).toEqual([]);
	});

	it('stops listening after stop()', async () => {
		const { repository } = await repositoryWithScan();
		const browser = fakeBrowser('#/');
		const app = new WizardApp(fixtureChecklist, openStorage(repository), browser.env);
		app.start();
		await until(app, 'home.ready');
		app.stop();
		const send = vi.spyOn(app.actor, 'send');
		browser.window.dispatchEvent(new HashChangeEvent('hashchange', { newURL: 'https://kwartiermaker.test/#/nieuw' }));
		expect(send).not.toHaveBeenCalled();
	});
});

describe('WizardApp answers', () => {
	async function onQuestion() {
		const spies = await repositoryWithScan();
		const browser = fakeBrowser(`#/scan/${SCAN_ID}/vraag/${QUESTION}`);
		const app = start(new WizardApp(fixtureChecklist, openStorage(spies.repository), browser.env));
		await until(app, 'scan.question.editing');
		return { ...spies, browser, app };
	}

	it('journals an answer synchronously, before any save starts, then saves it with the clock’s time', async () => {
		const { app, journalAnswer, saveAnswer, repository } = await onQuestion();
		const expected = { value: '2', note: '', updatedAt: CLOCK.toISOString() };

		app.send({ type: 'answer.change', questionId: QUESTION, value: '2', note: '' });
		// Still in the same task: the journal entry exists, the save has not run yet.
		expect(journalAnswer).toHaveBeenCalledExactlyOnceWith(SCAN_ID, QUESTION, expected);
		expect(saveAnswer).not.toHaveBeenCalled();

		await app.flush();
		expect(saveAnswer).toHaveBeenCalledExactlyOnceWith(SCAN_ID, QUESTION, expected);
		expect(journalAnswer.mock.invocationCallOrder[0]).toBeLessThan(saveAnswer.mock.invocationCallOrder[0]!);
		expect((await repository.getScan(SCAN_ID))?.answers[QUESTION]).toEqual(expected);
		expect(app.snapshot.context.saveState).toBe('saved');
	});

	it.each([
		['pagehide', (b: ReturnType<typeof fakeBrowser>) => b.window.dispatchEvent(new Event('pagehide'))],
		[
			'visibilitychange to hidden',
			(b: ReturnType<typeof fakeBrowser>) => {
				b.document.visibilityState = 'hidden';
				b.document.dispatchEvent(new Event('visibilitychange'));
			}
		]
	])('writes typed text at once on %s, without waiting for the typing pause', async (_name, leave) => {
		const { app, browser, saveAnswer } = await onQuestion();
		app.send({ type: 'answer.change', questionId: QUESTION, value: '1', note: '' });
		await app.flush();
		saveAnswer.mockClear();
		vi.useFakeTimers();
		try {
			// Typing is debounced: nothing is written while the user is still typing…
			app.send({ type: 'answer.change', questionId: QUESTION, value: '1', note: 'Net getypt' });
			expect(saveAnswer).not.toHaveBeenCalled();
			// …but leaving the page starts the write in this very task.
			leave(browser);
			await Promise.resolve();
			await Promise.resolve();
			expect(saveAnswer).toHaveBeenCalledExactlyOnceWith(SCAN_ID, QUESTION, expect.objectContaining({ note: 'Net getypt' }));
		} finally {
			vi.useRealTimers();
		}
	});

	it('discardPendingSaves() drops a save that has not started, so nothing is written afterwards', async () => {
		const { app, saveAnswer } = await onQuestion();
		app.send({ type: 'answer.change', questionId: QUESTION, value: '1', note: '' });
		await app.flush();
		saveAnswer.mockClear();
		app.send({ type: 'answer.change', questionId: QUESTION, value: '1', note: 'Wordt verwijderd' });
		app.discardPendingSaves();
		await app.flush();
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(saveAnswer).not.toHaveBeenCalled();
	});

	it('does not flush when the page becomes visible again', async () => {
		const { app, browser, saveAnswer } = await onQuestion();
		app.send({ type: 'answer.change', questionId: QUESTION, value: '1', note: '' });
		await app.flush();
		saveAnswer.mockClear();
		app.send({ type: 'answer.change', questionId: QUESTION, value: '1', note: 'Nog bezig' });
		browser.document.dispatchEvent(new Event('visibilitychange'));
		await Promise.resolve();
		expect(saveAnswer).not.toHaveBeenCalled();
		await app.flush();
	});
});

describe('WizardApp language', () => {
	afterEach(async () => {
		await language.set('nl');
		localStorage.clear();
	});

	it('switches texts and checklist together, keeping the route, the scan and a half-typed note', async () => {
		const { repository } = await repositoryWithScan();
		const browser = fakeBrowser(`#/scan/${SCAN_ID}/vraag/${QUESTION}`);
		const app = start(new WizardApp(fixtureChecklist, openStorage(repository), browser.env));
		await until(app, 'scan.question.editing');
		app.send({ type: 'answer.change', questionId: QUESTION, value: '2', note: 'Half getypt' });

		await app.setLanguage('en');
		expect(language.current).toBe('en');
		expect(document.documentElement.lang).toBe('en');
		expect(app.checklist).toBe(translated);
		expect(app.snapshot.context.checklist).toBe(translated);
		expect(statePath(app.snapshot.value)).toBe('scan.question.editing');
		expect(app.snapshot.context.route).toMatchObject({ name: 'question', questionId: QUESTION });
		expect(app.snapshot.context.scan?.answers[QUESTION]).toMatchObject({ value: '2', note: 'Half getypt' });
		expect(browser.location.hash).toBe(`#/scan/${SCAN_ID}/vraag/${QUESTION}`);

		await app.setLanguage('nl');
		expect(app.snapshot.context.checklist).toBe(fixtureChecklist);
		expect(app.snapshot.context.scan?.answers[QUESTION]).toMatchObject({ value: '2', note: 'Half getypt' });
	});
});

describe('WizardApp storage', () => {
	it('starts before storage is open: Mijn scans waits, then lists the scans', async () => {
		const { repository } = await repositoryWithScan();
		// Stands in for IndexedDB here, so the app must not report memory-only storage.
		Object.defineProperty(repository, 'backend', { value: 'indexeddb' });
		const listScans = vi.spyOn(repository, 'listScans');
		let open!: (storage: OpenedStorage) => void;
		const real = new Promise<OpenedStorage>((resolve) => (open = resolve));
		const app = start(new WizardApp(fixtureChecklist, { real, demo: async () => repository }, fakeBrowser('').env));

		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(statePath(app.snapshot.value)).toBe('home.loading');
		expect(app.storageReady).toBe(false);
		expect(listScans).not.toHaveBeenCalled();

		open({ repository, workshops: createMemoryWorkshopRepository(), problem: null });
		await until(app, 'home.ready');
		expect(app.storageReady).toBe(true);
		expect(app.snapshot.context.scans.map((scan) => scan.id)).toEqual([SCAN_ID]);
		expect(app.memoryOnly).toBe(false);
		expect(app.storageProblem).toBeNull();
	});

	it('shows the storage message and works in memory after the fallback', async () => {
		const memory = createMemoryScanRepository();
		const app = start(new WizardApp(fixtureChecklist, openStorage(memory, STORAGE_TIMEOUT), fakeBrowser('').env));
		await until(app, 'home.ready');
		expect(app.storageProblem).toEqual(STORAGE_TIMEOUT);
		expect(app.memoryOnly).toBe(true);

		app.send({
			type: 'nav.to',
			route: { name: 'new' }
		});
		await until(app, 'newScan.editing');
		app.send({ type: 'scan.create', profile: wizardScan().profile, mode: 'quick' });
		await until(app, 'scan.tasks');
		expect(await memory.listScans()).toHaveLength(1);
	});

	it('a backup of the demo scan can be restored: it leaves as an ordinary copy with a fresh id', async () => {
		const { saveBlob } = await import('../files/save-file.ts');
		const { parseBackup } = await import('../files/read-backup.ts');
		const repository = createMemoryScanRepository();
		const browser = fakeBrowser('#/scan/demo');
		const app = start(new WizardApp(fixtureChecklist, { real: Promise.resolve({ repository, workshops: createMemoryWorkshopRepository(), problem: null }), demo: async () => createMemoryScanRepository() }, browser.env));
		await vi.waitFor(() => expect(app.snapshot.context.scan?.demo).toBe(true));

		await app.downloadBackup(app.snapshot.context.scan!);
		const blob = vi.mocked(saveBlob).mock.calls.at(-1)![0] as Blob;
		const text = await new Promise<string>((resolve) => {
			const reader = new FileReader();
			reader.onload = () => resolve(String(reader.result));
			reader.readAsText(blob);
		});
		const restored = parseBackup(text, fixtureChecklist);
		expect(restored.ok).toBe(true);
		if (restored.ok) {
			expect(restored.scans[0]?.id).not.toBe('demo');
			expect(restored.scans[0]?.demo).toBe(false);
		}
	});

	it('opens the demo’s database only when the demo is opened', async () => {
		const { repository } = await repositoryWithScan();
		const demoRepository = createMemoryScanRepository();
		const demo = vi.fn(async () => demoRepository);
		const browser = fakeBrowser('');
		const app = start(new WizardApp(fixtureChecklist, { real: Promise.resolve({ repository, workshops: createMemoryWorkshopRepository(), problem: null }), demo }, browser.env));
		await until(app, 'home.ready');
		expect(demo).not.toHaveBeenCalled();

		browser.location.hash = '#/scan/demo';
		await until(app, 'scan.tasks');
		expect(demo).toHaveBeenCalled();
		expect((await demoRepository.getScan('demo'))?.demo).toBe(true);
		expect(await repository.getScan('demo')).toBeNull();
	});
});

describe('WizardApp and other tabs', () => {
	/** Two apps ("tabs") on one shared store, talking over a fake BroadcastChannel. */
	async function twoTabs(hash: string) {
		const repository = createMemoryScanRepository({ now: () => CLOCK.toISOString() });
		// Stands in for IndexedDB, which every tab shares.
		Object.defineProperty(repository, 'backend', { value: 'indexeddb' });
		await repository.createScan(wizardScan({ [QUESTION]: '1' }));
		const hub = new Hub();
		const tab = (clock: Date) => {
			const browser = fakeBrowser(hash);
			const crossTab = createCrossTab({ channel: hub.channel(), window: new FakeEvents(), document: new FakeEvents() });
			return start(new WizardApp(fixtureChecklist, openStorage(repository), { ...browser.env, now: () => clock, crossTab }));
		};
		return { repository, a: tab(CLOCK), b: tab(new Date('2025-04-01T09:31:00.000Z')) };
	}

	it('an answer saved in tab B shows in tab A at once, with the notice; both know the scan is open twice', async () => {
		const { repository, a, b } = await twoTabs(`#/scan/${SCAN_ID}/vraag/${QUESTION}`);
		await until(a, 'scan.question.editing');
		await until(b, 'scan.question.editing');
		await vi.waitFor(() => expect(a.openElsewhere && b.openElsewhere).toBe(true));

		b.send({ type: 'answer.change', questionId: QUESTION, value: '3', note: 'uit tabblad B' });
		await b.flush();
		const stored = { value: '3', note: 'uit tabblad B', updatedAt: '2025-04-01T09:31:00.000Z' };
		expect((await repository.getScan(SCAN_ID))?.answers[QUESTION]).toEqual(stored);
		await vi.waitFor(() => expect(a.snapshot.context.scan?.answers[QUESTION]).toEqual(stored));
		expect(a.snapshot.context.externalChange).toEqual({ kind: 'answer', questionId: QUESTION, replacedNote: null });

		// Tab A's older write, still queued, cannot overwrite it.
		a.send({ type: 'answer.change', questionId: QUESTION, value: '0', note: '' });
		await a.flush();
		// Tab A's clock is behind B's here, so storage keeps B's answer and A shows it again.
		expect((await repository.getScan(SCAN_ID))?.answers[QUESTION]).toEqual(stored);
		await vi.waitFor(() => expect(a.snapshot.context.scan?.answers[QUESTION]).toEqual(stored));
	});

	it('a backup is made from what storage holds now, not from the tab’s own copy', async () => {
		const { saveBlob } = await import('../files/save-file.ts');
		const { repository, a } = await twoTabs(`#/scan/${SCAN_ID}`);
		await until(a, 'scan.tasks');
		// Written by a tab this one never heard from.
		await repository.saveAnswer(SCAN_ID, 'c-ervaring', { value: '2', note: 'uit een ander tabblad', updatedAt: '2025-04-01T09:40:00.000Z' });
		expect(a.snapshot.context.scan?.answers['c-ervaring']).toBeUndefined();

		await a.downloadBackup(a.snapshot.context.scan!);
		const blob = vi.mocked(saveBlob).mock.calls.at(-1)![0] as Blob;
		// jsdom's Blob has no text(); FileReader reads it.
		const text = await new Promise<string>((resolve) => {
			const reader = new FileReader();
			reader.onload = () => resolve(String(reader.result));
			reader.readAsText(blob);
		});
		const backup = JSON.parse(text) as { scans: Array<{ answers: Record<string, { note: string }> }> };
		expect(backup.scans[0]?.answers['c-ervaring']?.note).toBe('uit een ander tabblad');
	});
});
