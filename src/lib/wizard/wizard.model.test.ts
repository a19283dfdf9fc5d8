/**
 * Model-based test of the wizard: the machine itself is the model.
 *
 * 1. The graph of the real machine (fake deps, promise actors settled by their done events) is
 *    traversed with shortest paths; the states reached must be every state node of the machine.
 * 2. Every path is replayed against a real actor whose deps only settle when the path says so, and
 *    every state along the way must show the same state and route as the model.
 *
 * `createTestModel` refuses machines with invokes ("Invocations on test machines are not
 * supported"), so the test builds a `TestModel` directly and drives the invokes itself.
 */
import { describe, expect, test } from 'vitest';
import {
	createActor,
	getInitialMicrosteps,
	getMicrosteps,
	initialTransition,
	transition,
	waitFor,
	type AnyStateNode
} from 'xstate';
import { createTestModel, TestModel } from 'xstate/graph';
import { fixtureChecklist } from '../domain/test-fixtures.ts';
import { isScanRoute, parseHash, toHash, type Route } from './routes.ts';
import {
	createScriptedDeps,
	PROFILE,
	SCAN_ID,
	statePath,
	UNKNOWN_SCAN_ID,
	wizardScan,
	type AsyncDepName,
	type ScriptedDeps
} from './test-support.ts';
import {
	createWizardMachine,
	type WizardActor,
	type WizardEvent,
	type WizardInput,
	type WizardSnapshot
} from './wizard.machine.ts';

// ---------------------------------------------------------------------------------------------
// The machine's structure, read from its definition

interface NodeInfo {
	id: string;
	/** Dotted path below the root ('' for the root). */
	path: string;
	/** True when the node only passes control on (eventless transitions): never a resting state. */
	transient: boolean;
	invoke: { id: string; src: string } | null;
}

function describeNodes(node: AnyStateNode): NodeInfo[] {
	const invokes = node.invoke.map((definition) => ({ id: definition.id, src: String(definition.src) }));
	if (invokes.length > 1) throw new Error(`${node.id} invokes more than one actor; extend the model`);
	const own: NodeInfo = {
		id: node.id,
		path: node.path.join('.'),
		transient: node.always !== undefined && node.always.length > 0,
		invoke: invokes[0] ?? null
	};
	return [own, ...Object.values(node.states).flatMap((child) => describeNodes(child))];
}

/** Which dep each invoked actor calls. */
const DEP_OF_SRC: Record<string, AsyncDepName> = {
	scanLister: 'listScans',
	scanLoader: 'loadScan',
	scanCreator: 'createScan',
	profileSaver: 'saveProfile',
	scanRenamer: 'renameScan',
	scanDuplicator: 'duplicateScan',
	scanDeleter: 'deleteScan',
	scanImporter: 'importScans',
	saveFlusher: 'flushSaves'
};

const modelDeps = createScriptedDeps();
const machine = createWizardMachine(modelDeps.deps);
const NODES = describeNodes(machine.root);
const ALL_IDS = NODES.map((node) => node.id).sort();
const TRANSIENT_IDS = NODES.filter((node) => node.transient).map((node) => node.id);
const INVOKE_BY_PATH = new Map(NODES.flatMap((node) => (node.invoke ? [[node.path, node.invoke] as const] : [])));
const SRC_BY_INVOKE_ID = new Map(NODES.flatMap((node) => (node.invoke ? [[node.invoke.id, node.invoke.src] as const] : [])));
const RESTING_LEAVES = NODES.filter((node) => !node.transient && Object.keys(machine.getStateNodeById(node.id).states).length === 0).map(
	(node) => node.path
);

/** Node ids of a state value and all its ancestors, e.g. `scan.question.editing` → 4 ids. */
function nodeIds(snapshot: Pick<WizardSnapshot, 'value'>): string[] {
	const parts = statePath(snapshot.value).split('.');
	return [machine.id, ...parts.map((_, i) => `${machine.id}.${parts.slice(0, i + 1).join('.')}`)];
}

// ---------------------------------------------------------------------------------------------
// The model: events offered in each state

const SCAN = wizardScan({}, { mode: 'full', phase: 'orienterend' });
const INPUT: WizardInput = { checklist: fixtureChecklist, route: { name: 'home' } };

