/**
 * The "Wat is er nieuw" notice: told once per scan that was migrated from an older checklist version.
 *
 * `noteMigrated` is called when a scan of an older version is opened or restored (WizardApp does that);
 * `take` hands the task list page the changes to show and remembers that they were shown, so the
 * notice does not come back for that scan.
 */
import type { Checklist, WhatsNew } from '../content/checklist-schema.ts';
import { compareChecklistVersions, isOlderVersion, whatsNewSince } from '../domain/whats-new.ts';
import type { Scan } from '../domain/scan.ts';
import type { VersionNotes } from './version-notes.ts';

/**
 * The oldest checklist version a scan shows: its own, or that of its kept-aside answers. A restored backup
 * is migrated while it is read, so only its kept-aside answers still tell the version it came from.
 */
export function oldestVersionOf(scan: Pick<Scan, 'checklistVersion' | 'setAside'>): string {
	const versions = [scan.checklistVersion, ...Object.values(scan.setAside ?? {}).map((entry) => entry.fromVersion)];
	return versions.reduce((oldest, version) => ((compareChecklistVersions(version, oldest) ?? 0) < 0 ? version : oldest));
}

export class WhatsNewNotices {
	readonly #checklist: Pick<Checklist, 'version' | 'whatsNew'>;
	readonly #notes: VersionNotes;

	constructor(checklist: Pick<Checklist, 'version' | 'whatsNew'>, notes: VersionNotes) {
		this.#checklist = checklist;
		this.#notes = notes;
	}

	/**
	 * A scan made with `fromVersion` was opened in this (newer) version. Keeps the oldest version seen,
	 * so a scan opened again before the notice was shown still gets every change since it was made.
	 */
	noteMigrated(scanId: string, fromVersion: string): void {
		if (!isOlderVersion(this.#checklist, fromVersion)) return;
		const note = this.#notes.get(scanId);
		if (note && !isOlderVersion({ version: note.from }, fromVersion)) {
			// Already noted from this version or an older one: nothing to add (and "shown" stays).
			return;
		}
		this.#notes.set(scanId, { from: fromVersion, shown: note?.shown ?? null });
	}

	/** The changes not yet shown for this scan, without marking them shown. */
	pending(scanId: string): WhatsNew[] {
		const note = this.#notes.get(scanId);
		if (!note) return [];
		// Told up to `shown` already: only what came after that (and after the scan's own version).
		const since = note.shown !== null && (compareChecklistVersions(note.shown, note.from) ?? 0) > 0 ? note.shown : note.from;
		return whatsNewSince(this.#checklist, since);
	}

	/** The changes to show now for this scan; from now on they count as shown. */
	take(scanId: string): WhatsNew[] {
		const news = this.pending(scanId);
		const note = this.#notes.get(scanId);
		if (news.length > 0 && note) this.#notes.set(scanId, { from: note.from, shown: this.#checklist.version });
		return news;
	}
}
