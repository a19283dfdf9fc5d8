/**
 * The constants and limits of a werksessie (workshop): the roles people can take, the name rule, the
 * exchange formats and every size limit. No valibot here, so forms can use the limits cheaply; the
 * schemas in `workshop-schema.ts` use the same values, and so do storage, import, forms and exports.
 */
import { LIMITS } from '../domain/scan-limits.ts';

/** The roles a participant can choose, in the order the set-up form and every overview show them. */
export const ROLE_IDS = ['beleid', 'management', 'ervaringswerker', 'uitvoering', 'bestuur', 'anders'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** Whether participants give their name: the session asks for it, leaves it to them, or never asks. */
export const NAME_POLICIES = ['required', 'optional', 'never'] as const;
export type NamePolicy = (typeof NAME_POLICIES)[number];

/** Which questions the session asks: the quick scan, the full scan, or the full scan of some themes. */
export const WORKSHOP_SCOPES = ['quick', 'full', 'themes'] as const;
export type WorkshopScope = (typeof WORKSHOP_SCOPES)[number];

/** How a participant's answers reached the facilitator; counted hands are a source of their own. */
export const ANSWER_SOURCES = ['qr', 'file', 'link'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

/** `type` of the invitation in a join link. */
export const INVITE_TYPE = 'kwartiermaker-werksessie';
/** Version of the invitation format. Raise it (and read the old one too) when it changes. */
export const INVITE_VERSION = 1;
/** `type` of a participant's handed-in answers (file, link and QR code carry the same envelope). */
export const ANSWERS_TYPE = 'kwartiermaker-antwoorden';
/** Version of the answers envelope. */
export const ANSWERS_VERSION = 1;
/** Version of the stored shape of a workshop. Raise it (and add a migration) when the shape changes. */
export const WORKSHOP_SCHEMA_VERSION = 1;

/**
 * A role with fewer people than this is not shown on its own (its answers still count in the total):
 * in a room of ten, one or two ervaringswerkers would be recognisable. The facilitator can turn this off.
 */
export const SMALL_GROUP_MIN = 3;

/**
 * Every limit on workshop data, in one place. Lengths count UTF-16 code units, like `maxlength`.
 * Answer notes share the scan's note limit (see scan-limits.ts) so a participant's note always fits a scan.
 */
export const WORKSHOP_LIMITS = {
	/** Participants in one workshop (answers handed in, not counted hands). */
	participants: 200,
	/** A participant's name; the same limit as on the participant's own scan. */
	name: LIMITS.participantName,
	/** People present at one show of hands; also the most hands for one option. */
	present: 1000,
	/** What the group said about a question, the reasoning of the agreed answer, and any dissent. */
	discussionNote: 10_000,
	/** Minutes on the optional timer per theme. */
	timerMinutes: 120,
	/** Themes chosen for a session. */
	themes: LIMITS.themes,
	/** Most characters of a handed-in answers file or unpacked link, as JSON. */
	answersJsonBytes: 512 * 1024,
	/** Most characters of a workshop set-up as JSON when unpacked from a join link. */
	inviteJsonBytes: 16 * 1024,
	/** Deepest nesting in an envelope; a real one uses 4 levels. */
	depth: 12,
	/** Most values (objects, arrays, texts, numbers) in one envelope. */
	envelopeValues: 20_000,
	/** Most values in one stored workshop (200 participants with 60 answers each stay well below). */
	workshopValues: 400_000
} as const;
