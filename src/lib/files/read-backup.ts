/**
 * Reading a backup file: the counterpart of `backup.ts`.
 *
 * `parseBackup` turns untrusted text into checked scans. It never throws and never touches storage:
 * it returns the scans to import plus warnings, or one message that says why the file is refused; messages
 * are catalogue keys with parameters (`backupFile.*` in src/lib/i18n), put into words by the page. Storing the scans (under a new id when the id is taken) is the repository's job.
 * `readBackupFile` does the same for a chosen file: it checks the size before reading, and the
 * character encoding (see `decodeBackupBytes`).
 *
 * The shapes and limits of the data are not defined here but in `domain/scan-schema.ts`, the one
 * schema for stored and exchanged scans. This module adds what only a file needs: the envelope
 * checks, their order, and messages that name the field that is wrong.
 *
 * Order of the checks, so the message is the most useful one:
 * 1. size (≤ 5 MB, counted in UTF-8 bytes), empty file, JSON syntax;
 * 2. `type` is 'kwartiermaker-backup' (anything else: "geen reservekopie");
 * 3. the whole parsed tree, walked without recursion: nesting ≤ 20 levels, at most LIMITS.backupValues
 *    values ("te groot"), and no key named `__proto__`, `constructor` or `prototype` anywhere (also
 *    not inside parts that would be stripped);
 * 4. `version`: newer is refused, older goes through `MIGRATIONS` (none exist yet);
 * 5. `scans`: an array of at most 200, and `workshops` (werksessies; optional) an array of at most 50;
 *    together they hold at least one item;
 * 6. per scan: newer `schemaVersion` refused, other checklist refused, newer checklist version refused,
 *    then the scan schema (unknown keys are stripped silently, wrong shapes are refused), then the
 *    content migrations of the checklist bring the answers to the current checklist version.
 *
 * Rule of thumb: a wrong *shape* (a number where text belongs, a bad date, a note over 10 000
 * characters) means the file is damaged or made by hand, so the whole file is refused. Answers that do
 * not fit *this checklist* (a question that was removed, an option that no longer exists) are what an
 * older checklist version produces: the checklist's migrations map them, and what still does not fit
 * is kept aside with the scan ("Antwoorden uit een eerdere versie"), with a warning. Unknown focus areas
 * are dropped with a warning.
 *
 * 7. per werksessie: newer `schemaVersion` refused ("werk de app bij", naming the session by its
 *    organisation), other checklist refused, newer checklist version refused, then `WorkshopSchema`.
 *    A werksessie keeps its own checklist version: its participants' answers are not migrated here.
 *
 * All or nothing: if one scan or werksessie in the file is refused, the whole file is refused (the
 * message names it). The app writes backups with one scan, or one werksessie with the scan settled
 * from it, so a partial import would only confuse.
 *
 * The result is built from fresh plain objects (valibot output and objects made here), never from
 * the parsed JSON itself, and only with keys from the schema or the checklist.
 */
import { utf8Size } from '../domain/utf8-size.ts';
import * as v from 'valibot';
import type { Checklist } from '../content/checklist-schema.ts';
import { compareVersions, migrateScan } from '../domain/migrate-answers.ts';
import { inspectTree } from '../domain/safe-tree.ts';
import type { Scan } from '../domain/scan.ts';
import {
	BACKUP_TYPE,
	BACKUP_VERSION,
	BackupEnvelopeSchema,
	BackupScanSchema,
	LIMITS,
	PROBLEM,
	SCAN_SCHEMA_VERSION
} from '../domain/scan-schema.ts';
import type { MessageKey, MessageParam, MessageRef } from '../i18n/message-ref.ts';
import type { Messages } from '../i18n/messages.ts';
import { WORKSHOP_LIMITS, WORKSHOP_SCHEMA_VERSION, WorkshopSchema, type Workshop } from '../workshop/workshop-schema.ts';

