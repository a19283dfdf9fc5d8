/**
 * Reading a backup file: the counterpart of `backup.ts`.
 *
 * `parseBackup` turns untrusted text into checked scans. It never throws and never touches storage:
 * it returns the scans to import plus warnings, or one Dutch (B1) message that says why the file is
 * refused. Storing the scans (under a new id when the id is taken) is the repository's job.
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
 * 5. `scans`: a non-empty array of at most 200;
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
 * All or nothing: if one scan in the file is refused, the whole file is refused (the message names the
 * scan). The app only writes backups with one scan, so a partial import would only confuse.
 *
 * The result is built from fresh plain objects (valibot output and objects made here), never from
 * the parsed JSON itself, and only with keys from the schema or the checklist.
 */
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
	SCAN_SCHEMA_VERSION,
	formatCount
} from '../domain/scan-schema.ts';

/** Largest file that is read, in bytes (UTF-8). */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
/** Deepest nesting of objects and arrays. A real backup uses 6 levels. */
export const MAX_BACKUP_DEPTH = LIMITS.depth;
/** Most scans in one backup file. */
export const MAX_BACKUP_SCANS = LIMITS.backupScans;

export type ParseBackupResult = { ok: true; scans: Scan[]; warnings: string[] } | { ok: false; message: string };

