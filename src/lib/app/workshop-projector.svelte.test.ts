import { describe, expect, test } from 'vitest';
import { sessionQuestions } from '../workshop/session-questions.ts';
import { WORKSHOP_ID, fixtureChecklist } from '../workshop/test-fixtures.ts';
import { WorkshopProjector } from './workshop-projector.svelte.ts';
import { NOW, fakeLifecycle, groupDeps, manualTimers, workshopWithParticipants } from './workshop-group-test-support.ts';

async function projectorAt(start: string | null = null) {
	const workshop = workshopWithParticipants();
	const deps = await groupDeps(workshop);
	const clock = manualTimers();
	const lifecycle = fakeLifecycle();
	const projector = new WorkshopProjector(WORKSHOP_ID, { ...deps, timers: clock.timers, lifecycle: lifecycle.targets }, start);
	await projector.ready;
	return { deps, clock, lifecycle, projector, workshop };
}

describe('WorkshopProjector', () => {
	test('starts with the most divergent question, its answers hidden', async () => {
		const { projector } = await projectorAt();
		expect(projector.order).toBe('divergent');
		expect(projector.current?.questionId).toBe('a-wegbereider');
		expect(projector.revealed).toBe(false);
		const aggregate = projector.discussion.aggregate!;
		expect(projector.questionIds).toEqual([...aggregate.mostDivergent, ...aggregate.agreed, ...aggregate.notJudged].map((entry) => entry.questionId));
	});

	test('opens at the question the discussion view linked to', async () => {
		const { projector } = await projectorAt('a-plan');
		expect(projector.current?.questionId).toBe('a-plan');
	});

	test('next and previous stop at the ends, and every move hides the answers again', async () => {
		const { projector } = await projectorAt();
		expect(projector.previous()).toBe(false);
		projector.toggleReveal();
		expect(projector.revealed).toBe(true);
		expect(projector.next()).toBe(true);
		expect(projector.index).toBe(1);
		expect(projector.revealed).toBe(false);
		while (projector.next());
		expect(projector.index).toBe(projector.total - 1);
		expect(projector.next()).toBe(false);
	});

	test('switching to content order keeps the same question on screen', async () => {
		const { projector, workshop } = await projectorAt('a-plan');
		projector.setOrder('content');
		expect(projector.questionIds).toEqual(sessionQuestions(fixtureChecklist, workshop.settings).map(({ question }) => question.id));
		expect(projector.current?.questionId).toBe('a-plan');
	});

	test('a note is saved after the pause in typing, not on every key; an emptied note is removed', async () => {
		const { deps, clock, projector } = await projectorAt();
		projector.setNote('a-wegbereider', 'Beleid ziet ');
		projector.setNote('a-wegbereider', 'Beleid ziet het anders');
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.discussion).toEqual({});
		expect(projector.noteOf('a-wegbereider')).toBe('Beleid ziet het anders');
		clock.fireTimeout();
		await projector.flushNotes();
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.discussion['a-wegbereider']).toEqual({
			note: 'Beleid ziet het anders',
			updatedAt: NOW
		});
		projector.setNote('a-wegbereider', '  ');
		await projector.flushNotes();
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.discussion['a-wegbereider']).toBeUndefined();
	});

	test('a note typed a moment ago is written on pagehide, without waiting for the pause', async () => {
		const { deps, lifecycle, projector } = await projectorAt();
		projector.setNote('a-plan', 'Iedereen eens');
		lifecycle.pagehide();
		await projector.flushNotes();
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.discussion['a-plan']?.note).toBe('Iedereen eens');
	});

	test('the clock per theme counts down, stops at zero and says so once; another theme has its own time', async () => {
		const { deps, clock, projector } = await projectorAt();
		expect(projector.timerMinutes).toBe(0);
		projector.startTimer();
		expect(projector.running).toBe(false);
		expect(await projector.setTimerMinutes(1)).toBe(true);
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.display.timerMinutes).toBe(1);
		expect(projector.secondsLeft).toBe(60);
		projector.startTimer();
		clock.tick(59);
		expect(projector.secondsLeft).toBe(1);
		expect(projector.timeUpTheme).toBeNull();
		clock.tick();
		expect(projector.secondsLeft).toBe(0);
		expect(projector.running).toBe(false);
		expect(clock.intervalRunning()).toBe(false);
		expect(projector.timeUpTheme).toBe('a');
		// Out of range or not whole: refused, nothing stored.
		expect(await projector.setTimerMinutes(-1)).toBe(false);
		expect(await projector.setTimerMinutes(1.5)).toBe(false);
		expect((await deps.workshops.getWorkshop(WORKSHOP_ID))?.display.timerMinutes).toBe(1);
	});

	test('destroy stops the clock and the page-leave listener', async () => {
		const { clock, projector } = await projectorAt();
		await projector.setTimerMinutes(2);
		projector.startTimer();
		await projector.destroy();
		expect(clock.intervalRunning()).toBe(false);
		expect(projector.running).toBe(false);
	});
});