/** Largest file that is read, in bytes (UTF-8). */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
/** Deepest nesting of objects and arrays. A real backup uses 6 levels. */
export const MAX_BACKUP_DEPTH = LIMITS.depth;
/** Most scans in one backup file. */
export const MAX_BACKUP_SCANS = LIMITS.backupScans;
/** Most werksessies (workshops) in one backup file. */
export const MAX_BACKUP_WORKSHOPS = LIMITS.backupWorkshops;

/**
 * The scans to import with warnings, or why the file is refused; messages are catalogue keys with their
 * parameters (`backupFile.*`), which the page puts into words in the current language.
 */
export type ParseBackupResult =
	| { ok: true; scans: Scan[]; workshops: Workshop[]; warnings: MessageRef[] }
	| { ok: false; message: MessageRef };

export interface ParseBackupOptions {
	/** Largest accepted size in bytes (UTF-8); default 5 MB. */
	maxBytes?: number;
	/**
	 * Read the werksessies in the file (default true). Share links carry one scan only: they pass false,
	 * so a `workshops` list in a link is not read (the tree is still checked as a whole) and a link needs a scan.
	 */
	workshops?: boolean;
}

type RawObject = Record<string, unknown>;

/**
 * Upgrades a backup from version N (the key) to N + 1. When `BACKUP_VERSION` goes up, add the step
 * from the old version here; `parseBackup` runs every step in turn and then checks the result as
 * the current version. A version below the current one without a step is refused.
 */
const MIGRATIONS: ReadonlyMap<number, (backup: RawObject) => RawObject> = new Map();

/**
 * Upgrades one scan from `schemaVersion` N (the key) to N + 1, for when `SCAN_SCHEMA_VERSION` goes
 * up. Keep these in step with the IndexedDB upgrades in storage/db.ts, so a scan reads the same
 * from a file as from the browser's storage. None exist yet.
 */
const SCAN_MIGRATIONS: ReadonlyMap<number, (scan: RawObject) => RawObject> = new Map();

// ---------------------------------------------------------------------------------------------
// Messages: catalogue keys (src/lib/i18n, `backupFile`); the page puts them into words
// ---------------------------------------------------------------------------------------------

const refusal = (key: MessageKey, ...params: MessageParam[]): { ok: false; message: MessageRef } => ({
	ok: false,
	message: params.length > 0 ? { key, params } : { key }
});

const tooLarge = (maxBytes: number) => refusal('backupFile.errors.tooLarge', maxBytes);

// ---------------------------------------------------------------------------------------------
// Messages that name the field
// ---------------------------------------------------------------------------------------------

/**
 * Fields that have a name in the catalogue (`backupFile.fields`). A Set of own names, so no key from the
 * file can reach Object.prototype.
 */
const FIELD_KEYS: ReadonlySet<string> = new Set<Exclude<keyof Messages['backupFile']['fields'], 'unknown'>>([
	'id', 'schemaVersion', 'checklistId', 'checklistVersion', 'mode', 'profile', 'organisation', 'filledInBy', 'role',
	'phase', 'focusAreas', 'answers', 'setAside', 'plan', 'actions', 'createdAt', 'updatedAt', 'sourceActionId',
	'themeId', 'questionId', 'title', 'why', 'firstStep', 'owner', 'deadline', 'horizon', 'status', 'priority', 'value',
	'note', 'fromVersion', 'questionText', 'answerLabel', 'demo'
]);

const fieldName = (key: unknown): MessageRef =>
	typeof key === 'string' && FIELD_KEYS.has(key)
		? { key: `backupFile.fields.${key}` as MessageKey }
		: { key: 'backupFile.fields.unknown' };

/** Names for one item of a list, e.g. path [plan, actions, 2] → "actieplan, actie 3". */
const ITEM_KEYS: ReadonlyMap<string, MessageKey> = new Map([
	['actions', 'backupFile.items.actions'],
	['focusAreas', 'backupFile.items.focusAreas']
]);

/** Names for one entry of a record keyed by question id, e.g. [answers, k1-plan] → "antwoord op vraag k1-plan". */
const ENTRY_KEYS: ReadonlyMap<string, MessageKey> = new Map([
	['answers', 'backupFile.entries.answers'],
	['setAside', 'backupFile.entries.setAside']
]);

