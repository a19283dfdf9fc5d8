/**
 * The one definition of workshop (werksessie) data: the set-up, the invitation in a join link, the
 * answers a participant hands in (by QR code, file or link: one envelope for all three), counted hands,
 * what the group said and agreed, and the workshop as stored in IndexedDB and in backups.
 *
 * Like `scan-schema.ts`, the schemas are allow-lists with limits (`WORKSHOP_LIMITS`, and the scan's
 * `LIMITS` for ids and notes); unknown keys are dropped, and untrusted input must pass `inspectTree`
 * (no `__proto__` keys, bounded size) before it reaches them. Messages are catalogue keys (`PROBLEM`).
 * The types below are inferred from the schemas, so storage, import, forms and exports share one truth.
 */
import * as v from 'valibot';
import { PhaseIdSchema } from '../content/checklist-schema.ts';
import {
	DateTime,
	IdText,
	PROBLEM,
	UUID,
	VersionSchema,
	isPlainObject,
	objectMessage,
	textOf
} from '../domain/scan-schema.ts';
import { LIMITS } from '../domain/scan-limits.ts';
import {
	ANSWER_SOURCES,
	ANSWERS_TYPE,
	INVITE_TYPE,
	NAME_POLICIES,
	ROLE_IDS,
	WORKSHOP_LIMITS,
	WORKSHOP_SCHEMA_VERSION,
	WORKSHOP_SCOPES
} from './workshop-limits.ts';

