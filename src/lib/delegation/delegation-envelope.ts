/**
 * Building the two delegation envelopes from scans, and reading them back from untrusted text (a file, or
 * the unpacked data of a link).
 *
 * The readers never throw and never return the parsed JSON itself: only valibot's fresh output of the
 * allow-list schemas in delegation-schema.ts. Checks, in order, so the message is the most useful one:
 * 1. size (UTF-8 bytes), empty text, JSON syntax;
 * 2. the whole tree (`inspectTree`): nesting, number of values, and no key named `__proto__`,
 *    `constructor` or `prototype` anywhere;
 * 3. `type`: the other delegation envelope gets its own message ("this is the hand-out, not the return"),
 *    anything else is "not a Kwartiermaker delegation";
 * 4. `version`: newer than this app knows is refused with "update the app";
 * 5. the schema; the message names the field that is wrong.
 * Markup in names, roles and notes is kept literally: it is text, and the views only ever show text.
 * Whether a return belongs to the scan it is opened for is for merge.ts to decide.
 */
import * as v from 'valibot';
import type { Checklist } from '../content/checklist-schema.ts';
import { inspectTree } from '../domain/safe-tree.ts';
import type { Scan } from '../domain/scan.ts';
import { scopedQuestions } from '../domain/scope.ts';
import { utf8Size } from '../domain/utf8-size.ts';
import type { MessageKey, MessageRef } from '../i18n/message-ref.ts';
import {
	DELEGATION_LIMITS,
	DELEGATION_TYPE,
	DELEGATION_VERSION,
	DelegationEnvelopeSchema,
	RETURN_TYPE,
	RETURN_VERSION,
	ReturnEnvelopeSchema,
	type DelegationEnvelope,
	type ReturnEnvelope,
	type ReturnedAnswer
} from './delegation-schema.ts';
import type { DelegationRecord, HandedAnswer } from '../domain/scan.ts';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; message: MessageRef };

/** What the owner chose on the hand-out form. */
export interface HandOutChoice {
	themes: readonly string[];
	role: string;
	note: string;
}

/** What decides which questions a scan asks: its mode, phase and own theme limit (a werksessie's). */
export interface QuestionScope {
	mode: Scan['mode'];
	phase: Scan['profile']['phase'];
	themes?: readonly string[] | undefined;
}

/** The scope of a scan's questions. */
export function scopeOf(scan: Pick<Scan, 'mode' | 'profile' | 'themes'>): QuestionScope {
	return { mode: scan.mode, phase: scan.profile.phase, themes: scan.themes };
}

/** The ids of the questions asked in these themes, within the scope, in checklist order. */
export function delegatedQuestionIds(checklist: Checklist, scope: QuestionScope, themes: readonly string[]): string[] {
	const chosen = new Set(themes);
	return scopedQuestions(checklist, scope.mode, scope.phase, scope.themes)
		.filter(({ theme }) => chosen.has(theme.id))
		.map(({ question }) => question.id);
}

/** The answers (value and note) the scan holds now for these questions; unanswered questions are left out. */
export function answersAt(scan: Pick<Scan, 'answers'>, questionIds: readonly string[]): Record<string, HandedAnswer> {
	const answers: Record<string, HandedAnswer> = {};
	for (const id of questionIds) {
		const answer = Object.hasOwn(scan.answers, id) ? scan.answers[id] : undefined;
		if (!answer || (answer.value === null && answer.note.trim() === '')) continue;
		answers[id] = { value: answer.value, note: answer.note };
	}
	return answers;
}

/**
 * The hand-out for `choice` from the owner's scan: only themes the scan asks, in checklist order, with the
 * current answers to their questions. Throws on a choice without themes in scope: the form checks that first.
 */
export function buildDelegationEnvelope(
	checklist: Checklist,
	scan: Scan,
	choice: HandOutChoice,
	handOut: { id: string; at: string }
): DelegationEnvelope {
	const inScope = new Set(scopedQuestions(checklist, scan.mode, scan.profile.phase, scan.themes).map(({ theme }) => theme.id));
	const themes = checklist.themes.map((theme) => theme.id).filter((id) => inScope.has(id) && choice.themes.includes(id));
	if (themes.length === 0) throw new Error('buildDelegationEnvelope: no themes in scope');
	return {
		type: DELEGATION_TYPE,
		version: DELEGATION_VERSION,
		handOutId: handOut.id,
		handedOutAt: handOut.at,
		scanId: scan.id,
		checklistId: scan.checklistId,
		checklistVersion: scan.checklistVersion,
		mode: scan.mode,
		phase: scan.profile.phase,
		askedBy: { name: scan.profile.filledInBy, role: scan.profile.role, organisation: scan.profile.organisation },
		role: choice.role.trim(),
		note: choice.note.trim(),
		themes,
		answers: answersAt(scan, delegatedQuestionIds(checklist, scopeOf(scan), themes))
	};
}

/** What the owner's scan remembers of a hand-out (`scan.delegations`): enough to merge the return later. */
export function recordOf(envelope: DelegationEnvelope): DelegationRecord {
	return {
		id: envelope.handOutId,
		themes: [...envelope.themes],
		role: envelope.role,
		note: envelope.note,
		handedOutAt: envelope.handedOutAt,
		status: 'out',
		returnedAt: null,
		mergedAt: null,
		checklistVersion: envelope.checklistVersion,
		answersAtHandOut: structuredClone(envelope.answers)
	};
}

/**
 * The return from a colleague's scan: their answers to the delegated themes' questions (answered ones
 * only; a question they left open says nothing). Throws when the scan is not a delegated part.
 */
