/**
 * The one definition of the data a user creates: a scan with its profile, answers, action plan and
 * the answers kept aside from an earlier checklist version, plus the envelope of a backup file.
 *
 * Everything that stores, exchanges or edits this data uses these schemas and `LIMITS`: IndexedDB
 * reads (`parseStoredScan`), backup files and share links (`read-backup.ts`), plan editing
 * (`validateActionFields`) and the form fields (`maxlength`, the deadline range, the status options).
 * The TypeScript types in `scan.ts` are inferred from these schemas, so the types, the checks and the
 * forms cannot drift apart again.
 *
 * The schemas are allow-lists: `v.object` keeps only the listed keys and builds fresh objects, so an
 * unknown key in a file is dropped and never reaches storage. Messages are catalogue keys (`PROBLEM`);
 * `read-backup.ts` puts the field's name in front ("profiel, organisatie is te lang …") in the user's language.
 */
import * as v from 'valibot';
import { PhaseIdSchema } from '../content/checklist-schema.ts';
import { inspectTree } from './safe-tree.ts';
import {
	ACTION_PRIORITIES,
	ACTION_STATUSES,
	BACKUP_TYPE,
	HORIZONS,
	LIMITS,
	SCAN_MODES,
	SCAN_SCHEMA_VERSION,
	deadlineProblem
} from './scan-limits.ts';
import { ROLE_IDS } from '../workshop/workshop-limits.ts';
import { DELEGATION_LIMITS, DELEGATION_STATUSES } from '../delegation/delegation-limits.ts';
import type { MessageKey, MessageRef } from '../i18n/message-ref.ts';

// The constants and limits live in a module without valibot, so the first screen can use them
// (form limits, status lists) without loading the schemas; they are part of this module's surface.
export * from './scan-limits.ts';

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/**
 * What a schema says is wrong, as a key of the message catalogue (`backupFile.problems`). Valibot takes a
 * message string; the one place that reads issues (read-backup.ts) turns the key into a MessageRef, adding
 * the limit from the issue (`requirement`) and whether the field's name is plural.
 */
export const PROBLEM = {
	invalid: 'backupFile.problems.invalid',
	missing: 'backupFile.problems.missing',
	wrongShape: 'backupFile.problems.wrongShape',
	notText: 'backupFile.problems.notText',
	tooLong: 'backupFile.problems.tooLong',
	tooMany: 'backupFile.problems.tooMany',
	empty: 'backupFile.problems.empty',
	notDateTime: 'backupFile.problems.notDateTime',
	notDate: 'backupFile.problems.notDate',
	outOfRange: 'backupFile.problems.outOfRange',
	unknown: 'backupFile.problems.unknown',
	unknownPhase: 'backupFile.problems.unknownPhase',
	unknownHorizon: 'backupFile.problems.unknownHorizon',
	unknownStatus: 'backupFile.problems.unknownStatus',
	duplicateActions: 'backupFile.problems.duplicateActions',
	notBoolean: 'backupFile.problems.notBoolean'
} as const satisfies Record<string, MessageKey>;

const NOT_TEXT = PROBLEM.notText;

/** Message for an object schema: a missing key, or a value that is not an object. */
export const objectMessage = (issue: { expected: string | null; received: string }): string =>
	issue.received === 'undefined' && issue.expected?.startsWith('"') ? PROBLEM.missing : PROBLEM.wrongShape;

/** A text of at most `max` characters (may be empty). */
export const textOf = (max: number) => v.pipe(v.string(NOT_TEXT), v.maxLength(max, PROBLEM.tooLong));

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const VERSION = /^\d{1,6}\.\d{1,6}\.\d{1,6}$/;

