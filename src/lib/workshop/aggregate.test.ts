import { describe, expect, test } from 'vitest';
import realChecklist from '../../../checklists/kwartiermaken.yaml';
import { NOT_APPLICABLE, UNKNOWN } from '../domain/scan.ts';
import { ALL_QUESTION_IDS, deepFreeze, fixtureChecklist } from '../domain/test-fixtures.ts';
import { aggregateWorkshop, quantile, type QuestionAggregate, type WorkshopAggregate } from './aggregate.ts';
import { createWorkshop } from './new-workshop.ts';
import { addEnvelopes } from './participants.ts';
import { makeEnvelope, makeSettings, makeWorkshop, minuteAfterStart, WORKSHOP_ID, type FixtureAnswer } from './test-fixtures.ts';
import type { HandCount, ParticipantEnvelope, RoleId, Workshop } from './workshop-schema.ts';

const NOW = '2025-03-01T11:00:00.000Z';

/** A workshop with one envelope per entry: [role, answers]. */
function withAnswers(people: [RoleId, Record<string, FixtureAnswer>, string?][], base: Workshop = makeWorkshop()): Workshop {
	const envelopes = people.map(([role, answers, name], n) => makeEnvelope({ n, role, answers, name: name ?? '' }));
	return addEnvelopes(base, envelopes, fixtureChecklist, { via: 'file', now: NOW }).workshop;
}

function question(aggregate: WorkshopAggregate, id: string): QuestionAggregate {
	const found = aggregate.questions.find((entry) => entry.questionId === id);
	if (!found) throw new Error(`no question ${id}`);
	return found;
}

const ids = (list: QuestionAggregate[]) => list.map((entry) => entry.questionId);

