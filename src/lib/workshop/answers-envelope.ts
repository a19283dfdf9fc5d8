/**
 * The answers a participant hands in (one envelope for QR code, file and link) and the invitation in
 * a join link: building the envelope from the participant's own scan, and reading both from untrusted
 * text.
 *
 * The readers never throw and never return the parsed JSON itself: only valibot's fresh output, built
 * from the allow-list schemas in `workshop-schema.ts`, so unknown keys are dropped. Checks, in order,
 * so the message is the most useful one:
 * 1. size (UTF-8 bytes, WORKSHOP_LIMITS.answersJsonBytes / inviteJsonBytes), empty text, JSON syntax;
 * 2. the whole tree, walked without recursion (`inspectTree`): nesting, number of values, and no key
 *    named `__proto__`, `constructor` or `prototype` anywhere, also where it would be stripped later;
 * 3. `type`: anything else is "not Kwartiermaker answers" (or "this is an invitation, not answers");
 * 4. `version`: newer than this app knows is refused with "update the app";
 * 5. the schema (shapes and limits); the message names the field that is wrong.
 * Markup in names and notes is kept literally: it is text, and the views only ever show text.
 * Whether the answers belong to this workshop and checklist is for `participants.ts` to decide.
 */
import { utf8Size } from '../domain/utf8-size.ts';
import * as v from 'valibot';
import type { Checklist } from '../content/checklist-schema.ts';
import { inspectTree } from '../domain/safe-tree.ts';
import type { Scan } from '../domain/scan.ts';
import { scopedQuestions } from '../domain/scope.ts';
import type { MessageKey, MessageRef } from '../i18n/message-ref.ts';
import {
	ANSWERS_TYPE,
	ANSWERS_VERSION,
	INVITE_TYPE,
	INVITE_VERSION,
	InviteSchema,
	ParticipantEnvelopeSchema,
	WORKSHOP_LIMITS,
	type Invite,
	type ParticipantAnswer,
	type ParticipantEnvelope
} from './workshop-schema.ts';

export type ParseAnswersResult = { ok: true; envelope: ParticipantEnvelope } | { ok: false; message: MessageRef };
export type ParseInviteResult = { ok: true; invite: Invite } | { ok: false; message: MessageRef };

/**
 * The envelope a participant hands in, from their own scan. Only answered questions go in (a skipped
 * or unreached question says nothing to the group); with `checklist`, only the questions in the scan's
 * scope (mode, phase, themes), so an answer left over from an earlier choice is not handed in.
 * Throws when the scan is not a participant's scan: that is a programming error, not user input.
 */
export function buildAnswersEnvelope(scan: Scan, now: string, checklist?: Checklist): ParticipantEnvelope {
	const participation = scan.participation;
	if (!participation) throw new Error('buildAnswersEnvelope: scan without participation');
	const inScope = checklist
		? new Set(scopedQuestions(checklist, scan.mode, scan.profile.phase, scan.themes).map(({ question }) => question.id))
		: null;
	const answers: Record<string, ParticipantAnswer> = {};
	for (const [questionId, answer] of Object.entries(scan.answers)) {
		if (answer.value === null) continue;
		if (inScope && !inScope.has(questionId)) continue;
		answers[questionId] = { value: answer.value, note: answer.note };
	}
	return {
		type: ANSWERS_TYPE,
		version: ANSWERS_VERSION,
		workshopId: participation.workshopId,
		participantId: participation.participantId,
		role: participation.role,
		name: participation.name,
		checklistId: scan.checklistId,
		checklistVersion: scan.checklistVersion,
		answers,
		handedInAt: now
	};
}

/** The envelope as the text that goes into a file, a link or QR codes. */
export function serializeAnswersEnvelope(envelope: ParticipantEnvelope): string {
	return JSON.stringify(envelope);
}

/** Reads a participant's handed-in answers from untrusted text (a file, an unpacked link or QR code). */
export function parseAnswersEnvelope(text: string): ParseAnswersResult {
	const result = readExchange(text, ANSWERS_FORMAT, ParticipantEnvelopeSchema);
	return result.ok ? { ok: true, envelope: result.value } : result;
}

/** Reads the invitation of a join link from untrusted text (the unpacked data of `#/doe-mee/1.<data>`). */
export function parseInviteText(text: string): ParseInviteResult {
	const result = readExchange(text, INVITE_FORMAT, InviteSchema);
	return result.ok ? { ok: true, invite: result.value } : result;
}