function isDateTime(value: string): boolean {
	return value.length <= 40 && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

export const DateTime = v.pipe(v.string(NOT_TEXT), v.check(isDateTime, PROBLEM.notDateTime));

/** A plain object (not an array, not null): `v.record` alone would also take an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A question, theme, action or option id. Stored data only needs it to be a bounded, non-empty text. */
export const IdText = v.pipe(textOf(LIMITS.id), v.nonEmpty(PROBLEM.empty));

/** A checklist version such as "1.0.0". */
export const VersionSchema = v.pipe(v.string(NOT_TEXT), v.regex(VERSION, PROBLEM.invalid));

// ---------------------------------------------------------------------------------------------
// The shapes
// ---------------------------------------------------------------------------------------------

/** One answer to one question. */
export const AnswerSchema = v.object(
	{
		/** An option id of the question's scale, UNKNOWN, NOT_APPLICABLE, or null when skipped. */
		value: v.nullable(textOf(LIMITS.id)),
		/** Optional toelichting in the user's own words. */
		note: textOf(LIMITS.note),
		/** ISO timestamp of the last change. */
		updatedAt: DateTime
	},
	objectMessage
);


/**
 * One answer in the write-ahead journal (storage/answer-journal.ts): the answer plus the database, scan and
 * question it belongs to. Checked when the journal is read back, like every other stored shape.
 */
export const JournalEntrySchema = v.object(
	{
		db: IdText,
		scanId: IdText,
		questionId: IdText,
		...AnswerSchema.entries
	},
	objectMessage
);
/**
 * An answer of an earlier checklist version that no longer maps to a question. It is kept with the
 * scan (and shown under "Antwoorden uit een eerdere versie") instead of being deleted.
 */
export const SetAsideAnswerSchema = v.object(
	{
		/** The question id the answer had in the version it was given in. */
		questionId: IdText,
		value: v.nullable(textOf(LIMITS.id)),
		note: textOf(LIMITS.note),
		updatedAt: DateTime,
		/** The checklist version the answer was given in. */
		fromVersion: VersionSchema,
		/** The question's text, when the checklist still knows it or the migration gave it. */
		questionText: v.optional(textOf(LIMITS.note)),
		/** The label of the chosen answer, when known. */
		answerLabel: v.optional(textOf(LIMITS.note))
	},
	objectMessage
);

export const ScanProfileSchema = v.object(
	{
		/** Name of the municipality or organisation. */
		organisation: textOf(LIMITS.organisation),
		/** Who fills in the scan. */
		filledInBy: textOf(LIMITS.filledInBy),
		/** Their role, e.g. "Beleidsmedewerker sociaal domein". */
		role: textOf(LIMITS.role),
		phase: v.picklist(PhaseIdSchema.options, PROBLEM.unknownPhase),
		/** Ids from the checklist's focusAreas. */
		focusAreas: v.pipe(
			v.array(IdText, PROBLEM.wrongShape),
			v.maxLength(LIMITS.focusAreas, PROBLEM.tooMany)
		)
	},
	objectMessage
);

/** The fields of a plan action, apart from its timestamp. */
const planActionEntries = {
	/** Unique within the plan. For a proposed action: the checklist action id; for a custom one: `eigen-<n>`. */
	id: IdText,
	/** The checklist action this came from, or null for an action the user added. */
	sourceActionId: v.nullable(textOf(LIMITS.id)),
	themeId: v.nullable(textOf(LIMITS.id)),
	questionId: v.nullable(textOf(LIMITS.id)),
	title: textOf(LIMITS.action.title),
	why: textOf(LIMITS.action.why),
	firstStep: textOf(LIMITS.action.firstStep),
	/** Role or name of the owner (eigenaar). */
	owner: textOf(LIMITS.action.owner),
	/** Deadline as YYYY-MM-DD, or '' when none is set. */
	deadline: v.pipe(
		v.string(NOT_TEXT),
		v.check((value) => deadlineProblem(value) !== 'format' && deadlineProblem(value) !== 'day', PROBLEM.notDate),
		v.check(
			(value) => deadlineProblem(value) !== 'range',
			PROBLEM.outOfRange
		)
	),
	horizon: v.picklist(HORIZONS, PROBLEM.unknownHorizon),
	status: v.picklist(ACTION_STATUSES, PROBLEM.unknownStatus),
	priority: v.picklist(ACTION_PRIORITIES, PROBLEM.unknown)
};

/**
 * One action in the editable action plan. `updatedAt` is the time of the action's last change, so two tabs
 * can merge plans per action (the newer edit of one action wins).
 */
export const PlanActionSchema = v.object({ ...planActionEntries, updatedAt: DateTime }, objectMessage);

/** A plan action as data from before per-action timestamps may hold it: without `updatedAt`. */
const StoredPlanActionSchema = v.object({ ...planActionEntries, updatedAt: v.optional(DateTime) }, objectMessage);

const ActionPlanShape = v.object(
	{
		/** The plan in the user's order. */
		actions: v.pipe(
			v.array(StoredPlanActionSchema, PROBLEM.wrongShape),
			v.maxLength(LIMITS.planActions, PROBLEM.tooMany)
		),
		/** ISO timestamp of when the plan was first proposed from the answers. */
		createdAt: DateTime,
		updatedAt: DateTime
	},
	objectMessage
);

type PlanShape = v.InferOutput<typeof ActionPlanShape>;
type PlanWithDates = Omit<PlanShape, 'actions'> & { actions: v.InferOutput<typeof PlanActionSchema>[] };

/** A plan whose actions all carry `updatedAt`: a missing one becomes the plan's own. */
function withActionDates(plan: PlanShape): PlanWithDates {
	return {
		actions: plan.actions.map((action) => ({ ...action, updatedAt: action.updatedAt ?? plan.updatedAt })),
		createdAt: plan.createdAt,
		updatedAt: plan.updatedAt
	};
}

export const ActionPlanSchema = v.pipe(
	ActionPlanShape,
	v.check(
		(plan) => new Set(plan.actions.map((action) => action.id)).size === plan.actions.length,
		PROBLEM.duplicateActions
	),
	v.transform(withActionDates)
);

// ---------------------------------------------------------------------------------------------
// Themes handed to a colleague (uitbesteden), see src/lib/delegation/
// ---------------------------------------------------------------------------------------------

/** A question's answer as it travels in a hand-out: the option and the explanation, without a time. */
export const HandedAnswerSchema = v.object(
	{ value: v.nullable(textOf(LIMITS.id)), note: textOf(LIMITS.note) },
	objectMessage
);

/** The ids of the themes handed out: at least one, at most DELEGATION_LIMITS.themes. */
export const DelegatedThemesSchema = v.pipe(
	v.array(IdText, PROBLEM.wrongShape),
	v.minLength(1, PROBLEM.empty),
	v.maxLength(DELEGATION_LIMITS.themes, PROBLEM.tooMany)
);

/** Answers per question id, as a hand-out holds them. */
export const HandedAnswersSchema = v.pipe(
	v.custom<Record<string, unknown>>(isPlainObject, PROBLEM.wrongShape),
	v.record(IdText, HandedAnswerSchema, PROBLEM.wrongShape),
	v.maxEntries(DELEGATION_LIMITS.answers, PROBLEM.tooMany)
);

/**
 * One hand-out, on the owner's scan: which themes went to whom and when, and where it stands. The answers
 * as they were at the hand-out are kept, so the merge can tell who changed what since (a conflict is a
 * question both the owner and the colleague changed).
 */
export const DelegationRecordSchema = v.object(
	{
		id: v.pipe(v.string(NOT_TEXT), v.regex(UUID, PROBLEM.wrongShape)),
		themes: DelegatedThemesSchema,
		role: v.pipe(textOf(DELEGATION_LIMITS.role), v.nonEmpty(PROBLEM.empty)),
		note: textOf(DELEGATION_LIMITS.note),
		handedOutAt: DateTime,
		status: v.picklist(DELEGATION_STATUSES, PROBLEM.unknownStatus),
		/** `returnedAt` of the last returned envelope the owner worked on, or null. */
		returnedAt: v.nullable(DateTime),
		/** When every proposal of that return was handled, or null. */
		mergedAt: v.nullable(DateTime),
		/** The checklist version of `answersAtHandOut`. */
		checklistVersion: VersionSchema,
		answersAtHandOut: HandedAnswersSchema
	},
	objectMessage
);

/** Who asked for a delegated part: the owner's name and role (may be empty) and the organisation. */
export const AskedBySchema = v.object(
	{
		name: textOf(LIMITS.filledInBy),
		role: textOf(LIMITS.role),
		organisation: textOf(LIMITS.organisation)
	},
	objectMessage
);

/** Set on a colleague's scan made from a hand-out: it answers only these themes, for someone else's scan. */
export const DelegatedPartSchema = v.object(
	{
		handOutId: v.pipe(v.string(NOT_TEXT), v.regex(UUID, PROBLEM.wrongShape)),
		/** The owner's scan, which the returned answers go back to. */
		scanId: v.pipe(v.string(NOT_TEXT), v.regex(UUID, PROBLEM.wrongShape)),
		askedBy: AskedBySchema,
		role: v.pipe(textOf(DELEGATION_LIMITS.role), v.nonEmpty(PROBLEM.empty)),
		note: textOf(DELEGATION_LIMITS.note),
		themes: DelegatedThemesSchema,
		handedOutAt: DateTime,
		/** When the colleague last made the return link or file, or null. */
		returnedAt: v.nullable(DateTime)
	},
	objectMessage
);

const ScanEntries = {
	/** A UUID made by the app; the demo scan, which lives in its own database, has the id 'demo'. */
	id: IdText,
	schemaVersion: v.literal(SCAN_SCHEMA_VERSION, PROBLEM.invalid),
	checklistId: IdText,
	/** The checklist version the answers belong to (after migration: the version migrated to). */
	checklistVersion: VersionSchema,
	mode: v.picklist(SCAN_MODES, PROBLEM.unknown),
	profile: ScanProfileSchema,
	/** Answers per question id. */
	answers: v.pipe(
		v.custom<Record<string, unknown>>(isPlainObject, PROBLEM.wrongShape),
		v.record(IdText, AnswerSchema, PROBLEM.wrongShape),
		v.maxEntries(LIMITS.answers, PROBLEM.tooMany)
	),
	plan: v.nullable(ActionPlanSchema),
	createdAt: DateTime,
	updatedAt: DateTime,
	/** True only for the demo scan (which lives in its own database). */
	demo: v.optional(v.boolean(PROBLEM.notBoolean), false),
	/**
	 * Only these themes are asked (a werksessie can choose themes); absent means every theme of the mode.
	 * Scoring, the flow and the plan all use the same scope (see domain/scope.ts).
	 */
	themes: v.optional(v.pipe(v.array(IdText, PROBLEM.wrongShape), v.maxLength(LIMITS.themes, PROBLEM.tooMany))),
	/** Set on a participant's own scan in a werksessie: which session, and as whom they answer. */
	participation: v.optional(
		v.object(
			{
				workshopId: v.pipe(v.string(NOT_TEXT), v.regex(UUID, PROBLEM.wrongShape)),
				participantId: v.pipe(v.string(NOT_TEXT), v.regex(UUID, PROBLEM.wrongShape)),
				role: v.picklist(ROLE_IDS, PROBLEM.unknown),
				name: textOf(LIMITS.participantName),
				/** When the answers were last handed in, or null. */
				handedInAt: v.nullable(DateTime)
			},
			objectMessage
		)
	),
	/** Set on the scan a werksessie settled together: it is the group's result, not one person's. */
	workshop: v.optional(
		v.object(
			{
				workshopId: v.pipe(v.string(NOT_TEXT), v.regex(UUID, PROBLEM.wrongShape)),
				/** People whose answers counted: handed in, plus the most present at a show of hands. */
				participants: v.pipe(v.number(PROBLEM.wrongShape), v.integer(PROBLEM.wrongShape), v.minValue(0, PROBLEM.outOfRange)),
				/** The day of the session, YYYY-MM-DD. */
				date: textOf(10)
			},
			objectMessage
		)
	),
	/**
	 * Set on a repeated scan ("Scan herhalen"): the id of the earlier scan of the same organisation it follows
	 * up, so the progress view and the PDF can compare the two. The earlier scan may since have been deleted
	 * or live on another device; then there is simply nothing to compare with. Always a real scan's UUID: the
	 * demo is never repeated, so a file cannot point a scan at the demo's database.
	 */
	repeatOf: v.optional(v.pipe(v.string(NOT_TEXT), v.regex(UUID, PROBLEM.wrongShape))),
	/** Themes handed to colleagues from this scan (uitbesteden), oldest first. Absent: none. */
	delegations: v.optional(
		v.pipe(v.array(DelegationRecordSchema, PROBLEM.wrongShape), v.maxLength(DELEGATION_LIMITS.records, PROBLEM.tooMany))
	),
	/** Set on a colleague's scan made from a hand-out (see DelegatedPartSchema). */
	delegatedPart: v.optional(DelegatedPartSchema),
	/** Answers of an earlier checklist version that no longer map to a question, by question id. */
	setAside: v.optional(
		v.pipe(
			v.custom<Record<string, unknown>>(isPlainObject, PROBLEM.wrongShape),
			v.record(IdText, SetAsideAnswerSchema, PROBLEM.wrongShape),
			v.maxEntries(LIMITS.setAside, PROBLEM.tooMany)
		)
	)
};

/** A scan as stored in IndexedDB. */
export const ScanSchema = v.object(ScanEntries, objectMessage);

/** A scan in a backup file or share link: the same, but the id must be a UUID (never the demo's). */
export const BackupScanSchema = v.object(
	{ ...ScanEntries, id: v.pipe(v.string(NOT_TEXT), v.regex(UUID, PROBLEM.wrongShape)) },
	objectMessage
);

/**
 * The envelope of a backup file (and of the data in a share link). The scans (and werksessies) are
 * checked one by one afterwards, so a message can name the one that is wrong.
 */
export const BackupEnvelopeSchema = v.pipe(
	v.object({
		type: v.literal(BACKUP_TYPE),
		version: v.pipe(v.number(), v.integer(), v.minValue(1)),
		source: v.optional(textOf(LIMITS.organisation)),
		createdAt: v.optional(v.string()),
		/** May be empty when the file holds werksessies (see the check below). */
		scans: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.backupScans)),
		/** Werksessies (workshops), checked one by one afterwards like the scans. Missing in older files. */
		workshops: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.backupWorkshops)))
	}),
	// A file that holds neither a scan nor a werksessie holds nothing to restore.
	v.check((envelope) => envelope.scans.length + (envelope.workshops?.length ?? 0) > 0)
);