/** Fields whose name is plural ("antwoorden"), so the verb must be plural too. */
const PLURAL_KEYS: ReadonlySet<string> = new Set(['answers', 'focusAreas', 'actions', 'setAside']);

/** The problems the schema reports (its messages are these keys); anything else reads as "klopt niet". */
const PROBLEM_KEYS: ReadonlySet<string> = new Set(Object.values(PROBLEM));

/** What is wrong, from a valibot issue: the schema's key, with the limit and whether the field is plural. */
function problemOf(issue: v.BaseIssue<unknown>, plural: boolean): MessageRef {
	const key: MessageKey = PROBLEM_KEYS.has(issue.message) ? (issue.message as MessageKey) : PROBLEM.invalid;
	if (key === PROBLEM.tooLong || key === PROBLEM.tooMany) {
		const max = (issue as { requirement?: unknown }).requirement;
		return { key, params: [plural, typeof max === 'number' ? max : 0] };
	}
	if (key === PROBLEM.outOfRange) return { key, params: [plural, LIMITS.deadline.min.slice(0, 4), LIMITS.deadline.max.slice(0, 4)] };
	return { key, params: [plural] };
}

/** "profiel, fase is onbekend" from a valibot issue, as a message with its parts. */
function describeIssue(issue: v.BaseIssue<unknown>): MessageRef {
	const parts: MessageRef[] = [];
	let previousKey: unknown = null;
	for (const item of issue.path ?? []) {
		const key: unknown = item.key;
		const entryKey = typeof previousKey === 'string' ? ENTRY_KEYS.get(previousKey) : undefined;
		if (entryKey && typeof key === 'string') {
			parts.pop();
			// A question id from the file: shown cut short, never as markup (the UI shows text only).
			parts.push({ key: entryKey, params: [key.length > 60 ? `${key.slice(0, 60)}…` : key] });
		} else if (typeof key === 'number') {
			const itemKey = typeof previousKey === 'string' ? ITEM_KEYS.get(previousKey) : undefined;
			if (itemKey) parts.pop();
			parts.push({ key: itemKey ?? 'backupFile.items.other', params: [key + 1] });
		} else {
			parts.push(fieldName(key));
		}
		previousKey = entryKey ? null : key;
	}
	const last = issue.path?.at(-1)?.key;
	const problem = problemOf(issue, typeof last === 'string' && PLURAL_KEYS.has(last));
	if (parts.length === 0) return problem;
	return { key: 'backupFile.fieldProblem', params: [{ key: 'backupFile.path', params: parts }, problem] };
}

// ---------------------------------------------------------------------------------------------
// Raw checks
// ---------------------------------------------------------------------------------------------

