// @vitest-environment node
/**
 * Two "tabs" in one test: each has its own TabSync, cross-tab channel and copy of the scan on screen; both
 * use one fake IndexedDB. Shows that neither tab silently loses the other's work and that a tab always ends
 * up showing what storage holds.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCustomAction, moveActionTo, updateAction } from '../domain/action-plan.ts';
import type { ActionPlan, Answer, Scan } from '../domain/scan.ts';
import { withChangeAnnouncements } from '../storage/announcing-repository.ts';
import { createCrossTab, type CrossTab } from '../storage/cross-tab.ts';
import { DB_NAME, closeDb } from '../storage/db.ts';
import { FakeEvents, Hub } from '../storage/fake-broadcast.ts';
import { createIdbScanRepository } from '../storage/idb-scan-repository.ts';
import { createMemoryScanRepository } from '../storage/memory-scan-repository.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import { makeAnswer, makeScan } from '../storage/test-fixtures.ts';
import type { WizardEvent } from '../wizard/wizard.machine.ts';
import { TabSync } from './tab-sync.svelte.ts';

const T = (second: number) => `2025-06-01T10:00:${String(second).padStart(2, '0')}.000Z`;

/** One tab: the scan on screen (what the wizard machine would hold) and the events TabSync sent it. */
class Tab {
	scan: Scan | null;
	readonly events: WizardEvent[] = [];
	readonly sync: TabSync;
	readonly crossTab: CrossTab | null;
	readonly repository: ScanRepository;

	constructor(repository: ScanRepository, scan: Scan, hub: Hub | null, dbName: string | null = DB_NAME) {
		this.scan = structuredClone(scan);
		this.crossTab = hub ? createCrossTab({ channel: hub.channel(), window: new FakeEvents(), document: new FakeEvents() }) : null;
		this.repository = this.crossTab && dbName ? withChangeAnnouncements(repository, dbName, this.crossTab) : repository;
		this.sync = new TabSync({
			crossTab: this.crossTab,
			dbNameFor: () => dbName,
			repositoryFor: async () => this.repository,
			loadedScan: () => this.scan,
			send: (event) => this.#apply(event)
		});
	}

	/** What the machine does with the events TabSync sends (see wizard.machine.ts). */
	#apply(event: WizardEvent): void {
		this.events.push(event);
		if (!this.scan) return;
		if (event.type === 'answer.external') this.scan.answers[event.questionId] = event.answer;
		if (event.type === 'plan.external') this.scan.plan = event.plan;
		if (event.type === 'scan.external') this.scan = { ...this.scan, profile: event.profile, mode: event.mode };
	}

	/** The user gives an answer here: it is on screen at once, and saved like the save queue does. */
	answer(questionId: string, answer: Answer): Promise<void> {
		if (this.scan) this.scan.answers[questionId] = answer;
		return this.sync.saveAnswer(this.repository, this.scan!.id, questionId, answer);
	}

	/** The user edits the plan here: on screen at once, then saved like the save queue does. */
	editPlan(edit: (plan: ActionPlan) => ActionPlan): Promise<void> {
		const previous = this.scan!.plan!;
		const next = edit(previous);
		this.scan!.plan = next;
		this.sync.planEdited(this.scan!.id, next, previous);
		return this.sync.savePlan(this.repository, this.scan!.id);
	}

	close(): void {
		this.sync.stop();
		this.crossTab?.close();
	}
}

const tabs: Tab[] = [];
const factories: IDBFactory[] = [];

function twoTabs(scan = makeScan()): { a: Tab; b: Tab; storage: ScanRepository; hub: Hub; ready: Promise<void> } {
	const factory = new IDBFactory();
	factories.push(factory);
	const storage = createIdbScanRepository(DB_NAME, { indexedDB: factory });
	const hub = new Hub();
	const a = new Tab(storage, scan, hub);
	const b = new Tab(storage, scan, hub);
	tabs.push(a, b);
	return { a, b, storage, hub, ready: storage.createScan(scan) };
}

/** Lets the channel deliver and the reads it triggers finish. */
async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

afterEach(async () => {
	for (const tab of tabs.splice(0)) tab.close();
	for (const factory of factories.splice(0)) await closeDb(DB_NAME, { indexedDB: factory });
});

