/**
 * The composition root: wires storage, the save queue and the URL hash to the wizard machine,
 * and exposes the machine's snapshot to Svelte as a rune.
 *
 * Views get this object's `snapshot`, `send` and a few derived values; they never import storage.
 * Storage arrives as a promise (see app-storage.ts): the page is shown at once, and every step that
 * needs storage waits for it. The browser objects it uses (location, history, the event targets, the
 * clock) are injected, so the whole wiring runs in unit tests.
 */
import { StorageError } from '../storage/storage-errors.ts';
import { createActor } from 'xstate';
import type { Checklist } from '../content/checklist-schema.ts';
import { answerChoices } from '../domain/scope.ts';
import { createDemoScan } from '../domain/demo-scan.ts';
import { nameWithSuffix } from '../domain/scan-name.ts';
import { SCAN_SCHEMA_VERSION, type Scan, type ScanMode, type ScanProfile } from '../domain/scan.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import { deferredWorkshopRepository } from '../storage/deferred-workshop-repository.ts';
import { requestPersistence } from '../storage/open-storage.ts';
import { watchPageLeave } from '../storage/page-lifecycle.ts';
import { createScanCountMarker } from '../storage/scan-count-marker.ts';
import { createCrossTab, type CrossTab } from '../storage/cross-tab.ts';
import { DB_NAME, DEMO_DB_NAME } from '../storage/db.ts';
import { announceStorage, type AppStorage } from './app-storage.ts';
import { createSaveQueue } from './save-queue.ts';
import { TabSync } from './tab-sync.svelte.ts';
import { MAX_SHARE_LINK_CHARS } from '../files/share-link-limits.ts';
import { removeAppKeys } from '../storage/app-keys.ts';
import { createBackupLogStore } from '../storage/backup-log.ts';
import { language, type Language, type MessageRef } from '../i18n/language.svelte.ts';
import { loadChecklist } from '../content/load-checklist.ts';
import { messageOfError } from '../i18n/message-ref.ts';
import { storageFigures, storagePersisted } from '../storage/storage-estimate.ts';
import { BackupTracker } from './backup-tracker.svelte.ts';
import type { DataOverviewDeps } from './data-overview.svelte.ts';
import type { WorkshopGroupDeps } from './workshop-group-deps.ts';
import { registerServiceWorker, serviceWorkerControls } from './service-worker.ts';
import type { ShareLinkMakerDeps } from './share-link-maker.svelte.ts';
import type { ShareReceiverDeps } from './share-receiver.svelte.ts';
import type { WorkshopAppDeps } from './workshop-deps.ts';
import type { DelegationDeps } from './delegation-deps.ts';
import { downloadScanBackup, downloadScanReport, downloadScanWord, shareLinkDeps, storedScan, type ExportHost } from './scan-exports.ts';
import {
	downloadWorkshopBackup,
	importWorkshops,
	storeScanAndOpenResults,
	workshopAppDeps,
	workshopGroupDeps,
	type WorkshopHost
} from './workshop-wiring.ts';
import type { ParseBackupResult } from '../files/read-backup.ts';
import { progressDeps, type ProgressDeps } from './progress-deps.ts';
import { UpdatePrompt } from './update-prompt.svelte.ts';
import { createVersionNotes } from '../whats-new/version-notes.ts';
import { oldestVersionOf, WhatsNewNotices } from '../whats-new/whats-new-notices.ts';
import { randomId } from './uuid.ts';
import { DEMO_SCAN_ID, isScanRoute, parseHash, toHash, type Route } from '../wizard/routes.ts';
import {
	createWizardMachine,
	MACHINE_VERSION,
	type ScanListItem,
	type WizardActor,
	type WizardDeps,
	type WizardEvent,
	type WizardSnapshot
} from '../wizard/wizard.machine.ts';

export type { AppStorage } from './app-storage.ts';

