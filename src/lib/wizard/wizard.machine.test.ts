import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PhaseId } from '../content/checklist-schema.ts';
import type { ActionPlan, ScanMode } from '../domain/scan.ts';
import { fixtureChecklist } from '../domain/test-fixtures.ts';
import { createMemoryScanRepository } from '../storage/memory-scan-repository.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import { routeAfterThemeCheck, themeStatus } from './flow.ts';
import { parseHash, toHash, type Route } from './routes.ts';
import {
	createRepositoryDeps,
	NOW,
	OTHER_SCAN_ID,
	PROFILE,
	SCAN_ID,
	startWizard,
	statePath,
	UNKNOWN_SCAN_ID,
	until,
	wizardScan,
	type RepositoryDeps
} from './test-support.ts';
import type { WizardActor } from './wizard.machine.ts';

const PROBLEM_NOT_FOUND = { key: 'problems.notFound' };
const PROBLEM_SCAN_MISSING = { key: 'problems.scanMissing' };
const PROBLEM_NOT_IN_SCAN = { key: 'problems.notInScan' };

const question = (questionId: string, returnTo: 'check' | 'theme' | null = null, scanId = SCAN_ID): Route => ({
	name: 'question',
	scanId,
	questionId,
	returnTo
});

let repository: ScanRepository;
let harness: RepositoryDeps;
let actor: WizardActor | null = null;

beforeEach(() => {
	repository = createMemoryScanRepository({ now: () => NOW });
	harness = createRepositoryDeps(repository);
});

afterEach(() => {
	actor?.stop();
	actor = null;
});

/** Stores a scan and starts the wizard on `route`; resolves once it rests in `state`. */
async function open(route: Route, state: string, scan = wizardScan()): Promise<WizardActor> {
	await repository.createScan(scan);
	actor = startWizard(harness.deps, route);
	await until(actor, state);
	return actor;
}

const snapshot = () => {
	if (!actor) throw new Error('no actor');
	return actor.getSnapshot();
};

describe('creating a scan', () => {
	test('scan.create on #/nieuw stores the scan and lands on its task list with the route set', async () => {
		actor = startWizard(harness.deps, { name: 'new' });
		await until(actor, 'newScan.editing');
		actor.send({ type: 'scan.create', profile: PROFILE, mode: 'quick' });
		expect(statePath(snapshot().value)).toBe('newScan.creating');
		await until(actor, 'scan.tasks');

		const created = snapshot().context.scan;
		expect(created).not.toBeNull();
		expect(harness.deps.createScan).toHaveBeenCalledWith(PROFILE, 'quick');
		expect(snapshot().context.route).toEqual({ name: 'tasks', scanId: created?.id });
		expect(parseHash(toHash(snapshot().context.route))).toEqual(snapshot().context.route);
		expect(await repository.getScan(created?.id ?? '')).toMatchObject({ mode: 'quick', profile: PROFILE });
	});

	test('a failing createScan keeps the form open with the message', async () => {
		harness.deps.createScan.mockRejectedValueOnce(new Error('De opslag is vol.'));
		actor = startWizard(harness.deps, { name: 'new' });
		actor.send({ type: 'scan.create', profile: PROFILE, mode: 'full' });
		await until(actor, 'newScan.editing');
		expect(snapshot().context.problem).toBe('De opslag is vol.');
		expect(snapshot().context.route).toEqual({ name: 'new' });
	});

	test('saving the profile stores it and returns to the task list', async () => {
		const wizard = await open({ name: 'profile', scanId: SCAN_ID }, 'scan.profile.editing');
		const profile = { ...PROFILE, phase: 'eerste' as PhaseId };
		wizard.send({ type: 'profile.save', profile, mode: 'quick' });
		expect(statePath(snapshot().value)).toBe('scan.profile.saving');
		await until(wizard, 'scan.tasks');
		expect(snapshot().context.route).toEqual({ name: 'tasks', scanId: SCAN_ID });
		expect(snapshot().context.scan).toMatchObject({ mode: 'quick', profile });
		expect(await repository.getScan(SCAN_ID)).toMatchObject({ mode: 'quick', profile });
	});

	test('a failing saveProfile keeps the profile form open with the message', async () => {
		const wizard = await open({ name: 'profile', scanId: SCAN_ID }, 'scan.profile.editing');
		harness.deps.saveProfile.mockRejectedValueOnce(new Error('Het profiel kon niet worden opgeslagen.'));
		wizard.send({ type: 'profile.save', profile: PROFILE, mode: 'full' });
		await waitFor(() => snapshot().context.problem !== null);
		expect(statePath(snapshot().value)).toBe('scan.profile.editing');
		expect(snapshot().context.problem).toBe('Het profiel kon niet worden opgeslagen.');
		expect(snapshot().context.route).toEqual({ name: 'profile', scanId: SCAN_ID });
	});
});