function isRawObject(value: unknown): value is RawObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: never reads through the prototype chain. */
function own(object: RawObject, key: string): unknown {
	return Object.hasOwn(object, key) ? object[key] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Per scan
// ---------------------------------------------------------------------------------------------

type ScanResult = { ok: true; scan: Scan; warnings: MessageRef[] } | { ok: false; message: MessageRef };

/** `label` names the scan: "De scan", or "Scan 2" in a file with several. */
function readScan(raw: unknown, label: MessageRef, checklist: Checklist): ScanResult {
	const refuse = (problem: MessageRef): ScanResult => refusal('backupFile.errors.scanInvalid', label, problem);
	if (!isRawObject(raw)) return refuse({ key: 'backupFile.problems.notScan' });

	let scanVersion = own(raw, 'schemaVersion');
	if (typeof scanVersion === 'number' && scanVersion > SCAN_SCHEMA_VERSION) return refusal('backupFile.errors.newer');
	const checklistId = own(raw, 'checklistId');
	if (typeof checklistId === 'string' && checklistId !== checklist.id) {
		return refusal('backupFile.errors.otherChecklist', label);
	}

	let current = raw;
	while (typeof scanVersion === 'number' && Number.isInteger(scanVersion) && scanVersion >= 1 && scanVersion < SCAN_SCHEMA_VERSION) {
		const migrate = SCAN_MIGRATIONS.get(scanVersion);
		if (!migrate) return refusal('backupFile.errors.older');
		current = migrate(current);
		scanVersion += 1;
		current = { ...current, schemaVersion: scanVersion };
	}

	const parsed = v.safeParse(BackupScanSchema, current, { abortEarly: true });
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return refuse(issue ? describeIssue(issue) : { key: PROBLEM.invalid, params: [false] });
	}
	const data = parsed.output;

	// Answers of a newer checklist would be kept aside and so taken away from the newer app: refuse.
	if ((compareVersions(data.checklistVersion, checklist.version) ?? 0) > 0) {
		return refusal('backupFile.errors.newerChecklist', label, data.checklistVersion, checklist.version);
	}

	const migration = migrateScan(checklist, { ...data, demo: false });
	// Refusals were handled above (other checklist, newer version); this keeps the types honest.
	if (!migration.ok) return refuse({ key: 'backupFile.problems.wrongChecklistVersion' });
	const migrated = migration.scan;

	const warnings: MessageRef[] = [];
	if (data.checklistVersion !== checklist.version) {
		warnings.push({ key: 'backupFile.warnings.olderChecklist', params: [data.checklistVersion, checklist.version] });
	}
	if (migration.keptAside.length > 0) warnings.push({ key: 'backupFile.warnings.keptAside', params: [migration.keptAside.length] });

	const knownAreas = new Set(checklist.focusAreas.map((area) => area.id));
	const focusAreas = [...new Set(data.profile.focusAreas)].filter((id) => knownAreas.has(id));
	const unknownAreas = new Set(data.profile.focusAreas.filter((id) => !knownAreas.has(id))).size;
	if (unknownAreas > 0) warnings.push({ key: 'backupFile.warnings.unknownFocusAreas', params: [unknownAreas] });

	const scan: Scan = {
		...migrated,
		profile: { ...migrated.profile, focusAreas },
		setAside: migrated.setAside ?? {},
		// A backup never makes a demo scan.
		demo: false
	};
	return { ok: true, scan, warnings };
}

// ---------------------------------------------------------------------------------------------
// Per werksessie (workshop)
// ---------------------------------------------------------------------------------------------

type WorkshopResult = { ok: true; workshop: Workshop } | { ok: false; message: MessageRef };

/**
 * How a message names a werksessie: by its organisation when the file gives a readable one ("De
 * werksessie van Gemeente Zwolle"), else by its place in the file. Text from the file is cut short and
 * only ever shown as text.
 */
function workshopLabel(raw: unknown, index: number, single: boolean): MessageRef {
	const settings = isRawObject(raw) ? own(raw, 'settings') : undefined;
	const organisation = isRawObject(settings) ? own(settings, 'organisation') : undefined;
	if (typeof organisation === 'string' && organisation.trim() !== '') {
		const name = organisation.trim();
		return { key: 'workshopStorage.backup.named', params: [name.length > 60 ? `${name.slice(0, 60)}…` : name] };
	}
	return single ? { key: 'workshopStorage.backup.single' } : { key: 'workshopStorage.backup.numbered', params: [index + 1] };
}

function readWorkshopEntry(raw: unknown, label: MessageRef, checklist: Checklist): WorkshopResult {
	const refuse = (problem: MessageRef): WorkshopResult => refusal('workshopStorage.backup.invalid', label, problem);
	if (!isRawObject(raw)) return refuse({ key: 'workshopStorage.backup.notWorkshop' });
	const schemaVersion = own(raw, 'schemaVersion');
	// A newer release may have added data this one would drop: refuse rather than import it half.
	if (typeof schemaVersion === 'number' && schemaVersion > WORKSHOP_SCHEMA_VERSION) return refusal('workshopStorage.backup.newer', label);
	const checklistId = own(raw, 'checklistId');
	if (typeof checklistId === 'string' && checklistId !== checklist.id) return refusal('workshopStorage.backup.otherChecklist', label);
	// Its own, smaller limit on values, as for a stored workshop (the file as a whole was checked above).
	if (inspectTree(raw, { maxDepth: WORKSHOP_LIMITS.depth, maxValues: WORKSHOP_LIMITS.workshopValues }) !== null) {
		return refusal('backupFile.errors.tooManyValues');
	}
	const parsed = v.safeParse(WorkshopSchema, raw, { abortEarly: true });
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return refuse(issue ? describeIssue(issue) : { key: PROBLEM.invalid, params: [false] });
	}
	const workshop = parsed.output;
	if ((compareVersions(workshop.checklistVersion, checklist.version) ?? 0) > 0) {
		return refusal('workshopStorage.backup.newerChecklist', label, workshop.checklistVersion, checklist.version);
	}
	return { ok: true, workshop };
}