/** Every kind of link, plus a link to an unknown scan and to a question this scan does not ask. */
const NAV_ROUTES: Route[] = [
	{ name: 'home' },
	{ name: 'new' },
	{ name: 'data' },
	{ name: 'receive' },
	{ name: 'workshop-new' },
	{ name: 'workshop', workshopId: '0d9a3c2e-1b7f-4c1e-9a55-0a1b2c3d4e5f', page: 'discuss' },
	{ name: 'join' },
	{ name: 'answers' },
	{ name: 'hand-in', scanId: SCAN_ID },
	{ name: 'repeat', scanId: SCAN_ID },
	{ name: 'progress', scanId: SCAN_ID },
	{ name: 'delegate', scanId: SCAN_ID },
	{ name: 'delegate-merge', scanId: SCAN_ID },
	{ name: 'delegate-return', scanId: SCAN_ID },
	{ name: 'delegation' },
	{ name: 'delegation-returned' },
	{ name: 'not-found' },
	{ name: 'tasks', scanId: SCAN_ID },
	{ name: 'profile', scanId: SCAN_ID },
	{ name: 'question', scanId: SCAN_ID, questionId: 'a-wegbereider', returnTo: null },
	{ name: 'theme-check', scanId: SCAN_ID, themeId: 'a' },
	{ name: 'check', scanId: SCAN_ID },
	{ name: 'results', scanId: SCAN_ID },
	{ name: 'plan', scanId: SCAN_ID },
	{ name: 'tasks', scanId: UNKNOWN_SCAN_ID },
	{ name: 'question', scanId: SCAN_ID, questionId: 'b-scholing', returnTo: null }
];

type DoneEvent = { type: `xstate.done.actor.${string}`; output: unknown };
type ModelEvent = WizardEvent | DoneEvent;

/** What each invoked actor returns in the model. */
function outputOf(src: string, snapshot: WizardSnapshot): unknown {
	switch (src) {
		case 'scanLister':
			return [];
		case 'scanLoader': {
			const route = snapshot.context.route;
			return isScanRoute(route) && route.scanId === SCAN_ID ? SCAN : null;
		}
		case 'scanCreator':
		case 'profileSaver':
			return SCAN;
		case 'scanImporter':
			return [SCAN.profile.organisation];
		default:
			return undefined;
	}
}

function modelEvents(snapshot: WizardSnapshot): ModelEvent[] {
	const events: ModelEvent[] = NAV_ROUTES.map((route) => ({ type: 'nav.to', route }));
	const path = statePath(snapshot.value);
	const invoke = INVOKE_BY_PATH.get(path);
	if (invoke) events.push({ type: `xstate.done.actor.${invoke.id}`, output: outputOf(invoke.src, snapshot) });
	const route = snapshot.context.route;
	switch (path) {
		case 'home.ready':
			events.push(
				{ type: 'scan.rename', scanId: SCAN_ID, organisation: 'Gemeente Nieuwnaam' },
				{ type: 'scan.duplicate', scanId: SCAN_ID },
				{ type: 'scan.delete', scanId: SCAN_ID },
				{ type: 'scans.import', scans: [SCAN] }
			);
			break;
		case 'newScan.editing':
			events.push({ type: 'scan.create', profile: PROFILE, mode: 'full' });
			break;
		case 'scan.profile.editing':
			events.push({ type: 'profile.save', profile: PROFILE, mode: 'full' });
			break;
		case 'scan.question.editing':
			if (route.name === 'question') {
				events.push({ type: 'answer.change', questionId: route.questionId, value: '2', note: '' });
			}
			events.push({ type: 'answer.submit' }, { type: 'answer.skip' });
			break;
	}
	return events;
}

/**
 * A state of the model: where the machine rests and on which URL. The URL must be part of it:
 * with only the route's name, two snapshots on different URLs would count as one state, and a
 * path's events would no longer lead to the snapshots recorded for it.
 */
const serializeState = (snapshot: WizardSnapshot) =>
	`${statePath(snapshot.value)} ${toHash(snapshot.context.route).replaceAll(SCAN_ID, '<scan>').replaceAll(UNKNOWN_SCAN_ID, '<unknown>')}`;

const model = new TestModel(machine, {
	input: INPUT,
	events: modelEvents as (snapshot: WizardSnapshot) => WizardEvent[],
	serializeState
});

const paths = model.getShortestPaths();

