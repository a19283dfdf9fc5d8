import { describe, expect, test, vi } from 'vitest';
import { WORKSHOP_ID } from '../workshop/test-fixtures.ts';
import { WorkshopDiscussion } from './workshop-discussion.svelte.ts';
import { groupDeps, workshopWithParticipants } from './workshop-group-test-support.ts';

async function loaded() {
	const deps = await groupDeps(workshopWithParticipants());
	const discussion = new WorkshopDiscussion(WORKSHOP_ID, deps);
	await discussion.ready;
	return { deps, discussion };
}

describe('WorkshopDiscussion', () => {
	test('the split question comes first under "most divergent"; the question everyone agrees on is under "agreed"', async () => {
		const { discussion } = await loaded();
		const aggregate = discussion.aggregate!;
		expect(discussion.hasAnswers).toBe(true);
		expect(aggregate.mostDivergent[0]?.questionId).toBe('a-wegbereider');
		expect(aggregate.agreed.map((entry) => entry.questionId)).toContain('a-plan');
		expect(aggregate.mostDivergent.map((entry) => entry.questionId)).not.toContain('a-plan');
		const info = discussion.info('a-wegbereider')!;
		expect(info.theme.id).toBe('a');
		expect(info.options.map((option) => option.label)).toContain('Weet ik niet');
	});

	test('a role of one person is hidden until "Kleine groepen apart tonen", which is stored', async () => {
		const { deps, discussion } = await loaded();
		const role = () => discussion.aggregate!.mostDivergent[0]!.roles.find((entry) => entry.role === 'ervaringswerker')!;
		expect(role().hidden).toBe(true);
		expect(role().stats).toBeNull();
		await discussion.setShowSmallGroups(true);
		expect(role().hidden).toBe(false);
		expect(role().stats?.n).toBe(1);
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.display.showSmallGroups).toBe(true);
	});

	test('names are hidden by default; "Namen tonen" lists who handed in, by role', async () => {
		const { deps, discussion } = await loaded();
		expect(discussion.names).toEqual([]);
		await discussion.setShowNames(true);
		expect(discussion.names.map((person) => `${person.role}:${person.name}`)).toEqual([
			'beleid:Naam 1',
			'beleid:Naam 2',
			'beleid:Naam 3',
			'management:Naam 4',
			'management:Naam 5',
			'management:Naam 6',
			'ervaringswerker:Naam 7'
		]);
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.display.showNames).toBe(true);
	});

	test('a switch that cannot be saved goes back and says so', async () => {
		const { deps, discussion } = await loaded();
		vi.spyOn(deps.workshops, 'updateWorkshop').mockRejectedValue(new Error('schijf vol'));
		await discussion.setShowNames(true);
		expect(discussion.workshop?.display.showNames).toBe(false);
		expect(discussion.problem).toBe('schijf vol');
	});
});