/** The browser objects the app uses; `browserEnvironment()` gives the real ones, tests pass stand-ins. */
export interface AppEnvironment {
	/** Read for the current step, assigned to navigate. */
	location: { hash: string; readonly href: string; reload(): void };
	history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
	/** Where `hashchange` and `pagehide` are listened to. */
	window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
	/** Where `visibilitychange` is listened to. */
	document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
		readonly visibilityState: DocumentVisibilityState;
	};
	/** The clock. */
	now(): Date;
	/** The channel to the app's other tabs; without it, this tab neither hears them nor tells them anything. */
	crossTab?: CrossTab | null;
}

/** The real browser objects. */
export function browserEnvironment(): AppEnvironment {
	return { location: window.location, history: window.history, window, document, now: () => new Date(), crossTab: createCrossTab() };
}

/** The words of a storage error, or the catalogue's general message when the error has none. */
function messageOf(error: unknown): MessageRef | string {
	return messageOfError(error) ?? { key: 'problems.saveFailed' };
}

/** Builds the running app around a checklist and storage. Call `start()` once. */
export class WizardApp {
	/** The checklist in the current language; the machine gets the same one (`checklist.set`). */
	#checklist: Checklist = $state.raw() as unknown as Checklist;
	readonly storage: AppStorage;
	readonly actor: WizardActor;
	readonly #env: AppEnvironment;
	#snapshot: WizardSnapshot = $state.raw() as unknown as WizardSnapshot;
	#saveProblem = $state<MessageRef | string | null>(null);
	#evicted = $state(false);
	#storageReady = $state(false);
	#storageProblem = $state<MessageRef | string | null>(null);
	#memoryOnly = $state(false);
	/** Set once storage is open; until then nothing can be saved (no scan can be open yet either). */
	#real: ScanRepository | null = null;
	#demo: ScanRepository | null = null;
	readonly #scanCount = createScanCountMarker();
	#persistenceAsked = false;
	/** The last answer value queued per question, to tell a new choice from typing. */
	readonly #lastQueuedValue = new Map<string, string | null>();
	#stopListening: (() => void) | null = null;
	readonly #queue;
	readonly #tabSync: TabSync;
	/**
	 * Werksessies (workshops), in the same storage as the scans (IndexedDB, or memory when the browser
	 * stores nothing). Usable at once: every call waits until storage is open.
	 */
	readonly workshops: WorkshopRepository;
	/** Raised after every stored change to a workshop, so lists of workshops can reload. */
	#workshopsRevision = $state(0);
	/** Last backup and changes since, for the backup reminder. */
	readonly backups = new BackupTracker(createBackupLogStore());
	/** The "Er is een nieuwe versie" banner. */
	readonly update: UpdatePrompt;
	/** "Wat is er nieuw": noted when a scan of an older checklist version is opened or restored. */
	readonly whatsNew: WhatsNewNotices;
	/** A share link's hash, taken out of the address until the receive page reads it. */
	#sharedHash: string | null = null;
	/** Raised for every share link that arrives, so the receive page starts afresh for each one. */
	#sharedCount = $state(0);
	/** A confirmation for Mijn scans that does not come from the machine (after "Alles verwijderen"). */
	#homeNotice = $state<MessageRef | null>(null);