describe('answering a question', () => {
	test('answer.change records the answer in context and queues it for saving', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing');
		wizard.send({ type: 'answer.change', questionId: 'a-wegbereider', value: '3', note: 'Sinds maart' });

		const expected = { value: '3', note: 'Sinds maart', updatedAt: NOW };
		expect(snapshot().context.scan?.answers['a-wegbereider']).toEqual(expected);
		expect(snapshot().context.scan?.updatedAt).toBe(NOW);
		expect(harness.deps.queueAnswer).toHaveBeenCalledExactlyOnceWith(SCAN_ID, 'a-wegbereider', expected);
		expect(statePath(snapshot().value)).toBe('scan.question.editing');
		expect(harness.deps.flushSaves).not.toHaveBeenCalled();
	});

	test('answer.submit without an answer sets answerMissing and stays on the question', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing');
		wizard.send({ type: 'answer.submit' });
		expect(statePath(snapshot().value)).toBe('scan.question.editing');
		expect(snapshot().context.answerMissing).toBe(true);
		expect(snapshot().context.route).toEqual(question('a-wegbereider'));
		expect(harness.deps.flushSaves).not.toHaveBeenCalled();

		// A note alone (value null) is not an answer; choosing an option clears the error.
		wizard.send({ type: 'answer.change', questionId: 'a-wegbereider', value: null, note: 'Nog uitzoeken' });
		expect(snapshot().context.answerMissing).toBe(true);
		wizard.send({ type: 'answer.submit' });
		expect(statePath(snapshot().value)).toBe('scan.question.editing');
		wizard.send({ type: 'answer.change', questionId: 'a-wegbereider', value: '1', note: 'Nog uitzoeken' });
		expect(snapshot().context.answerMissing).toBe(false);
	});

	test.each([
		['full scan: the next question of the theme', 'full', 'structureel', 'a-wegbereider', question('a-plan')],
		['full scan: the theme check after the last question', 'full', 'structureel', 'a-budget', { name: 'theme-check', scanId: SCAN_ID, themeId: 'a' }],
		['full scan, orienterend: skips the hidden question', 'full', 'orienterend', 'a-plan', { name: 'theme-check', scanId: SCAN_ID, themeId: 'a' }],
		['quick scan: the next theme’s question', 'quick', 'structureel', 'a-wegbereider', question('b-werving')],
		['quick scan: the check page after the last question', 'quick', 'structureel', 'd-alibi', { name: 'check', scanId: SCAN_ID }]
	] satisfies Array<[string, ScanMode, PhaseId, string, Route]>)(
		'answer.submit with an answer waits for flushSaves, then goes on — %s',
		async (_, mode, phase, questionId, next) => {
			const wizard = await open(question(questionId), 'scan.question.editing', wizardScan({}, { mode, phase }));
			const release = harness.holdNextFlush();
			const value = questionId.startsWith('d-') ? 'nee' : '2';
			wizard.send({ type: 'answer.change', questionId, value, note: '' });
			wizard.send({ type: 'answer.submit' });

			expect(statePath(snapshot().value)).toBe('scan.question.flushing');
			expect(harness.deps.flushSaves).toHaveBeenCalledTimes(1);
			await new Promise((resolve) => setTimeout(resolve, 5));
			// Still waiting: the page must not move on before the write committed.
			expect(statePath(snapshot().value)).toBe('scan.question.flushing');
			expect(snapshot().context.route).toEqual(question(questionId));
			expect((await repository.getScan(SCAN_ID))?.answers[questionId]).toBeUndefined();

			release();
			const expectedState = { question: 'scan.question.editing', 'theme-check': 'scan.themeCheck', check: 'scan.check' }[
				next.name as 'question' | 'theme-check' | 'check'
			];
			await until(wizard, expectedState);
			expect(snapshot().context.route).toEqual(next);
			expect(snapshot().context.answerMissing).toBe(false);
			expect((await repository.getScan(SCAN_ID))?.answers[questionId]?.value).toBe(value);
		}
	);

	test.each([
		['the next theme’s first question', 'a', {}, question('b-werving'), 'scan.question.editing'],
		['the next theme’s check page when it is answered', 'a', { 'b-werving': '1', 'b-begeleiding': '2', 'b-scholing': '3' }, { name: 'theme-check', scanId: SCAN_ID, themeId: 'b' }, 'scan.themeCheck'],
		['after the last theme, the check page of the whole scan', 'd', {}, { name: 'check', scanId: SCAN_ID }, 'scan.check']
	] satisfies Array<[string, string, Record<string, string>, Route, string]>)(
		'"Volgende thema" on a theme check (a link, so nav.to with its hash) leads to %s',
		async (_, themeId, answers, target, state) => {
			const scan = wizardScan(answers);
			const wizard = await open({ name: 'theme-check', scanId: SCAN_ID, themeId }, 'scan.themeCheck', scan);
			const { route } = routeAfterThemeCheck(fixtureChecklist, scan, themeId);
			expect(route).toEqual(target);
			wizard.send({ type: 'nav.to', route: parseHash(toHash(route)) });
			await until(wizard, state);
			expect(snapshot().context.route).toEqual(target);
		}
	);

	test('answer.skip moves on and leaves the question open (value null)', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing');
		wizard.send({ type: 'answer.skip' });
		await until(wizard, 'scan.question.editing');
		expect(snapshot().context.route).toEqual(question('a-plan'));

		const skipped = snapshot().context.scan?.answers['a-wegbereider'];
		expect(skipped).toEqual({ value: null, note: '', updatedAt: NOW });
		expect(harness.deps.queueAnswer).toHaveBeenCalledWith(SCAN_ID, 'a-wegbereider', skipped);
		expect((await repository.getScan(SCAN_ID))?.answers['a-wegbereider']?.value).toBeNull();
		const scan = snapshot().context.scan;
		if (!scan) throw new Error('no scan');
		const themeA = fixtureChecklist.themes[0];
		if (!themeA) throw new Error('no theme');
		expect(themeStatus(scan, themeA)).toBe('bezig');
	});

	test('answer.skip keeps an answer that was already given (it does not erase it)', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing', wizardScan({ 'a-wegbereider': '4' }));
		wizard.send({ type: 'answer.skip' });
		await until(wizard, 'scan.question.editing');
		expect(snapshot().context.route).toEqual(question('a-plan'));
		expect(snapshot().context.scan?.answers['a-wegbereider']?.value).toBe('4');
		expect(harness.deps.queueAnswer).not.toHaveBeenCalled();
	});

	test('a flush that rejects keeps the user on the question with saveState error and the message', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing');
		harness.failNextFlush('Het antwoord kon niet worden opgeslagen.');
		wizard.send({ type: 'answer.change', questionId: 'a-wegbereider', value: '2', note: '' });
		wizard.send({ type: 'answer.submit' });
		await until(wizard, 'scan.question.editing');
		await new Promise((resolve) => setTimeout(resolve, 5));

		expect(statePath(snapshot().value)).toBe('scan.question.editing');
		expect(snapshot().context.route).toEqual(question('a-wegbereider'));
		expect(snapshot().context.saveState).toBe('error');
		expect(snapshot().context.saveError).toBe('Het antwoord kon niet worden opgeslagen.');
		// The answer stays in context and in the queue, so the next try can still save it.
		expect(snapshot().context.scan?.answers['a-wegbereider']?.value).toBe('2');
		expect(harness.queued).toBe(1);

		wizard.send({ type: 'answer.submit' });
		await until(wizard, 'scan.question.editing');
		await waitForRoute(wizard, question('a-plan'));
		expect((await repository.getScan(SCAN_ID))?.answers['a-wegbereider']?.value).toBe('2');
	});

	test('a flush rejection without an Error still gives a message (the catalogue key of a general save error)', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing');
		harness.deps.flushSaves.mockRejectedValueOnce('kapot');
		wizard.send({ type: 'answer.skip' });
		await waitFor(() => snapshot().context.saveState === 'error');
		expect(snapshot().context.saveError).toEqual({ key: 'problems.saveFailed' });
		expect(statePath(snapshot().value)).toBe('scan.question.editing');
	});

	test.each([
		['check', { name: 'check', scanId: SCAN_ID }, 'scan.check'],
		['theme', { name: 'theme-check', scanId: SCAN_ID, themeId: 'a' }, 'scan.themeCheck']
	] satisfies Array<['check' | 'theme', Route, string]>)('returnTo %s goes back there after submit', async (returnTo, target, state) => {
		const wizard = await open(question('a-wegbereider', returnTo), 'scan.question.editing');
		wizard.send({ type: 'answer.change', questionId: 'a-wegbereider', value: '0', note: '' });
		wizard.send({ type: 'answer.submit' });
		await until(wizard, state);
		expect(snapshot().context.route).toEqual(target);
	});

	test('returnTo check also applies to answer.skip', async () => {
		const wizard = await open(question('b-werving', 'check'), 'scan.question.editing');
		wizard.send({ type: 'answer.skip' });
		await until(wizard, 'scan.check');
	});

	test('answer.submit while flushing is ignored (no double flush)', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing');
		const release = harness.holdNextFlush();
		wizard.send({ type: 'answer.change', questionId: 'a-wegbereider', value: '2', note: '' });
		wizard.send({ type: 'answer.submit' });
		wizard.send({ type: 'answer.submit' });
		wizard.send({ type: 'answer.skip' });
		expect(harness.deps.flushSaves).toHaveBeenCalledTimes(1);
		release();
		await waitForRoute(wizard, question('a-plan'));
		expect(statePath(snapshot().value)).toBe('scan.question.editing');
	});

	test('navigating away while flushing cancels the move; a late flush does not pull the user back', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing');
		const release = harness.holdNextFlush();
		wizard.send({ type: 'answer.change', questionId: 'a-wegbereider', value: '2', note: '' });
		wizard.send({ type: 'answer.submit' });
		expect(statePath(snapshot().value)).toBe('scan.question.flushing');
		wizard.send({ type: 'nav.to', route: { name: 'tasks', scanId: SCAN_ID } });
		await until(wizard, 'scan.tasks');
		release();
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(statePath(snapshot().value)).toBe('scan.tasks');
		expect(snapshot().context.route).toEqual({ name: 'tasks', scanId: SCAN_ID });
	});

	test('plan.set stores the plan in context and queues it', async () => {
		const wizard = await open({ name: 'plan', scanId: SCAN_ID }, 'scan.plan');
		const plan: ActionPlan = { actions: [], createdAt: NOW, updatedAt: '2025-03-02T08:00:00.000Z' };
		wizard.send({ type: 'plan.set', plan });
		expect(snapshot().context.scan?.plan).toEqual(plan);
		expect(snapshot().context.scan?.updatedAt).toBe(plan.updatedAt);
		// The plan before the edit goes along (null: there was none), so only the change is stored.
		expect(harness.deps.queuePlan).toHaveBeenCalledExactlyOnceWith(SCAN_ID, plan, null);
		const next: ActionPlan = { ...plan, updatedAt: '2025-03-02T09:00:00.000Z' };
		wizard.send({ type: 'plan.set', plan: next });
		expect(harness.deps.queuePlan).toHaveBeenLastCalledWith(SCAN_ID, next, plan);
	});

	test('save.* events drive saveState from anywhere', async () => {
		const wizard = await open({ name: 'tasks', scanId: SCAN_ID }, 'scan.tasks');
		wizard.send({ type: 'save.pending' });
		expect(snapshot().context.saveState).toBe('saving');
		wizard.send({ type: 'save.failed', message: 'Schijf vol' });
		expect(snapshot().context).toMatchObject({ saveState: 'error', saveError: 'Schijf vol' });
		wizard.send({ type: 'save.done' });
		expect(snapshot().context).toMatchObject({ saveState: 'saved', saveError: null });
		expect(statePath(snapshot().value)).toBe('scan.tasks');
	});
});

