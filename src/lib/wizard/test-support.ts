/**
 * Shared helpers for the wizard tests (imported by `*.test.ts` only, never by the app).
 *
 * - `wizardScan`: a fixture scan with a route-valid UUID (the domain fixture's `scan-1` would not
 *   survive `parseHash`).
 * - `createRepositoryDeps`: `WizardDeps` over the in-memory repository, every method a spy, with a
 *   tiny save queue whose flush can be made to fail or to wait.
 * - `createScriptedDeps`: `WizardDeps` whose promises only settle when the test says so, so a test
 *   (or a model-based replay) decides what each invoked actor returns and when.
 * - `startWizard` / `until` / `statePath`: run the real machine and wait for a state.
 */
import { vi, type Mock } from 'vitest';
import { createActor, waitFor, type StateValue } from 'xstate';
import type { Checklist, PhaseId } from '../content/checklist-schema.ts';
import { SCAN_SCHEMA_VERSION, type ActionPlan, type Answer, type Scan, type ScanMode, type ScanProfile } from '../domain/scan.ts';
import { diffPlan } from '../domain/plan-merge.ts';
import { fixtureChecklist, makeScan } from '../domain/test-fixtures.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import type { Route } from './routes.ts';
import { createWizardMachine, type ScanListItem, type WizardActor, type WizardDeps } from './wizard.machine.ts';

/** Ids that pass the route parser (lowercase UUID v4 shape). */
export const SCAN_ID = '11111111-2222-4333-8444-555555555555';
export const OTHER_SCAN_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
export const UNKNOWN_SCAN_ID = '99999999-9999-4999-8999-999999999999';

/** The injected clock. */
export const NOW = '2025-03-01T12:00:00.000Z';

export const PROFILE: ScanProfile = {
	organisation: 'Gemeente Teststad',
	filledInBy: 'Tester',
	role: 'Beleidsmedewerker',
	phase: 'structureel',
	focusAreas: []
};

/** A fixture scan under a route-valid id. Defaults: full scan, phase structureel, no answers. */
export function wizardScan(
	answers: Record<string, string | null> = {},
	options: { id?: string; mode?: ScanMode; phase?: PhaseId; organisation?: string } = {}
): Scan {
	const scan = makeScan(answers, options);
	return {
		...scan,
		id: options.id ?? SCAN_ID,
		profile: { ...scan.profile, organisation: options.organisation ?? scan.profile.organisation }
	};
}

/** A deterministic id generator that produces route-valid UUIDs. */
export function sequentialIds(): () => string {
	let counter = 0;
	return () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
}

/** Dotted path of the (single-region) state value, e.g. `scan.question.editing`. */
export function statePath(value: StateValue): string {
	if (typeof value === 'string') return value;
	const entries = Object.entries(value);
	if (entries.length !== 1) throw new Error(`Expected one active region, got ${JSON.stringify(value)}`);
	const [key, child] = entries[0] as [string, StateValue | undefined];
	return child === undefined || (typeof child === 'object' && Object.keys(child).length === 0)
		? key
		: `${key}.${statePath(child)}`;
}

/** Creates and starts the real wizard machine around `deps`. */
export function startWizard(deps: WizardDeps, route: Route, checklist: Checklist = fixtureChecklist): WizardActor {
	const actor = createActor(createWizardMachine(deps), { input: { checklist, route } });
	actor.start();
	return actor;
}

/** Waits until the actor rests in the state at `path` (dotted); fails with the state it is in. */
export async function until(actor: WizardActor, path: string, timeout = 1000): Promise<void> {
	try {
		await waitFor(actor, (snapshot) => statePath(snapshot.value) === path, { timeout });
	} catch {
		const snapshot = actor.getSnapshot();
		throw new Error(
			`Expected the wizard in ${path}, but it is in ${statePath(snapshot.value)} (status ${snapshot.status}, route ${JSON.stringify(snapshot.context.route)})`
		);
	}
}

/** Every method of `WizardDeps` as a spy with the original signature. */
export type SpiedDeps = { [K in keyof WizardDeps]: Mock<WizardDeps[K]> };

export interface RepositoryDeps {
	deps: SpiedDeps;
	/** Makes the next `flushSaves` reject with this message (queued writes stay queued). */
	failNextFlush(message: string): void;
	/** Makes the next `flushSaves` wait until the returned function is called. */
	holdNextFlush(): () => void;
	/** Writes queued and not yet flushed. */
	readonly queued: number;
}

/**
 * `WizardDeps` over a repository, like the app's composition root but synchronous where the app
 * debounces: queued writes run on `flushSaves()`, in order.
 */