// ---------------------------------------------------------------------------------------------
// The file
// ---------------------------------------------------------------------------------------------

function parse(text: unknown, checklist: Checklist, options: ParseBackupOptions): ParseBackupResult {
	const maxBytes =
		typeof options.maxBytes === 'number' && Number.isFinite(options.maxBytes) && options.maxBytes > 0
			? options.maxBytes
			: MAX_BACKUP_BYTES;
	if (typeof text !== 'string') return refusal('backupFile.errors.notBackup');
	// A UTF-8 file is never smaller than its UTF-16 length, and never more than 3 times it.
	if (text.length > maxBytes) return tooLarge(maxBytes);
	if (text.length * 3 > maxBytes && utf8Size(text, maxBytes) > maxBytes) return tooLarge(maxBytes);

	const body = text.replace(/^\uFEFF/, '').trim();
	if (body === '') return refusal('backupFile.errors.empty');
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		// A PDF or photo is not a backup at all; a cut-off backup is damaged.
		return refusal(body.startsWith('{') ? 'backupFile.errors.notJson' : 'backupFile.errors.notBackup');
	}
	if (!isRawObject(parsed) || own(parsed, 'type') !== BACKUP_TYPE) return refusal('backupFile.errors.notBackup');

	// Before anything else reads the tree: an unsafe key, absurd nesting or a million values get
	// their own message here, instead of a crash further on and the generic "probeer het opnieuw".
	const problem = inspectTree(parsed, { maxDepth: MAX_BACKUP_DEPTH, maxValues: LIMITS.backupValues });
	if (problem?.problem === 'key') return refusal('backupFile.errors.forbiddenKey', problem.key);
	if (problem?.problem === 'depth') return refusal('backupFile.errors.tooDeep');
	if (problem?.problem === 'values') return refusal('backupFile.errors.tooManyValues');

	let backup: RawObject = parsed;
	let version = own(backup, 'version');
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return refusal('backupFile.errors.badVersion');
	}
	if (version > BACKUP_VERSION) return refusal('backupFile.errors.newer');
	while (version < BACKUP_VERSION) {
		const migrate = MIGRATIONS.get(version);
		if (!migrate) return refusal('backupFile.errors.older');
		backup = migrate(backup);
		version += 1;
	}

	const rawScans = own(backup, 'scans');
	if (!Array.isArray(rawScans)) return refusal('backupFile.errors.noScanList');
	const readWorkshops = options.workshops !== false;
	const rawWorkshops = readWorkshops ? own(backup, 'workshops') : undefined;
	if (rawWorkshops !== undefined && !Array.isArray(rawWorkshops)) return refusal('workshopStorage.backup.noList');
	const workshopCount = rawWorkshops?.length ?? 0;
	if (rawScans.length === 0 && workshopCount === 0) return refusal('backupFile.errors.noScans');
	if (rawScans.length > MAX_BACKUP_SCANS) return refusal('backupFile.errors.tooManyScans', MAX_BACKUP_SCANS);
	if (workshopCount > MAX_BACKUP_WORKSHOPS) return refusal('workshopStorage.backup.tooMany', MAX_BACKUP_WORKSHOPS);

	// Without `workshops` when they are not read, so the envelope check does not look at them either.
	const { workshops: _skipped, ...withoutWorkshops } = backup;
	const envelope = v.safeParse(BackupEnvelopeSchema, readWorkshops ? backup : withoutWorkshops);
	if (!envelope.success) return refusal('backupFile.errors.badEnvelope');

	const workshops: Workshop[] = [];
	const singleWorkshop = (envelope.output.workshops ?? []).length === 1;
	for (const [index, raw] of (envelope.output.workshops ?? []).entries()) {
		const result = readWorkshopEntry(raw, workshopLabel(raw, index, singleWorkshop), checklist);
		if (!result.ok) return result;
		workshops.push(result.workshop);
	}

	const scans: Scan[] = [];
	const warnings: MessageRef[] = [];
	const single = envelope.output.scans.length === 1;
	for (const [index, raw] of envelope.output.scans.entries()) {
		const label: MessageRef = single ? { key: 'backupFile.scanLabel.single' } : { key: 'backupFile.scanLabel.numbered', params: [index + 1] };
		const result = readScan(raw, label, checklist);
		if (!result.ok) return result;
		scans.push(result.scan);
		warnings.push(
			...result.warnings.map((warning): MessageRef => (single ? warning : { key: 'backupFile.warnings.ofScan', params: [index + 1, warning] }))
		);
	}
	return { ok: true, scans, workshops, warnings };
}