export function buildReturnEnvelope(checklist: Checklist, scan: Scan, now: string): ReturnEnvelope {
	const part = scan.delegatedPart;
	if (!part) throw new Error('buildReturnEnvelope: scan without delegatedPart');
	const answers: Record<string, ReturnedAnswer> = {};
	for (const id of delegatedQuestionIds(checklist, scopeOf(scan), part.themes)) {
		const answer = Object.hasOwn(scan.answers, id) ? scan.answers[id] : undefined;
		if (!answer || answer.value === null) continue;
		answers[id] = { value: answer.value, note: answer.note, updatedAt: answer.updatedAt };
	}
	return {
		type: RETURN_TYPE,
		version: RETURN_VERSION,
		handOutId: part.handOutId,
		scanId: part.scanId,
		organisation: part.askedBy.organisation,
		checklistId: scan.checklistId,
		checklistVersion: scan.checklistVersion,
		role: part.role,
		themes: [...part.themes],
		answers,
		returnedAt: now
	};
}

/** Reads a hand-out from untrusted text (a file, or the unpacked data of `#/delegatie/1.<data>`). */
export function parseDelegationText(text: unknown): ReadResult<DelegationEnvelope> {
	return readEnvelope(text, HAND_OUT, DelegationEnvelopeSchema);
}

/** Reads a colleague's return from untrusted text (a file, or the unpacked data of `#/terug/1.<data>`). */
export function parseReturnText(text: unknown): ReadResult<ReturnEnvelope> {
	return readEnvelope(text, RETURN, ReturnEnvelopeSchema);
}

// ---------------------------------------------------------------------------------------------
// The shared reader
// ---------------------------------------------------------------------------------------------

interface Format {
	type: string;
	version: number;
	/** The other envelope's type: it gets a message of its own. */
	otherType: string;
	/** Message when the text is the other envelope. */
	other: MessageKey;
}

const HAND_OUT: Format = { type: DELEGATION_TYPE, version: DELEGATION_VERSION, otherType: RETURN_TYPE, other: 'delegation.errors.isReturn' };
const RETURN: Format = { type: RETURN_TYPE, version: RETURN_VERSION, otherType: DELEGATION_TYPE, other: 'delegation.errors.isHandOut' };

function refuse(key: MessageKey, ...params: (string | number | MessageRef)[]): { ok: false; message: MessageRef } {
	return { ok: false, message: params.length > 0 ? { key, params } : { key } };
}

function readEnvelope<S extends v.GenericSchema>(text: unknown, format: Format, schema: S): ReadResult<v.InferOutput<S>> {
	try {
		if (typeof text !== 'string') return refuse('delegation.errors.notOurs');
		if (utf8Size(text, DELEGATION_LIMITS.jsonBytes) > DELEGATION_LIMITS.jsonBytes) {
			return refuse('delegation.errors.tooLarge', Math.round(DELEGATION_LIMITS.jsonBytes / 1024));
		}
		if (text.trim() === '') return refuse('delegation.errors.empty');
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch {
			return refuse('delegation.errors.notJson');
		}
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('delegation.errors.notOurs');
		const problem = inspectTree(raw, { maxDepth: DELEGATION_LIMITS.depth, maxValues: DELEGATION_LIMITS.values });
		if (problem?.problem === 'key') return refuse('delegation.errors.forbiddenKey', problem.key);
		if (problem) return refuse('delegation.errors.tooComplex');
		const object = raw as Record<string, unknown>;
		const type = Object.hasOwn(object, 'type') ? object.type : undefined;
		if (type === format.otherType) return refuse(format.other);
		if (type !== format.type) return refuse('delegation.errors.notOurs');
		const version = Object.hasOwn(object, 'version') ? object.version : undefined;
		if (typeof version === 'number' && version > format.version) return refuse('delegation.errors.newer');
		const parsed = v.safeParse(schema, raw, { abortEarly: true });
		if (!parsed.success) return refuse('delegation.errors.invalid', fieldOf(parsed.issues[0]));
		return { ok: true, value: parsed.output };
	} catch {
		return refuse('delegation.errors.unexpected');
	}
}

/** Fields with a name in the catalogue (`delegation.fields`). A Set, so no key from the text reaches a prototype. */
const FIELDS: ReadonlySet<string> = new Set([
	'version',
	'handOutId',
	'handedOutAt',
	'scanId',
	'checklistId',
	'checklistVersion',
	'mode',
	'phase',
	'askedBy',
	'role',
	'note',
	'themes',
	'answers',
	'organisation',
	'returnedAt'
]);

/** Which field a schema issue is about, as a catalogue reference: "het antwoord op vraag k1-plan", "de rol". */
function fieldOf(issue: v.BaseIssue<unknown> | undefined): MessageRef {
	const keys = (issue?.path ?? []).map((item) => item.key);
	const answersAt = keys.indexOf('answers');
	const questionId = answersAt >= 0 ? keys[answersAt + 1] : undefined;
	if (typeof questionId === 'string') {
		// A question id from the text: shown cut short, and only ever as text.
		return { key: 'delegation.fields.answer', params: [questionId.length > 60 ? `${questionId.slice(0, 60)}…` : questionId] };
	}
	for (let i = keys.length - 1; i >= 0; i--) {
		const key = keys[i];
		if (typeof key === 'string' && FIELDS.has(key)) return { key: `delegation.fields.${key}` as MessageKey };
	}
	return { key: 'delegation.fields.unknown' };
}
