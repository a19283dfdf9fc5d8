/**
 * Remembers, per scan, that it was brought from an older checklist version and whether the user has
 * been told what changed ("Wat is er nieuw"). Kept in localStorage: small, per device, and it must
 * outlive the page, because the scan is migrated when it is opened and the notice comes later.
 *
 * What is read back is checked (by hand: the shape is tiny, and the first screen must not load the
 * schema library); anything else (a hand-edited or foreign value, a prototype key, too many entries) is
 * treated as "nothing noted", which at worst shows a notice once more.
 */

/** The localStorage key. "Alles verwijderen" should remove it with the other data. */
export const VERSION_NOTES_KEY = 'kwartiermaker:wat-is-nieuw';
/** More entries than any user has scans; older ones are dropped first. */
const MAX_ENTRIES = 500;
/** Far more than 500 entries need; a longer value is not ours. */
const MAX_LENGTH = 100_000;
const VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;
const SCAN_ID = /^[A-Za-z0-9-]{1,64}$/;
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface VersionNote {
	/** The checklist version the scan was made with. */
	from: string;
	/** The checklist version the user was last told about (null: not yet told). */
	shown: string | null;
}

function isNote(value: unknown): value is VersionNote {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	if (keys.length !== 2 || !keys.includes('from') || !keys.includes('shown')) return false;
	const { from, shown } = value as Record<string, unknown>;
	return typeof from === 'string' && VERSION.test(from) && (shown === null || (typeof shown === 'string' && VERSION.test(shown)));
}

/** The notes in a stored text, or null when the text is not a valid set of notes. */
export function parseVersionNotes(text: string): Record<string, VersionNote> | null {
	if (text.length > MAX_LENGTH) return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const entries = Object.entries(data);
	if (entries.length > MAX_ENTRIES) return null;
	// Only scan ids as keys (no "__proto__", "constructor", …), and a map without a prototype.
	const notes = Object.create(null) as Record<string, VersionNote>;
	for (const [key, note] of entries) {
		if (!SCAN_ID.test(key) || PROTOTYPE_KEYS.has(key) || !isNote(note)) return null;
		notes[key] = { from: note.from, shown: note.shown };
	}
	return notes;
}

export interface VersionNotes {
	get(scanId: string): VersionNote | null;
	set(scanId: string, note: VersionNote): void;
}

/**
 * Notes in `storage` (localStorage by default). Without storage (blocked, private mode) the notes live
 * in memory for this page only.
 */
export function createVersionNotes(storage: Pick<Storage, 'getItem' | 'setItem'> | null | undefined = globalThis.localStorage): VersionNotes {
	let memory: Record<string, VersionNote> = {};
	const read = (): Record<string, VersionNote> => {
		try {
			const text = storage?.getItem(VERSION_NOTES_KEY);
			return (text ? parseVersionNotes(text) : null) ?? memory;
		} catch {
			return memory;
		}
	};
	return {
		get(scanId) {
			const notes = read();
			return Object.hasOwn(notes, scanId) ? (notes[scanId] ?? null) : null;
		},
		set(scanId, note) {
			const notes = { ...read() };
			delete notes[scanId];
			notes[scanId] = note;
			const keys = Object.keys(notes);
			for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) delete notes[key];
			memory = notes;
			try {
				storage?.setItem(VERSION_NOTES_KEY, JSON.stringify(notes));
			} catch {
				// Storage full or blocked: the notice may come once more, nothing else is at stake.
			}
		}
	};
}
