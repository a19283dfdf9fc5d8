/**
 * The werksessie side of the composition root: what the workshop screens get from the running app
 * (storage of workshops and scans, the clock, links, clipboard and downloads), built from a few things
 * WizardApp hands over. Kept apart from WizardApp so that file stays about the scan wizard.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import type { PageLifecycleTargets } from '../storage/page-lifecycle.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import { StorageError } from '../storage/storage-errors.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import type { Route } from '../wizard/routes.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { copyText } from './clipboard.ts';
import { randomId } from './uuid.ts';
import type { WorkshopAppDeps } from './workshop-deps.ts';
import type { WorkshopGroupDeps } from './workshop-group-deps.ts';

/** What the werksessie wiring needs from the running app. */
export interface WorkshopHost {
	readonly checklist: Checklist;
	readonly workshops: WorkshopRepository;
	now(): Date;
	/** The app's own address without the part after `#`: werksessie links start with it. */
	baseUrl(): string;
	go(route: Route): void;
	/** The repository of real scans, once storage is open. */
	scans(): Promise<ScanRepository>;
	/** The scan as storage holds it after every pending write (the one on screen when storage fails). */
	storedScan(shown: Scan): Promise<Scan>;
	/** Writes every pending answer; never rejects. */
	flush(): Promise<void>;
	/** Where `pagehide` and `visibilitychange` are heard. */
	lifecycle: PageLifecycleTargets;
}

/** What the set-up, overview, join and hand-in screens need (see workshop-deps.ts). */
export function workshopAppDeps(host: WorkshopHost): WorkshopAppDeps {
	return {
		checklist: () => host.checklist,
		now: () => host.now(),
		newId: randomId,
		joinLink: async (text) => (await import('../workshop/join-link.ts')).joinLink(text, host.baseUrl()),
		readJoinLink: async (hash) => (await import('../workshop/join-link.ts')).readJoinLink(hash),
		answersLink: async (text) => (await import('../workshop/answers-link.ts')).answersLink(text, host.baseUrl()),
		workshops: host.workshops,
		go: (route) => host.go(route),
		findParticipantScan: async (workshopId) => {
			// A device holds few scans, so reading each is cheap; the summaries do not carry `participation`.
			const repository = await host.scans();
			for (const summary of await repository.listScans()) {
				const participation = (await repository.getScan(summary.id).catch(() => null))?.participation;
				if (participation?.workshopId === workshopId) return { scanId: summary.id, participation };
			}
			return null;
		},
		createParticipantScan: async (scan) => (await host.scans()).createScan(scan),
		storedScan: (shown) => host.storedScan(shown),
		saveParticipation: async (scanId, participation) =>
			(await host.scans()).updateScanMeta(scanId, { participation, updatedAt: host.now().toISOString() }),
		copy: copyText,
		saveFile: async (blob, fileName) => (await import('../files/save-file.ts')).saveBlob(blob, fileName),
		downloadWorkshopBackup: (workshopId) => downloadWorkshopBackup(host, workshopId)
	};
}

/** What the group screens (hands, discussion, projector, consensus) need; the checklist follows the language. */
export function workshopGroupDeps(host: WorkshopHost): WorkshopGroupDeps {
	return {
		workshops: host.workshops,
		get checklist() {
			return host.checklist;
		},
		now: () => host.now().toISOString(),
		lifecycle: host.lifecycle
	};
}

/**
 * Downloads a werksessie as a backup file: the workshop with every participant's answers, counted hands,
 * notes and settled answers, plus the scan made from it (if any), as storage holds it after pending writes.
 * Resolves with the file name; rejects (workshop.notFound) when the workshop is gone.
 */
export async function downloadWorkshopBackup(host: WorkshopHost, workshopId: string): Promise<string> {
	const workshop = await host.workshops.getWorkshop(workshopId);
	if (!workshop) throw new StorageError('unknown', { ref: { key: 'workshop.notFound' } });
	await host.flush();
	const resultScanId = workshop.resultScanId;
	const resultScan = resultScanId
		? await host
				.scans()
				.then((repository) => repository.getScan(resultScanId))
				.catch(() => null)
		: null;
	const [{ buildWorkshopBackup, workshopBackupFileName }, { saveBlob }] = await Promise.all([
		import('../files/backup.ts'),
		import('../files/save-file.ts')
	]);
	const now = host.now();
	const fileName = workshopBackupFileName(workshop.settings.organisation, now);
	saveBlob(new Blob([buildWorkshopBackup(workshop, resultScan, now.toISOString())], { type: 'application/json' }), fileName);
	return fileName;
}

/**
 * Stores a scan made from a werksessie's consensus like a new scan, then runs `settle` (which links the
 * workshop to it) and opens the scan's results. The scan is stored first, so a workshop never points to a
 * scan that is not there.
 */
export async function storeScanAndOpenResults(host: WorkshopHost, scan: Scan, settle: () => Promise<unknown>): Promise<void> {
	await (await host.scans()).createScan(scan);
	await settle();
	host.go({ name: 'results', scanId: scan.id });
}

/**
 * Stores werksessies from a checked backup, never overwriting one (a workshop's id is in every
 * participant's answers, so it cannot be renamed: one already here is kept and counted as such).
 * When the settled scan came back under a new id (its id was taken), the workshop points to that copy.
 *
 * @param scans the scans of the same backup, in file order
 * @param stored where each of those scans was stored, in the same order
 */
export async function importWorkshops(
	repository: WorkshopRepository,
	workshops: Workshop[],
	scans: Scan[],
	stored: Array<{ id: string }>
): Promise<{ added: number; existing: number }> {
	const newIds = new Map(scans.map((scan, index) => [scan.id, stored[index]?.id ?? scan.id]));
	let added = 0;
	let existing = 0;
	for (const workshop of workshops) {
		const resultScanId = workshop.resultScanId === null ? null : (newIds.get(workshop.resultScanId) ?? workshop.resultScanId);
		if ((await repository.importWorkshop({ ...workshop, resultScanId })) === 'added') added++;
		else existing++;
	}
	return { added, existing };
}