describe('answers', () => {
	it('an answer saved in tab B shows in tab A at once, with A’s replaced toelichting offered back', async () => {
		const { a, b, ready } = twoTabs();
		await ready;
		await b.answer('q1', makeAnswer('nee', T(10), 'uit tabblad B'));
		await settle();
		expect(a.scan?.answers.q1).toEqual(makeAnswer('nee', T(10), 'uit tabblad B'));
		expect(a.events).toEqual([
			{
				type: 'answer.external',
				scanId: 'scan-1',
				questionId: 'q1',
				answer: makeAnswer('nee', T(10), 'uit tabblad B'),
				replacedNote: 'Eerste toelichting'
			}
		]);
		// B made the change itself: it gets no event.
		expect(b.events).toEqual([]);
	});

	it('a write from a tab that was behind loses to the newer answer, and that tab then shows the stored one', async () => {
		const { a, b, storage, ready } = twoTabs();
		await ready;
		// Tab A's channel is slow: it has not heard of B's answer when its own older change is written.
		a.crossTab?.close();
		await b.answer('q2', makeAnswer('3', T(20), 'B'));
		await a.answer('q2', makeAnswer('1', T(15), 'A, ouder'));
		expect(await storage.getAnswer('scan-1', 'q2')).toEqual(makeAnswer('3', T(20), 'B'));
		expect(a.scan?.answers.q2).toEqual(makeAnswer('3', T(20), 'B'));
		expect(a.events.map((e) => e.type)).toEqual(['answer.external']);
	});

	it('a later change in tab A wins over B’s earlier one, and B is told', async () => {
		const { a, b, storage, ready } = twoTabs();
		await ready;
		await b.answer('q2', makeAnswer('3', T(20), 'B'));
		await settle();
		await a.answer('q2', makeAnswer('0', T(30), 'A, nieuwer'));
		await settle();
		expect(await storage.getAnswer('scan-1', 'q2')).toEqual(makeAnswer('0', T(30), 'A, nieuwer'));
		expect(b.scan?.answers.q2).toEqual(makeAnswer('0', T(30), 'A, nieuwer'));
		expect(a.scan?.answers.q2).toEqual(makeAnswer('0', T(30), 'A, nieuwer'));
	});

	it('skips a queued write that a newer answer on screen has replaced, so it cannot overwrite it', async () => {
		const { a, b, storage, ready } = twoTabs();
		await ready;
		const typedBefore = makeAnswer('1', T(5), 'half getypt');
		a.scan!.answers.q1 = typedBefore;
		await b.answer('q1', makeAnswer('nee', T(10), 'B'));
		await settle();
		const save = vi.spyOn(a.repository, 'saveAnswer');
		// The queued (debounced) write of the older text runs only now.
		await a.sync.saveAnswer(a.repository, 'scan-1', 'q1', typedBefore);
		expect(save).not.toHaveBeenCalled();
		expect(await storage.getAnswer('scan-1', 'q1')).toEqual(makeAnswer('nee', T(10), 'B'));
		// The text typed in A is offered back rather than wiped without a word.
		expect(a.events.at(-1)).toMatchObject({ type: 'answer.external', replacedNote: 'half getypt' });
	});

	it('does not replace an answer on screen that is newer than the stored one (its write is on the way)', async () => {
		const { a, b, ready } = twoTabs();
		await ready;
		a.scan!.answers.q1 = makeAnswer('ja', T(40), 'nog niet opgeslagen');
		await b.answer('q1', makeAnswer('nee', T(10), 'B'));
		await settle();
		expect(a.scan?.answers.q1).toEqual(makeAnswer('ja', T(40), 'nog niet opgeslagen'));
		expect(a.events).toEqual([]);
	});

	it('reads the whole scan again when asked (a tab back in view), taking only newer answers', async () => {
		const { a, storage, ready } = twoTabs();
		await ready;
		a.crossTab?.close();
		await storage.saveAnswer('scan-1', 'q3', makeAnswer('ja', T(50), 'gemist'));
		await a.sync.refreshLoadedScan();
		expect(a.scan?.answers.q3).toEqual(makeAnswer('ja', T(50), 'gemist'));
		expect(a.events.map((e) => e.type)).toEqual(['answer.external']);
	});
});

