/**
 * The two envelopes of handing themes to a colleague, as valibot allow-lists (unknown keys are dropped,
 * fresh objects are built): the hand-out the owner gives (`#/delegatie/1.<data>` or a .json file) and the
 * return the colleague sends back (`#/terug/1.<data>` or a .json file). Both carry the owner's scan id, so
 * a return can only go back into the scan it came from. Types derive from the schemas.
 */
import * as v from 'valibot';
import { PhaseIdSchema } from '../content/checklist-schema.ts';
import {
	AskedBySchema,
	DateTime,
	DelegatedThemesSchema,
	HandedAnswersSchema,
	IdText,
	LIMITS,
	PROBLEM,
	SCAN_MODES,
	UUID,
	VersionSchema,
	isPlainObject,
	objectMessage,
	textOf
} from '../domain/scan-schema.ts';
import { DELEGATION_LIMITS, DELEGATION_TYPE, RETURN_TYPE } from './delegation-limits.ts';

export * from './delegation-limits.ts';

const Uuid = v.pipe(v.string(PROBLEM.notText), v.regex(UUID, PROBLEM.wrongShape));
const Version = v.pipe(v.number(PROBLEM.wrongShape), v.integer(PROBLEM.wrongShape), v.minValue(1, PROBLEM.outOfRange));

/** What the owner hands out: the themes, the colleague's role, and the answers as they are now. */
export const DelegationEnvelopeSchema = v.object(
	{
		type: v.literal(DELEGATION_TYPE, PROBLEM.invalid),
		version: Version,
		handOutId: Uuid,
		handedOutAt: DateTime,
		/** The owner's scan. */
		scanId: Uuid,
		checklistId: IdText,
		checklistVersion: VersionSchema,
		mode: v.picklist(SCAN_MODES, PROBLEM.unknown),
		phase: v.picklist(PhaseIdSchema.options, PROBLEM.unknownPhase),
		askedBy: AskedBySchema,
		role: v.pipe(textOf(DELEGATION_LIMITS.role), v.nonEmpty(PROBLEM.empty)),
		note: textOf(DELEGATION_LIMITS.note),
		themes: DelegatedThemesSchema,
		/** The current answers to those themes' questions, at the hand-out. */
		answers: HandedAnswersSchema
	},
	objectMessage
);

/** One of the colleague's answers in a return: with the time they gave it. */
const ReturnedAnswerSchema = v.object(
	{ value: v.nullable(textOf(LIMITS.id)), note: textOf(LIMITS.note), updatedAt: DateTime },
	objectMessage
);

/** What the colleague sends back: the same hand-out id and scan id, and their answers. */
export const ReturnEnvelopeSchema = v.object(
	{
		type: v.literal(RETURN_TYPE, PROBLEM.invalid),
		version: Version,
		handOutId: Uuid,
		scanId: Uuid,
		/** The owner's organisation, so a message about the wrong scan can name it. */
		organisation: textOf(LIMITS.organisation),
		checklistId: IdText,
		/** The version the colleague's app answered in; the owner's app maps it to its own. */
		checklistVersion: VersionSchema,
		role: v.pipe(textOf(DELEGATION_LIMITS.role), v.nonEmpty(PROBLEM.empty)),
		themes: DelegatedThemesSchema,
		answers: v.pipe(
			v.custom<Record<string, unknown>>(isPlainObject, PROBLEM.wrongShape),
			v.record(IdText, ReturnedAnswerSchema, PROBLEM.wrongShape),
			v.maxEntries(DELEGATION_LIMITS.answers, PROBLEM.tooMany)
		),
		returnedAt: DateTime
	},
	objectMessage
);

export type DelegationEnvelope = v.InferOutput<typeof DelegationEnvelopeSchema>;
export type ReturnEnvelope = v.InferOutput<typeof ReturnEnvelopeSchema>;
export type ReturnedAnswer = v.InferOutput<typeof ReturnedAnswerSchema>;