export function createRepositoryDeps(repository: ScanRepository, createId = sequentialIds()): RepositoryDeps {
	let pending: Array<() => Promise<void>> = [];
	let failure: string | null = null;
	let hold: Promise<void> | null = null;

	const deps: SpiedDeps = {
		now: vi.fn<WizardDeps['now']>(() => NOW),
		listScans: vi.fn<WizardDeps['listScans']>(async () =>
			(await repository.listScans()).map((summary): ScanListItem => ({ ...summary, resumeHash: null }))
		),
		loadScan: vi.fn<WizardDeps['loadScan']>((scanId) => repository.getScan(scanId)),
		createScan: vi.fn<WizardDeps['createScan']>(async (profile: ScanProfile, mode: ScanMode) => {
			const scan: Scan = {
				id: createId(),
				schemaVersion: SCAN_SCHEMA_VERSION,
				checklistId: fixtureChecklist.id,
				checklistVersion: fixtureChecklist.version,
				mode,
				profile,
				answers: {},
				plan: null,
				createdAt: NOW,
				updatedAt: NOW,
				demo: false
			};
			await repository.createScan(scan);
			return scan;
		}),
		saveProfile: vi.fn<WizardDeps['saveProfile']>(async (scanId, profile, mode) => {
			await deps.flushSaves();
			await repository.updateScanMeta(scanId, { profile, mode, updatedAt: NOW });
			const scan = await repository.getScan(scanId);
			if (!scan) throw new Error('Deze scan bestaat niet (meer) op dit apparaat.');
			return scan;
		}),
		renameScan: vi.fn<WizardDeps['renameScan']>((scanId, organisation) => repository.renameScan(scanId, organisation)),
		duplicateScan: vi.fn<WizardDeps['duplicateScan']>(async (scanId) => {
			await repository.duplicateScan(scanId, createId(), NOW);
		}),
		deleteScan: vi.fn<WizardDeps['deleteScan']>((scanId) => repository.deleteScan(scanId)),
		importScans: vi.fn<WizardDeps['importScans']>(async (scans) => {
			for (const scan of scans) await repository.importScan(scan);
			return scans.map((scan) => scan.profile.organisation);
		}),
		queueAnswer: vi.fn<WizardDeps['queueAnswer']>((scanId: string, questionId: string, answer: Answer) => {
			const copy = { ...answer };
			pending.push(async () => {
				await repository.saveAnswer(scanId, questionId, copy);
			});
		}),
		queuePlan: vi.fn<WizardDeps['queuePlan']>((scanId: string, plan: ActionPlan, previous: ActionPlan | null) => {
			const changes = diffPlan(previous, plan);
			if (!changes) return;
			const copy = structuredClone(changes);
			pending.push(async () => {
				await repository.savePlanChanges(scanId, copy);
			});
		}),
		flushSaves: vi.fn<WizardDeps['flushSaves']>(async () => {
			if (hold) {
				const waiting = hold;
				hold = null;
				await waiting;
			}
			if (failure !== null) {
				const message = failure;
				failure = null;
				throw new Error(message);
			}
			const jobs = pending;
			pending = [];
			for (const job of jobs) await job();
		})
	};

	return {
		deps,
		failNextFlush(message) {
			failure = message;
		},
		holdNextFlush() {
			let release: () => void = () => {};
			hold = new Promise<void>((resolve) => {
				release = resolve;
			});
			return release;
		},
		get queued() {
			return pending.length;
		}
	};
}

/** The async deps; each call waits for the test to settle it. */
export type AsyncDepName = Exclude<keyof WizardDeps, 'queueAnswer' | 'queuePlan' | 'now'>;

interface PendingCall {
	args: unknown[];
	resolve(value: unknown): void;
	reject(error: unknown): void;
}

export interface ScriptedDeps {
	deps: WizardDeps;
	/** Every call, in order, sync ones included. */
	calls: Array<{ name: keyof WizardDeps; args: unknown[] }>;
	/** Settles the latest pending call of `name` with `output`. Throws if there is none. */
	resolve(name: AsyncDepName, output: unknown): void;
	/** Rejects the latest pending call of `name`. Throws if there is none. */
	reject(name: AsyncDepName, error: unknown): void;
}

/** `WizardDeps` whose promises settle only through `resolve` / `reject`. */
export function createScriptedDeps(): ScriptedDeps {
	const pending = new Map<AsyncDepName, PendingCall[]>();
	const calls: ScriptedDeps['calls'] = [];

	function call<T>(name: AsyncDepName, args: unknown[]): Promise<T> {
		calls.push({ name, args });
		return new Promise<T>((resolve, reject) => {
			const list = pending.get(name) ?? [];
			list.push({ args, resolve: resolve as (value: unknown) => void, reject });
			pending.set(name, list);
		});
	}

	function latest(name: AsyncDepName): PendingCall {
		const found = pending.get(name)?.pop();
		if (!found) throw new Error(`No pending ${name} call to settle (calls so far: ${calls.map((c) => c.name).join(', ')})`);
		return found;
	}

	return {
		calls,
		deps: {
			listScans: () => call('listScans', []),
			loadScan: (scanId) => call('loadScan', [scanId]),
			createScan: (profile, mode) => call('createScan', [profile, mode]),
			saveProfile: (scanId, profile, mode) => call('saveProfile', [scanId, profile, mode]),
			renameScan: (scanId, organisation) => call('renameScan', [scanId, organisation]),
			duplicateScan: (scanId) => call('duplicateScan', [scanId]),
			deleteScan: (scanId) => call('deleteScan', [scanId]),
			importScans: (scans) => call('importScans', [scans]),
			flushSaves: () => call('flushSaves', []),
			queueAnswer: (...args) => void calls.push({ name: 'queueAnswer', args }),
			queuePlan: (...args) => void calls.push({ name: 'queuePlan', args }),
			now: () => NOW
		},
		resolve(name, output) {
			latest(name).resolve(output);
		},
		reject(name, error) {
			latest(name).reject(error);
		}
	};
}
