import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import realChecklist from '../../../checklists/kwartiermaken.yaml';
import { NOT_APPLICABLE, UNKNOWN } from '../domain/scan.ts';
import { deepFreeze, fixtureChecklist } from '../domain/test-fixtures.ts';
import { createWorkshop } from './new-workshop.ts';
import { addEnvelope, addEnvelopes, outcomeMessage } from './participants.ts';
import { makeEnvelope, makeSettings, makeWorkshop, minuteAfterStart, participantUuid, WORKSHOP_ID } from './test-fixtures.ts';
import { WORKSHOP_LIMITS, WorkshopSchema } from './workshop-schema.ts';

const NOW = '2025-03-01T11:00:00.000Z';
const opts = { via: 'file' as const, now: NOW };

describe('addEnvelope', () => {
	test('adds a participant with role, name, answers, source and version, and the result passes the schema', () => {
		const workshop = deepFreeze(makeWorkshop());
		const envelope = makeEnvelope({ n: 1, role: 'management', name: 'Kim', answers: { 'a-plan': { value: '2', note: 'Zo' }, 'd-alibi': 'ja' } });
		const result = addEnvelope(workshop, envelope, fixtureChecklist, { via: 'qr', now: NOW });
		expect(result.outcome).toBe('added');
		expect(result.warnings).toEqual([]);
		expect(result.workshop.participants[participantUuid(1)]).toEqual({
			participantId: participantUuid(1),
			role: 'management',
			name: 'Kim',
			answers: { 'a-plan': { value: '2', note: 'Zo' }, 'd-alibi': { value: 'ja', note: '' } },
			handedInAt: envelope.handedInAt,
			receivedAt: NOW,
			via: 'qr',
			fromVersion: fixtureChecklist.version
		});
		expect(result.workshop.updatedAt).toBe(NOW);
		expect(workshop.participants).toEqual({});
		expect(v.safeParse(WorkshopSchema, result.workshop).success).toBe(true);
	});

	test('duplicate envelopes: the same one again changes nothing; an older one is ignored; a newer one replaces', () => {
		const first = makeEnvelope({ n: 1, minute: 30, answers: { 'a-plan': '1' } });
		const added = addEnvelope(makeWorkshop(), first, fixtureChecklist, opts).workshop;

		const again = addEnvelope(added, structuredClone(first), fixtureChecklist, opts);
		expect(again.outcome).toBe('kept-newer');
		expect(again.workshop).toBe(added);

		const older = addEnvelope(added, makeEnvelope({ n: 1, minute: 10, answers: { 'a-plan': '4' } }), fixtureChecklist, opts);
		expect(older.outcome).toBe('kept-newer');
		expect(older.workshop.participants[participantUuid(1)]?.answers['a-plan']?.value).toBe('1');

		const newer = addEnvelope(added, makeEnvelope({ n: 1, minute: 45, answers: { 'a-plan': '3' } }), fixtureChecklist, opts);
		expect(newer.outcome).toBe('replaced');
		expect(Object.keys(newer.workshop.participants)).toHaveLength(1);
		expect(newer.workshop.participants[participantUuid(1)]?.answers).toEqual({ 'a-plan': { value: '3', note: '' } });
	});

	test('newest wins by the moment, also when the times carry different offsets', () => {
		const utc = makeEnvelope({ n: 1, handedInAt: '2025-03-01T10:30:00Z', answers: { 'a-plan': '1' } });
		// 11:00+02:00 is 09:00Z: earlier, though it sorts later as text.
		const offset = makeEnvelope({ n: 1, handedInAt: '2025-03-01T11:00:00+02:00', answers: { 'a-plan': '4' } });
		const added = addEnvelope(makeWorkshop(), utc, fixtureChecklist, opts).workshop;
		expect(addEnvelope(added, offset, fixtureChecklist, opts).outcome).toBe('kept-newer');
	});

	test('answers for another workshop or another checklist change nothing', () => {
		const workshop = makeWorkshop();
		const other = addEnvelope(workshop, makeEnvelope({ workshopId: '22222222-2222-4222-8222-222222222222' }), fixtureChecklist, opts);
		expect(other).toEqual({ workshop, outcome: 'other-workshop', warnings: [] });
		const otherList = addEnvelope(workshop, makeEnvelope({ checklistId: 'iets-anders' }), fixtureChecklist, opts);
		expect(otherList.outcome).toBe('other-checklist');
		expect(otherList.workshop).toBe(workshop);
	});

	test('a newer checklist version is refused with a warning to update the app', () => {
		const workshop = makeWorkshop();
		const result = addEnvelope(workshop, makeEnvelope({ checklistVersion: '9.0.0', answers: { 'a-plan': '1' } }), fixtureChecklist, opts);
		expect(result.outcome).toBe('other-checklist');
		expect(result.workshop).toBe(workshop);
		expect(result.warnings).toEqual([{ key: 'workshopDomain.warnings.newerChecklist', params: ['9.0.0', '1.0.0'] }]);
	});

	test('only the session’s questions and valid values are kept; the rest is dropped with counted warnings', () => {
		const workshop = makeWorkshop({ settings: { scope: 'themes', themes: ['a', 'd'] } });
		const envelope = makeEnvelope({
			role: 'bestuur',
			answers: {
				'a-plan': '2',
				'a-budget': NOT_APPLICABLE, // allowed on a-budget
				'a-wegbereider': NOT_APPLICABLE, // not allowed on a-wegbereider
				'd-alibi': '3', // not a risk option
				'd-onbetaald': UNKNOWN,
				'd-overvragen': null, // skipped: left out silently
				'b-werving': '4', // theme b is not in this session
				'c-netwerk': '1', // nor c
				'z-bestaat-niet': '1'
			}
		});
		const result = addEnvelope(workshop, envelope, fixtureChecklist, opts);
		expect(result.outcome).toBe('added');
		expect(Object.keys(result.workshop.participants[participantUuid(1)]!.answers)).toEqual(['a-plan', 'a-budget', 'd-onbetaald']);
		expect(result.warnings).toEqual([
			{ key: 'workshopDomain.warnings.unknownQuestions', params: [1] },
			{ key: 'workshopDomain.warnings.outsideSession', params: [2] },
			{ key: 'workshopDomain.warnings.invalidValues', params: [2] },
			// bestuur is not one of this session's roles; the answers still count.
			{ key: 'workshopDomain.warnings.otherRole' }
		]);
	});

	test('a new participant beyond the limit is refused; a known one may still replace', () => {
		let workshop = makeWorkshop();
		const participants = { ...workshop.participants };
		const template = addEnvelope(workshop, makeEnvelope({ n: 0 }), fixtureChecklist, opts).workshop.participants[participantUuid(0)]!;
		for (let n = 0; n < WORKSHOP_LIMITS.participants; n++) participants[participantUuid(n)] = { ...template, participantId: participantUuid(n) };
		workshop = { ...workshop, participants };
		const result = addEnvelope(workshop, makeEnvelope({ n: WORKSHOP_LIMITS.participants }), fixtureChecklist, opts);
		expect(result.outcome).toBe('too-many');
		expect(result.workshop).toBe(workshop);
		expect(addEnvelope(workshop, makeEnvelope({ n: 3, minute: 59 }), fixtureChecklist, opts).outcome).toBe('replaced');
		expect(outcomeMessage('too-many')).toEqual({ key: 'workshopDomain.outcomes.tooMany', params: [WORKSHOP_LIMITS.participants] });
	});

	test('addEnvelopes: order does not matter, newest per participant wins', () => {
		const envelopes = [
			makeEnvelope({ n: 1, minute: 40, answers: { 'a-plan': '4' } }),
			makeEnvelope({ n: 2, minute: 20, answers: { 'a-plan': '0' } }),
			makeEnvelope({ n: 1, minute: 20, answers: { 'a-plan': '1' } })
		];
		const forward = addEnvelopes(makeWorkshop(), envelopes, fixtureChecklist, opts);
		const backward = addEnvelopes(makeWorkshop(), [...envelopes].reverse(), fixtureChecklist, opts);
		expect(forward.workshop.participants).toEqual(backward.workshop.participants);
		expect(forward.workshop.participants[participantUuid(1)]?.answers['a-plan']?.value).toBe('4');
		expect(forward.results.map((r) => r.outcome)).toEqual(['added', 'added', 'kept-newer']);
		expect(backward.results.map((r) => r.outcome)).toEqual(['added', 'added', 'replaced']);
	});
});

