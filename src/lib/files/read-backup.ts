/**
 * Reading a backup file: the counterpart of `backup.ts` (reliability brief R16 and S3).
 *
 * `parseBackup` turns untrusted text into checked scans. It never throws and never touches storage:
 * it returns the scans to import plus warnings, or one Dutch (B1) message that says why the file is
 * refused. Storing the scans (under a new id when the id is taken) is the repository's job.
 *
 * Order of the checks, so the message is the most useful one:
 * 1. size (≤ 5 MB, counted in UTF-8 bytes), empty file, JSON syntax;
 * 2. `type` is 'kwartiermaker-backup' (anything else: "geen reservekopie");
 * 3. the whole parsed tree, walked without recursion: nesting ≤ 20 levels and no key named
 *    `__proto__`, `constructor` or `prototype` anywhere (also not inside parts that would be stripped);
 * 4. `version`: newer is refused, older goes through `MIGRATIONS` (none exist yet);
 * 5. `scans`: a non-empty array of at most 200;
 * 6. per scan: newer `schemaVersion` refused, other checklist refused, then a valibot allow-list schema
 *    (unknown keys are stripped silently, wrong shapes are refused), then the answers and focus areas
 *    are fitted to the checklist.
 *
 * Rule of thumb: a wrong *shape* (a number where text belongs, a bad date, a note over 10 000
 * characters) means the file is damaged or made by hand, so the whole file is refused. Content that
 * does not fit *this checklist* (an unknown question, an answer option that no longer exists, an
 * unknown focus area) is what an older or newer checklist version produces, so it is dropped with a
 * warning and the rest is imported.
 *
 * All or nothing: if one scan in the file is refused, the whole file is refused (the message names the
 * scan). The app only writes backups with one scan, so a partial import would only confuse.
 *
 * The result is built from fresh plain objects (valibot output and objects made here), never from
 * the parsed JSON itself, and only with keys from the schema or the checklist.
 */
import * as v from 'valibot';
import { HorizonSchema, PhaseIdSchema, type Checklist } from '../content/checklist-schema.ts';
import type { ActionPlan, Answer, Scan } from '../domain/scan.ts';
import { SCAN_SCHEMA_VERSION } from '../domain/scan.ts';
import { answerChoices } from '../domain/scope.ts';
import { BACKUP_TYPE, BACKUP_VERSION } from './backup.ts';

/** Largest file that is read, in bytes (UTF-8). The caller may check `File.size` first. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
/** Deepest nesting of objects and arrays. A real backup uses 6 levels. */
export const MAX_BACKUP_DEPTH = 20;
/** Most scans in one backup file. */
export const MAX_BACKUP_SCANS = 200;
/** Longest note or action text, in characters (UTF-16 code units, like HTML `maxlength`). */
export const MAX_TEXT_LENGTH = 10_000;
/** Longest name or id, in characters. */
export const MAX_NAME_LENGTH = 200;
const MAX_PLAN_ACTIONS = 1000;
const MAX_FOCUS_AREAS = 100;

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
 * up. Keep these in step with the IndexedDB migrations (R9). None exist yet.
 */
const SCAN_MIGRATIONS: ReadonlyMap<number, (scan: RawObject) => RawObject> = new Map();

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const VERSION = /^\d{1,6}\.\d{1,6}\.\d{1,6}$/;

// ---------------------------------------------------------------------------------------------
// Messages (Dutch, B1)
// ---------------------------------------------------------------------------------------------

const MESSAGES = {
	notBackup: 'Dit bestand is geen reservekopie van Kwartiermaker.',
	empty: 'Dit bestand is leeg.',
	notJson: 'Dit bestand is beschadigd: het is geen geldige JSON.',
	tooDeep: 'Dit bestand is beschadigd: de gegevens zijn te diep genest.',
	badVersion: 'Dit bestand is beschadigd: het versienummer van de reservekopie klopt niet.',
	newer: 'Deze reservekopie is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.',
	older: 'Deze reservekopie is gemaakt met een oude versie van Kwartiermaker. Deze app kan hem niet meer lezen.',
	noScanList: 'Dit bestand is beschadigd: de lijst met scans ontbreekt.',
	noScans: 'De reservekopie bevat geen scans.',
	tooManyScans: `De reservekopie bevat te veel scans (meer dan ${MAX_BACKUP_SCANS}).`,
	unexpected: 'Dit bestand kon niet worden gelezen. Kies een ander bestand of probeer het opnieuw.'
} as const;

