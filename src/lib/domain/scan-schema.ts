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
 * unknown key in a file is dropped and never reaches storage. Messages are short Dutch (B1) phrases;
 * `read-backup.ts` puts the Dutch field name in front ("profiel, organisatie is te lang …").
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
	deadlineProblem,
	formatCount
} from './scan-limits.ts';

// The constants and limits live in a module without valibot, so the first screen can use them
// (form limits, status lists) without loading the schemas; they are part of this module's surface.
export * from './scan-limits.ts';

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const NOT_TEXT = 'is geen tekst';

const tooLong = (max: number): string => `is te lang (meer dan ${formatCount(max)} tekens)`;
const tooMany = (max: number): string => `zijn te veel (meer dan ${formatCount(max)})`;

/** Message for an object schema: a missing key, or a value that is not an object. */
const objectMessage = (issue: { expected: string | null; received: string }): string =>
	issue.received === 'undefined' && issue.expected?.startsWith('"') ? 'ontbreekt' : 'heeft niet de juiste vorm';

/** A text of at most `max` characters (may be empty). */
const textOf = (max: number) => v.pipe(v.string(NOT_TEXT), v.maxLength(max, tooLong(max)));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const VERSION = /^\d{1,6}\.\d{1,6}\.\d{1,6}$/;

function isDateTime(value: string): boolean {
	return value.length <= 40 && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

const DateTime = v.pipe(v.string(NOT_TEXT), v.check(isDateTime, 'is geen geldige datum en tijd'));

/** A plain object (not an array, not null): `v.record` alone would also take an array. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A question, theme, action or option id. Stored data only needs it to be a bounded, non-empty text. */
const IdText = v.pipe(textOf(LIMITS.id), v.nonEmpty('is leeg'));

/** A checklist version such as "1.0.0". */
export const VersionSchema = v.pipe(v.string(NOT_TEXT), v.regex(VERSION, 'klopt niet'));

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
		phase: v.picklist(PhaseIdSchema.options, 'is onbekend (kies orienterend, eerste of structureel)'),
		/** Ids from the checklist's focusAreas. */
		focusAreas: v.pipe(
			v.array(IdText, 'heeft niet de juiste vorm'),
			v.maxLength(LIMITS.focusAreas, tooMany(LIMITS.focusAreas))
		)
	},
	objectMessage
);

/** One action in the editable action plan. */
export const PlanActionSchema = v.object(
	{
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
			v.check((value) => deadlineProblem(value) !== 'format' && deadlineProblem(value) !== 'day', 'is geen geldige datum (jaar-maand-dag)'),
			v.check(
				(value) => deadlineProblem(value) !== 'range',
				`valt buiten ${LIMITS.deadline.min.slice(0, 4)}–${LIMITS.deadline.max.slice(0, 4)}`
			)
		),
		horizon: v.picklist(HORIZONS, 'is onbekend (kies 0-3, 3-12 of later)'),
		status: v.picklist(ACTION_STATUSES, 'is onbekend (kies open, bezig of klaar)'),
		priority: v.picklist(ACTION_PRIORITIES, 'is onbekend'),
		/**
		 * ISO timestamp of the action's last change, so two tabs can merge plans per action. Data from
		 * before this field has none; reading a plan fills in the plan's own `updatedAt`.
		 */
		updatedAt: v.optional(DateTime)
	},
	objectMessage
);

const ActionPlanShape = v.object(
	{
		/** The plan in the user's order. */
		actions: v.pipe(
			v.array(PlanActionSchema, 'heeft niet de juiste vorm'),
			v.maxLength(LIMITS.planActions, tooMany(LIMITS.planActions))
		),
		/** ISO timestamp of when the plan was first proposed from the answers. */
		createdAt: DateTime,
		updatedAt: DateTime
	},
	objectMessage
);

type PlanShape = v.InferOutput<typeof ActionPlanShape>;

