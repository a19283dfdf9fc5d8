/**
 * The composition root: wires storage, the save queue and the URL hash to the wizard machine,
 * and exposes the machine's snapshot to Svelte as a rune.
 *
 * Views get this object's `snapshot`, `send` and a few derived values; they never import storage.
 */
import { createActor } from 'xstate';
import type { Checklist } from '../content/checklist-schema.ts';
import { createDemoScan } from '../domain/demo-scan.ts';
import { migrateScan } from '../domain/migrate-answers.ts';
import { nameWithSuffix } from '../domain/scan-name.ts';
import { SCAN_SCHEMA_VERSION, type Scan, type ScanMode, type ScanProfile } from '../domain/scan.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import { requestPersistence } from '../storage/open-storage.ts';
import { createScanCountMarker } from '../storage/scan-count-marker.ts';
import { saveMigratedScan } from './save-migrated-scan.ts';
import { createSaveQueue } from './save-queue.ts';
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

export interface AppStorage {
	/** Real scans. */
	repository: ScanRepository;
	/** The demo scan, in its own database so it can never overwrite a real scan. */
	demoRepository: ScanRepository;
	/** A Dutch message when storage is not available (answers then live in memory only). */
	problem: string | null;
}

function messageOf(error: unknown): string {
	return error instanceof Error && error.message
		? error.message
		: 'Er ging iets mis bij het opslaan. Probeer het opnieuw.';
}

/** Builds the running app around a checklist and storage. Call `start()` once. */
export class WizardApp {
	readonly checklist: Checklist;
	readonly storage: AppStorage;
	readonly actor: WizardActor;
	#snapshot: WizardSnapshot = $state.raw() as unknown as WizardSnapshot;
	#saveProblem = $state<string | null>(null);
	#evicted = $state(false);
	readonly #scanCount = createScanCountMarker();
	#persistenceAsked = false;
	/** The last answer value queued per question, to tell a new choice from typing. */
	readonly #lastQueuedValue = new Map<string, string | null>();
	#stopListening: (() => void) | null = null;
	readonly #queue;

	constructor(checklist: Checklist, storage: AppStorage) {
		this.checklist = checklist;
		this.storage = storage;
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
		this.actor = createActor(machine, { input: { checklist, route: parseHash(location.hash) } });
		this.#snapshot = this.actor.getSnapshot();
	}

	get snapshot(): WizardSnapshot {
		return this.#snapshot;
	}

	/** True when saved scans disappeared from this browser without the user deleting them (R13). */
	get evicted(): boolean {
		return this.#evicted;
	}

	/** True when storage is not available and answers only live in this window. */
	get memoryOnly(): boolean {
		return this.storage.repository.backend === 'memory';
	}

	/** The latest save failure, shown in a banner until a save succeeds again. */
	get saveProblem(): string | null {
		return this.#saveProblem;
	}

	send = (event: WizardEvent): void => {
		this.actor.send(event);
	};

	/** Navigates like a link click: the hash changes and the machine follows. */
	go = (route: Route): void => {
		const hash = toHash(route);
		if (location.hash === hash) this.actor.send({ type: 'nav.to', route });
		else location.hash = hash;
	};

	/** Writes everything pending now (used before downloads and on leaving the page). */
	flush = (): Promise<void> => this.#queue.flush();

	/**
	 * Reads and checks a backup file. Nothing is stored here: the caller sends the checked scans
	 * to the machine. Resolves with a Dutch message when the file is refused.
	 */
	readBackupFile = async (file: File): Promise<{ ok: true; scans: Scan[]; warnings: string[] } | { ok: false; message: string }> => {
		const { readBackupFile } = await import('../files/read-backup.ts');
		return readBackupFile(file, this.checklist);
	};