describe('links that do not fit', () => {
	test.each([
		['a question hidden by the phase', 'orienterend', 'full', question('b-scholing')],
		['a full-scan question in a quick scan', 'structureel', 'quick', question('a-plan')],
		['a question that does not exist', 'structureel', 'full', question('z-bestaat-niet')],
		['a theme that does not exist', 'structureel', 'full', { name: 'theme-check', scanId: SCAN_ID, themeId: 'zz' }]
	] satisfies Array<[string, PhaseId, ScanMode, Route]>)('nav.to %s → notFound with the message', async (_, phase, mode, route) => {
		const wizard = await open({ name: 'tasks', scanId: SCAN_ID }, 'scan.tasks', wizardScan({}, { mode, phase }));
		wizard.send({ type: 'nav.to', route });
		await until(wizard, 'notFound');
		expect(snapshot().context.problem).toEqual(PROBLEM_NOT_IN_SCAN);
		expect(snapshot().context.route).toEqual(route);
		expect(harness.deps.loadScan).toHaveBeenCalledTimes(1);
	});

	test.each([
		['a path escape', '#/scan/../../etc'],
		['a script as question id', `#/scan/${SCAN_ID}/vraag/<script>alert(1)</script>`],
		['a 5 000 character hash', `#/scan/${SCAN_ID}/vraag/${'a'.repeat(5000)}`],
		['an unknown page', `#/scan/${SCAN_ID}/beheer`]
	])('a hostile hash (%s) ends on notFound without touching storage', async (_, hash) => {
		const wizard = await open({ name: 'home' }, 'home.ready');
		wizard.send({ type: 'nav.to', route: parseHash(hash) });
		await until(wizard, 'notFound');
		expect(snapshot().context.problem).toEqual(PROBLEM_NOT_FOUND);
		expect(harness.deps.loadScan).not.toHaveBeenCalled();

		// The same hash as the first page of the app.
		actor?.stop();
		actor = startWizard(harness.deps, parseHash(hash));
		await until(actor, 'notFound');
		expect(harness.deps.loadScan).not.toHaveBeenCalled();
	});

	test('an unknown scan id → notFound with the scan-missing message', async () => {
		const wizard = await open({ name: 'home' }, 'home.ready');
		wizard.send({ type: 'nav.to', route: { name: 'tasks', scanId: UNKNOWN_SCAN_ID } });
		await until(wizard, 'notFound');
		expect(harness.deps.loadScan).toHaveBeenCalledExactlyOnceWith(UNKNOWN_SCAN_ID);
		expect(snapshot().context.problem).toEqual(PROBLEM_SCAN_MISSING);
		expect(snapshot().context.scan).toBeNull();
	});

	test('a failing loadScan → notFound with its message', async () => {
		harness.deps.loadScan.mockRejectedValueOnce(new Error('De opslag is niet beschikbaar.'));
		actor = startWizard(harness.deps, question('a-plan'));
		await until(actor, 'notFound');
		expect(snapshot().context.problem).toBe('De opslag is niet beschikbaar.');
	});

	test('navigating on from notFound clears the problem', async () => {
		const wizard = await open({ name: 'not-found' }, 'notFound');
		expect(snapshot().context.problem).toEqual(PROBLEM_NOT_FOUND);
		wizard.send({ type: 'nav.to', route: { name: 'tasks', scanId: SCAN_ID } });
		await until(wizard, 'scan.tasks');
		expect(snapshot().context.problem).toBeNull();
	});

	test('a scan is loaded once and reloaded when the link names another scan', async () => {
		await repository.createScan(wizardScan({}, { id: OTHER_SCAN_ID, organisation: 'Gemeente Anders' }));
		const wizard = await open({ name: 'tasks', scanId: SCAN_ID }, 'scan.tasks');
		wizard.send({ type: 'nav.to', route: { name: 'check', scanId: SCAN_ID } });
		await until(wizard, 'scan.check');
		expect(harness.deps.loadScan).toHaveBeenCalledTimes(1);
		wizard.send({ type: 'nav.to', route: { name: 'results', scanId: OTHER_SCAN_ID } });
		await until(wizard, 'scan.results');
		expect(harness.deps.loadScan).toHaveBeenLastCalledWith(OTHER_SCAN_ID);
		expect(snapshot().context.scan?.profile.organisation).toBe('Gemeente Anders');
	});
});

