/**
 * Adding a participant's handed-in answers to a workshop.
 *
 * Rules, in order:
 * - answers of another workshop or another checklist are not added (`other-workshop`,
 *   `other-checklist`); answers given with a newer checklist version than this app has are refused the
 *   same way, with a warning that says to update the app (their ids may be unknown here);
 * - one participant (participantId, made once per device and session) counts once: the envelope with the
 *   newest `handedInAt` wins as a whole. The same envelope again, or an older one, changes nothing
 *   (`kept-newer`); a newer one replaces the stored answers (`replaced`);
 * - answers of an older checklist version are carried to the workshop's version with the checklist's own
 *   migrations (`domain/migrate-answers.ts`, as for scans); answers that have no place in this version
 *   are not counted, with a warning (a workshop keeps no "set aside" list: the participant still has
 *   them on their own device);
 * - then only what the session asks is kept: answers to unknown questions, to questions outside the
 *   session's scope, and values that are not a choice of the question are dropped, each kind with a
 *   warning that says how many. Skipped questions (value null) are left out silently.
 * `checklist` is the app's checklist; a workshop is made with it (`createWorkshop`), so its version is
 * the workshop's `checklistVersion` and answers are carried to that version.
 * Pure: the input workshop is never changed; a new workshop object is returned.
 */
import type { Checklist, Question } from '../content/checklist-schema.ts';
import { compareVersions, migrateScan } from '../domain/migrate-answers.ts';
import type { Answer, Scan } from '../domain/scan.ts';
import { SCAN_SCHEMA_VERSION } from '../domain/scan.ts';
import { answerChoices } from '../domain/scope.ts';
import type { MessageRef } from '../i18n/message-ref.ts';
import { sessionQuestionIds } from './session-questions.ts';
import {
	WORKSHOP_LIMITS,
	type AnswerSource,
	type ParticipantAnswer,
	type ParticipantEnvelope,
	type StoredParticipant,
	type Workshop
} from './workshop-schema.ts';

/**
 * What adding did. 'too-many' (beyond the contract's list): the workshop already holds
 * WORKSHOP_LIMITS.participants people and this is a new one, so it cannot be stored.
 */
export type AddOutcome = 'added' | 'replaced' | 'kept-newer' | 'other-workshop' | 'other-checklist' | 'too-many';

export interface AddEnvelopeResult {
	/** The workshop with the answers added; the same object as the input when nothing changed. */
	workshop: Workshop;
	outcome: AddOutcome;
	/** What was not counted, or converted, as catalogue messages (`workshopDomain.warnings`). */
	warnings: MessageRef[];
}

/** The message for an outcome, for the collect screen (`workshopDomain.outcomes`). */
export function outcomeMessage(outcome: AddOutcome): MessageRef {
	switch (outcome) {
		case 'added':
			return { key: 'workshopDomain.outcomes.added' };
		case 'replaced':
			return { key: 'workshopDomain.outcomes.replaced' };
		case 'kept-newer':
			return { key: 'workshopDomain.outcomes.keptNewer' };
		case 'other-workshop':
			return { key: 'workshopDomain.outcomes.otherWorkshop' };
		case 'other-checklist':
			return { key: 'workshopDomain.outcomes.otherChecklist' };
		case 'too-many':
			return { key: 'workshopDomain.outcomes.tooMany', params: [WORKSHOP_LIMITS.participants] };
	}
}

/** True when `a` is a later moment than `b` (ISO times may carry different offsets, so compare instants). */
function isLater(a: string, b: string): boolean {
	const left = Date.parse(a);
	const right = Date.parse(b);
	if (Number.isNaN(left) || Number.isNaN(right)) return a > b;
	return left > right;
}

const unchanged = (workshop: Workshop, outcome: AddOutcome, warnings: MessageRef[] = []): AddEnvelopeResult => ({
	workshop,
	outcome,
	warnings
});

/**
 * Carries answers from the envelope's checklist version to the checklist's, with the checklist's
 * migrations; returns the answers and how many had no place. The migration works on scans, so the
 * answers travel in a minimal scan (its other fields do not influence the mapping).
 */
function migrateAnswers(
	checklist: Checklist,
	workshop: Workshop,
	envelope: ParticipantEnvelope
): { answers: Record<string, ParticipantAnswer>; lost: number } {
	const answers: Record<string, Answer> = {};
	for (const [id, answer] of Object.entries(envelope.answers)) {
		answers[id] = { value: answer.value, note: answer.note, updatedAt: envelope.handedInAt };
	}
	const scan: Scan = {
		id: envelope.participantId,
		schemaVersion: SCAN_SCHEMA_VERSION,
		checklistId: envelope.checklistId,
		checklistVersion: envelope.checklistVersion,
		mode: 'full',
		profile: { organisation: '', filledInBy: '', role: '', phase: workshop.settings.phase, focusAreas: [] },
		answers,
		plan: null,
		createdAt: envelope.handedInAt,
		updatedAt: envelope.handedInAt,
		demo: false
	};
	const result = migrateScan(checklist, scan);
	if (!result.ok) return { answers: {}, lost: Object.keys(answers).length };
	const migrated: Record<string, ParticipantAnswer> = {};
	for (const [id, answer] of Object.entries(result.scan.answers)) migrated[id] = { value: answer.value, note: answer.note };
	return { answers: migrated, lost: result.keptAside.length };
}

