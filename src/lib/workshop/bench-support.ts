/**
 * Material for `npm run bench` (scripts/bench.mjs loads this through Vite): a full-scan workshop on a
 * checklist, and `count` participants' envelopes as the text they hand in, with answers that differ
 * per role (so the divergence lists are not empty) and a note on every fifth answer. Deterministic
 * (a fixed pseudo-random sequence), so runs compare. Not used by the app.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import { answerChoices } from '../domain/scope.ts';
import { aggregateWorkshop, type WorkshopAggregate } from './aggregate.ts';
import { parseAnswersEnvelope, serializeAnswersEnvelope } from './answers-envelope.ts';
import { createWorkshop } from './new-workshop.ts';
import { addEnvelope, type AddOutcome } from './participants.ts';
import { sessionQuestions } from './session-questions.ts';
import {
	ANSWERS_TYPE,
	ANSWERS_VERSION,
	ROLE_IDS,
	type ParticipantAnswer,
	type ParticipantEnvelope,
	type Workshop
} from './workshop-schema.ts';

const BENCH_WORKSHOP_ID = '0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b';
const START = Date.parse('2025-03-01T09:00:00.000Z');

/** A small linear congruential generator: the same numbers every run. */
function randomSequence(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** An empty full-scan workshop with every role, and `count` envelopes as handed-in text. */
export function benchWorkshop(checklist: Checklist, count = 50): { workshop: Workshop; texts: string[] } {
	const workshop = createWorkshop(
		checklist,
		{
			organisation: 'Bench',
			date: '2025-03-01',
			phase: 'structureel',
			scope: 'full',
			themes: [],
			roles: [...ROLE_IDS],
			names: 'optional'
		},
		{ id: BENCH_WORKSHOP_ID, now: new Date(START).toISOString() }
	);
	const questions = sessionQuestions(checklist, workshop.settings);
	const random = randomSequence(42);
	const texts: string[] = [];
	for (let n = 0; n < count; n++) {
		const role = ROLE_IDS[n % ROLE_IDS.length]!;
		const answers: Record<string, ParticipantAnswer> = {};
		questions.forEach(({ question }, index) => {
			const choices = answerChoices(checklist, question).map((choice) => choice.value);
			// Each role leans to its own part of the scale on half of the questions: divergence to find.
			const lean = index % 2 === 0 ? (ROLE_IDS.indexOf(role) / ROLE_IDS.length) * 0.6 : 0;
			const pick = Math.min(choices.length - 1, Math.floor((random() * 0.7 + lean) * choices.length));
			answers[question.id] = { value: choices[pick]!, note: index % 5 === 0 ? `Note ${n}-${index}: ${'x'.repeat(120)}` : '' };
		});
		const envelope: ParticipantEnvelope = {
			type: ANSWERS_TYPE,
			version: ANSWERS_VERSION,
			workshopId: workshop.id,
			participantId: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
			role,
			name: `Participant ${n}`,
			checklistId: checklist.id,
			checklistVersion: checklist.version,
			answers,
			handedInAt: new Date(START + (n + 1) * 60_000).toISOString()
		};
		texts.push(serializeAnswersEnvelope(envelope));
	}
	return { workshop, texts };
}

/**
 * What the collect screen does with handed-in texts: read each one (all checks) and add it. Returns
 * the workshop and each outcome; a text that is refused counts as 'refused'.
 */
export function mergeEnvelopeTexts(
	checklist: Checklist,
	workshop: Workshop,
	texts: readonly string[],
	now: string
): { workshop: Workshop; outcomes: (AddOutcome | 'refused')[] } {
	let current = workshop;
	const outcomes: (AddOutcome | 'refused')[] = [];
	for (const text of texts) {
		const parsed = parseAnswersEnvelope(text);
		if (!parsed.ok) {
			outcomes.push('refused');
			continue;
		}
		const result = addEnvelope(current, parsed.envelope, checklist, { via: 'file', now });
		current = result.workshop;
		outcomes.push(result.outcome);
	}
	return { workshop: current, outcomes };
}

/** Merge `count` envelopes into a fresh workshop and aggregate them, with the time of each step in ms. */
export function benchMergeAndAggregate(
	checklist: Checklist,
	count = 50
): { mergeMs: number; aggregateMs: number; workshop: Workshop; aggregate: WorkshopAggregate } {
	const { workshop, texts } = benchWorkshop(checklist, count);
	const started = performance.now();
	const merged = mergeEnvelopeTexts(checklist, workshop, texts, new Date(START + 3_600_000).toISOString());
	const mergedAt = performance.now();
	const aggregate = aggregateWorkshop(checklist, merged.workshop);
	const done = performance.now();
	return { mergeMs: mergedAt - started, aggregateMs: done - mergedAt, workshop: merged.workshop, aggregate };
}