	/** Downloads the scan as a JSON backup, after writing everything pending. Resolves with the file name. */
	downloadBackup = async (scan: Scan): Promise<string> => {
		await this.#queue.flush().catch(() => {
			// The backup is taken from memory, which holds every answer even when storage failed.
		});
		const [{ buildBackup, backupFileName }, { saveBlob }] = await Promise.all([
			import('../files/backup.ts'),
			import('../files/save-file.ts')
		]);
		const now = new Date();
		const fileName = backupFileName(scan.profile.organisation, now);
		saveBlob(new Blob([buildBackup(scan, now.toISOString())], { type: 'application/json' }), fileName);
		return fileName;
	};

	/**
	 * Builds the PDF action plan and starts its download. jsPDF, autotable and the fonts load
	 * only now (a dynamic import), so the first screen stays small. Resolves with the file name.
	 */
	downloadReport = async (scan: Scan): Promise<string> => {
		const [{ downloadReport }, { scoreScan }] = await Promise.all([
			import('../report/download-report.ts'),
			import('../domain/scoring.ts')
		]);
		return downloadReport(this.checklist, scan, scoreScan(this.checklist, scan));
	};

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
			const route = parseHash(new URL(event.newURL).hash);
			// Ignore a hash change the app made itself; a not-found route always goes through,
			// because its hash ('#/') would otherwise look like home.
			const current = this.actor.getSnapshot();
			if (route.name !== 'not-found' && !current.matches('notFound') && toHash(route) === toHash(current.context.route)) return;
			this.actor.send({ type: 'nav.to', route });
		};
		// Flush on hide, not on unload: unload is unreliable, especially on mobile (reliability brief R1).
		const onHide = () => {
			if (document.visibilityState === 'hidden') void this.#queue.flush().catch(() => {});
		};
		const onPageHide = () => void this.#queue.flush().catch(() => {});
		window.addEventListener('hashchange', onHashChange);
		document.addEventListener('visibilitychange', onHide);
		window.addEventListener('pagehide', onPageHide);
		this.#stopListening = () => {
			window.removeEventListener('hashchange', onHashChange);
			document.removeEventListener('visibilitychange', onHide);
			window.removeEventListener('pagehide', onPageHide);
		};
	}

	stop(): void {
		this.#stopListening?.();
		this.actor.stop();
	}

	#repositoryFor(scanId: string): ScanRepository {
		return scanId === DEMO_SCAN_ID ? this.storage.demoRepository : this.storage.repository;
	}

	/**
	 * A scan of an older checklist version is brought to this version (answers mapped, the rest kept
	 * aside) before it is shown, and saved so when storage can replace it whole. A scan of a newer
	 * version is shown as it is and never rewritten.
	 */
	async #migrateOnOpen(repository: ScanRepository, scan: Scan): Promise<Scan> {
		const migration = migrateScan(this.checklist, scan);
		if (!migration.ok || !migration.changed) return scan;
		await saveMigratedScan(repository, migration.scan).catch(() => {
			// Not saved: the same migration runs again at the next open, from the same stored data.
		});
		return migration.scan;
	}

	#lastSyncedHash = '';

	/** Keeps the URL hash equal to the machine's route, and remembers it as the scan's resume point. */
	#syncUrl(snapshot: WizardSnapshot): void {
		if (snapshot.matches('routing') || snapshot.matches('loadingScan') || snapshot.matches('notFound')) return;
		const route = snapshot.context.route;
		const hash = toHash(route);
		if (location.hash !== hash && !(hash === '#/' && location.hash === '')) {
			history.pushState(null, '', hash);
		}
		if (hash !== this.#lastSyncedHash && isScanRoute(route) && snapshot.context.scan?.id === route.scanId) {
			this.#lastSyncedHash = hash;
			void this.#repositoryFor(route.scanId)
				.saveSession(route.scanId, hash, MACHINE_VERSION)
				.catch(() => {
					// The resume point is a convenience; losing it never loses answers.
				});
		}
	}

	#deps(): WizardDeps {
		const now = () => new Date().toISOString();
		return {
			now,
			listScans: async () => {
				const summaries = await this.storage.repository.listScans();
				if (this.storage.repository.backend === 'indexeddb' && this.#scanCount.checkListed(summaries.length)) {
					this.#evicted = true;
				}
				return Promise.all(
					summaries.map(async (summary): Promise<ScanListItem> => {
						const session = await this.storage.repository.getSession(summary.id).catch(() => null);
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
				const repository = this.#repositoryFor(scanId);
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
				await this.storage.repository.createScan(scan);
				return scan;
			},
			saveProfile: async (scanId, profile, mode) => {
				await this.#queue.flush();
				const repository = this.#repositoryFor(scanId);
				await repository.updateScanMeta(scanId, { profile, mode, updatedAt: now() });
				const scan = await repository.getScan(scanId);
				if (!scan) throw new Error('Deze scan bestaat niet (meer) op dit apparaat.');
				return scan;
			},
			renameScan: (scanId, organisation) => this.storage.repository.renameScan(scanId, organisation),
			duplicateScan: async (scanId) => {
				await this.storage.repository.duplicateScan(scanId, randomId(), now());
			},
			deleteScan: async (scanId) => {
				await this.#queue.flush().catch(() => {});
				await this.storage.repository.deleteScan(scanId);
				this.#scanCount.deletedOne();
			},
			importScans: async (scans) => {
				const names: string[] = [];
				for (const scan of scans) {
					const storedId = await this.storage.repository.importScan({ ...scan, demo: false });
					// Never overwrite: a scan that is already here comes back as a recognisable copy.
					if (storedId !== scan.id) {
						await this.storage.repository.renameScan(storedId, nameWithSuffix(scan.profile.organisation, ' (teruggezet)'));
					}
					names.push(scan.profile.organisation);
				}
				return names;
			},
			queueAnswer: (scanId, questionId, answer) => {
				const plain = { value: answer.value, note: answer.note, updatedAt: answer.updatedAt };
				const key = `${scanId}/answer/${questionId}`;
				// A new choice is written at once; typing in the toelichting is debounced.
				const immediate = this.#lastQueuedValue.get(key) !== answer.value;
				this.#lastQueuedValue.set(key, answer.value);
				this.#queue.enqueue(key, () => this.#repositoryFor(scanId).saveAnswer(scanId, questionId, plain), { immediate });
				if (!this.#persistenceAsked) {
					this.#persistenceAsked = true;
					void requestPersistence().catch(() => false);
				}
			},
			queuePlan: (scanId, plan) => {
				// The repository turns whatever it gets into plain data (toPlain), so Svelte proxies
				// can never reach IndexedDB (svelte#15327); no copy is needed here.
				this.#queue.enqueue(
					`${scanId}/plan`,
					() => this.#repositoryFor(scanId).updateScanMeta(scanId, { plan, updatedAt: plan.updatedAt }),
					{ immediate: true }
				);
			},
			flushSaves: async () => {
				try {
					await this.#queue.flush();
				} catch (error) {
					throw new Error(messageOf(error));
				}
			}
		};
	}
}