describe('Mijn scans', () => {
	test('entering home lists the scans', async () => {
		await open({ name: 'home' }, 'home.ready');
		expect(snapshot().context.scans.map((s) => s.id)).toEqual([SCAN_ID]);
		expect(harness.deps.listScans).toHaveBeenCalledTimes(1);
	});

	test('renaming calls renameScan and reloads the list', async () => {
		const wizard = await open({ name: 'home' }, 'home.ready');
		wizard.send({ type: 'scan.rename', scanId: SCAN_ID, organisation: 'Gemeente Nieuwnaam' });
		expect(statePath(snapshot().value)).toBe('home.renaming');
		await until(wizard, 'home.ready');
		expect(harness.deps.renameScan).toHaveBeenCalledExactlyOnceWith(SCAN_ID, 'Gemeente Nieuwnaam');
		expect(harness.deps.listScans).toHaveBeenCalledTimes(2);
		expect(snapshot().context.scans.map((s) => s.organisation)).toEqual(['Gemeente Nieuwnaam']);
	});

	test('duplicating calls duplicateScan and reloads the list', async () => {
		const wizard = await open({ name: 'home' }, 'home.ready');
		wizard.send({ type: 'scan.duplicate', scanId: SCAN_ID });
		expect(statePath(snapshot().value)).toBe('home.duplicating');
		await until(wizard, 'home.ready');
		expect(harness.deps.duplicateScan).toHaveBeenCalledExactlyOnceWith(SCAN_ID);
		expect(harness.deps.listScans).toHaveBeenCalledTimes(2);
		expect(snapshot().context.scans.map((s) => s.organisation).sort()).toEqual(['Gemeente Test', 'Gemeente Test (kopie)']);
	});

	test('deleting calls deleteScan and reloads the list', async () => {
		const wizard = await open({ name: 'home' }, 'home.ready');
		wizard.send({ type: 'scan.delete', scanId: SCAN_ID });
		expect(statePath(snapshot().value)).toBe('home.deleting');
		await until(wizard, 'home.ready');
		expect(harness.deps.deleteScan).toHaveBeenCalledExactlyOnceWith(SCAN_ID);
		expect(harness.deps.listScans).toHaveBeenCalledTimes(2);
		expect(snapshot().context.scans).toEqual([]);
	});

	test.each([
		['scan.rename', 'renameScan'],
		['scan.duplicate', 'duplicateScan'],
		['scan.delete', 'deleteScan']
	] as const)('a failing %s shows the message and still reloads the list', async (type, dep) => {
		const wizard = await open({ name: 'home' }, 'home.ready');
		harness.deps[dep].mockRejectedValueOnce(new Error('Dat lukte niet.'));
		wizard.send(type === 'scan.rename' ? { type, scanId: SCAN_ID, organisation: 'X' } : { type, scanId: SCAN_ID });
		await waitFor(() => harness.deps.listScans.mock.calls.length === 2);
		await until(wizard, 'home.ready');
		expect(snapshot().context.problem).toBe('Dat lukte niet.');
		expect(snapshot().context.scans.map((s) => s.id)).toEqual([SCAN_ID]);
	});

	test('a failing listScans shows the message on an empty list', async () => {
		harness.deps.listScans.mockRejectedValueOnce(new Error('De opslag is niet beschikbaar.'));
		actor = startWizard(harness.deps, { name: 'home' });
		await until(actor, 'home.ready');
		expect(snapshot().context).toMatchObject({ scans: [], problem: 'De opslag is niet beschikbaar.' });
	});

	// Regression tests for bugs found by these tests (stale scan after home, stale problem message).
	test('after deleting the open scan, its old link shows the deleted scan instead of notFound', async () => {
		const wizard = await open({ name: 'tasks', scanId: SCAN_ID }, 'scan.tasks');
		wizard.send({ type: 'nav.to', route: { name: 'home' } });
		await until(wizard, 'home.ready');
		wizard.send({ type: 'scan.delete', scanId: SCAN_ID });
		await waitFor(() => harness.deps.listScans.mock.calls.length === 2);
		await until(wizard, 'home.ready');
		expect(await repository.getScan(SCAN_ID)).toBeNull();

		// Browser Back: the hash of the deleted scan comes back.
		wizard.send({ type: 'nav.to', route: { name: 'tasks', scanId: SCAN_ID } });
		await until(wizard, 'notFound', 200);
		expect(snapshot().context.problem).toEqual(PROBLEM_SCAN_MISSING);
	});

	test('after renaming the open scan, returning to it shows the new name', async () => {
		const wizard = await open({ name: 'tasks', scanId: SCAN_ID }, 'scan.tasks');
		wizard.send({ type: 'nav.to', route: { name: 'home' } });
		await until(wizard, 'home.ready');
		wizard.send({ type: 'scan.rename', scanId: SCAN_ID, organisation: 'Gemeente Nieuwnaam' });
		await waitFor(() => harness.deps.listScans.mock.calls.length === 2);
		await until(wizard, 'home.ready');

		wizard.send({ type: 'nav.to', route: { name: 'profile', scanId: SCAN_ID } });
		await until(wizard, 'scan.profile.editing');
		expect(snapshot().context.scan?.profile.organisation).toBe('Gemeente Nieuwnaam');
	});

	test('a later successful action clears the message of an earlier failed one', async () => {
		const wizard = await open({ name: 'home' }, 'home.ready');
		harness.deps.renameScan.mockRejectedValueOnce(new Error('Dat lukte niet.'));
		wizard.send({ type: 'scan.rename', scanId: SCAN_ID, organisation: 'X' });
		await waitFor(() => harness.deps.listScans.mock.calls.length === 2);
		await until(wizard, 'home.ready');
		expect(snapshot().context.problem).toBe('Dat lukte niet.');

		wizard.send({ type: 'scan.rename', scanId: SCAN_ID, organisation: 'Gemeente Nieuwnaam' });
		await waitFor(() => harness.deps.listScans.mock.calls.length === 3);
		await until(wizard, 'home.ready');
		expect(snapshot().context.scans[0]?.organisation).toBe('Gemeente Nieuwnaam');
		expect(snapshot().context.problem).toBeNull();
	});
});

