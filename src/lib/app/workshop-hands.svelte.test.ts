import { describe, expect, test, vi } from 'vitest';
import { UNKNOWN } from '../domain/scan.ts';
import { WORKSHOP_ID, makeWorkshop } from '../workshop/test-fixtures.ts';
import { WORKSHOP_LIMITS } from '../workshop/workshop-schema.ts';
import { NOW, groupDeps } from './workshop-group-test-support.ts';
import { PRESENT_FIELD, WorkshopHands, countFieldId, parseCount, type HandLabels } from './workshop-hands.svelte.ts';

const labels: HandLabels = { present: 'Aantal aanwezigen', count: (group, index) => `optie ${index + 1}, ${group}` };
/** a-wegbereider: scale 0–4 plus "Weet ik niet" (options 1–5 are 0–4, option 6 is UNKNOWN). */
const Q = 'a-wegbereider';

async function opened() {
	const deps = await groupDeps();
	const hands = new WorkshopHands(WORKSHOP_ID, deps);
	await hands.ready;
	hands.open(Q);
	return { deps, hands };
}

describe('WorkshopHands', () => {
	test('lists the session questions and offers every answer, "Weet ik niet" included', async () => {
		const { hands } = await opened();
		expect(hands.status).toBe('ready');
		expect(hands.questions.map(({ question }) => question.id)).toContain(Q);
		expect(hands.options.map((option) => option.value)).toEqual(['0', '1', '2', '3', '4', UNKNOWN]);
		expect(hands.groups).toEqual(['all']);
	});

	test('a count for the whole room that adds up is saved to workshop.hands, empty fields as 0', async () => {
		const { deps, hands } = await opened();
		hands.present = '7';
		hands.setCount('all', 0, '2');
		hands.setCount('all', 4, '4');
		hands.setCount('all', 5, '1');
		expect(hands.totalOf('all')).toBe(7);
		expect(await hands.save(labels)).toBe(true);
		const stored = await deps.workshops.getWorkshop(WORKSHOP_ID);
		expect(stored?.hands[Q]).toEqual({
			present: 7,
			byRole: false,
			counts: { all: { '0': 2, '1': 0, '2': 0, '3': 0, '4': 4, [UNKNOWN]: 1 } },
			updatedAt: NOW
		});
		expect(hands.current).toBeNull();
		expect(hands.notice).toEqual({ key: 'workshopGroup.hands.saved' });
	});

	test('per role: one column per role of the session, stored per role', async () => {
		const { deps, hands } = await opened();
		hands.byRole = true;
		expect(hands.groups).toEqual(['beleid', 'management', 'ervaringswerker']);
		hands.present = '6';
		hands.setCount('management', 4, '3');
		hands.setCount('ervaringswerker', 0, '3');
		expect(await hands.save(labels)).toBe(true);
		const stored = (await deps.workshops.getWorkshop(WORKSHOP_ID))?.hands[Q];
		expect(stored?.byRole).toBe(true);
		expect(stored?.counts.management?.['4']).toBe(3);
		expect(stored?.counts.ervaringswerker?.['0']).toBe(3);
		expect(stored?.counts.all).toBeUndefined();
	});

	test('more hands than people present is refused with the domain message, and nothing is stored', async () => {
		const { deps, hands } = await opened();
		hands.present = '3';
		hands.setCount('all', 2, '5');
		expect(await hands.save(labels)).toBe(false);
		expect(hands.errors.length).toBeGreaterThan(0);
		expect(hands.errors[0]?.field).toBe(PRESENT_FIELD);
		expect(hands.attempt).toBe(1);
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.hands[Q]).toBeUndefined();
	});

	test('text that is not a whole number is named per field, with its label, and nothing is stored', async () => {
		const { deps, hands } = await opened();
		hands.present = 'zeven';
		hands.setCount('all', 1, '2,5');
		hands.setCount('all', 2, '-1');
		expect(await hands.save(labels)).toBe(false);
		expect(hands.errors.map((error) => error.field)).toEqual([PRESENT_FIELD, countFieldId('all', 1), countFieldId('all', 2)]);
		expect(hands.errorOf(PRESENT_FIELD)).toEqual({ key: 'workshopGroup.hands.errors.notANumber', params: ['Aantal aanwezigen'] });
		expect(hands.errorOf(countFieldId('all', 1))).toEqual({ key: 'workshopGroup.hands.errors.notANumber', params: ['optie 2, all'] });
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.hands).toEqual({});
	});

	test('an empty number present is its own message', async () => {
		const { hands } = await opened();
		expect(await hands.save(labels)).toBe(false);
		expect(hands.errorOf(PRESENT_FIELD)).toEqual({ key: 'workshopGroup.hands.errors.presentMissing' });
	});

	test('reopening shows the stored count; removing deletes it', async () => {
		const { deps, hands } = await opened();
		hands.present = '2';
		hands.setCount('all', 3, '2');
		await hands.save(labels);
		hands.open(Q);
		expect(hands.present).toBe('2');
		expect(hands.countOf('all', 3)).toBe('2');
		expect(await hands.remove()).toBe(true);
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.hands[Q]).toBeUndefined();
		expect(hands.notice).toEqual({ key: 'workshopGroup.hands.removed' });
	});

	test('a failing save keeps the form open and says so', async () => {
		const { deps, hands } = await opened();
		vi.spyOn(deps.workshops, 'updateWorkshop').mockRejectedValue(new Error('schijf vol'));
		hands.present = '1';
		hands.setCount('all', 0, '1');
		expect(await hands.save(labels)).toBe(false);
		expect(hands.current).toBe(Q);
		expect(hands.notice).toBe('schijf vol');
	});

	test('a workshop that is not on the device is "missing"', async () => {
		const deps = await groupDeps(makeWorkshop({ id: '22222222-2222-4222-8222-222222222222' }));
		const hands = new WorkshopHands(WORKSHOP_ID, deps);
		await hands.ready;
		expect(hands.status).toBe('missing');
	});
});

describe('parseCount', () => {
	test('whole numbers from 0 to the limit, nothing else', () => {
		expect(parseCount(' 12 ')).toBe(12);
		expect(parseCount('0')).toBe(0);
		expect(parseCount(String(WORKSHOP_LIMITS.present + 1))).toMatchObject({ key: 'workshopGroup.hands.errors.tooLarge' });
		for (const bad of ['', '1.5', '1e3', '-2', 'abc']) expect(parseCount(bad)).toMatchObject({ key: 'workshopGroup.hands.errors.notANumber' });
	});
});