	constructor(checklist: Checklist, appStorage: AppStorage, environment: AppEnvironment = browserEnvironment()) {
		this.#checklist = checklist;
		const crossTab = environment.crossTab ?? null;
		// Every committed write is announced to the other tabs, whoever makes it.
		const storage = crossTab ? announceStorage(appStorage, crossTab) : appStorage;
		this.storage = storage;
		this.workshops = deferredWorkshopRepository(
			storage.real.then((opened) => opened.workshops),
			{ onChange: () => this.#workshopsRevision++ }
		);
		this.#env = environment;
		this.whatsNew = new WhatsNewNotices(checklist, createVersionNotes());
		this.#tabSync = new TabSync({
			crossTab,
			dbNameFor: (scanId) => {
				const repository = this.#openRepositoryFor(scanId);
				if (!repository || repository.backend === 'memory') return null;
				return scanId === DEMO_SCAN_ID ? DEMO_DB_NAME : DB_NAME;
			},
			repositoryFor: (scanId) => this.#repositoryFor(scanId),
			loadedScan: () => this.actor.getSnapshot().context.scan,
			send: (event) => this.actor.send(event)
		});
		void storage.real.then(({ repository, problem }) => {
			this.#real = repository;
			this.#memoryOnly = repository.backend === 'memory';
			this.#storageProblem = problem;
			this.#storageReady = true;
		});
		this.#queue = createSaveQueue({
			onPending: () => this.actor.send({ type: 'save.pending' }),
			onSaved: () => {
				this.#saveProblem = null;
				this.actor.send({ type: 'save.done' });
			},
			onFailed: (error) => {
				this.#saveProblem = messageOf(error);
				this.actor.send({ type: 'save.failed', message: messageOf(error) });
			}
		});
		const machine = createWizardMachine(this.#deps());
		this.actor = createActor(machine, { input: { checklist, route: this.#routeOf(environment.location.hash) } });
		this.#snapshot = this.actor.getSnapshot();
		this.update = new UpdatePrompt(
			{
				register: registerServiceWorker,
				flush: () => this.#queue.flush(),
				controlled: serviceWorkerControls,
				reload: () => this.#env.location.reload()
			}
		);
	}

	/**
	 * The route for a hash. A share link's data is taken out of the address at once (replaceState), so it
	 * never stays in the history and a reload cannot add the scan a second time; the receive page gets it
	 * through takeSharedHash().
	 */
	#routeOf(hash: string): Route {
		const route = parseHash(hash);
		// Share links, werksessie join links and participants' answer links all carry data after `#`.
		if (
			route.name === 'receive' ||
			route.name === 'join' ||
			route.name === 'answers' ||
			route.name === 'delegation' ||
			route.name === 'delegation-returned'
		) {
			this.#sharedHash = hash.length > toHash(route).length ? hash : null;
			this.#sharedCount++;
			if (this.#env.location.hash !== toHash(route)) this.#env.history.replaceState(this.#env.history.state, '', toHash(route));
		}
		return route;
	}

	/** Changes with every share link opened in this tab (also a second one while the receive page shows). */
	get sharedLinkCount(): number {
		return this.#sharedCount;
	}

	/** The share link's hash for the receive page, once: a second call (or a reload) gets null. */
	takeSharedHash(): string | null {
		const hash = this.#sharedHash;
		this.#sharedHash = null;
		return hash;
	}

	get checklist(): Checklist {
		return this.#checklist;
	}

	/**
	 * Switches the interface and the checklist to `lang`. The answers are stored by question id, so the
	 * scan on screen stays as it is; the route stays too, and no page is remounted.
	 * A later call wins over an earlier one that is still loading.
	 */
	async setLanguage(lang: Language): Promise<void> {
		const wanted = ++this.#languageRequest;
		const [checklist] = await Promise.all([loadChecklist(lang), language.set(lang)]);
		if (wanted !== this.#languageRequest) return;
		this.#checklist = checklist;
		this.actor.send({ type: 'checklist.set', checklist });
	}

	#languageRequest = 0;

	/** A confirmation to show on Mijn scans, cleared when the user moves on. */
	get homeNotice(): MessageRef | null {
		return this.#homeNotice;
	}

	get snapshot(): WizardSnapshot {
		return this.#snapshot;
	}

	/** True when saved scans disappeared from this browser without the user deleting them (the browser wiped its site data). */
	get evicted(): boolean {
		return this.#evicted;
	}

	/** True when another tab of this browser shows the same scan. */
	get openElsewhere(): boolean {
		return this.#tabSync.openElsewhere;
	}

	/** True when the scan on screen was deleted in another tab. */
	get deletedElsewhere(): boolean {
		return this.#tabSync.deletedElsewhere;
	}

	/** Changes after every stored change to a workshop (read it in an $effect to reload a list). */
	get workshopsRevision(): number {
		return this.#workshopsRevision;
	}

	/** True when storage is not available and answers only live in this window. */
	get memoryOnly(): boolean {
		return this.#memoryOnly;
	}

	/** False while the browser's storage is still being opened (at most the time limit). */
	get storageReady(): boolean {
		return this.#storageReady;
	}

	/** A Dutch message when storage is not available (answers then live in memory only), else null. */
	get storageProblem(): MessageRef | string | null {
		return this.#storageProblem;
	}

	/** The latest save failure, shown in a banner until a save succeeds again. */
	get saveProblem(): MessageRef | string | null {
		return this.#saveProblem;
	}

	send = (event: WizardEvent): void => {
		this.actor.send(event);
	};

	/** Navigates like a link click: the hash changes and the machine follows. */
	go = (route: Route): void => {
		if (route.name !== 'home') this.#homeNotice = null;
		const hash = toHash(route);
		if (this.#env.location.hash === hash) this.actor.send({ type: 'nav.to', route });
		else this.#env.location.hash = hash;
	};

	/** Writes everything pending now (used before downloads and on leaving the page). */
	flush = (): Promise<void> => this.#queue.flush();

	/**
	 * Drops every save that has not started yet, without writing it. For "Alles verwijderen": call it
	 * before deleting, so a pending autosave cannot write a deleted answer back.
	 */
	discardPendingSaves = (): void => {
		this.#queue.clear();
		this.#lastQueuedValue.clear();
	};

	/**
	 * Reads and checks a backup file. Nothing is stored here: the caller sends the checked scans
	 * to the machine. Resolves with a message (a catalogue key) when the file is refused.
	 */
	readBackupFile = async (file: File): Promise<ParseBackupResult> => {
		const { readBackupFile } = await import('../files/read-backup.ts');
		return readBackupFile(file, this.checklist);
	};

	/** The scan as storage holds it after pending writes (see scan-exports.ts). */
	#currentScan(shown: Scan): Promise<Scan> {
		return storedScan(this.#exportHost(), shown);
	}

	/** Downloads the scan as a JSON backup, after writing everything pending. Resolves with the file name. */
	downloadBackup = (shown: Scan): Promise<string> => downloadScanBackup(this.#exportHost(), shown);

	/** The running app as the exports see it. */
	#exportHost(): ExportHost {
		const app = this;
		return {
			get checklist() {
				return app.checklist;
			},
			workshops: this.workshops,
			now: () => this.#env.now(),
			href: () => this.#env.location.href,
			flush: () => this.#queue.flush(),
			repositoryFor: (scanId) => this.#repositoryFor(scanId),
			recordBackup: () => this.backups.recordBackup(),
			words: () => ({ language: language.current, messages: language.t })
		};
	}

	/** Downloads a werksessie with its result scan as a backup file (see workshop-wiring.ts). */
	downloadWorkshopBackup = (workshopId: string): Promise<string> => downloadWorkshopBackup(this.#workshopHost(), workshopId);

	// The share and Uw gegevens pages load on demand; they build their state classes from these deps,
	// so the classes stay out of the first bundle.

	/** "Deel via link" for a scan (see scan-exports.ts). */
	shareLinkDeps = (scan: Scan): ShareLinkMakerDeps => shareLinkDeps(this.#exportHost(), scan);

	/** The app's own address without the part after `#`: werksessie links start with it. */
	#baseUrl(): string {
		return this.#env.location.href.split('#')[0] ?? '';
	}

	/** What the werksessie set-up, overview, join and hand-in screens need (see workshop-wiring.ts). */
	workshopDeps = (): WorkshopAppDeps => workshopAppDeps(this.#workshopHost());

	/** What the "Scan herhalen" and Voortgang screens need (see progress-deps.ts). */
	progressDeps = (): ProgressDeps => progressDeps(this.#workshopHost());

	/** The running app as the werksessie wiring sees it. */
	#workshopHost(): WorkshopHost {
		const app = this;
		return {
			get checklist() {
				return app.checklist;
			},
			workshops: this.workshops,
			now: () => this.#env.now(),
			baseUrl: () => this.#baseUrl(),
			go: this.go,
			scans: () => this.#realRepository(),
			storedScan: (shown) => this.#currentScan(shown),
			flush: () => this.#queue.flush().catch(() => {}),
			lifecycle: this.#env
		};
	}

	/**
	 * What the delegation screens need (themes handed to a colleague; see delegation-wiring.ts). The wiring
	 * loads with those screens, so the first screen does not carry it.
	 */
	delegationDeps = async (): Promise<DelegationDeps> => {
		const app = this;
		const { delegationDeps } = await import('./delegation-wiring.ts');
		return delegationDeps({
			get checklist() {
				return app.checklist;
			},
			now: () => this.#env.now(),
			baseUrl: () => this.#baseUrl(),
			go: this.go,
			scans: () => this.#realRepository(),
			flush: () => this.#queue.flush().catch(() => {}),
			migrated: (repository, scan) => this.#migrateOnOpen(repository, scan),
			stored: (scan) => this.actor.send({ type: 'scan.stored', scan })
		});
	};

	/** Reading and adding a received share link (the hash itself comes from takeSharedHash()). */
	shareReceiverDeps = (): ShareReceiverDeps => ({
		read: async (hash) => {
			const { readShareHash } = await import('../files/share-link.ts');
			return readShareHash(hash, this.checklist);
		},
		add: async (scan) => {
			const [stored] = await this.#importScans([scan]);
			if (!stored) throw new StorageError('unknown', { ref: { key: 'storage.errors.unknown' } });
			return stored;
		}
	});

	/** What the werksessie group screens (hands, discussion, projector, consensus) need. */
	workshopGroupDeps = (): WorkshopGroupDeps => workshopGroupDeps(this.#workshopHost());

	/** Stores the scan a werksessie settled, links the workshop to it and opens its results. */
	storeScanAndOpenResults = (scan: Scan, settle: () => Promise<unknown>): Promise<void> =>
		storeScanAndOpenResults(this.#workshopHost(), scan, settle);

	/** The browser figures and actions of the "Uw gegevens" page. */
	dataOverviewDeps = (): DataOverviewDeps => ({
		estimate: storageFigures,
		persisted: storagePersisted,
		requestPersistence,
		countScans: async () => (await (await this.#realRepository()).listScans()).filter((scan) => !scan.demo).length,
		countWorkshops: async () => (await this.workshops.listWorkshops()).length,
		deleteAll: this.deleteAllData
	});

	/**
	 * "Alles verwijderen": every scan in both databases, every werksessie with its participants' answers,
	 * every `kwartiermaker:` key in localStorage and
	 * every pending autosave. The save queue is emptied first, so a note typed a moment ago cannot be
	 * written back after the delete; a write already running is waited for, then deleted with the rest.
	 * Ends on Mijn scans with a confirmation.
	 */
	deleteAllData = async (): Promise<void> => {
		this.#queue.clear();
		await this.#queue.flush().catch(() => {
			// A write that was running failed; it is dropped with everything else.
		});
		this.#lastQueuedValue.clear();
		try {
			// The demo database is opened for this if it was not yet: it may hold a demo scan of an earlier visit.
			const [real, demo] = await Promise.all([this.#realRepository(), this.storage.demo()]);
			await Promise.all([real.deleteAll(), demo.deleteAll(), this.workshops.deleteAllWorkshops()]);
		} catch (error) {
			// The page says "Het verwijderen is niet gelukt" with the storage error's own message.
			throw error instanceof Error ? error : new Error(String(error));
		}
		removeAppKeys();
		this.backups.reset();
		this.#evicted = false;
		this.#saveProblem = null;
		this.go({ name: 'home' });
		this.#homeNotice = { key: 'data.deleted' };
	};

	/** Stores checked scans without overwriting any; an id already taken gets a recognisable copy. */
	async #importScans(scans: Scan[]): Promise<Array<{ id: string; name: string }>> {
		const stored: Array<{ id: string; name: string }> = [];
		const repository = await this.#realRepository();
		for (const scan of scans) {
			const storedId = await repository.importScan({ ...scan, demo: false });
			this.whatsNew.noteMigrated(storedId, oldestVersionOf(scan));
			let name = scan.profile.organisation;
			if (storedId !== scan.id) {
				name = nameWithSuffix(scan.profile.organisation, ' (teruggezet)');
				await repository.renameScan(storedId, name);
			}
			stored.push({ id: storedId, name });
		}
		return stored;
	}

	/** Stores werksessies from a checked backup (see workshop-wiring.ts) and says on Mijn scans how many came back. */
	async #importWorkshops(workshops: Workshop[], scans: Scan[], stored: Array<{ id: string }>): Promise<void> {
		const { added, existing } = await importWorkshops(this.workshops, workshops, scans, stored);
		this.#homeNotice = { key: 'workshopStorage.restored', params: [added, existing] };
	}

	/** Builds the PDF action plan and starts its download (see scan-exports.ts). Resolves with the file name. */
	downloadReport = (shown: Scan): Promise<string> => downloadScanReport(this.#exportHost(), shown);
	/** Builds the Word document of the report and starts its download (see scan-exports.ts). Resolves with the file name. */
	downloadWord = (shown: Scan): Promise<string> => downloadScanWord(this.#exportHost(), shown);

	start(): void {
		// subscribe() does not replay the current snapshot, so read it first (xstate#4160).
		this.actor.subscribe({
			next: (snapshot) => {
				this.#snapshot = snapshot;
				this.#syncUrl(snapshot);
			},
			error: (error) => console.error('Wizard stopped', error)
		});
		this.actor.start();
		this.#snapshot = this.actor.getSnapshot();
		this.#syncUrl(this.#snapshot);

		const onHashChange = (event: HashChangeEvent) => {
			// Read the hash the user navigated to, not location.hash: if the machine moved on in the
			// meantime (pushState after "Opslaan en verder"), location.hash is already the app's
			// next step, and the user's own navigation would be lost.
			const route = this.#routeOf(new URL(event.newURL).hash);
			if (route.name !== 'home') this.#homeNotice = null;
			// Ignore a hash change the app made itself; a not-found route always goes through,
			// because its hash ('#/') would otherwise look like home.
			const current = this.actor.getSnapshot();
			if (route.name !== 'not-found' && !current.matches('notFound') && toHash(route) === toHash(current.context.route)) return;
			this.actor.send({ type: 'nav.to', route });
		};
		// Flush on hide, not on unload: unload is unreliable, especially on mobile.
		const stopWatching = watchPageLeave(this.#env, () => void this.#queue.flush().catch(() => {}));
		// Back in view: a tab in the background may have missed what other tabs saved.
		const onVisible = () => {
			if (this.#env.document.visibilityState === 'visible') void this.#tabSync.refreshLoadedScan();
		};
		this.#env.window.addEventListener('hashchange', onHashChange as EventListener);
		this.#env.document.addEventListener('visibilitychange', onVisible);
		this.#stopListening = () => {
			this.#env.window.removeEventListener('hashchange', onHashChange as EventListener);
			this.#env.document.removeEventListener('visibilitychange', onVisible);
			stopWatching();
		};
	}

	stop(): void {
		this.#stopListening?.();
		this.#tabSync.stop();
		this.#env.crossTab?.close();
		this.actor.stop();
	}

	/** The repository for real scans, once storage is open (or has fallen back to memory). */
	async #realRepository(): Promise<ScanRepository> {
		return (await this.storage.real).repository;
	}

	/** The demo scan lives in its own database, opened the first time the demo is used. */
	async #repositoryFor(scanId: string): Promise<ScanRepository> {
		if (scanId !== DEMO_SCAN_ID) return this.#realRepository();
		const demo = await this.storage.demo();
		this.#demo = demo;
		return demo;
	}

	/** The repository when it is already open, for work that must happen in this very task. */
	#openRepositoryFor(scanId: string): ScanRepository | null {
		return scanId === DEMO_SCAN_ID ? this.#demo : this.#real;
	}

	/**
	 * A scan of an older checklist version is brought to this version (answers mapped, the rest kept
	 * aside) before it is shown, and saved so when storage can replace it whole. A scan of a newer
	 * version is shown as it is and never rewritten.
	 */
	/** True unless the scan is of this checklist version and every answer fits a question and its options. */
	#needsMigration(scan: Scan): boolean {
		if (scan.checklistVersion !== this.checklist.version) return true;
		const questions = new Map(this.checklist.themes.flatMap((theme) => theme.questions.map((q) => [q.id, q] as const)));
		return Object.entries(scan.answers).some(([id, answer]) => {
			const question = questions.get(id);
			if (!question) return true;
			return answer.value !== null && !answerChoices(this.checklist, question).some((choice) => choice.value === answer.value);
		});
	}

	async #migrateOnOpen(repository: ScanRepository, scan: Scan): Promise<Scan> {
		if (!scan.demo) this.whatsNew.noteMigrated(scan.id, oldestVersionOf(scan));
		// Nothing to migrate is by far the common case; the migration code only loads when it is needed.
		if (!this.#needsMigration(scan)) return scan;
		const { migrateScan } = await import('../domain/migrate-answers.ts');
		const migration = migrateScan(this.checklist, scan);
		if (!migration.ok || !migration.changed) return scan;
		await repository.replaceScan(migration.scan).catch(() => {
			// Not saved: the same migration runs again at the next open, from the same stored data.
		});
		return migration.scan;
	}

	/** Counts a saved change towards the backup reminder; the demo scan is never backed up, so it does not count. */
	#countChange(scanId: string, key: string): void {
		if (scanId !== DEMO_SCAN_ID) this.backups.countChange(key);
	}

	#lastSyncedHash = '';

	/** Keeps the URL hash equal to the machine's route, and remembers it as the scan's resume point. */
	#syncUrl(snapshot: WizardSnapshot): void {
		if (snapshot.matches('routing') || snapshot.matches('loadingScan') || snapshot.matches('notFound')) return;
		const route = snapshot.context.route;
		const hash = toHash(route);
		const current = this.#env.location.hash;
		if (current !== hash && !(hash === '#/' && current === '')) {
			this.#env.history.pushState(null, '', hash);
		}
		this.#tabSync.show(isScanRoute(route) && snapshot.context.scan?.id === route.scanId ? route.scanId : null);
		if (hash !== this.#lastSyncedHash && isScanRoute(route) && snapshot.context.scan?.id === route.scanId) {
			this.#lastSyncedHash = hash;
			void this.#repositoryFor(route.scanId)
				.then((repository) => repository.saveSession(route.scanId, hash, MACHINE_VERSION))
				.catch(() => {
					// The resume point is a convenience; losing it never loses answers.
				});
		}
	}

	#deps(): WizardDeps {
		const now = () => this.#env.now().toISOString();
		return {
			now,
			listScans: async () => {
				const repository = await this.#realRepository();
				const summaries = await repository.listScans();
				if (repository.backend === 'indexeddb' && this.#scanCount.checkListed(summaries.length)) {
					this.#evicted = true;
				}
				return Promise.all(
					summaries.map(async (summary): Promise<ScanListItem> => {
						const session = await repository.getSession(summary.id).catch(() => null);
						const resume =
							session && session.machineVersion === MACHINE_VERSION && parseHash(session.location).name !== 'not-found'
								? session.location
								: null;
						return { ...summary, resumeHash: resume };
					})
				);
			},
			loadScan: async (scanId) => {
				// Pending writes first, so a scan reopened right after an edit is read back complete.
				await this.#queue.flush().catch(() => {});
				const repository = await this.#repositoryFor(scanId);
				const scan = await repository.getScan(scanId);
				if (scan) return this.#migrateOnOpen(repository, scan);
				if (scanId !== DEMO_SCAN_ID) return scan;
				const demo = createDemoScan(this.checklist, DEMO_SCAN_ID, now());
				await repository.createScan(demo);
				return demo;
			},
			createScan: async (profile: ScanProfile, mode: ScanMode) => {
				const time = now();
				const scan: Scan = {
					id: randomId(),
					schemaVersion: SCAN_SCHEMA_VERSION,
					checklistId: this.checklist.id,
					checklistVersion: this.checklist.version,
					mode,
					profile,
					answers: {},
					plan: null,
					createdAt: time,
					updatedAt: time,
					demo: false
				};
				await (await this.#realRepository()).createScan(scan);
				return scan;
			},
			saveProfile: async (scanId, profile, mode) => {
				await this.#queue.flush();
				const repository = await this.#repositoryFor(scanId);
				await repository.updateScanMeta(scanId, { profile, mode, updatedAt: now() });
				const scan = await repository.getScan(scanId);
				if (!scan) throw new StorageError('unknown', { ref: { key: 'problems.scanMissing' } });
				return scan;
			},
			renameScan: async (scanId, organisation) => (await this.#realRepository()).renameScan(scanId, organisation),
			duplicateScan: async (scanId) => {
				await (await this.#realRepository()).duplicateScan(scanId, randomId(), now());
			},
			deleteScan: async (scanId) => {
				await this.#queue.flush().catch(() => {});
				await (await this.#realRepository()).deleteScan(scanId);
				this.#scanCount.deletedOne();
			},
			importScans: async (scans, workshops = []) => {
				// Never overwrite: a scan that is already here comes back as a recognisable copy.
				const stored = await this.#importScans(scans);
				if (workshops.length > 0) await this.#importWorkshops(workshops, scans, stored);
				return scans.map((scan) => scan.profile.organisation);
			},
			queueAnswer: (scanId, questionId, answer) => {
				const plain = { value: answer.value, note: answer.note, updatedAt: answer.updatedAt };
				// An answer can only be given in an open scan, so its storage is open by now.
				const repository = this.#openRepositoryFor(scanId);
				// First, synchronously, before any asynchronous step: a reload from here on cannot lose it.
				repository?.journalAnswer(scanId, questionId, plain);
				const key = `${scanId}/answer/${questionId}`;
				// A new choice is written at once; typing in the toelichting is debounced.
				const immediate = this.#lastQueuedValue.get(key) !== answer.value;
				this.#lastQueuedValue.set(key, answer.value);
				// Through TabSync: it skips an answer a newer one has replaced, and shows the stored answer when
				// another tab's newer one was kept.
				this.#queue.enqueue(
					key,
					async () => {
						await this.#tabSync.saveAnswer(repository ?? (await this.#repositoryFor(scanId)), scanId, questionId, plain);
						this.#countChange(scanId, key);
					},
					{ immediate }
				);
				if (!this.#persistenceAsked) {
					this.#persistenceAsked = true;
					void requestPersistence().catch(() => false);
				}
			},
			queuePlan: (scanId, plan, previous) => {
				// Only the changes are written (worked out when the write runs), merged per action with what
				// other tabs saved. The repository turns whatever it gets into plain data (toPlain), so Svelte
				// proxies can never reach IndexedDB; no copy is needed here.
				const key = `${scanId}/plan`;
				this.#tabSync.planEdited(scanId, plan, previous);
				this.#queue.enqueue(
					key,
					async () => {
						await this.#tabSync.savePlan(await this.#repositoryFor(scanId), scanId);
						this.#countChange(scanId, key);
					},
					{ immediate: true }
				);
			},
			flushSaves: async () => {
				try {
					await this.#queue.flush();
				} catch (error) {
					throw error instanceof Error ? error : new Error(String(error));
				}
			}
		};
	}
}