export * from './workshop-limits.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day written as YYYY-MM-DD (no 30 February). */
export function isDay(value: string): boolean {
	const match = DAY.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const Day = v.pipe(v.string(PROBLEM.notText), v.check(isDay, PROBLEM.notDate));
const Uuid = v.pipe(v.string(PROBLEM.notText), v.regex(UUID, PROBLEM.wrongShape));
const Role = v.picklist(ROLE_IDS, PROBLEM.unknown);
/** A whole number of people, from 0 to the most present at one show of hands. */
const Count = v.pipe(
	v.number(PROBLEM.wrongShape),
	v.integer(PROBLEM.wrongShape),
	v.minValue(0, PROBLEM.outOfRange),
	v.maxValue(WORKSHOP_LIMITS.present, PROBLEM.outOfRange)
);

/** A record keyed by ids, refusing arrays (which `v.record` alone would take). */
function recordOf<T extends v.GenericSchema>(value: T, max: number) {
	return v.pipe(
		v.custom<Record<string, unknown>>(isPlainObject, PROBLEM.wrongShape),
		v.record(IdText, value, PROBLEM.wrongShape),
		v.maxEntries(max, PROBLEM.tooMany)
	);
}

// ---------------------------------------------------------------------------------------------
// Set-up and invitation
// ---------------------------------------------------------------------------------------------

/** What the facilitator chose when setting up the session. Travels in the join link. */
export const WorkshopSettingsSchema = v.pipe(
	v.object(
		{
			/** Name of the municipality or organisation. */
			organisation: textOf(LIMITS.organisation),
			/** The day of the session, YYYY-MM-DD. */
			date: Day,
			phase: v.picklist(PhaseIdSchema.options, PROBLEM.unknownPhase),
			/** Quick scan, full scan, or the full questions of the themes in `themes`. */
			scope: v.picklist(WORKSHOP_SCOPES, PROBLEM.unknown),
			/** The chosen themes when `scope` is 'themes'; empty otherwise. */
			themes: v.pipe(v.array(IdText, PROBLEM.wrongShape), v.maxLength(WORKSHOP_LIMITS.themes, PROBLEM.tooMany)),
			/** The roles present, in ROLE_IDS order; participants choose one of these. */
			roles: v.pipe(
				v.array(Role, PROBLEM.wrongShape),
				v.minLength(1, PROBLEM.empty),
				v.maxLength(ROLE_IDS.length, PROBLEM.tooMany)
			),
			/** Whether participants are asked their name. */
			names: v.picklist(NAME_POLICIES, PROBLEM.unknown)
		},
		objectMessage
	),
	v.check((settings) => new Set(settings.roles).size === settings.roles.length, PROBLEM.invalid),
	v.check((settings) => settings.scope !== 'themes' || settings.themes.length > 0, PROBLEM.empty)
);

/** The invitation packed into a join link (`#/doe-mee/1.<data>`). */
export const InviteSchema = v.object(
	{
		type: v.literal(INVITE_TYPE, PROBLEM.invalid),
		/** Format version; a reader refuses a higher number than it knows, with a clear message. */
		version: v.pipe(v.number(PROBLEM.wrongShape), v.integer(PROBLEM.wrongShape), v.minValue(1, PROBLEM.invalid)),
		workshopId: Uuid,
		checklistId: IdText,
		checklistVersion: VersionSchema,
		settings: WorkshopSettingsSchema
	},
	objectMessage
);

// ---------------------------------------------------------------------------------------------
// A participant's answers
// ---------------------------------------------------------------------------------------------

/**
 * One handed-in answer. No timestamp per answer: a participant hands in all answers at once, and
 * between two hand-ins of one participant the newer envelope (`handedInAt`) wins as a whole.
 */
export const ParticipantAnswerSchema = v.object(
	{
		/** An option id, UNKNOWN, NOT_APPLICABLE, or null when skipped. */
		value: v.nullable(textOf(LIMITS.id)),
		note: textOf(LIMITS.note)
	},
	objectMessage
);

/** What a participant hands in: by QR code, as a file or in a link, always this envelope. */
export const ParticipantEnvelopeSchema = v.object(
	{
		type: v.literal(ANSWERS_TYPE, PROBLEM.invalid),
		version: v.pipe(v.number(PROBLEM.wrongShape), v.integer(PROBLEM.wrongShape), v.minValue(1, PROBLEM.invalid)),
		workshopId: Uuid,
		/** Made once per participant's device and session; a second hand-in replaces the first. */
		participantId: Uuid,
		role: Role,
		/** '' when the session does not ask names or the participant left it empty. */
		name: textOf(WORKSHOP_LIMITS.name),
		checklistId: IdText,
		/** The checklist version the answers were given in; the facilitator's app migrates older ones. */
		checklistVersion: VersionSchema,
		answers: recordOf(ParticipantAnswerSchema, LIMITS.answers),
		handedInAt: DateTime
	},
	objectMessage
);

// ---------------------------------------------------------------------------------------------
// The stored workshop
// ---------------------------------------------------------------------------------------------

/** A participant's answers as the facilitator keeps them: migrated to the workshop's checklist version. */
export const StoredParticipantSchema = v.object(
	{
		participantId: Uuid,
		role: Role,
		name: textOf(WORKSHOP_LIMITS.name),
		answers: recordOf(ParticipantAnswerSchema, LIMITS.answers),
		handedInAt: DateTime,
		/** When the facilitator added it. */
		receivedAt: DateTime,
		via: v.picklist(ANSWER_SOURCES, PROBLEM.unknown),
		/** The checklist version the participant answered in (before any migration). */
		fromVersion: VersionSchema
	},
	objectMessage
);

/**
 * A show of hands for one question: how many were present and how many hands went up per answer,
 * for the whole room ('all') or per role when roles voted in turn or held coloured cards.
 * Whether the totals match `present` is checked by the form and the domain, not here: a stored count
 * that no longer adds up must still load, so the facilitator can correct it.
 */
export const HandCountSchema = v.object(
	{
		present: Count,
		byRole: v.boolean(PROBLEM.notBoolean),
		/** Key 'all' or a role id → answer value (option id, UNKNOWN, NOT_APPLICABLE) → hands. */
		counts: recordOf(recordOf(Count, 50), ROLE_IDS.length + 1),
		updatedAt: DateTime
	},
	objectMessage
);

/** What the group said about a question during the discussion (projector mode's notes field). */
export const DiscussionNoteSchema = v.object(
	{ note: textOf(WORKSHOP_LIMITS.discussionNote), updatedAt: DateTime },
	objectMessage
);

/** The group's settled answer to one question, why, and who saw it otherwise. */
export const ConsensusEntrySchema = v.object(
	{
		value: v.nullable(textOf(LIMITS.id)),
		reasoning: textOf(WORKSHOP_LIMITS.discussionNote),
		dissent: textOf(WORKSHOP_LIMITS.discussionNote),
		updatedAt: DateTime
	},
	objectMessage
);

/** How the discussion is shown; the facilitator can change these at any time. */
export const WorkshopDisplaySchema = v.object(
	{
		/** Show roles with fewer than SMALL_GROUP_MIN people on their own. Off by default. */
		showSmallGroups: v.boolean(PROBLEM.notBoolean),
		/** Show participants' names. Off by default. */
		showNames: v.boolean(PROBLEM.notBoolean),
		/** Minutes per theme in projector mode; 0 means no timer. */
		timerMinutes: v.pipe(
			v.number(PROBLEM.wrongShape),
			v.integer(PROBLEM.wrongShape),
			v.minValue(0, PROBLEM.outOfRange),
			v.maxValue(WORKSHOP_LIMITS.timerMinutes, PROBLEM.outOfRange)
		)
	},
	objectMessage
);

/** A workshop as stored in IndexedDB (store `workshops`) and in backup files. */
export const WorkshopSchema = v.object(
	{
		/** A UUID made by the app; it is also in the join link and in every handed-in envelope. */
		id: Uuid,
		schemaVersion: v.literal(WORKSHOP_SCHEMA_VERSION, PROBLEM.invalid),
		checklistId: IdText,
		/** The checklist version of the session; participants' answers are migrated to it. */
		checklistVersion: VersionSchema,
		settings: WorkshopSettingsSchema,
		/** Handed-in answers per participant id. */
		participants: recordOf(StoredParticipantSchema, WORKSHOP_LIMITS.participants),
		/** Counted hands per question id. */
		hands: recordOf(HandCountSchema, LIMITS.answers),
		/** The group's discussion notes per question id. */
		discussion: recordOf(DiscussionNoteSchema, LIMITS.answers),
		/** The settled answers per question id. */
		consensus: recordOf(ConsensusEntrySchema, LIMITS.answers),
		display: WorkshopDisplaySchema,
		/** The ordinary scan made from the consensus, once made. */
		resultScanId: v.nullable(IdText),
		createdAt: DateTime,
		updatedAt: DateTime
	},
	objectMessage
);

export type WorkshopSettings = v.InferOutput<typeof WorkshopSettingsSchema>;
export type Invite = v.InferOutput<typeof InviteSchema>;
export type ParticipantAnswer = v.InferOutput<typeof ParticipantAnswerSchema>;
export type ParticipantEnvelope = v.InferOutput<typeof ParticipantEnvelopeSchema>;
export type StoredParticipant = v.InferOutput<typeof StoredParticipantSchema>;
export type HandCount = v.InferOutput<typeof HandCountSchema>;
export type DiscussionNote = v.InferOutput<typeof DiscussionNoteSchema>;
export type ConsensusEntry = v.InferOutput<typeof ConsensusEntrySchema>;
export type WorkshopDisplay = v.InferOutput<typeof WorkshopDisplaySchema>;
export type Workshop = v.InferOutput<typeof WorkshopSchema>;