/** A plan whose actions all carry `updatedAt`: a missing one becomes the plan's own. */
function withActionDates(plan: PlanShape): PlanShape {
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
		'heeft twee acties met dezelfde id'
	),
	v.transform(withActionDates)
);

const ScanEntries = {
	/** A UUID made by the app; the demo scan, which lives in its own database, has the id 'demo'. */
	id: IdText,
	schemaVersion: v.literal(SCAN_SCHEMA_VERSION, 'klopt niet'),
	checklistId: IdText,
	/** The checklist version the answers belong to (after migration: the version migrated to). */
	checklistVersion: VersionSchema,
	mode: v.picklist(SCAN_MODES, 'is onbekend'),
	profile: ScanProfileSchema,
	/** Answers per question id. */
	answers: v.pipe(
		v.custom<Record<string, unknown>>(isPlainObject, 'heeft niet de juiste vorm'),
		v.record(IdText, AnswerSchema, 'heeft niet de juiste vorm'),
		v.maxEntries(LIMITS.answers, tooMany(LIMITS.answers))
	),
	plan: v.nullable(ActionPlanSchema),
	createdAt: DateTime,
	updatedAt: DateTime,
	/** True only for the demo scan (which lives in its own database). */
	demo: v.optional(v.boolean('is geen ja of nee'), false),
	/** Answers of an earlier checklist version that no longer map to a question, by question id. */
	setAside: v.optional(
		v.pipe(
			v.custom<Record<string, unknown>>(isPlainObject, 'heeft niet de juiste vorm'),
			v.record(IdText, SetAsideAnswerSchema, 'heeft niet de juiste vorm'),
			v.maxEntries(LIMITS.setAside, tooMany(LIMITS.setAside))
		)
	)
};

/** A scan as stored in IndexedDB. */
export const ScanSchema = v.object(ScanEntries, objectMessage);

/** A scan in a backup file or share link: the same, but the id must be a UUID (never the demo's). */
export const BackupScanSchema = v.object(
	{ ...ScanEntries, id: v.pipe(v.string(NOT_TEXT), v.regex(UUID, 'heeft niet de juiste vorm')) },
	objectMessage
);

/**
 * The envelope of a backup file (and of the data in a share link). The scans are checked one by
 * one afterwards, so a message can name the scan that is wrong.
 */
export const BackupEnvelopeSchema = v.object({
	type: v.literal(BACKUP_TYPE),
	version: v.pipe(v.number(), v.integer(), v.minValue(1)),
	source: v.optional(textOf(LIMITS.organisation)),
	createdAt: v.optional(v.string()),
	scans: v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(LIMITS.backupScans))
});

// ---------------------------------------------------------------------------------------------
// Stored scans
// ---------------------------------------------------------------------------------------------

export type StoredScanResult =
	| { ok: true; scan: v.InferOutput<typeof ScanSchema> }
	| { ok: false; problem: 'newer' | 'damaged'; message: string };

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
			return {
				ok: false,
				problem: 'newer',
				message: 'Deze scan is opgeslagen met een nieuwere versie van Kwartiermaker. Werk de app bij om hem te openen.'
			};
		}
		const damaged = {
			ok: false,
			problem: 'damaged',
			message: 'Deze scan is beschadigd en kan niet worden geopend.'
		} as const;
		if (inspectTree(raw, { maxDepth: LIMITS.depth, maxValues: LIMITS.backupValues }) !== null) return damaged;
		const parsed = v.safeParse(ScanSchema, raw, { abortEarly: true });
		return parsed.success ? { ok: true, scan: parsed.output } : damaged;
	} catch {
		return { ok: false, problem: 'damaged', message: 'Deze scan is beschadigd en kan niet worden geopend.' };
	}
}

/** `readStoredScan` for callers that only need the scan: null when it is newer or damaged. */
export function parseStoredScan(raw: unknown): v.InferOutput<typeof ScanSchema> | null {
	const result = readStoredScan(raw);
	return result.ok ? result.scan : null;
}