/** Which routes each resting state may show. Keep in step with the machine (a test checks the keys). */
const SCAN_ROUTES: Route['name'][] = [
	'tasks',
	'profile',
	'question',
	'theme-check',
	'check',
	'results',
	'plan',
	'hand-in',
	'repeat',
	'progress',
	'delegate',
	'delegate-merge',
	'delegate-return'
];
const RENDERS: Record<string, Route['name'][]> = {
	'home.loading': ['home'],
	'home.ready': ['home'],
	'home.renaming': ['home'],
	'home.duplicating': ['home'],
	'home.deleting': ['home'],
	'home.importing': ['home'],
	'newScan.editing': ['new'],
	'newScan.creating': ['new'],
	loadingScan: SCAN_ROUTES,
	'scan.tasks': ['tasks'],
	'scan.profile.editing': ['profile'],
	'scan.profile.saving': ['profile'],
	'scan.question.editing': ['question'],
	'scan.question.flushing': ['question'],
	'scan.themeCheck': ['theme-check'],
	'scan.check': ['check'],
	'scan.results': ['results'],
	'scan.plan': ['plan'],
	'scan.handIn': ['hand-in'],
	'scan.repeat': ['repeat'],
	'scan.progress': ['progress'],
	'scan.delegation': ['delegate', 'delegate-merge', 'delegate-return'],
	data: ['data'],
	receive: ['receive'],
	workshop: ['workshop-new', 'workshop'],
	join: ['join'],
	answers: ['answers'],
	delegation: ['delegation', 'delegation-returned'],
	notFound: ['not-found', ...SCAN_ROUTES]
};

/** The model's edges, typed (the adjacency map is keyed by branded strings). */
function edges(): Array<{ from: WizardSnapshot; event: WizardEvent; to: WizardSnapshot }> {
	return Object.values(model.getAdjacencyMap()).flatMap(({ state, transitions }) =>
		(Object.values(transitions) as Array<{ event: WizardEvent; state: WizardSnapshot }>).map(({ event, state: to }) => ({
			from: state,
			event,
			to
		}))
	);
}

// ---------------------------------------------------------------------------------------------

describe('the model', () => {
	test('the listed states exist and every invoke is known to the model', () => {
		const listed = [
			'routing',
			'home',
			'home.loading',
			'home.ready',
			'home.renaming',
			'home.duplicating',
			'home.deleting',
			'home.importing',
			'newScan',
			'newScan.editing',
			'newScan.creating',
			'loadingScan',
			'scan',
			'scan.tasks',
			'scan.profile',
			'scan.profile.editing',
			'scan.profile.saving',
			'scan.question',
			'scan.question.editing',
			'scan.question.flushing',
			'scan.themeCheck',
			'scan.check',
			'scan.results',
			'scan.plan',
			'scan.handIn',
			'scan.repeat',
			'scan.progress',
			'scan.delegation',
			'data',
			'receive',
			'workshop',
			'join',
			'answers',
			'delegation',
			'notFound'
		].map((path) => `wizard.${path}`);
		expect(ALL_IDS).toEqual([...listed, 'wizard'].sort());
		expect(TRANSIENT_IDS).toEqual(['wizard.routing']);
		for (const [, src] of SRC_BY_INVOKE_ID) expect(Object.keys(DEP_OF_SRC)).toContain(src);
		expect(Object.keys(RENDERS).sort()).toEqual([...RESTING_LEAVES].sort());
	});

	test('createTestModel rejects the machine because of its invokes (hence the plain TestModel)', () => {
		expect(() => createTestModel(machine)).toThrow(/Invocations on test machines are not supported/);
	});

	test('shortest paths reach every resting state node', () => {
		const reached = new Set(paths.flatMap((path) => path.steps.flatMap((step) => nodeIds(step.state))));
		const resting = ALL_IDS.filter((id) => !TRANSIENT_IDS.includes(id));
		expect([...reached].sort()).toEqual(resting);
	});

	test('every state node, the transient routing included, is passed through', () => {
		const passed = new Set(getInitialMicrosteps(machine, INPUT).flatMap(([snapshot]) => nodeIds(snapshot)));
		for (const { from, event } of edges()) {
			for (const [snapshot] of getMicrosteps(machine, from, event)) {
				for (const id of nodeIds(snapshot)) passed.add(id);
			}
		}
		expect([...passed].sort()).toEqual(ALL_IDS);
	});

	test('no event leaves the wizard resting in a transient state', () => {
		const all = edges();
		expect(all.length).toBeGreaterThan(100);
		for (const { from, to } of all) {
			expect(TRANSIENT_IDS).not.toContain(nodeIds(from).at(-1));
			expect(TRANSIENT_IDS, serializeState(from)).not.toContain(nodeIds(to).at(-1));
		}
	});

	test('the model reaches the notFound page in each of its three ways', () => {
		const problems = new Set(
			paths.flatMap((path) => path.steps.filter((step) => statePath(step.state.value) === 'notFound').map((step) => step.state.context.problem))
		);
		expect([...new Set([...problems].map((problem) => JSON.stringify(problem)))].sort()).toEqual([
			JSON.stringify({ key: 'problems.notFound' }),
			JSON.stringify({ key: 'problems.notInScan' }),
			JSON.stringify({ key: 'problems.scanMissing' })
		]);
	});
});

