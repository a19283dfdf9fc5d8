/**
 * Builders for werksessie tests (this part's and the screens'): a workshop on the small domain fixture
 * checklist (src/lib/domain/test-fixtures.ts) and participants' envelopes. Deterministic ids and times,
 * so tests can compare results exactly. For tests only.
 */
import { fixtureChecklist } from '../domain/test-fixtures.ts';
import { createWorkshop } from './new-workshop.ts';
import {
	ANSWERS_TYPE,
	ANSWERS_VERSION,
	type ParticipantAnswer,
	type ParticipantEnvelope,
	type RoleId,
	type Workshop,
	type WorkshopSettings
} from './workshop-schema.ts';

export { fixtureChecklist };

/** The workshop id every fixture uses unless told otherwise. */
export const WORKSHOP_ID = '11111111-1111-4111-8111-111111111111';
export const CREATED_AT = '2025-03-01T09:00:00.000Z';

/** A valid UUID for participant number `n` (0, 1, 2 …), the same every run. */
export function participantUuid(n: number): string {
	return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Minute `minute` after the session started, as an ISO time: handy for "newer" and "older" envelopes. */
export function minuteAfterStart(minute: number): string {
	return new Date(Date.parse(CREATED_AT) + minute * 60_000).toISOString();
}

/**
 * Settings of a full scan of the fixture in phase 'structureel' (every fixture question is asked:
 * 12 questions in themes a–d), with roles beleid, management and ervaringswerker and optional names.
 */
export function makeSettings(overrides: Partial<WorkshopSettings> = {}): WorkshopSettings {
	return {
		organisation: 'Gemeente Test',
		date: '2025-03-01',
		phase: 'structureel',
		scope: 'full',
		themes: [],
		roles: ['beleid', 'management', 'ervaringswerker'],
		names: 'optional',
		...overrides
	};
}

/** A new, empty workshop on the fixture checklist. `overrides` replace top-level fields (e.g. display). */
export function makeWorkshop(
	options: { settings?: Partial<WorkshopSettings>; id?: string } & Partial<Omit<Workshop, 'settings' | 'id'>> = {}
): Workshop {
	const { settings, id, ...rest } = options;
	const workshop = createWorkshop(fixtureChecklist, makeSettings(settings), { id: id ?? WORKSHOP_ID, now: CREATED_AT });
	return { ...workshop, ...rest };
}

/** An answer as a bare value (note '') or value with note. */
export type FixtureAnswer = string | null | { value: string | null; note: string };

/**
 * A participant's envelope for the fixture workshop. `n` picks the participant id (participantUuid(n));
 * answers map question ids to values ('0'…'4', 'ja'/'soms'/'nee', UNKNOWN, NOT_APPLICABLE).
 */
export function makeEnvelope(
	options: {
		n?: number;
		participantId?: string;
		role?: RoleId;
		name?: string;
		answers?: Record<string, FixtureAnswer>;
		/** Minutes after the start; default 30. */
		minute?: number;
		handedInAt?: string;
		workshopId?: string;
		checklistId?: string;
		checklistVersion?: string;
	} = {}
): ParticipantEnvelope {
	const answers: Record<string, ParticipantAnswer> = {};
	for (const [questionId, answer] of Object.entries(options.answers ?? {})) {
		answers[questionId] = typeof answer === 'object' && answer !== null ? { ...answer } : { value: answer, note: '' };
	}
	return {
		type: ANSWERS_TYPE,
		version: ANSWERS_VERSION,
		workshopId: options.workshopId ?? WORKSHOP_ID,
		participantId: options.participantId ?? participantUuid(options.n ?? 1),
		role: options.role ?? 'beleid',
		name: options.name ?? '',
		checklistId: options.checklistId ?? fixtureChecklist.id,
		checklistVersion: options.checklistVersion ?? fixtureChecklist.version,
		answers,
		handedInAt: options.handedInAt ?? minuteAfterStart(options.minute ?? 30)
	};
}
