/**
 * A small write-ahead journal of answers in localStorage.
 *
 * Why: an IndexedDB transaction only counts once it has committed, and a page that is reloaded or closed
 * at the wrong moment takes its uncommitted transactions with it. localStorage is written synchronously,
 * so an answer recorded here at the moment of the click is on disk before the page can go away. Each entry
 * is removed as soon as the IndexedDB write of that answer committed; whatever is left at the next start is
 * replayed into IndexedDB (see journal-replay.ts) before the app reads any scan.
 *
 * The journal is a safety net, never the only copy: when localStorage is full, blocked or missing, every
 * method quietly does nothing and the app carries on with IndexedDB alone.
 *
 * All entries live under one key, for every database; each entry names its database (`db`), so the demo
 * database has its own entries and can never replay into the real one.
 */

import * as v from 'valibot';
import { JournalEntrySchema } from '../domain/scan-schema.ts';

/** The localStorage key. Every key of the app starts with `kwartiermaker:` ("Alles verwijderen" removes them). */
export const JOURNAL_KEY = 'kwartiermaker:journal';
/**
 * At most this many entries. Normally the journal holds only the one or two answers whose write is still
 * running; it only grows while IndexedDB keeps failing, and then the oldest entries make room.
 */
export const JOURNAL_MAX_ENTRIES = 100;
/** At most this many characters of JSON (about 1 MB as UTF-16), well inside the usual 5 MB per site. */
export const JOURNAL_MAX_CHARS = 500_000;

/** One answer as the user gave it, for one database (`db`: `kwartiermaker` or `kwartiermaker-demo`). */
export type JournalEntry = v.InferOutput<typeof JournalEntrySchema>;

// ---------------------------------------------------------------------------------------------------------
// Pure helpers

/** True for an entry with the right fields and sizes (the journal schema); anything else is ignored. */
export function isJournalEntry(value: unknown): value is JournalEntry {
	return v.is(JournalEntrySchema, value);
}

/** Only the known fields, so nothing else stored under the key travels on. */
function pick(entry: JournalEntry): JournalEntry {
	const { db, scanId, questionId, value, note, updatedAt } = entry;
	return { db, scanId, questionId, value, note, updatedAt };
}

/**
 * The entries in the stored text. Never throws: text that is not JSON, not a list, or entries of the
 * wrong shape (a bug, another version, a hand edit) give an empty list or are skipped.
 */
export function parseJournal(text: string | null): JournalEntry[] {
	if (!text || text.length > JOURNAL_MAX_CHARS * 2) return [];
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return [];
	}
	return Array.isArray(data) ? data.filter(isJournalEntry).map(pick) : [];
}

function sameQuestion(a: JournalEntry, b: JournalEntry): boolean {
	return a.db === b.db && a.scanId === b.scanId && a.questionId === b.questionId;
}

/** True when both entries describe exactly the same answer. */
export function sameEntry(a: JournalEntry, b: JournalEntry): boolean {
	return sameQuestion(a, b) && a.value === b.value && a.note === b.note && a.updatedAt === b.updatedAt;
}

/** Drops the oldest entries until the list fits the limits. */
export function boundJournal(entries: JournalEntry[]): JournalEntry[] {
	let bounded = entries.slice(-JOURNAL_MAX_ENTRIES);
	while (bounded.length > 1 && JSON.stringify(bounded).length > JOURNAL_MAX_CHARS) bounded = bounded.slice(1);
	return bounded;
}

/** The list with `entry` as the newest entry for its question (an older one for that question is replaced). */
export function withEntry(entries: JournalEntry[], entry: JournalEntry): JournalEntry[] {
	return boundJournal([...entries.filter((e) => !sameQuestion(e, entry)), pick(entry)]);
}

/** The list without `entry`; a newer entry for the same question stays. */
export function withoutEntry(entries: JournalEntry[], entry: JournalEntry): JournalEntry[] {
	return entries.filter((e) => !sameEntry(e, entry));
}

// ---------------------------------------------------------------------------------------------------------
// The journal on localStorage

export interface AnswerJournal {
	/** Records an answer at once (synchronously). Call it before any asynchronous work starts. */
	record(entry: JournalEntry): void;
	/** Removes the entry after its IndexedDB write committed; a newer entry for the question stays. */
	settle(entry: JournalEntry): void;
	/** The entries of one database, oldest first. */
	entries(db: string): JournalEntry[];
	/** Removes every entry of a scan (after the scan was deleted, so the answers cannot come back). */
	forgetScan(db: string, scanId: string): void;
	/** Removes every entry of a database (after "delete all"). */
	forgetDatabase(db: string): void;
}

/** Where the journal lives. `localStorage` itself, or an object with the same three methods in tests. */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The browser's localStorage, or null. Reading the property itself can throw (a SecurityError when the
 * user blocked site data), so it is read inside a try.
 */
function browserStorage(): JournalStorage | null {
	try {
		return (globalThis as { localStorage?: JournalStorage }).localStorage ?? null;
	} catch {
		return null;
	}
}

/**
 * The journal on the given storage, or on the browser's localStorage (looked up at each call).
 * Every method swallows storage errors: the journal is an extra safety net, never a reason to fail.
 */
export function createAnswerJournal(storage?: JournalStorage | null): AnswerJournal {
	const resolve = () => (storage === undefined ? browserStorage() : storage);

	function read(): JournalEntry[] {
		try {
			return parseJournal(resolve()?.getItem(JOURNAL_KEY) ?? null);
		} catch {
			return [];
		}
	}

	/** Writes the list; an empty list removes the key. Returns false when the storage refused. */
	function write(entries: JournalEntry[]): boolean {
		const target = resolve();
		if (!target) return false;
		try {
			if (entries.length === 0) target.removeItem(JOURNAL_KEY);
			else target.setItem(JOURNAL_KEY, JSON.stringify(entries));
			return true;
		} catch {
			return false;
		}
	}

	function update(change: (entries: JournalEntry[]) => JournalEntry[]): void {
		const before = read();
		const after = change(before);
		if (after.length === before.length && after.every((entry, i) => sameEntry(entry, before[i]!))) return;
		write(after);
	}

	return {
		record(entry) {
			const entries = withEntry(read(), entry);
			// Storage full: keep at least this newest answer, which is the one the user just gave.
			if (!write(entries)) write([pick(entry)]);
		},
		settle(entry) {
			update((entries) => withoutEntry(entries, entry));
		},
		entries(db) {
			return read().filter((entry) => entry.db === db);
		},
		forgetScan(db, scanId) {
			update((entries) => entries.filter((entry) => entry.db !== db || entry.scanId !== scanId));
		},
		forgetDatabase(db) {
			update((entries) => entries.filter((entry) => entry.db !== db));
		}
	};
}