/** Adds one participant's envelope to the workshop. See the top of this file for the rules. */
export function addEnvelope(
	workshop: Workshop,
	envelope: ParticipantEnvelope,
	checklist: Checklist,
	{ via, now }: { via: AnswerSource; now: string }
): AddEnvelopeResult {
	if (envelope.workshopId !== workshop.id) return unchanged(workshop, 'other-workshop');
	if (envelope.checklistId !== workshop.checklistId || envelope.checklistId !== checklist.id) {
		return unchanged(workshop, 'other-checklist');
	}
	const order = compareVersions(envelope.checklistVersion, checklist.version);
	if (order === null || order > 0) {
		return unchanged(workshop, 'other-checklist', [
			{ key: 'workshopDomain.warnings.newerChecklist', params: [envelope.checklistVersion, checklist.version] }
		]);
	}

	const existing = Object.hasOwn(workshop.participants, envelope.participantId)
		? workshop.participants[envelope.participantId]
		: undefined;
	if (existing && !isLater(envelope.handedInAt, existing.handedInAt)) return unchanged(workshop, 'kept-newer');
	if (!existing && Object.keys(workshop.participants).length >= WORKSHOP_LIMITS.participants) {
		return unchanged(workshop, 'too-many');
	}

	const warnings: MessageRef[] = [];
	let answers: Record<string, ParticipantAnswer> = envelope.answers;
	if (order < 0) {
		const migrated = migrateAnswers(checklist, workshop, envelope);
		answers = migrated.answers;
		warnings.push({ key: 'workshopDomain.warnings.olderChecklist', params: [envelope.checklistVersion, checklist.version] });
		if (migrated.lost > 0) warnings.push({ key: 'workshopDomain.warnings.notMigrated', params: [migrated.lost] });
	}

	const questions = new Map<string, Question>(
		checklist.themes.flatMap((theme) => theme.questions.map((question) => [question.id, question] as const))
	);
	const inSession = sessionQuestionIds(checklist, workshop.settings);
	const kept: Record<string, ParticipantAnswer> = {};
	let unknownQuestions = 0;
	let outsideSession = 0;
	let invalidValues = 0;
	for (const [questionId, answer] of Object.entries(answers)) {
		const question = questions.get(questionId);
		if (!question) unknownQuestions++;
		else if (!inSession.has(questionId)) outsideSession++;
		else if (answer.value === null) continue;
		else if (!answerChoices(checklist, question).some((choice) => choice.value === answer.value)) invalidValues++;
		// The id is a question of the checklist, never a key like __proto__; a plain assignment is safe.
		else kept[questionId] = { value: answer.value, note: answer.note };
	}
	if (unknownQuestions > 0) warnings.push({ key: 'workshopDomain.warnings.unknownQuestions', params: [unknownQuestions] });
	if (outsideSession > 0) warnings.push({ key: 'workshopDomain.warnings.outsideSession', params: [outsideSession] });
	if (invalidValues > 0) warnings.push({ key: 'workshopDomain.warnings.invalidValues', params: [invalidValues] });
	if (!workshop.settings.roles.includes(envelope.role)) warnings.push({ key: 'workshopDomain.warnings.otherRole' });

	const stored: StoredParticipant = {
		participantId: envelope.participantId,
		role: envelope.role,
		name: envelope.name,
		answers: kept,
		handedInAt: envelope.handedInAt,
		receivedAt: now,
		via,
		fromVersion: envelope.checklistVersion
	};
	const participants: Record<string, StoredParticipant> = { ...workshop.participants };
	Object.defineProperty(participants, envelope.participantId, { value: stored, enumerable: true, configurable: true, writable: true });
	return {
		workshop: { ...workshop, participants, updatedAt: now },
		outcome: existing ? 'replaced' : 'added',
		warnings
	};
}

/** One envelope's result in `addEnvelopes`. */
export interface AddedEnvelope {
	participantId: string;
	outcome: AddOutcome;
	warnings: MessageRef[];
}

/**
 * Adds many envelopes in turn (many files dropped at once, or the bench's 50). The order does not
 * matter for the result: per participant the newest wins either way.
 */
export function addEnvelopes(
	workshop: Workshop,
	envelopes: readonly ParticipantEnvelope[],
	checklist: Checklist,
	options: { via: AnswerSource; now: string }
): { workshop: Workshop; results: AddedEnvelope[] } {
	let current = workshop;
	const results: AddedEnvelope[] = [];
	for (const envelope of envelopes) {
		const result = addEnvelope(current, envelope, checklist, options);
		current = result.workshop;
		results.push({ participantId: envelope.participantId, outcome: result.outcome, warnings: result.warnings });
	}
	return { workshop: current, results };
}