// ---------------------------------------------------------------------------------------------
// Replaying the paths on a real actor

const replayedNodes = new Set<string>();
let replayed = 0;

function executor(actor: WizardActor, script: ScriptedDeps) {
	return (step: { event: { type: string } }) => {
		const event = step.event as ModelEvent;
		if (event.type.startsWith('xstate.done.actor.')) {
			const src = SRC_BY_INVOKE_ID.get(event.type.slice('xstate.done.actor.'.length));
			const dep = src ? DEP_OF_SRC[src] : undefined;
			if (!dep) throw new Error(`No dep for ${event.type}`);
			script.resolve(dep, (event as DoneEvent).output);
		} else {
			actor.send(event as WizardEvent);
		}
	};
}

async function expectSameState(actor: WizardActor, expected: WizardSnapshot): Promise<void> {
	const want = `${serializeState(expected)} ${toHash(expected.context.route)}`;
	try {
		await waitFor(actor, (s) => `${serializeState(s)} ${toHash(s.context.route)}` === want, { timeout: 500 });
	} catch {
		const s = actor.getSnapshot();
		throw new Error(`Expected ${want}, real actor is in ${serializeState(s)} ${toHash(s.context.route)}`);
	}
	const { value, context } = actor.getSnapshot();
	const leaf = statePath(value);
	expect(value).toEqual(expected.value);
	expect(context.route).toEqual(expected.context.route);
	expect(context.problem).toEqual(expected.context.problem);
	expect(RENDERS[leaf], leaf).toContain(context.route.name);
	if (leaf.startsWith('scan.')) {
		// A scan page always shows the scan its URL names, and that URL survives a reload.
		expect(isScanRoute(context.route) && context.scan?.id === context.route.scanId).toBe(true);
		expect(parseHash(toHash(context.route))).toEqual(context.route);
	}
	if (leaf === 'notFound') expect(context.problem).toEqual({ key: expect.any(String) });
}

describe('replaying every shortest path on a real actor', () => {
	const eventTypes = [...new Set(paths.flatMap((path) => path.steps.map((step): string => step.event.type)))].filter(
		(type) => type !== 'xstate.init'
	);
	const cases = paths.map((path) => {
		const events = path.steps.slice(1).map((step) => {
			const event = step.event as ModelEvent;
			if (event.type === 'nav.to') return toHash(event.route).replaceAll(SCAN_ID, '<scan>').replaceAll(UNKNOWN_SCAN_ID, '<unknown>');
			return event.type.replace(/^xstate\.done\.actor\.\d+\.wizard\./, 'done:');
		});
		return [`${serializeState(path.state)} ← ${events.join(' → ') || '(start)'}`, path] as const;
	});

	test.each(cases)('%s', async (_, path) => {
		// The expected snapshots are recomputed from the path's events with the pure `transition`, so
		// they are exactly what the machine does for this sequence (not a representative snapshot).
		let expected = initialTransition(machine, INPUT)[0];
		const script = createScriptedDeps();
		const actor = createActor(createWizardMachine(script.deps), {
			input: INPUT,
			inspect: (event) => {
				if (event.type === '@xstate.microstep') {
					for (const id of nodeIds(event.snapshot as WizardSnapshot)) replayedNodes.add(id);
				}
			}
		});
		actor.start();
		const run = executor(actor, script);
		const events = Object.fromEntries(
			eventTypes.map((type) => [
				type,
				(step: { event: { type: string } }) => {
					expected = transition(machine, expected, step.event as WizardEvent)[0];
					run(step);
				}
			])
		);
		try {
			await path.test({
				events,
				states: {
					'*': async (recorded) => {
						expect(serializeState(expected)).toBe(serializeState(recorded));
						await expectSameState(actor, expected);
					}
				}
			});
		} finally {
			actor.stop();
		}
		replayed++;
	});

	test('the replays together pass through every state node', () => {
		// Runs after the replays above; if one of them failed, this fails too rather than hiding it.
		expect(replayed).toBe(paths.length);
		expect([...replayedNodes].sort()).toEqual(ALL_IDS);
	});
});
