/**
 * Remembers, per scan, that it was brought from an older checklist version and whether the user has
 * been told what changed ("Wat is er nieuw"). Kept in localStorage: small, per device, and it must
 * outlive the page, because the scan is migrated when it is opened and the notice comes later.
 *
 * What is read back is checked with a schema; anything else (a hand-edited or foreign value) is
 * treated as "nothing noted", which at worst shows a notice once more.
 */
import * as v from 'valibot';

/** The localStorage key. "Alles verwijderen" should remove it with the other data. */
export const VERSION_NOTES_KEY = 'kwartiermaker:wat-is-nieuw';
/** More entries than any user has scans; older ones are dropped first. */
const MAX_ENTRIES = 500;

const NoteSchema = v.strictObject({
	/** The checklist version the scan was made with. */
	from: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)),
	/** The checklist version the user was last told about (null: not yet told). */
	shown: v.nullable(v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)))
});
export type VersionNote = v.InferOutput<typeof NoteSchema>;

const NotesSchema = v.pipe(
	v.record(v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/)), NoteSchema),
	v.check((notes) => Object.keys(notes).length <= MAX_ENTRIES)
);

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
			if (!text) return memory;
			const parsed = v.safeParse(NotesSchema, JSON.parse(text));
			// A record built from JSON cannot carry prototype keys, but keep it a plain null-prototype map.
			return parsed.success ? Object.assign(Object.create(null) as Record<string, VersionNote>, parsed.output) : memory;
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