describe('addEnvelope: answers from another checklist version (real checklist, 1.0.0 → 1.1.0)', () => {
	const workshop = createWorkshop(realChecklist, makeSettings({ scope: 'full', phase: 'structureel' }), {
		id: WORKSHOP_ID,
		now: minuteAfterStart(0)
	});

	test('the checklist’s migrations carry the answers over; what has no place is not counted, with warnings', () => {
		expect(realChecklist.version).toBe('1.1.0');
		const envelope = makeEnvelope({
			checklistId: realChecklist.id,
			checklistVersion: '1.0.0',
			answers: {
				// Merged into k4-vroeg; the lowest score wins: x1-achteraf 'ja' becomes '0'.
				'k4-vroeg': '3',
				'x1-achteraf': { value: 'ja', note: 'Pas achteraf gevraagd.' },
				// k1-wegbereider got a new scale: '1' maps to '1', '3' has no counterpart.
				'k1-wegbereider': '1',
				// e4-veranderd: facts now answered ja/deels/nee: '4' becomes 'ja'.
				'e4-veranderd': '4',
				// Removed in 1.1.0.
				'e6-kaders': '2'
			}
		});
		const result = addEnvelope(workshop, envelope, realChecklist, opts);
		expect(result.outcome).toBe('added');
		const stored = result.workshop.participants[participantUuid(1)]!;
		expect(stored.fromVersion).toBe('1.0.0');
		expect(stored.answers['k4-vroeg']).toEqual({ value: '0', note: 'Pas achteraf gevraagd.' });
		expect(stored.answers['k1-wegbereider']?.value).toBe('1');
		expect(stored.answers['e4-veranderd']?.value).toBe('ja');
		expect(Object.hasOwn(stored.answers, 'x1-achteraf')).toBe(false);
		expect(Object.hasOwn(stored.answers, 'e6-kaders')).toBe(false);
		expect(result.warnings).toEqual([
			{ key: 'workshopDomain.warnings.olderChecklist', params: ['1.0.0', '1.1.0'] },
			{ key: 'workshopDomain.warnings.notMigrated', params: [1] }
		]);
	});

	test('an option with no counterpart in the new version is not counted', () => {
		const envelope = makeEnvelope({ checklistId: realChecklist.id, checklistVersion: '1.0.0', answers: { 'k1-wegbereider': '3' } });
		const result = addEnvelope(workshop, envelope, realChecklist, opts);
		expect(result.workshop.participants[participantUuid(1)]?.answers).toEqual({});
		expect(result.warnings).toContainEqual({ key: 'workshopDomain.warnings.notMigrated', params: [1] });
	});
});
