/**
 * How a scan leaves the device: a backup file, a share link, the PDF and the Word document. Each is made from what storage
 * holds after every pending write (with what other tabs saved), and the heavy code (backup builder, link
 * packing, jsPDF, docx) loads only when asked. WizardApp hands over the few things these need.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { ScanResults } from '../domain/results-types.ts';
import type { Scan } from '../domain/scan.ts';
import { MAX_SHARE_LINK_CHARS } from '../files/share-link-limits.ts';
import type { Language, Messages } from '../i18n/messages.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { DEMO_SCAN_ID } from '../wizard/routes.ts';
import { copyText } from './clipboard.ts';
import type { ShareLinkMakerDeps } from './share-link-maker.svelte.ts';
import { randomId } from './uuid.ts';

/** What the exports need from the running app. */
export interface ExportHost {
	readonly checklist: Checklist;
	readonly workshops: WorkshopRepository;
	now(): Date;
	/** The app's address now (a share link starts with it). */
	href(): string;
	/** Writes every pending answer; rejects when a write failed. */
	flush(): Promise<void>;
	/** The repository that holds this scan (the demo's own, or the real one). */
	repositoryFor(scanId: string): Promise<ScanRepository>;
	/** Notes that a backup was downloaded (for the backup reminder). */
	recordBackup(): void;
	/** The interface language and its catalogue, for the PDF. */
	words(): { language: Language; messages: Messages };
}

/**
 * The scan as storage holds it now, after writing everything pending: with what other tabs saved, so a
 * backup or PDF from a tab that was behind is still complete. When storage fails, the scan on screen
 * (memory holds every answer given in this tab).
 */
export async function storedScan(host: ExportHost, shown: Scan): Promise<Scan> {
	try {
		await host.flush();
		return (await (await host.repositoryFor(shown.id)).getScan(shown.id)) ?? shown;
	} catch {
		return shown;
	}
}

/**
 * A scan as it may leave the device (backup file, link). Backups and links only carry scans with a random
 * id, and a restore refuses any other; the demo scan's fixed id would make its file or link unreadable, so
 * the demo leaves as an ordinary copy with a fresh id.
 */
export function forExport(scan: Scan): Scan {
	return scan.id === DEMO_SCAN_ID ? { ...scan, id: randomId(), demo: false } : scan;
}

/** Downloads the scan as a JSON backup. Resolves with the file name. */
export async function downloadScanBackup(host: ExportHost, shown: Scan): Promise<string> {
	const scan = await storedScan(host, shown);
	const [{ buildBackup, backupFileName }, { saveBlob }] = await Promise.all([import('../files/backup.ts'), import('../files/save-file.ts')]);
	const now = host.now();
	const fileName = backupFileName(scan.profile.organisation, now);
	saveBlob(new Blob([buildBackup(forExport(scan), now.toISOString())], { type: 'application/json' }), fileName);
	if (!scan.demo) host.recordBackup();
	return fileName;
}

/** "Deel via link" for a scan: the link is made from what storage holds after pending writes. */
export function shareLinkDeps(host: ExportHost, scan: Scan): ShareLinkMakerDeps {
	return {
		limit: MAX_SHARE_LINK_CHARS,
		create: async () => {
			// When a write failed, storage lacks the newest answers and the copy in memory holds them all.
			const saved = await host.flush().then(
				() => true,
				() => false
			);
			const stored = saved ? await host.repositoryFor(scan.id).then((repository) => repository.getScan(scan.id)).catch(() => null) : null;
			const { createShareLink } = await import('../files/share-link.ts');
			return createShareLink(host.href(), forExport(stored ?? scan), host.now().toISOString(), MAX_SHARE_LINK_CHARS);
		},
		copy: copyText
	};
}

/** What the PDF and the Word document are made from: the same for both, so they always say the same. */
interface ReportInputs {
	/** The scan as stored, with its plan (the proposed one when the plan page was never opened). */
	scan: Scan;
	results: ScanResults;
	/** A werksessie's scan gets a section about the session while the workshop is still on this device. */
	workshop: Workshop | null;
	/** A repeated scan gets a progress section while the earlier scan (`repeatOf`) is still on this device. */
	earlier: Scan | null;
}

async function reportInputs(host: ExportHost, shown: Scan): Promise<ReportInputs> {
	const scan = await storedScan(host, shown);
	const { scoreScan } = await import('../domain/scoring.ts');
	const { repeatOf } = scan;
	const [workshop, earlier] = await Promise.all([
		scan.workshop ? host.workshops.getWorkshop(scan.workshop.workshopId).catch(() => null) : null,
		repeatOf
			? host
					.repositoryFor(repeatOf)
					.then((repository) => repository.getScan(repeatOf))
					.catch(() => null)
			: null
	]);
	const results = scoreScan(host.checklist, scan);
	return { scan: await withPlan(host, scan, results), results, workshop, earlier };
}

/**
 * The scan with its action plan. Before the plan page was first opened the scan has none yet; a report
 * made from the results page then shows the plan the answers propose (not saved: the plan page does that).
 */
async function withPlan(host: ExportHost, scan: Scan, results: ScanResults): Promise<Scan> {
	if (scan.plan !== null) return scan;
	const { createPlan } = await import('../domain/action-plan.ts');
	return { ...scan, plan: createPlan(host.checklist, scan, results, host.now().toISOString()) };
}

/**
 * Builds the PDF action plan and starts its download. jsPDF, autotable and the fonts load only now, so the
 * first screen stays small. Resolves with the file name.
 */
export async function downloadScanReport(host: ExportHost, shown: Scan): Promise<string> {
	const [{ downloadReport }, { scan, results, workshop, earlier }] = await Promise.all([import('../report/download-report.ts'), reportInputs(host, shown)]);
	return downloadReport(host.checklist, scan, results, host.words(), workshop, earlier);
}

/**
 * Builds the Word document (the PDF's content with real headings, lists and tables, to edit) and starts its
 * download. docx loads only now. Resolves with the file name.
 */
export async function downloadScanWord(host: ExportHost, shown: Scan): Promise<string> {
	const [{ downloadWord }, { scan, results, workshop, earlier }] = await Promise.all([import('../report/download-word.ts'), reportInputs(host, shown)]);
	return downloadWord(host.checklist, scan, results, host.words(), workshop, host.now(), earlier);
}