describe('quantile (type 7, linear interpolation)', () => {
	test('known values', () => {
		expect(quantile([], 0.5)).toBeNull();
		expect(quantile([3], 0.25)).toBe(3);
		expect(quantile([0, 1, 2, 3, 4], 0.25)).toBe(1);
		expect(quantile([0, 4], 0.5)).toBe(2);
		expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
		expect(quantile([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25);
	});
});

describe('aggregateWorkshop', () => {
	test('identical answers: one bar, median on the answer, no spread, agreed', () => {
		const workshop = withAnswers(
			(['beleid', 'beleid', 'beleid', 'management', 'management', 'management'] as RoleId[]).map((role) => [role, { 'a-plan': '3' }])
		);
		const entry = question(aggregateWorkshop(fixtureChecklist, deepFreeze(workshop)), 'a-plan');
		expect(entry.all).toEqual({
			n: 6,
			counts: { '0': 0, '1': 0, '2': 0, '3': 6, '4': 0, [UNKNOWN]: 0 },
			unknown: 0,
			notApplicable: 0,
			scored: 6,
			median: 3,
			q1: 3,
			q3: 3,
			iqr: 0
		});
		expect(entry).toMatchObject({ spread: 0, roleGap: 0, judged: true, divided: false, sources: { devices: 6, hands: 0 } });
	});

	test('all different: the middle half spans two steps, so the question is divided', () => {
		const workshop = withAnswers(['0', '1', '2', '3', '4'].map((value, i) => [i < 3 ? 'beleid' : 'management', { 'a-plan': value }]));
		const aggregate = aggregateWorkshop(fixtureChecklist, workshop);
		const entry = question(aggregate, 'a-plan');
		expect(entry.all).toMatchObject({ median: 2, q1: 1, q3: 3, iqr: 2 });
		expect(entry.divided).toBe(true);
		expect(ids(aggregate.mostDivergent)).toEqual(['a-plan']);
	});

	test('missing answers: "Weet ik niet" counts in n but not in the median; too few answers are not judged', () => {
		const workshop = withAnswers([
			['beleid', { 'a-plan': UNKNOWN, 'a-budget': NOT_APPLICABLE, 'b-werving': '2' }],
			['beleid', { 'a-plan': UNKNOWN, 'a-budget': '1' }],
			['beleid', { 'a-plan': '4' }],
			['management', { 'a-plan': '4', 'a-budget': null }],
			['management', {}]
		]);
		const aggregate = aggregateWorkshop(fixtureChecklist, workshop);
		const plan = question(aggregate, 'a-plan');
		expect(plan.all).toMatchObject({ n: 4, unknown: 2, scored: 2, median: 4, iqr: 0 });
		expect(plan.all.counts[UNKNOWN]).toBe(2);
		// a-budget: one N/A and one answer on the scale: too few to judge agreement.
		const budget = question(aggregate, 'a-budget');
		expect(budget.all).toMatchObject({ n: 2, notApplicable: 1, scored: 1, median: 1 });
		expect(budget.all.counts[NOT_APPLICABLE]).toBe(1);
		expect(budget.judged).toBe(false);
		// c-ervaring: nobody answered.
		const nobody = question(aggregate, 'c-ervaring');
		expect(nobody.all).toMatchObject({ n: 0, scored: 0, median: null, q1: null, q3: null, iqr: null });
		expect(ids(aggregate.notJudged)).toEqual(ALL_QUESTION_IDS.filter((id) => id !== 'a-plan'));
		expect(ids(aggregate.agreed)).toEqual(['a-plan']);
		expect(aggregate.mostDivergent).toEqual([]);
		expect(aggregate.handedIn.total).toBe(5);
		expect(aggregate.handedIn.byRole).toMatchObject({ beleid: 3, management: 2, ervaringswerker: 0, bestuur: 0 });
	});

	test('scales are put on 0–4: a risk answer "soms" is 2, "nee" is 4', () => {
		const workshop = withAnswers([
			['beleid', { 'd-alibi': 'soms' }],
			['beleid', { 'd-alibi': 'soms' }],
			['beleid', { 'd-alibi': 'nee' }]
		]);
		expect(question(aggregateWorkshop(fixtureChecklist, workshop), 'd-alibi').all).toMatchObject({
			counts: { ja: 0, soms: 2, nee: 1, [UNKNOWN]: 0 },
			median: 2,
			q3: 3
		});
	});

	test('duplicate envelopes count once; the newest answers of a participant are the ones counted', () => {
		const envelopes: ParticipantEnvelope[] = [
			makeEnvelope({ n: 1, minute: 10, answers: { 'a-plan': '0' } }),
			makeEnvelope({ n: 1, minute: 10, answers: { 'a-plan': '0' } }),
			makeEnvelope({ n: 1, minute: 20, answers: { 'a-plan': '4' } }),
			makeEnvelope({ n: 2, minute: 15, answers: { 'a-plan': '4' } })
		];
		const workshop = addEnvelopes(makeWorkshop(), envelopes, fixtureChecklist, { via: 'qr', now: NOW }).workshop;
		const aggregate = aggregateWorkshop(fixtureChecklist, workshop);
		expect(question(aggregate, 'a-plan').all.counts).toMatchObject({ '0': 0, '4': 2 });
		expect(aggregate.handedIn.total).toBe(2);
	});

	test('small-group rule: a role with fewer than 3 people is hidden (and left out of the role gap) unless shown', () => {
		const people: [RoleId, Record<string, FixtureAnswer>][] = [
			['beleid', { 'a-plan': '4' }],
			['beleid', { 'a-plan': '4' }],
			['beleid', { 'a-plan': '4' }],
			['management', { 'a-plan': '4' }],
			['management', { 'a-plan': '3' }],
			['management', { 'a-plan': '4' }],
			['ervaringswerker', { 'a-plan': '0' }],
			['ervaringswerker', { 'a-plan': '0' }]
		];
		const hiddenView = aggregateWorkshop(fixtureChecklist, withAnswers(people));
		const plan = question(hiddenView, 'a-plan');
		const ervaring = plan.roles.find((entry) => entry.role === 'ervaringswerker');
		expect(ervaring).toEqual({ role: 'ervaringswerker', n: 2, hidden: true, stats: null });
		expect(plan.roles.find((entry) => entry.role === 'beleid')).toMatchObject({ n: 3, hidden: false, stats: { median: 4 } });
		// Their answers still count in the whole group.
		expect(plan.all.counts['0']).toBe(2);
		expect(plan.roleGap).toBe(0);
		const theme = hiddenView.themesByRoles.find((row) => row.themeId === 'a')!;
		expect(theme.cells.find((cell) => cell.role === 'ervaringswerker')).toEqual({ role: 'ervaringswerker', n: 2, median: null, hidden: true });

		const shown = aggregateWorkshop(
			fixtureChecklist,
			withAnswers(people, makeWorkshop({ display: { showSmallGroups: true, showNames: false, timerMinutes: 0 } }))
		);
		const shownPlan = question(shown, 'a-plan');
		expect(shownPlan.roles.find((entry) => entry.role === 'ervaringswerker')).toMatchObject({ n: 2, hidden: false, stats: { median: 0 } });
		expect(shownPlan.roleGap).toBe(4);
		expect(shownPlan.divided).toBe(true);
	});

	test('divergence ordering: by spread, then role gap, then content order; agreed by smallest spread', () => {
		// Three people per role (beleid, management, ervaringswerker), answers per question in that order.
		const plan: Record<string, string[]> = {
			'a-wegbereider': ['2', '2', '2', '2', '2', '2', '2', '2', '3'], // spread 0, gap 0: agreed first
			'a-plan': ['0', '0', '1', '2', '2', '2', '3', '4', '4'], // spread 2 (q1 1, q3 3), gap 4
			'a-budget': ['0', '0', '0', '2', '2', '2', '4', '4', '4'], // spread 4, gap 4: most divergent
			'b-werving': ['1', '1', '1', '2', '2', '2', '3', '3', '3'], // spread 2, gap 2
			'b-begeleiding': ['0', '0', '0', '0', '0', '1', '2', '2', '2'], // spread 2, gap 2: after b-werving (content order)
			'b-scholing': ['0', '0', '1', '1', '1', '2', '3', '3', '3'], // spread 2, gap 3: before b-werving despite content order
			'c-netwerk': ['3', '3', '3', '3', '3', '3', '4', '4', '4'], // spread 1, gap 1: agreed
			'c-ervaring': ['2', '2', '2', '2', '2', '2', '2', '3', '3'], // spread 0, gap 1: agreed after a-wegbereider
			'c-evaluatie': ['1', '1', '1', '1', '1', '1', '1', '1', '1'] // spread 0, gap 0: after a-wegbereider (content order)
		};
		const roles: RoleId[] = ['beleid', 'beleid', 'beleid', 'management', 'management', 'management', 'ervaringswerker', 'ervaringswerker', 'ervaringswerker'];
		const workshop = withAnswers(
			roles.map((role, person) => [role, Object.fromEntries(Object.entries(plan).map(([id, values]) => [id, values[person]!]))])
		);
		const aggregate = aggregateWorkshop(fixtureChecklist, workshop);
		expect(question(aggregate, 'a-plan')).toMatchObject({ spread: 2, roleGap: 4 });
		expect(question(aggregate, 'b-scholing')).toMatchObject({ spread: 2, roleGap: 3 });
		expect(question(aggregate, 'c-ervaring')).toMatchObject({ spread: 0, roleGap: 1 });
		expect(ids(aggregate.mostDivergent)).toEqual(['a-budget', 'a-plan', 'b-scholing', 'b-werving', 'b-begeleiding']);
		expect(ids(aggregate.agreed)).toEqual(['a-wegbereider', 'c-evaluatie', 'c-ervaring', 'c-netwerk']);
		expect(ids(aggregate.notJudged)).toEqual(['d-alibi', 'd-onbetaald', 'd-overvragen']);
	});

	test('roles that agree inside but differ from each other are divided, even with a small spread overall', () => {
		// Five managers and five beleid all say 4, three ervaringswerkers say 2: the room's IQR is 0, the role gap 2.
		const roles: RoleId[] = [...Array(5).fill('management'), ...Array(5).fill('beleid'), ...Array(3).fill('ervaringswerker')];
		const values = [...Array(10).fill('4'), '2', '2', '2'];
		const aggregate = aggregateWorkshop(fixtureChecklist, withAnswers(roles.map((role, i) => [role, { 'd-alibi': 'nee', 'a-plan': values[i]! }])));
		const entry = question(aggregate, 'a-plan');
		expect(entry.spread).toBe(0);
		expect(entry.roleGap).toBe(2);
		expect(ids(aggregate.mostDivergent)).toEqual(['a-plan']);
		expect(entry.divided).toBe(true);
	});

	test('counted hands mixed with device answers: counts add up, per role when voted per role, marked by source', () => {
		const devices = withAnswers([
			['beleid', { 'a-plan': '1', 'b-werving': '4' }],
			['management', { 'a-plan': '1', 'b-werving': '4' }]
		]);
		const roomHands: HandCount = { present: 6, byRole: false, counts: { all: { '3': 4, [UNKNOWN]: 1, 'bestaat-niet': 9 } }, updatedAt: NOW };
		const roleHands: HandCount = {
			present: 7,
			byRole: true,
			counts: { ervaringswerker: { '0': 3 }, beleid: { '4': 2 }, management: { '4': 2 } },
			updatedAt: NOW
		};
		const workshop: Workshop = { ...devices, hands: { 'a-plan': roomHands, 'b-werving': roleHands } };
		const aggregate = aggregateWorkshop(fixtureChecklist, workshop);

		const plan = question(aggregate, 'a-plan');
		expect(plan.sources).toEqual({ devices: 2, hands: 5 });
		expect(plan.all.counts).toMatchObject({ '1': 2, '3': 4, [UNKNOWN]: 1 });
		expect(plan.all.n).toBe(7);
		// Room hands are not per role: the roles only have their device answers.
		expect(plan.roles.find((entry) => entry.role === 'beleid')?.n).toBe(1);

		const werving = question(aggregate, 'b-werving');
		expect(werving.sources).toEqual({ devices: 2, hands: 7 });
		expect(werving.all.counts).toMatchObject({ '0': 3, '4': 6 });
		expect(werving.roles.map((entry) => [entry.role, entry.n])).toEqual([
			['beleid', 3],
			['management', 3],
			['ervaringswerker', 3]
		]);
		expect(werving.roles.find((entry) => entry.role === 'ervaringswerker')?.stats?.median).toBe(0);
		expect(werving.roleGap).toBe(4);
		expect(aggregate.participantsCounted).toBe(2 + 7);
		expect(aggregate.handedIn.total).toBe(2);
	});

	test('themes × roles: the median of every answer of a role on the theme', () => {
		const roles: RoleId[] = ['beleid', 'beleid', 'beleid', 'management', 'management', 'management'];
		const workshop = withAnswers(roles.map((role) => [role, role === 'beleid' ? { 'b-werving': '4', 'b-begeleiding': '3' } : { 'b-werving': '1', 'b-begeleiding': '1' }]));
		const row = aggregateWorkshop(fixtureChecklist, workshop).themesByRoles.find((entry) => entry.themeId === 'b')!;
		expect(row.all).toEqual({ n: 6, median: 2 });
		expect(row.cells).toEqual([
			{ role: 'beleid', n: 3, median: 3.5, hidden: false },
			{ role: 'management', n: 3, median: 1, hidden: false },
			{ role: 'ervaringswerker', n: 0, median: null, hidden: false }
		]);
	});

	test('notes: names only when the facilitator shows them; the role of a hidden small group is left out', () => {
		const people: [RoleId, Record<string, FixtureAnswer>, string][] = [
			['beleid', { 'a-plan': { value: '2', note: '<b>Klopt</b>' } }, 'Ans'],
			['beleid', { 'a-plan': '2' }, 'Bo'],
			['beleid', { 'a-plan': '2' }, 'Cas'],
			['ervaringswerker', { 'a-plan': { value: '0', note: 'Niet gemerkt' } }, 'Dee']
		];
		const plain = question(aggregateWorkshop(fixtureChecklist, withAnswers(people)), 'a-plan');
		expect(plain.notes).toEqual([
			{ role: 'beleid', name: null, text: '<b>Klopt</b>' },
			{ role: null, name: null, text: 'Niet gemerkt' }
		]);
		const named = withAnswers(people, makeWorkshop({ display: { showSmallGroups: false, showNames: true, timerMinutes: 0 } }));
		expect(question(aggregateWorkshop(fixtureChecklist, named), 'a-plan').notes[0]).toEqual({ role: 'beleid', name: 'Ans', text: '<b>Klopt</b>' });
	});

	test('answers migrated from another checklist version are counted like the others', () => {
		const base = createWorkshop(realChecklist, makeSettings({ scope: 'full' }), { id: WORKSHOP_ID, now: minuteAfterStart(0) });
		const envelopes = [
			makeEnvelope({ n: 1, checklistId: realChecklist.id, checklistVersion: '1.0.0', answers: { 'e4-veranderd': '4' } }),
			makeEnvelope({ n: 2, checklistId: realChecklist.id, checklistVersion: '1.1.0', answers: { 'e4-veranderd': 'ja' } })
		];
		const workshop = addEnvelopes(base, envelopes, realChecklist, { via: 'file', now: NOW }).workshop;
		expect(question(aggregateWorkshop(realChecklist, workshop), 'e4-veranderd').all.counts.ja).toBe(2);
	});

	test('50 participants: every answer counted once, figures as computed by hand, quickly', () => {
		const roles: RoleId[] = ['beleid', 'management', 'ervaringswerker', 'uitvoering', 'bestuur'];
		const base = makeWorkshop({ settings: { roles } });
		const envelopes = Array.from({ length: 50 }, (_, n) =>
			makeEnvelope({
				n,
				role: roles[n % 5]!,
				minute: n,
				// a-plan: 10 × each of 0..4; d-alibi: everyone 'ja' except the last ten ('weet ik niet').
				answers: { 'a-plan': String(n % 5), 'd-alibi': n < 40 ? 'ja' : UNKNOWN, 'b-werving': String(Math.floor(n / 10)) }
			})
		);
		const started = performance.now();
		const workshop = addEnvelopes(base, envelopes, fixtureChecklist, { via: 'qr', now: NOW }).workshop;
		const aggregate = aggregateWorkshop(fixtureChecklist, workshop);
		const elapsed = performance.now() - started;
		expect(aggregate.handedIn.total).toBe(50);
		expect(Object.values(aggregate.handedIn.byRole).reduce((a, b) => a + b, 0)).toBe(50);
		const plan = question(aggregate, 'a-plan');
		expect(plan.all).toMatchObject({ n: 50, median: 2, q1: 1, q3: 3, iqr: 2 });
		expect(plan.all.counts).toEqual({ '0': 10, '1': 10, '2': 10, '3': 10, '4': 10, [UNKNOWN]: 0 });
		// Role n % 5 answers n % 5: each role agrees with itself, roles differ by up to 4.
		expect(plan.roles.map((entry) => entry.stats?.median)).toEqual([0, 1, 2, 3, 4]);
		expect(plan.roleGap).toBe(4);
		const alibi = question(aggregate, 'd-alibi');
		expect(alibi.all).toMatchObject({ n: 50, unknown: 10, scored: 40, median: 0, iqr: 0 });
		expect(alibi.divided).toBe(false);
		for (const entry of aggregate.questions) {
			expect(Object.values(entry.all.counts).reduce((a, b) => a + b, 0)).toBe(entry.all.n);
			expect(entry.roles.reduce((sum, role) => sum + role.n, 0)).toBe(entry.all.n);
		}
		expect(elapsed).toBeLessThan(1000);
	});
});
