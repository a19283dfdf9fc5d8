/**
 * Replays the answer journal into IndexedDB at start-up: answers the user gave just before the page went
 * away, whose IndexedDB write never committed, are written now, before the app reads any scan.
 *
 * Rules, so a replay can never make things worse:
 * - an entry only replaces a stored answer that is older (by `updatedAt`); a newer answer, for example
 *   one saved in another tab afterwards, stays;
 * - an entry for a scan that no longer exists is dropped, so a deleted scan never comes back;
 * - a scan record of the wrong shape is left as it is;
 * - entries are removed from the journal only after the transaction committed.
 */
import type { AnswerJournal, JournalEntry } from './answer-journal.ts';
import type { AnswerRecord, KwartiermakerDatabase } from './db.ts';
import { later } from './scan-repository.ts';
import { abortReason, transactionErrorOf } from './storage-errors.ts';

function byScan(entries: JournalEntry[]): Map<string, JournalEntry[]> {
	const groups = new Map<string, JournalEntry[]>();
	for (const entry of entries) groups.set(entry.scanId, [...(groups.get(entry.scanId) ?? []), entry]);
	return groups;
}

function isOlder(stored: AnswerRecord | undefined, entry: JournalEntry): boolean {
	return !stored || typeof stored.updatedAt !== 'string' || stored.updatedAt < entry.updatedAt;
}

/**
 * Writes the journal's entries for database `dbName` into `db` and removes them from the journal.
 *
 * @returns how many answers the replay wrote; rejects (and keeps the journal) when the transaction failed
 */
export async function replayAnswerJournal(db: KwartiermakerDatabase, dbName: string, journal: AnswerJournal): Promise<number> {
	const entries = journal.entries(dbName);
	if (entries.length === 0) return 0;
	const tx = db.transaction(['scans', 'answers'], 'readwrite', { durability: 'strict' });
	// Awaited below; this only keeps an abort from also surfacing as an unhandled rejection.
	tx.done.catch(() => {});
	const scans = tx.objectStore('scans');
	const answers = tx.objectStore('answers');
	let written = 0;
	try {
		for (const [scanId, list] of byScan(entries)) {
			const scan = await scans.get(scanId);
			if (!scan || typeof scan.updatedAt !== 'string') continue;
			let updatedAt = scan.updatedAt;
			for (const entry of list) {
				if (typeof entry.updatedAt !== 'string') continue;
				const stored = await answers.get([scanId, entry.questionId]);
				if (isOlder(stored, entry)) {
					const { value, note, questionId } = entry;
					await answers.put({ scanId, questionId, value, note, updatedAt: entry.updatedAt });
					written++;
				}
				// Also when the answer itself had landed: the scan's own updatedAt may not have.
				updatedAt = later(updatedAt, entry.updatedAt);
			}
			if (updatedAt !== scan.updatedAt) await scans.put({ ...scan, updatedAt });
		}
		await tx.done;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already aborted or finished.
		}
		throw abortReason(error, transactionErrorOf(tx));
	}
	for (const entry of entries) journal.settle(entry);
	return written;
}