const forbiddenKey = (key: string): string =>
	`Dit bestand is niet ingelezen, omdat het een onveilige veldnaam bevat ("${key}").`;

const NOT_TEXT = 'is geen tekst';
const tooLong = (max: number): string => `is te lang (meer dan ${formatCount(max)} tekens)`;

/** 10000 → "10.000" (Dutch thousands separator), without depending on the runtime's locale data. */
function formatCount(value: number): string {
	return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function formatSize(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	if (mb >= 1) return `${String(Math.round(mb * 10) / 10).replace('.', ',')} MB`;
	return `${formatCount(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

// ---------------------------------------------------------------------------------------------
// Schemas (allow-lists: v.object strips unknown keys)
// ---------------------------------------------------------------------------------------------

/** Message for an object schema: a missing key, or a value that is not an object. */
const objectMessage = (issue: { expected: string | null; received: string }): string =>
	issue.received === 'undefined' && issue.expected?.startsWith('"') ? 'ontbreekt' : 'heeft niet de juiste vorm';

const Name = v.pipe(v.string(NOT_TEXT), v.maxLength(MAX_NAME_LENGTH, tooLong(MAX_NAME_LENGTH)));
const Text = v.pipe(v.string(NOT_TEXT), v.maxLength(MAX_TEXT_LENGTH, tooLong(MAX_TEXT_LENGTH)));

function isDateTime(value: string): boolean {
	return ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** '' or a real calendar day as YYYY-MM-DD. */
function isDeadline(value: string): boolean {
	if (value === '') return true;
	const match = DAY.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DateTime = v.pipe(
	v.string(NOT_TEXT),
	v.maxLength(40, 'is geen geldige datum en tijd'),
	v.check(isDateTime, 'is geen geldige datum en tijd')
);

const PlanActionSchema = v.object(
	{
		id: v.pipe(Name, v.nonEmpty('is leeg')),
		sourceActionId: v.nullable(Name),
		themeId: v.nullable(Name),
		questionId: v.nullable(Name),
		title: Text,
		why: Text,
		firstStep: Text,
		owner: Name,
		deadline: v.pipe(
			v.string(NOT_TEXT),
			v.maxLength(10, 'is geen geldige datum (jaar-maand-dag)'),
			v.check(isDeadline, 'is geen geldige datum (jaar-maand-dag)')
		),
		horizon: v.picklist(HorizonSchema.options, 'is onbekend (kies 0-3, 3-12 of later)'),
		status: v.picklist(['open', 'bezig', 'klaar'], 'is onbekend (kies open, bezig of klaar)'),
		priority: v.picklist(['risk', 'precondition', 'gap', 'custom'], 'is onbekend'),
		// Backups from before per-action timestamps have none; the plan's updatedAt stands in (below).
		updatedAt: v.optional(DateTime)
	},
	objectMessage
);

const PlanSchema = v.object(
	{
		actions: v.pipe(
			v.array(PlanActionSchema, 'heeft niet de juiste vorm'),
			v.maxLength(MAX_PLAN_ACTIONS, `zijn te veel (meer dan ${formatCount(MAX_PLAN_ACTIONS)})`)
		),
		createdAt: DateTime,
		updatedAt: DateTime
	},
	objectMessage
);

const ProfileSchema = v.object(
	{
		organisation: Name,
		filledInBy: Name,
		role: Name,
		phase: v.picklist(PhaseIdSchema.options, 'is onbekend (kies orienterend, eerste of structureel)'),
		focusAreas: v.pipe(
			v.array(Name, 'heeft niet de juiste vorm'),
			v.maxLength(MAX_FOCUS_AREAS, `zijn te veel (meer dan ${MAX_FOCUS_AREAS})`)
		)
	},
	objectMessage
);

const ScanSchema = v.object(
	{
		id: v.pipe(v.string(NOT_TEXT), v.regex(UUID, 'heeft niet de juiste vorm')),
		schemaVersion: v.literal(SCAN_SCHEMA_VERSION, 'klopt niet'),
		checklistId: Name,
		checklistVersion: v.pipe(v.string(NOT_TEXT), v.regex(VERSION, 'klopt niet')),
		mode: v.picklist(['quick', 'full'], 'is onbekend'),
		profile: ProfileSchema,
		// Checked against the checklist in readAnswers.
		answers: v.custom<RawObject>(isRawObject, 'heeft niet de juiste vorm'),
		plan: v.nullable(PlanSchema),
		createdAt: DateTime,
		updatedAt: DateTime
		// `demo` is left out on purpose: a backup never makes a demo scan.
	},
	objectMessage
);

const AnswerSchema = v.object(
	{
		value: v.nullable(v.string(NOT_TEXT)),
		note: Text,
		updatedAt: DateTime
	},
	objectMessage
);

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
	['note', 'toelichting']
]);

/** Names for one item of a list, e.g. path [plan, actions, 2] → "actieplan, actie 3". */
const ITEM_LABELS: ReadonlyMap<string, string> = new Map([
	['actions', 'actie'],
	['focusAreas', 'aandachtsgebied']
]);

/** "profiel, fase is onbekend" from a valibot issue. */
function describeIssue(issue: v.BaseIssue<unknown>, prefix: string[] = []): string {
	const parts = [...prefix];
	let previousKey: unknown = null;
	for (const item of issue.path ?? []) {
		const key: unknown = item.key;
		if (typeof key === 'number') {
			const itemLabel = typeof previousKey === 'string' ? ITEM_LABELS.get(previousKey) : undefined;
			if (itemLabel) parts.pop();
			parts.push(`${itemLabel ?? 'onderdeel'} ${key + 1}`);
		} else {
			parts.push(typeof key === 'string' ? (FIELD_LABELS.get(key) ?? 'onbekend veld') : 'onbekend veld');
		}
		previousKey = key;
	}
	if (parts.length === 0) return issue.message;
	const last = issue.path?.at(-1)?.key;
	const message = typeof last === 'string' && PLURAL_KEYS.has(last) ? plural(issue.message) : issue.message;
	return `${parts.join(', ')} ${message}`;
}

/** Fields whose Dutch name is plural ("antwoorden"), so the verb must be plural too. */
const PLURAL_KEYS: ReadonlySet<string> = new Set(['answers', 'focusAreas', 'actions']);

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

/**
 * Walks the whole parsed tree with an explicit stack (no recursion, so no stack overflow), and
 * reports the first problem: nesting deeper than MAX_BACKUP_DEPTH, or a forbidden key.
 */
function checkTree(root: unknown): string | null {
	const stack: { value: object; depth: number }[] = [];
	if (typeof root === 'object' && root !== null) stack.push({ value: root, depth: 1 });
	for (let entry = stack.pop(); entry; entry = stack.pop()) {
		if (entry.depth > MAX_BACKUP_DEPTH) return MESSAGES.tooDeep;
		const children: unknown[] = [];
		if (Array.isArray(entry.value)) children.push(...(entry.value as unknown[]));
		else {
			for (const key of Object.keys(entry.value)) {
				if (FORBIDDEN_KEYS.has(key)) return forbiddenKey(key);
				children.push((entry.value as RawObject)[key]);
			}
		}
		for (const child of children) {
			if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: entry.depth + 1 });
		}
	}
	return null;
}

// ---------------------------------------------------------------------------------------------
// Per scan
// ---------------------------------------------------------------------------------------------

interface QuestionInfo {
	id: string;
	choices: ReadonlySet<string>;
}

type ScanResult = { ok: true; scan: Scan; warnings: string[] } | { ok: false; message: string };

/** Only known question ids are copied, into a fresh object; everything else is counted and dropped. */
function readAnswers(
	raw: RawObject,
	questions: readonly QuestionInfo[],
	refuse: (problem: string) => ScanResult
): { answers: Record<string, Answer>; warnings: string[] } | { refused: ScanResult } {
	const known = new Set(questions.map((question) => question.id));
	const unknownQuestions = Object.keys(raw).filter((key) => !known.has(key)).length;
	const answers: Record<string, Answer> = {};
	let invalidValues = 0;
	let keptNotes = 0;
	for (const question of questions) {
		if (!Object.hasOwn(raw, question.id)) continue;
		const parsed = v.safeParse(AnswerSchema, raw[question.id], { abortEarly: true });
		if (!parsed.success) {
			const issue = parsed.issues[0];
			return { refused: refuse(issue ? describeIssue(issue, [`antwoord op vraag ${question.id}`]) : 'klopt niet') };
		}
		const answer = parsed.output;
		if (answer.value !== null && !question.choices.has(answer.value)) {
			invalidValues++;
			// The note is the user's own text: keep it, without the answer that no longer fits.
			if (answer.note === '') continue;
			keptNotes++;
			answers[question.id] = { value: null, note: answer.note, updatedAt: answer.updatedAt };
			continue;
		}
		answers[question.id] = { value: answer.value, note: answer.note, updatedAt: answer.updatedAt };
	}
	const warnings: string[] = [];
	if (unknownQuestions > 0) {
		warnings.push(
			unknownQuestions === 1
				? '1 antwoord hoort niet bij deze vragenlijst en is niet overgenomen.'
				: `${unknownQuestions} antwoorden horen niet bij deze vragenlijst en zijn niet overgenomen.`
		);
	}
	if (invalidValues > 0) {
		const text =
			invalidValues === 1
				? '1 antwoord past niet bij de vraag en is niet overgenomen.'
				: `${invalidValues} antwoorden passen niet bij de vraag en zijn niet overgenomen.`;
		const notes = keptNotes === 0 ? '' : keptNotes === 1 ? ' De toelichting is wel bewaard.' : ' De toelichtingen zijn wel bewaard.';
		warnings.push(text + notes);
	}
	return { answers, warnings };
}

function readScan(
	raw: unknown,
	label: string,
	checklist: Checklist,
	questions: readonly QuestionInfo[]
): ScanResult {
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

	const parsed = v.safeParse(ScanSchema, current, { abortEarly: true });
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return refuse(issue ? describeIssue(issue) : 'klopt niet');
	}
	const data = parsed.output;

	let plan: ActionPlan | null = null;
	if (data.plan) {
		const ids = new Set(data.plan.actions.map((action) => action.id));
		if (ids.size !== data.plan.actions.length) return refuse('actieplan heeft twee acties met dezelfde id');
		const planUpdatedAt = data.plan.updatedAt;
		plan = {
			actions: data.plan.actions.map((action) => ({ ...action, updatedAt: action.updatedAt ?? planUpdatedAt })),
			createdAt: data.plan.createdAt,
			updatedAt: planUpdatedAt
		};
	}

	const read = readAnswers(data.answers, questions, refuse);
	if ('refused' in read) return read.refused;
	const warnings = [...read.warnings];

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
	if (data.checklistVersion !== checklist.version) {
		warnings.push(
			`De scan is gemaakt met versie ${data.checklistVersion} van de vragenlijst. Deze app gebruikt versie ${checklist.version}. Kijk de antwoorden goed na.`
		);
	}

	const scan: Scan = {
		id: data.id,
		schemaVersion: data.schemaVersion,
		checklistId: data.checklistId,
		checklistVersion: data.checklistVersion,
		mode: data.mode,
		profile: {
			organisation: data.profile.organisation,
			filledInBy: data.profile.filledInBy,
			role: data.profile.role,
			phase: data.profile.phase,
			focusAreas
		},
		answers: read.answers,
		plan,
		createdAt: data.createdAt,
		updatedAt: data.updatedAt,
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
	const tooLarge = `Dit bestand is te groot (meer dan ${formatSize(maxBytes)}).`;
	// A UTF-8 file is never smaller than its UTF-16 length, and never more than 3 times it.
	if (text.length > maxBytes) return { ok: false, message: tooLarge };
	if (text.length * 3 > maxBytes && utf8Bytes(text, maxBytes) > maxBytes) return { ok: false, message: tooLarge };

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

	const treeProblem = checkTree(parsed);
	if (treeProblem) return { ok: false, message: treeProblem };

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

	const questions: QuestionInfo[] = checklist.themes.flatMap((theme) =>
		theme.questions.map((question) => ({
			id: question.id,
			choices: new Set(answerChoices(checklist, question).map((choice) => choice.value))
		}))
	);
	const scans: Scan[] = [];
	const warnings: string[] = [];
	const single = rawScans.length === 1;
	for (const [index, raw] of rawScans.entries()) {
		const result = readScan(raw, single ? 'De scan' : `Scan ${index + 1}`, checklist, questions);
		if (!result.ok) return result;
		scans.push(result.scan);
		warnings.push(...result.warnings.map((warning) => (single ? warning : `Scan ${index + 1}: ${warning}`)));
	}
	return { ok: true, scans, warnings };
}

/**
 * Reads and checks the text of a backup file against the checklist. Never throws: any input gives
 * either the scans to import (with Dutch warnings about what was left out) or one Dutch message.
 * The scans always have `demo: false`; their ids are kept (the repository picks a new id when the
 * id is already taken).
 */
export function parseBackup(text: string, checklist: Checklist, options: ParseBackupOptions = {}): ParseBackupResult {
	try {
		return parse(text, checklist, options ?? {});
	} catch {
		return { ok: false, message: MESSAGES.unexpected };
	}
}