describe('plain data (a resume point and context that survive JSON and storage)', () => {
	test('the context is JSON-serialisable in every snapshot of a full session', async () => {
		actor = startWizard(harness.deps, { name: 'home' });
		const seen: string[] = [];
		actor.subscribe((s) => {
			seen.push(statePath(s.value));
			expect(JSON.parse(JSON.stringify(s.context))).toEqual(s.context);
		});
		await until(actor, 'home.ready');
		actor.send({ type: 'nav.to', route: { name: 'new' } });
		actor.send({ type: 'scan.create', profile: PROFILE, mode: 'full' });
		await until(actor, 'scan.tasks');
		const scanId = snapshot().context.scan?.id ?? '';
		actor.send({ type: 'nav.to', route: question('a-wegbereider', null, scanId) });
		actor.send({ type: 'answer.change', questionId: 'a-wegbereider', value: '2', note: 'Met "quotes" en é' });
		actor.send({ type: 'answer.submit' });
		await waitForRoute(actor, question('a-plan', null, scanId));
		actor.send({ type: 'answer.skip' });
		await waitForRoute(actor, question('a-budget', null, scanId));
		actor.send({ type: 'save.failed', message: 'Schijf vol' });
		actor.send({ type: 'nav.to', route: { name: 'plan', scanId } });
		actor.send({ type: 'plan.set', plan: { actions: [], createdAt: NOW, updatedAt: NOW } });
		actor.send({ type: 'nav.to', route: { name: 'not-found' } });

		const final = snapshot();
		expect(JSON.parse(JSON.stringify(final.context))).toEqual(final.context);
		expect(structuredClone(final.context)).toEqual(final.context);
		expect(seen).toContain('scan.question.flushing');
		expect(seen.at(-1)).toBe('notFound');
	});
});