describe('the plan', () => {
	it('an action added in tab A and a move in tab B both stay, and both tabs show the merged plan', async () => {
		const base = makeScan();
		const plan: ActionPlan = {
			...base.plan!,
			actions: ['a1', 'a2', 'a3'].map((id) => ({ ...base.plan!.actions[0]!, id, sourceActionId: id, title: `Actie ${id}` }))
		};
		const { a, b, storage, ready } = twoTabs({ ...base, plan });
		await ready;
		await Promise.all([
			a.editPlan((p) => addCustomAction(p, { title: 'Eigen actie uit A' }, T(10))),
			b.editPlan((p) => moveActionTo(p, 'a3', 0, T(11)))
		]);
		await settle();
		const stored = await storage.getPlan('scan-1');
		expect(stored?.actions.map((x) => x.id)).toEqual(['a3', 'a1', 'a2', 'eigen-1']);
		expect(a.scan?.plan).toEqual(stored);
		expect(b.scan?.plan).toEqual(stored);
	});

	it('edits of the same action: the newest wins in storage and on both screens', async () => {
		const { a, b, storage, ready } = twoTabs();
		await ready;
		await b.editPlan((p) => updateAction(p, 'a1', { owner: 'Nieuwer (B)' }, T(20)));
		await a.editPlan((p) => updateAction(p, 'a1', { owner: 'Ouder (A)' }, T(10)));
		await settle();
		expect((await storage.getPlan('scan-1'))?.actions[0]?.owner).toBe('Nieuwer (B)');
		expect(a.scan?.plan?.actions[0]?.owner).toBe('Nieuwer (B)');
		expect(b.scan?.plan?.actions[0]?.owner).toBe('Nieuwer (B)');
	});

	it('a failed write is retried with every edit since the last one that landed', async () => {
		const { a, storage, ready } = twoTabs();
		await ready;
		const save = vi.spyOn(a.repository, 'savePlanChanges').mockRejectedValueOnce(new Error('schijf vol'));
		await expect(a.editPlan((p) => updateAction(p, 'a1', { owner: 'Een' }, T(10)))).rejects.toThrow('schijf vol');
		await a.editPlan((p) => addCustomAction(p, { title: 'Twee' }, T(11)));
		expect(save).toHaveBeenCalledTimes(2);
		const stored = await storage.getPlan('scan-1');
		expect(stored?.actions.map((x) => [x.id, x.owner])).toEqual([
			['a1', 'Een'],
			['eigen-1', '']
		]);
	});
});

describe('presence and deletion', () => {
	it('knows when the same scan is open in another tab, and when it was deleted there', async () => {
		const { a, b, ready } = twoTabs();
		await ready;
		a.sync.show('scan-1');
		await settle();
		expect(a.sync.openElsewhere).toBe(false);
		b.sync.show('scan-1');
		await settle();
		expect(a.sync.openElsewhere).toBe(true);
		expect(b.sync.openElsewhere).toBe(true);
		b.sync.show(null);
		await settle();
		expect(a.sync.openElsewhere).toBe(false);

		await b.repository.deleteScan('scan-1');
		await settle();
		expect(a.sync.deletedElsewhere).toBe(true);
		expect(b.sync.deletedElsewhere).toBe(false);
	});

	it('without a channel (or on memory storage) it still merges its own writes and says nothing', async () => {
		const memory = createMemoryScanRepository();
		await memory.createScan(makeScan());
		const lonely = new Tab(memory, makeScan(), null, null);
		tabs.push(lonely);
		lonely.sync.show('scan-1');
		expect(lonely.sync.openElsewhere).toBe(false);
		await lonely.answer('q1', makeAnswer('nee', T(10)));
		await lonely.editPlan((p) => addCustomAction(p, { title: 'Alleen hier' }, T(11)));
		expect((await memory.getPlan('scan-1'))?.actions.map((x) => x.id)).toEqual(['a1', 'eigen-1']);
		expect(lonely.events).toEqual([]);
	});
});
