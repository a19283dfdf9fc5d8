import { describe, expect, test } from 'vitest';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { translate } from '../i18n/message-ref.ts';
import type { Messages } from '../i18n/messages.ts';
import { handsProblems, handsTotals } from './hands.ts';
import type { HandCount } from './workshop-schema.ts';

const AT = '2025-03-01T10:00:00.000Z';
const roles = ['beleid', 'management', 'ervaringswerker'] as const;

describe('handsProblems', () => {
	test('a room count that adds up to at most the people present has no problems', () => {
		const count: HandCount = { present: 10, byRole: false, counts: { all: { '0': 2, '3': 5, 'special:unknown': 3 } }, updatedAt: AT };
		expect(handsTotals(count).all).toBe(10);
		expect(handsProblems(count, roles)).toEqual([]);
		expect(handsProblems({ ...count, counts: { all: { '1': 4 } } }, roles)).toEqual([]);
	});

	test('more hands than people present is a problem, with the numbers', () => {
		const count: HandCount = { present: 8, byRole: false, counts: { all: { '0': 5, '4': 4 } }, updatedAt: AT };
		const problems = handsProblems(count, roles);
		expect(problems).toEqual([{ key: 'workshopDomain.hands.totalTooHigh', params: [9, 8] }]);
		expect(translate(nl as unknown as Messages, problems[0]!)).toBe(
			'Er zijn 9 handen geteld, maar er zijn maar 8 mensen aanwezig.'
		);
	});

	test('per role: a role above present, the sum above present, and a role not in the session', () => {
		const count: HandCount = {
			present: 6,
			byRole: true,
			counts: { beleid: { '2': 7 }, management: { '1': 1 }, bestuur: { '0': 1 }, all: { '0': 99 } },
			updatedAt: AT
		};
		expect(handsTotals(count)).toMatchObject({ all: 9, byRole: { beleid: 7, management: 1, bestuur: 1 } });
		const problems = handsProblems(count, roles);
		expect(problems).toEqual([
			{ key: 'workshopDomain.hands.roleTooHigh', params: [{ key: 'workshop.roles.beleid' }, 7, 6] },
			{ key: 'workshopDomain.hands.unknownRole', params: [{ key: 'workshop.roles.bestuur' }] },
			{ key: 'workshopDomain.hands.totalTooHigh', params: [9, 6] }
		]);
		expect(translate(nl as unknown as Messages, problems[0]!)).toBe(
			'Beleid: er zijn 7 handen geteld, maar er zijn maar 6 mensen aanwezig.'
		);
	});

	test('per role, each within present but together above it', () => {
		const count: HandCount = { present: 5, byRole: true, counts: { beleid: { '2': 3 }, management: { '1': 3 } }, updatedAt: AT };
		expect(handsProblems(count, roles)).toEqual([{ key: 'workshopDomain.hands.totalTooHigh', params: [6, 5] }]);
	});
});