export interface ParseBackupOptions {
	/** Largest accepted size in bytes (UTF-8); default 5 MB. */
	maxBytes?: number;
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
// Messages (Dutch, B1)
// ---------------------------------------------------------------------------------------------

const MESSAGES = {
	notBackup: 'Dit bestand is geen reservekopie van Kwartiermaker.',
	empty: 'Dit bestand is leeg.',
	notJson: 'Dit bestand is beschadigd: het is geen geldige JSON.',
	tooDeep: 'Dit bestand is beschadigd: de gegevens zijn te diep genest.',
	tooManyValues: 'Dit bestand is te groot: het bevat te veel gegevens voor een reservekopie.',
	badVersion: 'Dit bestand is beschadigd: het versienummer van de reservekopie klopt niet.',
	badEnvelope: 'Dit bestand is beschadigd: de gegevens over de reservekopie kloppen niet.',
	newer: 'Deze reservekopie is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.',
	older: 'Deze reservekopie is gemaakt met een oude versie van Kwartiermaker. Deze app kan hem niet meer lezen.',
	noScanList: 'Dit bestand is beschadigd: de lijst met scans ontbreekt.',
	noScans: 'De reservekopie bevat geen scans.',
	tooManyScans: `De reservekopie bevat te veel scans (meer dan ${MAX_BACKUP_SCANS}).`,
	notUtf8:
		'Dit bestand is niet als UTF-8 opgeslagen. Letters met accenten (zoals ë en é) zijn daarom omgezet. Kijk de teksten van de scan goed na.',
	unexpected: 'Dit bestand kon niet worden gelezen. Kies een ander bestand of probeer het opnieuw.'
} as const;

const forbiddenKey = (key: string): string =>
	`Dit bestand is niet ingelezen, omdat het een onveilige veldnaam bevat ("${key}").`;

const tooLarge = (maxBytes: number): string => `Dit bestand is te groot (meer dan ${formatSize(maxBytes)}).`;

function formatSize(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	if (mb >= 1) return `${String(Math.round(mb * 10) / 10).replace('.', ',')} MB`;
	return `${formatCount(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

function keptAsideWarning(count: number): string {
	return count === 1
		? '1 antwoord past niet meer bij deze versie van de vragenlijst. Het is apart bewaard en staat bij het controleren van de antwoorden, onder ‘Antwoorden uit een eerdere versie’.'
		: `${count} antwoorden passen niet meer bij deze versie van de vragenlijst. Ze zijn apart bewaard en staan bij het controleren van de antwoorden, onder ‘Antwoorden uit een eerdere versie’.`;
}

// ---------------------------------------------------------------------------------------------
// Messages that name the field
// ---------------------------------------------------------------------------------------------

/** Dutch names of fields, for messages. A Map, so no key can reach Object.prototype. */
const FIELD_LABELS: ReadonlyMap<string, string> = new Map([
	['id', 'id'],
	['schemaVersion', 'versienummer'],
	['checklistId', 'vragenlijst'],
	['checklistVersion', 'versie van de vragenlijst'],
	['mode', 'soort scan'],
	['profile', 'profiel'],
	['organisation', 'organisatie'],
	['filledInBy', 'ingevuld door'],
	['role', 'rol'],
	['phase', 'fase'],
	['focusAreas', 'aandachtsgebieden'],
	['answers', 'antwoorden'],
	['setAside', 'antwoorden uit een eerdere versie'],
	['plan', 'actieplan'],
	['actions', 'acties'],
	['createdAt', 'aanmaakdatum'],
	['updatedAt', 'datum van de laatste wijziging'],
	['sourceActionId', 'bron van de actie'],
	['themeId', 'thema'],
	['questionId', 'vraag'],
	['title', 'titel'],
	['why', 'waarom'],
	['firstStep', 'eerste stap'],
	['owner', 'eigenaar'],
	['deadline', 'deadline'],
	['horizon', 'termijn'],
	['status', 'status'],
	['priority', 'prioriteit'],
	['value', 'gekozen antwoord'],
	['note', 'toelichting'],
	['fromVersion', 'versie'],
	['questionText', 'tekst van de vraag'],
	['answerLabel', 'tekst van het antwoord'],
	['demo', 'voorbeeld']
]);

/** Names for one item of a list, e.g. path [plan, actions, 2] → "actieplan, actie 3". */
const ITEM_LABELS: ReadonlyMap<string, string> = new Map([
	['actions', 'actie'],
	['focusAreas', 'aandachtsgebied']
]);

/** Names for one entry of a record keyed by question id, e.g. [answers, k1-plan] → "antwoord op vraag k1-plan". */
const ENTRY_LABELS: ReadonlyMap<string, (key: string) => string> = new Map([
	['answers', (key: string) => `antwoord op vraag ${key}`],
	['setAside', (key: string) => `apart bewaard antwoord ${key}`]
]);

/** Fields whose Dutch name is plural ("antwoorden"), so the verb must be plural too. */
const PLURAL_KEYS: ReadonlySet<string> = new Set(['answers', 'focusAreas', 'actions', 'setAside']);

/** "profiel, fase is onbekend" from a valibot issue. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
	const parts: string[] = [];
	let previousKey: unknown = null;
	for (const item of issue.path ?? []) {
		const key: unknown = item.key;
		const entryLabel = typeof previousKey === 'string' ? ENTRY_LABELS.get(previousKey) : undefined;
		if (entryLabel && typeof key === 'string') {
			parts.pop();
			// A question id from the file: shown cut short, never as markup (the UI shows text only).
			parts.push(entryLabel(key.length > 60 ? `${key.slice(0, 60)}…` : key));
		} else if (typeof key === 'number') {
			const itemLabel = typeof previousKey === 'string' ? ITEM_LABELS.get(previousKey) : undefined;
			if (itemLabel) parts.pop();
			parts.push(`${itemLabel ?? 'onderdeel'} ${key + 1}`);
		} else {
			parts.push(typeof key === 'string' ? (FIELD_LABELS.get(key) ?? 'onbekend veld') : 'onbekend veld');
		}
		previousKey = entryLabel ? null : key;
	}
	if (parts.length === 0) return issue.message;
	const last = issue.path?.at(-1)?.key;
	const message = typeof last === 'string' && PLURAL_KEYS.has(last) ? plural(issue.message) : issue.message;
	return `${parts.join(', ')} ${message}`;
}

/** "ontbreekt" → "ontbreken", "heeft …" → "hebben …", "is …" → "zijn …". */
function plural(message: string): string {
	return message
		.replace(/^ontbreekt\b/, 'ontbreken')
		.replace(/^heeft\b/, 'hebben')
		.replace(/^is\b/, 'zijn');
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

/** UTF-8 size of a string, counting no further than `limit + 1`. */
function utf8Bytes(text: string, limit: number): number {
	let bytes = 0;
	for (let i = 0; i < text.length && bytes <= limit; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				bytes += 4;
				i++;
			} else bytes += 3;
		} else bytes += 3;
	}
	return bytes;
}

// ---------------------------------------------------------------------------------------------
// Per scan
// ---------------------------------------------------------------------------------------------

type ScanResult = { ok: true; scan: Scan; warnings: string[] } | { ok: false; message: string };

function readScan(raw: unknown, label: string, checklist: Checklist): ScanResult {
	const refuse = (problem: string): ScanResult => ({
		ok: false,
		message: `${label} in de reservekopie klopt niet: ${problem}.`
	});
	if (!isRawObject(raw)) return refuse('het is geen scan');

	let scanVersion = own(raw, 'schemaVersion');
	if (typeof scanVersion === 'number' && scanVersion > SCAN_SCHEMA_VERSION) return { ok: false, message: MESSAGES.newer };
	const checklistId = own(raw, 'checklistId');
	if (typeof checklistId === 'string' && checklistId !== checklist.id) {
		return { ok: false, message: `${label} in de reservekopie hoort bij een andere vragenlijst. Deze app kan die scan niet inlezen.` };
	}

	let current = raw;
	while (typeof scanVersion === 'number' && Number.isInteger(scanVersion) && scanVersion >= 1 && scanVersion < SCAN_SCHEMA_VERSION) {
		const migrate = SCAN_MIGRATIONS.get(scanVersion);
		if (!migrate) return { ok: false, message: MESSAGES.older };
		current = migrate(current);
		scanVersion += 1;
		current = { ...current, schemaVersion: scanVersion };
	}

	const parsed = v.safeParse(BackupScanSchema, current, { abortEarly: true });
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return refuse(issue ? describeIssue(issue) : 'klopt niet');
	}
	const data = parsed.output;

	// Answers of a newer checklist would be kept aside and so taken away from the newer app: refuse.
	if ((compareVersions(data.checklistVersion, checklist.version) ?? 0) > 0) {
		return {
			ok: false,
			message: `${label} in de reservekopie is gemaakt met versie ${data.checklistVersion} van de vragenlijst. Deze app heeft versie ${checklist.version}. Werk de app bij en probeer het opnieuw.`
		};
	}

	const migration = migrateScan(checklist, { ...data, demo: false });
	// Refusals were handled above (other checklist, newer version); this keeps the types honest.
	if (!migration.ok) return refuse('de versie van de vragenlijst klopt niet');
	const migrated = migration.scan;

	const warnings: string[] = [];
	if (data.checklistVersion !== checklist.version) {
		warnings.push(
			`De scan is gemaakt met versie ${data.checklistVersion} van de vragenlijst. Deze app gebruikt versie ${checklist.version}. Kijk de antwoorden goed na.`
		);
	}
	if (migration.keptAside.length > 0) warnings.push(keptAsideWarning(migration.keptAside.length));

	const knownAreas = new Set(checklist.focusAreas.map((area) => area.id));
	const focusAreas = [...new Set(data.profile.focusAreas)].filter((id) => knownAreas.has(id));
	const unknownAreas = new Set(data.profile.focusAreas.filter((id) => !knownAreas.has(id))).size;
	if (unknownAreas > 0) {
		warnings.push(
			unknownAreas === 1
				? '1 aandachtsgebied is onbekend en is niet overgenomen.'
				: `${unknownAreas} aandachtsgebieden zijn onbekend en zijn niet overgenomen.`
		);
	}

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
// The file
// ---------------------------------------------------------------------------------------------

function parse(text: unknown, checklist: Checklist, options: ParseBackupOptions): ParseBackupResult {
	const maxBytes =
		typeof options.maxBytes === 'number' && Number.isFinite(options.maxBytes) && options.maxBytes > 0
			? options.maxBytes
			: MAX_BACKUP_BYTES;
	if (typeof text !== 'string') return { ok: false, message: MESSAGES.notBackup };
	// A UTF-8 file is never smaller than its UTF-16 length, and never more than 3 times it.
	if (text.length > maxBytes) return { ok: false, message: tooLarge(maxBytes) };
	if (text.length * 3 > maxBytes && utf8Bytes(text, maxBytes) > maxBytes) return { ok: false, message: tooLarge(maxBytes) };

	const body = text.replace(/^\uFEFF/, '').trim();
	if (body === '') return { ok: false, message: MESSAGES.empty };
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		// A PDF or photo is not a backup at all; a cut-off backup is damaged.
		return { ok: false, message: body.startsWith('{') ? MESSAGES.notJson : MESSAGES.notBackup };
	}
	if (!isRawObject(parsed) || own(parsed, 'type') !== BACKUP_TYPE) return { ok: false, message: MESSAGES.notBackup };

	// Before anything else reads the tree: an unsafe key, absurd nesting or a million values get
	// their own message here, instead of a crash further on and the generic "probeer het opnieuw".
	const problem = inspectTree(parsed, { maxDepth: MAX_BACKUP_DEPTH, maxValues: LIMITS.backupValues });
	if (problem?.problem === 'key') return { ok: false, message: forbiddenKey(problem.key) };
	if (problem?.problem === 'depth') return { ok: false, message: MESSAGES.tooDeep };
	if (problem?.problem === 'values') return { ok: false, message: MESSAGES.tooManyValues };

	let backup: RawObject = parsed;
	let version = own(backup, 'version');
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, message: MESSAGES.badVersion };
	}
	if (version > BACKUP_VERSION) return { ok: false, message: MESSAGES.newer };
	while (version < BACKUP_VERSION) {
		const migrate = MIGRATIONS.get(version);
		if (!migrate) return { ok: false, message: MESSAGES.older };
		backup = migrate(backup);
		version += 1;
	}

	const rawScans = own(backup, 'scans');
	if (!Array.isArray(rawScans)) return { ok: false, message: MESSAGES.noScanList };
	if (rawScans.length === 0) return { ok: false, message: MESSAGES.noScans };
	if (rawScans.length > MAX_BACKUP_SCANS) return { ok: false, message: MESSAGES.tooManyScans };

	const envelope = v.safeParse(BackupEnvelopeSchema, backup);
	if (!envelope.success) return { ok: false, message: MESSAGES.badEnvelope };

	const scans: Scan[] = [];
	const warnings: string[] = [];
	const single = envelope.output.scans.length === 1;
	for (const [index, raw] of envelope.output.scans.entries()) {
		const result = readScan(raw, single ? 'De scan' : `Scan ${index + 1}`, checklist);
		if (!result.ok) return result;
		scans.push(result.scan);
		warnings.push(...result.warnings.map((warning) => (single ? warning : `Scan ${index + 1}: ${warning}`)));
	}
	return { ok: true, scans, warnings };
}

/**
 * Reads and checks the text of a backup file against the checklist. Never throws: any input gives
 * either the scans to import (with Dutch warnings about what was kept aside or left out) or one Dutch
 * message. The scans always have `demo: false` and a `setAside` record; their ids are kept (the
 * repository picks a new id when the id is already taken).
 */
export function parseBackup(text: string, checklist: Checklist, options: ParseBackupOptions = {}): ParseBackupResult {
	try {
		return parse(text, checklist, options ?? {});
	} catch {
		return { ok: false, message: MESSAGES.unexpected };
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
export function decodeBackupBytes(bytes: Uint8Array): { text: string; warning: string | null } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
	} catch {
		return { text: decodeWindows1252(bytes), warning: MESSAGES.notUtf8 };
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
	if (bytes.byteLength > maxBytes) return { ok: false, message: tooLarge(maxBytes) };
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
	if (file.size > maxBytes) return { ok: false, message: tooLarge(maxBytes) };
	try {
		return parseBackupBytes(new Uint8Array(await file.arrayBuffer()), checklist, options);
	} catch {
		return { ok: false, message: MESSAGES.unexpected };
	}
}
