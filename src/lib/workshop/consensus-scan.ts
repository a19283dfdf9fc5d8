/**
 * The scan a werksessie settles together: an ordinary scan, so results, action plan, PDF and backup
 * work as for any scan, marked with `workshop` so the app and the report can say it is the group's
 * result. Its mode, themes and phase are the session's; the answers are the group's agreed answers.
 *
 * The group's reasoning becomes the answer's toelichting, with any dissent after it under the label
 * the caller gives in the user's language ("Afwijkende mening: …"); a note longer than a scan allows
 * is cut short with "…" (reasoning and dissent may each be as long as a note, together they may not).
 * Only the session's questions and values valid for the question are taken; an agreed entry without a
 * valid answer but with reasoning keeps the reasoning as a skipped answer.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { Answer, Scan } from '../domain/scan.ts';
import { LIMITS, SCAN_SCHEMA_VERSION } from '../domain/scan-limits.ts';
import { answerChoices } from '../domain/scope.ts';
import { countedParticipants } from './aggregate.ts';
import { sessionQuestions, sessionScope } from './session-questions.ts';
import type { ConsensusEntry, Workshop } from './workshop-schema.ts';

/** The toelichting of an agreed answer: reasoning, then the dissent under its label; within the note limit. */
export function consensusNote(entry: Pick<ConsensusEntry, 'reasoning' | 'dissent'>, dissentLabel: string): string {
	const reasoning = entry.reasoning.trim();
	const dissent = entry.dissent.trim();
	const note = dissent === '' ? reasoning : `${reasoning}${reasoning === '' ? '' : '\n\n'}${dissentLabel}: ${dissent}`;
	return note.length <= LIMITS.note ? note : `${note.slice(0, LIMITS.note - 1)}…`;
}

export function consensusScan(
	checklist: Checklist,
	workshop: Workshop,
	{ id, now, dissentLabel }: { id: string; now: string; dissentLabel: string }
): Scan {
	const { mode, themes } = sessionScope(workshop.settings);
	const answers: Record<string, Answer> = {};
	for (const { question } of sessionQuestions(checklist, workshop.settings)) {
		const entry = Object.hasOwn(workshop.consensus, question.id) ? workshop.consensus[question.id] : undefined;
		if (!entry) continue;
		const valid = entry.value !== null && answerChoices(checklist, question).some((choice) => choice.value === entry.value);
		const note = consensusNote(entry, dissentLabel);
		if (!valid && note === '') continue;
		answers[question.id] = { value: valid ? entry.value : null, note, updatedAt: entry.updatedAt };
	}
	return {
		id,
		schemaVersion: SCAN_SCHEMA_VERSION,
		checklistId: workshop.checklistId,
		checklistVersion: workshop.checklistVersion,
		mode,
		profile: {
			organisation: workshop.settings.organisation,
			filledInBy: '',
			role: '',
			phase: workshop.settings.phase,
			focusAreas: []
		},
		answers,
		plan: null,
		createdAt: now,
		updatedAt: now,
		demo: false,
		...(themes ? { themes } : {}),
		workshop: { workshopId: workshop.id, participants: countedParticipants(workshop), date: workshop.settings.date }
	};
}
