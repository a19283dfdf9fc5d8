import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { ScanSchema } from '../domain/scan-schema.ts';
import { LIMITS } from '../domain/scan-limits.ts';
import { UNKNOWN } from '../domain/scan.ts';
import { scoreScan } from '../domain/scoring.ts';
import { fixtureChecklist } from '../domain/test-fixtures.ts';
import { themesInScope } from '../wizard/flow.ts';
import { consensusNote, consensusScan } from './consensus-scan.ts';
import { addEnvelopes } from './participants.ts';
import { makeEnvelope, makeWorkshop, WORKSHOP_ID } from './test-fixtures.ts';
import type { ConsensusEntry, Workshop } from './workshop-schema.ts';

const NOW = '2025-03-01T12:00:00.000Z';
const AT = '2025-03-01T11:30:00.000Z';
const SCAN_ID = '33333333-3333-4333-8333-333333333333';
const entry = (value: string | null, reasoning = '', dissent = ''): ConsensusEntry => ({ value, reasoning, dissent, updatedAt: AT });

function settled(workshop: Workshop): Workshop {
	const withPeople = addEnvelopes(
		workshop,
		[makeEnvelope({ n: 1, answers: { 'b-werving': '1' } }), makeEnvelope({ n: 2, role: 'management', answers: { 'b-werving': '3' } })],
		fixtureChecklist,
		{ via: 'file', now: AT }
	).workshop;
	return {
		...withPeople,
		hands: { 'b-werving': { present: 12, byRole: false, counts: { all: { '2': 12 } }, updatedAt: AT } },
		consensus: {
			'b-werving': entry('2', 'We werven soms open.', 'Ervaringswerkers merken er weinig van.'),
			'b-begeleiding': entry(UNKNOWN, 'Niemand wist het.'),
			'b-scholing': entry(null, 'Nog niet besproken, eerst uitzoeken.'),
			'd-alibi': entry('9'), // not a valid answer and no reasoning: left out
			'a-plan': entry('4', 'Outside the chosen themes.')
		}
	};
}

describe('consensusScan', () => {
	test('an ordinary scan of the session’s scope with the agreed answers, marked as the workshop’s result', () => {
		const workshop = settled(makeWorkshop({ settings: { scope: 'themes', themes: ['b', 'd'] } }));
		const scan = consensusScan(fixtureChecklist, workshop, { id: SCAN_ID, now: NOW, dissentLabel: 'Afwijkende mening' });
		expect(v.safeParse(ScanSchema, scan).success).toBe(true);
		expect(scan).toMatchObject({
			id: SCAN_ID,
			checklistId: fixtureChecklist.id,
			checklistVersion: fixtureChecklist.version,
			mode: 'full',
			themes: ['b', 'd'],
			profile: { organisation: 'Gemeente Test', filledInBy: '', role: '', phase: 'structureel', focusAreas: [] },
			plan: null,
			createdAt: NOW,
			updatedAt: NOW,
			demo: false,
			// Two handed in, plus the twelve present at the show of hands.
			workshop: { workshopId: WORKSHOP_ID, participants: 14, date: '2025-03-01' }
		});
		expect(scan.answers).toEqual({
			'b-werving': {
				value: '2',
				note: 'We werven soms open.\n\nAfwijkende mening: Ervaringswerkers merken er weinig van.',
				updatedAt: AT
			},
			'b-begeleiding': { value: UNKNOWN, note: 'Niemand wist het.', updatedAt: AT },
			'b-scholing': { value: null, note: 'Nog niet besproken, eerst uitzoeken.', updatedAt: AT }
		});
		// Results work as for any scan, over the session's themes only.
		expect(themesInScope(fixtureChecklist, scan).map((theme) => theme.id)).toEqual(['b', 'd']);
		expect(scoreScan(fixtureChecklist, scan).themes.map((theme) => theme.themeId)).toEqual(['b']);
	});

	test('a quick or full session gives a scan without themes', () => {
		const scan = consensusScan(fixtureChecklist, settled(makeWorkshop({ settings: { scope: 'quick' } })), {
			id: SCAN_ID,
			now: NOW,
			dissentLabel: 'Dissent'
		});
		expect(scan.mode).toBe('quick');
		expect(Object.hasOwn(scan, 'themes')).toBe(false);
		expect(Object.keys(scan.answers)).toEqual(['b-werving']);
	});

	test('the note stays within the limit when reasoning and dissent are both long', () => {
		const note = consensusNote({ reasoning: 'r'.repeat(LIMITS.note), dissent: 'd'.repeat(LIMITS.note) }, 'Afwijkend');
		expect(note).toHaveLength(LIMITS.note);
		expect(note.endsWith('…')).toBe(true);
		expect(consensusNote({ reasoning: '', dissent: 'Niet eens' }, 'Afwijkend')).toBe('Afwijkend: Niet eens');
		const workshop = { ...makeWorkshop(), consensus: { 'a-plan': entry('1', 'r'.repeat(LIMITS.note), 'd'.repeat(LIMITS.note)) } };
		expect(v.safeParse(ScanSchema, consensusScan(fixtureChecklist, workshop, { id: SCAN_ID, now: NOW, dissentLabel: 'X' })).success).toBe(true);
	});
});
