/**
 * The colleague's own scan, made from a hand-out: an ordinary scan (autosaved question pages, offline)
 * limited to the delegated themes, with the owner's answers at the hand-out filled in so the colleague
 * sees them and can change them, and `delegatedPart` saying who asked and for which scan.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import { compareVersions } from '../domain/migrate-answers.ts';
import { SCAN_SCHEMA_VERSION, type Answer, type Scan } from '../domain/scan.ts';
import type { MessageRef } from '../i18n/message-ref.ts';
import type { DelegationEnvelope } from './delegation-schema.ts';

/** Why a checked hand-out cannot be answered in this app, or null when it can. */
export function handOutProblem(checklist: Checklist, envelope: DelegationEnvelope): MessageRef | null {
	if (envelope.checklistId !== checklist.id) return { key: 'delegation.errors.otherChecklist' };
	const order = compareVersions(envelope.checklistVersion, checklist.version);
	// Answers of a newer checklist could use questions this app does not know: the colleague updates first.
	if (order === null || order > 0) return { key: 'delegation.errors.newerChecklist' };
	return null;
}

/**
 * The scan the colleague answers in. It keeps the hand-out's checklist version: when that is older, the
 * app's usual migration on opening brings it to this version, like any stored scan.
 */
export function scanFromHandOut(envelope: DelegationEnvelope, id: string, now: string): Scan {
	const answers: Record<string, Answer> = {};
	for (const [questionId, answer] of Object.entries(envelope.answers)) {
		Object.defineProperty(answers, questionId, {
			value: { value: answer.value, note: answer.note, updatedAt: envelope.handedOutAt },
			enumerable: true,
			configurable: true,
			writable: true
		});
	}
	return {
		id,
		schemaVersion: SCAN_SCHEMA_VERSION,
		checklistId: envelope.checklistId,
		checklistVersion: envelope.checklistVersion,
		mode: envelope.mode,
		themes: [...envelope.themes],
		profile: {
			organisation: envelope.askedBy.organisation,
			filledInBy: '',
			role: envelope.role,
			phase: envelope.phase,
			focusAreas: []
		},
		answers,
		plan: null,
		createdAt: now,
		updatedAt: now,
		demo: false,
		delegatedPart: {
			handOutId: envelope.handOutId,
			scanId: envelope.scanId,
			askedBy: { ...envelope.askedBy },
			role: envelope.role,
			note: envelope.note,
			themes: [...envelope.themes],
			handedOutAt: envelope.handedOutAt,
			returnedAt: null
		}
	};
}