// ---------------------------------------------------------------------------------------------
// The shared reader
// ---------------------------------------------------------------------------------------------

interface Format {
	type: string;
	version: number;
	maxBytes: number;
	/** Catalogue section with this format's messages. */
	messages: 'workshopDomain.answers' | 'workshopDomain.invite';
	/** A `type` that is the other format, with its own message ("this is an invitation"). */
	otherType: string;
}

const ANSWERS_FORMAT: Format = {
	type: ANSWERS_TYPE,
	version: ANSWERS_VERSION,
	maxBytes: WORKSHOP_LIMITS.answersJsonBytes,
	messages: 'workshopDomain.answers',
	otherType: INVITE_TYPE
};

const INVITE_FORMAT: Format = {
	type: INVITE_TYPE,
	version: INVITE_VERSION,
	maxBytes: WORKSHOP_LIMITS.inviteJsonBytes,
	messages: 'workshopDomain.invite',
	otherType: ANSWERS_TYPE
};

type ReadResult<T> = { ok: true; value: T } | { ok: false; message: MessageRef };

function refuse(format: Format, name: string, ...params: (string | number | MessageRef)[]): { ok: false; message: MessageRef } {
	const key = `${format.messages}.${name}` as MessageKey;
	return { ok: false, message: params.length > 0 ? { key, params } : { key } };
}

function readExchange<S extends v.GenericSchema>(text: string, format: Format, schema: S): ReadResult<v.InferOutput<S>> {
	try {
		if (typeof text !== 'string') return refuse(format, 'notOurs');
		if (utf8Size(text, format.maxBytes) > format.maxBytes) return refuse(format, 'tooLarge', format.maxBytes);
		if (text.trim() === '') return refuse(format, 'empty');
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch {
			return refuse(format, 'notJson');
		}
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse(format, 'notOurs');
		const problem = inspectTree(raw, { maxDepth: WORKSHOP_LIMITS.depth, maxValues: WORKSHOP_LIMITS.envelopeValues });
		if (problem?.problem === 'key') return refuse(format, 'forbiddenKey', problem.key);
		if (problem?.problem === 'depth') return refuse(format, 'tooDeep');
		if (problem) return refuse(format, 'tooManyValues');
		const object = raw as Record<string, unknown>;
		const type = Object.hasOwn(object, 'type') ? object.type : undefined;
		if (type === format.otherType) return refuse(format, 'otherFormat');
		if (type !== format.type) return refuse(format, 'notOurs');
		const version = Object.hasOwn(object, 'version') ? object.version : undefined;
		if (typeof version === 'number' && version > format.version) return refuse(format, 'newer');
		const parsed = v.safeParse(schema, raw, { abortEarly: true });
		if (!parsed.success) return refuse(format, 'invalid', fieldOf(parsed.issues[0]));
		return { ok: true, value: parsed.output };
	} catch {
		return refuse(format, 'unexpected');
	}
}

/** Fields with a name in the catalogue (`workshopDomain.fields`). A Set, so no key from the text reaches a prototype. */
const FIELDS: ReadonlySet<string> = new Set([
	'version',
	'workshopId',
	'participantId',
	'role',
	'name',
	'checklistId',
	'checklistVersion',
	'answers',
	'handedInAt',
	'settings',
	'organisation',
	'date',
	'phase',
	'scope',
	'themes',
	'roles',
	'names',
	'value',
	'note'
]);

/** Which field a schema issue is about, as a catalogue reference: "het antwoord op vraag k1-plan", "de rol". */
function fieldOf(issue: v.BaseIssue<unknown> | undefined): MessageRef {
	const path = issue?.path ?? [];
	const keys = path.map((item) => item.key);
	const answersAt = keys.indexOf('answers');
	const questionId = answersAt >= 0 ? keys[answersAt + 1] : undefined;
	if (typeof questionId === 'string') {
		// A question id from the text: shown cut short, and only ever as text.
		return { key: 'workshopDomain.fields.answer', params: [questionId.length > 60 ? `${questionId.slice(0, 60)}…` : questionId] };
	}
	for (let i = keys.length - 1; i >= 0; i--) {
		const key = keys[i];
		if (typeof key === 'string' && FIELDS.has(key)) return { key: `workshopDomain.fields.${key}` as MessageKey };
	}
	return { key: 'workshopDomain.fields.unknown' };
}