/** Polls a condition (for waits that are not about one state). */
async function waitFor(condition: () => boolean, timeout = 1000): Promise<void> {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeout) throw new Error('Condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 1));
	}
}

async function waitForRoute(wizard: WizardActor, route: Route): Promise<void> {
	await waitFor(() => toHash(wizard.getSnapshot().context.route) === toHash(route) && !wizard.getSnapshot().matches({ scan: { question: 'flushing' } }));
}

describe('changes made in another tab', () => {
	const LATER = '2025-03-05T12:00:00.000Z';
	const theirs = { value: '3', note: 'uit tabblad B', updatedAt: LATER };

	test('an answer to the question on screen replaces the shown one and sets the notice', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing', wizardScan({ 'a-wegbereider': '1' }));
		wizard.send({ type: 'answer.external', scanId: SCAN_ID, questionId: 'a-wegbereider', answer: theirs, replacedNote: 'mijn tekst' });
		expect(snapshot().context.scan?.answers['a-wegbereider']).toEqual(theirs);
		expect(snapshot().context.scan?.updatedAt).toBe(LATER);
		expect(snapshot().context.externalChange).toEqual({ kind: 'answer', questionId: 'a-wegbereider', replacedNote: 'mijn tekst' });
		expect(statePath(snapshot().value)).toBe('scan.question.editing');
		// Nothing is queued: storage already holds this answer.
		expect(harness.deps.queueAnswer).not.toHaveBeenCalled();

		wizard.send({ type: 'nav.to', route: { name: 'tasks', scanId: SCAN_ID } });
		await until(wizard, 'scan.tasks');
		expect(snapshot().context.externalChange).toBeNull();
		expect(snapshot().context.scan?.answers['a-wegbereider']).toEqual(theirs);
	});

	test('an answer to another question updates the scan without a notice', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing');
		wizard.send({ type: 'answer.external', scanId: SCAN_ID, questionId: 'c-ervaring', answer: theirs, replacedNote: null });
		expect(snapshot().context.scan?.answers['c-ervaring']).toEqual(theirs);
		expect(snapshot().context.externalChange).toBeNull();
	});

	test('a change to another scan than the one loaded changes nothing', async () => {
		const wizard = await open(question('a-wegbereider'), 'scan.question.editing');
		const before = snapshot().context;
		wizard.send({ type: 'answer.external', scanId: OTHER_SCAN_ID, questionId: 'a-wegbereider', answer: theirs, replacedNote: null });
		wizard.send({ type: 'plan.external', scanId: OTHER_SCAN_ID, plan: null });
		expect(snapshot().context.scan).toBe(before.scan);
		expect(snapshot().context.externalChange).toBeNull();
	});

	test('the plan from storage replaces the shown plan; the plan page gets the notice', async () => {
		const wizard = await open({ name: 'plan', scanId: SCAN_ID }, 'scan.plan');
		const plan: ActionPlan = { actions: [], createdAt: NOW, updatedAt: LATER };
		wizard.send({ type: 'plan.external', scanId: SCAN_ID, plan });
		expect(snapshot().context.scan?.plan).toEqual(plan);
		expect(snapshot().context.externalChange).toEqual({ kind: 'plan' });
		expect(harness.deps.queuePlan).not.toHaveBeenCalled();
	});

	test('new scan details (profile, mode) are taken over', async () => {
		const wizard = await open({ name: 'tasks', scanId: SCAN_ID }, 'scan.tasks');
		wizard.send({ type: 'scan.external', scanId: SCAN_ID, profile: { ...PROFILE, organisation: 'Nieuw' }, mode: 'quick' });
		expect(snapshot().context.scan?.profile.organisation).toBe('Nieuw');
		expect(snapshot().context.scan?.mode).toBe('quick');
	});
});

describe('a scan stored whole by this tab (a delegation merged back)', () => {
	test('is shown when it is the scan on screen, and ignored for another scan', async () => {
		const wizard = await open({ name: 'delegate-merge', scanId: SCAN_ID }, 'scan.delegation');
		const shown = snapshot().context.scan!;
		const merged = { ...shown, answers: { ...shown.answers, 'a-plan': { value: '4', note: 'overgenomen', updatedAt: NOW } } };
		wizard.send({ type: 'scan.stored', scan: { ...merged, id: '99999999-2222-4333-8444-555555555555' } });
		expect(snapshot().context.scan).toBe(shown);
		wizard.send({ type: 'scan.stored', scan: merged });
		expect(snapshot().context.scan?.answers['a-plan']).toEqual({ value: '4', note: 'overgenomen', updatedAt: NOW });
		expect(snapshot().matches({ scan: 'delegation' })).toBe(true);
	});

	test('the delegation links rest in their own state, without a scan', async () => {
		await open({ name: 'delegation-returned' }, 'delegation');
		expect(snapshot().context.scan).toBeNull();
	});
});