/**
 * Reads and checks the text of a backup file against the checklist. Never throws: any input gives
 * either the scans and werksessies to import (with warnings about what was kept aside or left out) or
 * one message, both as catalogue keys. The scans always have `demo: false` and a `setAside` record; their ids are kept (the
 * repository picks a new id when the id is already taken).
 */
export function parseBackup(text: string, checklist: Checklist, options: ParseBackupOptions = {}): ParseBackupResult {
	try {
		return parse(text, checklist, options ?? {});
	} catch {
		return refusal('backupFile.errors.unexpected');
	}
}

// ---------------------------------------------------------------------------------------------
// Bytes and files
// ---------------------------------------------------------------------------------------------

/**
 * The text of a backup file. The app always writes UTF-8. A file that is not valid UTF-8 was almost
 * always opened and saved again in an editor that uses the Windows encoding (windows-1252, which
 * covers Latin-1); decoded as UTF-8 its ë and é would turn into replacement characters without a word.
 * So it is decoded as windows-1252 instead, which gives back the letters the user typed, and the
 * import says so, so the user checks the texts. Refusing the file would leave the user, who cannot be
 * expected to know about encodings, without any way to get the answers back.
 */
export function decodeBackupBytes(bytes: Uint8Array): { text: string; warning: MessageRef | null } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
	} catch {
		return { text: decodeWindows1252(bytes), warning: { key: 'backupFile.warnings.notUtf8' } };
	}
}

/**
 * Bytes 0x80–0x9F of windows-1252 (€, curly quotes, …); the other bytes equal their code point.
 * Written out because some runtimes (Node) decode the 'windows-1252' label as plain Latin-1.
 */
const WINDOWS_1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	// In slices, so a 5 MB file never becomes one call with millions of arguments.
	for (let start = 0; start < bytes.length; start += 8192) {
		const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
			byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte
		);
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}

/** `parseBackup` for raw bytes: decodes them first (see `decodeBackupBytes`) and adds its warning. */
export function parseBackupBytes(bytes: Uint8Array, checklist: Checklist, options: ParseBackupOptions = {}): ParseBackupResult {
	const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES;
	if (bytes.byteLength > maxBytes) return tooLarge(maxBytes);
	const { text, warning } = decodeBackupBytes(bytes);
	const result = parseBackup(text, checklist, options);
	if (!result.ok || !warning) return result;
	return { ...result, warnings: [warning, ...result.warnings] };
}

/**
 * Reads a chosen file (a `File` is a `Blob`): refused by its size before a byte is read, then read
 * as bytes and parsed. Never rejects.
 */
export async function readBackupFile(file: Blob, checklist: Checklist, options: ParseBackupOptions = {}): Promise<ParseBackupResult> {
	const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES;
	if (file.size > maxBytes) return tooLarge(maxBytes);
	try {
		return parseBackupBytes(new Uint8Array(await file.arrayBuffer()), checklist, options);
	} catch {
		return refusal('backupFile.errors.unexpected');
	}
}