// ---------------------------------------------------------------------------------------------
// Stored scans
// ---------------------------------------------------------------------------------------------

export type StoredScanResult =
	| { ok: true; scan: v.InferOutput<typeof ScanSchema> }
	| { ok: false; problem: 'newer' | 'damaged'; message: MessageRef };

/**
 * Checks a scan read back from IndexedDB (the scan record with its answers put back in). A record
 * written by a newer release (a higher `schemaVersion`) is refused and must be left as it is, so an
 * older tab never rewrites data it does not understand. A record with a wrong shape, an unsafe key or
 * absurd sizes is refused as damaged. Unknown keys (such as the `unmigratedAnswers` an old database
 * upgrade left behind) are not part of the result. Never throws.
 */
export function readStoredScan(raw: unknown): StoredScanResult {
	try {
		const version = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).schemaVersion : undefined;
		if (typeof version === 'number' && version > SCAN_SCHEMA_VERSION) {
			return { ok: false, problem: 'newer', message: { key: 'storage.errors.scanNewer' } };
		}
		const damaged: StoredScanResult = { ok: false, problem: 'damaged', message: { key: 'storage.errors.scanDamaged' } };
		if (inspectTree(raw, { maxDepth: LIMITS.depth, maxValues: LIMITS.backupValues }) !== null) return damaged;
		const parsed = v.safeParse(ScanSchema, raw, { abortEarly: true });
		return parsed.success ? { ok: true, scan: parsed.output } : damaged;
	} catch {
		return { ok: false, problem: 'damaged', message: { key: 'storage.errors.scanDamaged' } };
	}
}

/** `readStoredScan` for callers that only need the scan: null when it is newer or damaged. */
export function parseStoredScan(raw: unknown): v.InferOutput<typeof ScanSchema> | null {
	const result = readStoredScan(raw);
	return result.ok ? result.scan : null;
}
