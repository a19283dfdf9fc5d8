// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../domain/scan.ts';
import { DB_NAME, DEMO_DB_NAME, closeDb, getDb } from './db.ts';
import { createIdbScanRepository, type IdbRepositoryOptions } from './idb-scan-repository.ts';
import { createMemoryScanRepository } from './memory-scan-repository.ts';
import type { RepositoryOptions, ScanRepository } from './scan-repository.ts';
import { StorageError } from './storage-errors.ts';
import { NotPlainDataError } from './to-plain.ts';
import { closeIdbTestRepositories, idbTestRepository, makeAnswer, makeScan } from './test-fixtures.ts';
import { addCustomAction, removeAction, updateAction } from '../domain/action-plan.ts';
import { diffPlan } from '../domain/plan-merge.ts';

const NOW = '2025-03-01T12:00:00.000Z';
const now = () => NOW;

const idbRepository = idbTestRepository;

afterEach(async () => {
	vi.restoreAllMocks();
	await closeIdbTestRepositories();
});

const implementations: Array<[string, (options?: RepositoryOptions) => ScanRepository]> = [
	['indexeddb', (options) => idbRepository(options).repository],
	['memory', (options) => createMemoryScanRepository(options)]
];

describe.each(implementations)('ScanRepository contract (%s)', (_name, make) => {
	it('creates a scan and gets it back with its answers', async () => {
		const repo = make({ now });
		const scan = makeScan();
		await repo.createScan(scan);
		expect(await repo.getScan('scan-1')).toEqual(scan);
		expect(await repo.getScan('nope')).toBeNull();
	});

	it('replaces a scan whole: answers and plan actions not in the new scan are gone, the rest is as given', async () => {
		const repo = make({ now });
		const before = makeScan({ answers: { q1: makeAnswer('ja'), q2: makeAnswer('nee') } });
		await repo.createScan(before);
		const after = {
			...before,
			checklistVersion: '1.1.0',
			answers: { q3: makeAnswer('ja') },
			setAside: {
				q2: { questionId: 'q2', value: 'nee', note: '', updatedAt: NOW, fromVersion: '1.0.0' }
			}
		};
		await repo.replaceScan(after);
		expect(await repo.getScan('scan-1')).toEqual(after);
	});

	it('refuses to replace a scan that does not exist, and stores nothing', async () => {
		const repo = make({ now });
		await expect(repo.replaceScan(makeScan({ id: 'gone' }))).rejects.toBeInstanceOf(StorageError);
		expect(await repo.getScan('gone')).toBeNull();
	});

	it('refuses to write a scan of a newer app version over a stored one', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan());
		// A newer release wrote schemaVersion 2; this version must not show or rewrite it.
		const newer = { ...makeScan(), schemaVersion: 2 } as unknown as Parameters<ScanRepository['createScan']>[0];
		await expect(repo.replaceScan(newer)).rejects.toBeInstanceOf(Error);
		expect((await repo.getScan('scan-1'))?.schemaVersion).toBe(1);
	});

	it('refuses to create a scan under an id that exists, and changes nothing', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan());
		const attempt = repo.createScan(makeScan({ profile: { ...makeScan().profile, organisation: 'Ander' } }));
		await expect(attempt).rejects.toBeInstanceOf(StorageError);
		expect((await repo.getScan('scan-1'))?.profile.organisation).toBe('Gemeente Zwolle');
	});

	it('lists summaries with answeredCount and profile, newest first', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan({ id: 'old', updatedAt: '2025-01-01T00:00:00.000Z' }));
		await repo.createScan(makeScan({ id: 'new', updatedAt: '2025-02-01T00:00:00.000Z', answers: {} }));
		const list = await repo.listScans();
		expect(list.map((s) => s.id)).toEqual(['new', 'old']);
		expect(list[1]).toEqual({
			id: 'old',
			organisation: 'Gemeente Zwolle',
			mode: 'quick',
			createdAt: '2025-01-01T09:00:00.000Z',
			updatedAt: '2025-01-01T00:00:00.000Z',
			// q3 was skipped (value null) and does not count.
			answeredCount: 2,
			demo: false,
			profile: makeScan().profile
		});
		expect(list[0]?.answeredCount).toBe(0);
	});

	it('renames and updates meta, bumping updatedAt; a patch cannot change id, answers or plan', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan());
		await repo.renameScan('scan-1', 'Gemeente Deventer');
		let scan = await repo.getScan('scan-1');
		expect(scan?.profile.organisation).toBe('Gemeente Deventer');
		expect(scan?.profile.filledInBy).toBe('Sam');
		expect(scan?.updatedAt).toBe(NOW);

		const patch = { mode: 'full', plan: null, id: 'hijack', answers: {} } as unknown as Parameters<
			ScanRepository['updateScanMeta']
		>[1];
		await repo.updateScanMeta('scan-1', patch);
		scan = await repo.getScan('scan-1');
		expect(scan?.mode).toBe('full');
		// The plan is saved per action (savePlanChanges), never replaced as a whole.
		expect(scan?.plan).toEqual(makeScan().plan);
		expect(scan?.id).toBe('scan-1');
		expect(Object.keys(scan?.answers ?? {})).toHaveLength(3);

		await repo.updateScanMeta('scan-1', { updatedAt: '2030-01-01T00:00:00.000Z' });
		expect((await repo.getScan('scan-1'))?.updatedAt).toBe('2030-01-01T00:00:00.000Z');
		await expect(repo.renameScan('nope', 'x')).rejects.toBeInstanceOf(StorageError);
		await expect(repo.updateScanMeta('nope', { mode: 'full' })).rejects.toBeInstanceOf(StorageError);
	});

	it('records a werksessie participant\'s hand-in time through updateScanMeta, keeping profile and answers', async () => {
		const repo = make({ now });
		const participation = {
			workshopId: '11111111-1111-4111-8111-111111111111',
			participantId: '22222222-2222-4222-8222-222222222222',
			role: 'beleid' as const,
			name: 'Sam',
			handedInAt: null
		};
		await repo.createScan({ ...makeScan(), participation });
		await repo.updateScanMeta('scan-1', { participation: { ...participation, handedInAt: '2025-03-01T12:30:00.000Z' } });
		const scan = await repo.getScan('scan-1');
		expect(scan?.participation).toEqual({ ...participation, handedInAt: '2025-03-01T12:30:00.000Z' });
		expect(scan?.profile).toEqual(makeScan().profile);
		expect(Object.keys(scan?.answers ?? {})).toHaveLength(3);
		expect(scan?.updatedAt).toBe(NOW);
	});

	it('records hand-outs of themes (delegations) and a colleague\'s delegated part through updateScanMeta; a copy does not take the hand-outs', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan());
		const delegation = {
			id: '33333333-3333-4333-8333-333333333333',
			themes: ['t1'],
			role: 'beleidsmedewerker',
			note: '',
			handedOutAt: NOW,
			status: 'out' as const,
			returnedAt: null,
			mergedAt: null,
			checklistVersion: '1.0.0',
			answersAtHandOut: { q1: { value: 'ja', note: '' } }
		};
		const part = {
			handOutId: delegation.id,
			scanId: '44444444-4444-4444-8444-444444444444',
			askedBy: { name: 'Sam', role: '', organisation: 'Gemeente Zwolle' },
			role: 'beleidsmedewerker',
			note: '',
			themes: ['t1'],
			handedOutAt: NOW,
			returnedAt: null
		};
		await repo.updateScanMeta('scan-1', { delegations: [delegation], delegatedPart: part });
		const scan = await repo.getScan('scan-1');
		expect(scan?.delegations).toEqual([delegation]);
		expect(scan?.delegatedPart).toEqual(part);
		expect(Object.keys(scan?.answers ?? {})).toHaveLength(3);
		// Mijn scans says which scan is a colleague's part of another scan.
		expect((await repo.listScans()).find((item) => item.id === 'scan-1')?.delegated).toBe(true);
		// The colleague's answers come back to the original scan only, so its copy is not marked as waiting for them.
		const copy = await repo.duplicateScan('scan-1', 'scan-2', NOW);
		expect(copy.delegations).toBeUndefined();
		expect((await repo.getScan('scan-2'))?.delegations).toBeUndefined();
	});

	it('duplicates answers and plan into a copy that shares nothing', async () => {
		const repo = make({ now });
		const original = makeScan();
		await repo.createScan(original);
		const copy = await repo.duplicateScan('scan-1', 'scan-2', NOW);
		expect(copy).toEqual({
			...original,
			id: 'scan-2',
			profile: { ...original.profile, organisation: 'Gemeente Zwolle (kopie)' },
			createdAt: NOW,
			updatedAt: NOW
		});
		expect(await repo.getScan('scan-2')).toEqual(copy);

		// Changing the returned copy, or the stored copy, leaves the original alone.
		copy.answers.q1!.value = 'nee';
		copy.plan!.actions[0]!.title = 'Anders';
		copy.profile.focusAreas.push('extra');
		await repo.saveAnswer('scan-2', 'q2', makeAnswer('nee', '2025-03-01T12:00:00.000Z'));
		await repo.saveAnswer('scan-2', 'q9', makeAnswer('ja', '2025-03-01T12:00:00.000Z'));
		expect(await repo.getScan('scan-1')).toEqual(original);

		await repo.deleteScan('scan-1');
		expect((await repo.getScan('scan-2'))?.answers.q1?.value).toBe('ja');
		await expect(repo.duplicateScan('nope', 'x', NOW)).rejects.toBeInstanceOf(StorageError);
		await expect(repo.duplicateScan('scan-2', 'scan-2', NOW)).rejects.toBeInstanceOf(StorageError);
	});

	it('deletes a scan with its answers and session, and leaves another scan intact', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan({ id: 'a' }));
		await repo.createScan(makeScan({ id: 'b' }));
		await repo.saveSession('a', '#/vraag/q1', 1);
		await repo.saveSession('b', '#/vraag/q2', 1);
		await repo.deleteScan('a');

		expect(await repo.getScan('a')).toBeNull();
		expect(await repo.getSession('a')).toBeNull();
		expect((await repo.listScans()).map((s) => s.id)).toEqual(['b']);
		expect(await repo.getScan('b')).toEqual(makeScan({ id: 'b' }));
		expect(await repo.getSession('b')).toEqual({
			scanId: 'b',
			location: '#/vraag/q2',
			machineVersion: 1,
			savedAt: NOW
		});
		// A late autosave must not bring the deleted scan back.
		await expect(repo.saveAnswer('a', 'q1', makeAnswer('ja'))).rejects.toBeInstanceOf(StorageError);
		await repo.saveSession('a', '#/vraag/q3', 1);
		expect(await repo.getSession('a')).toBeNull();
		expect(await repo.getScan('a')).toBeNull();
		await repo.deleteScan('does-not-exist');
	});

	it('deleteAll removes every scan, answer and session', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan({ id: 'a' }));
		await repo.createScan(makeScan({ id: 'b' }));
		await repo.saveSession('a', '#/start', 1);
		await repo.deleteAll();
		expect(await repo.listScans()).toEqual([]);
		expect(await repo.getScan('a')).toBeNull();
		expect(await repo.getSession('a')).toBeNull();
		// A new scan under an old id starts empty: no answers left behind.
		await repo.createScan(makeScan({ id: 'a', answers: {} }));
		expect((await repo.getScan('a'))?.answers).toEqual({});
	});

	it('saveAnswer stores the answer and bumps updatedAt; 50 answers over two scans stay apart', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan({ id: 'a', answers: {} }));
		await repo.createScan(makeScan({ id: 'b', answers: {} }));
		const expected: Record<'a' | 'b', Record<string, Answer>> = { a: {}, b: {} };
		for (let i = 0; i < 50; i++) {
			const scanId = i % 2 === 0 ? 'a' : 'b';
			const answer = makeAnswer(`optie-${i}`, `2025-04-01T10:00:${String(i).padStart(2, '0')}.000Z`, `n${i}`);
			expected[scanId][`q${i}`] = answer;
			await repo.saveAnswer(scanId, `q${i}`, answer);
		}
		const a = await repo.getScan('a');
		const b = await repo.getScan('b');
		expect(a?.answers).toEqual(expected.a);
		expect(b?.answers).toEqual(expected.b);
		expect(Object.keys(a?.answers ?? {})).toHaveLength(25);
		expect(a?.updatedAt).toBe('2025-04-01T10:00:48.000Z');
		expect(b?.updatedAt).toBe('2025-04-01T10:00:49.000Z');

		// Overwrite with a newer answer; the scan's updatedAt follows only forwards.
		expect(await repo.saveAnswer('a', 'q0', makeAnswer(null, '2025-04-01T10:00:01.000Z'))).toEqual(
			makeAnswer(null, '2025-04-01T10:00:01.000Z')
		);
		const again = await repo.getScan('a');
		expect(again?.answers.q0?.value).toBeNull();
		expect(again?.updatedAt).toBe('2025-04-01T10:00:48.000Z');
		expect((await repo.listScans()).find((s) => s.id === 'a')?.answeredCount).toBe(24);
	});

	it('saveAnswer never overwrites a newer stored answer and says which one storage holds', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan({ answers: {} }));
		const newer = makeAnswer('3', '2025-04-01T10:00:05.000Z', 'uit tabblad B');
		const older = makeAnswer('1', '2025-04-01T10:00:02.000Z', 'uit tabblad A');
		expect(await repo.saveAnswer('scan-1', 'q1', newer)).toEqual(newer);
		// The older answer arrives later (a tab that was behind): storage keeps the newer one.
		expect(await repo.saveAnswer('scan-1', 'q1', older)).toEqual(newer);
		expect(await repo.getAnswer('scan-1', 'q1')).toEqual(newer);
		expect((await repo.getScan('scan-1'))?.answers.q1).toEqual(newer);
		// The same moment again (a retry) is written.
		const retry = { ...newer, note: 'opnieuw' };
		expect(await repo.saveAnswer('scan-1', 'q1', retry)).toEqual(retry);
		expect(await repo.getAnswer('scan-1', 'q1')).toEqual(retry);
		expect(await repo.getAnswer('scan-1', 'q2')).toBeNull();
	});

	it('savePlanChanges merges per action: edits from two tabs both stay, for one action the newest wins', async () => {
		const repo = make({ now });
		const scan = makeScan();
		await repo.createScan(scan);
		const base = scan.plan!;
		const tabA = addCustomAction(base, { title: 'Eigen actie uit A' }, '2025-04-01T10:00:01.000Z');
		const tabB = updateAction(base, 'a1', { owner: 'Fatima' }, '2025-04-01T10:00:02.000Z');
		const afterA = await repo.savePlanChanges('scan-1', diffPlan(base, tabA)!);
		expect(afterA.actions.map((a) => a.id)).toEqual(['a1', 'eigen-1']);
		const afterB = await repo.savePlanChanges('scan-1', diffPlan(base, tabB)!);
		expect(afterB.actions.map((a) => [a.id, a.owner])).toEqual([
			['a1', 'Fatima'],
			['eigen-1', '']
		]);
		expect(afterB.updatedAt).toBe('2025-04-01T10:00:02.000Z');
		expect(await repo.getPlan('scan-1')).toEqual(afterB);
		expect((await repo.getScan('scan-1'))?.plan).toEqual(afterB);
		expect((await repo.getScan('scan-1'))?.updatedAt).toBe('2025-04-01T10:00:02.000Z');

		// An older edit of a1, saved late, loses to the newer one.
		const stale = updateAction(base, 'a1', { owner: 'Piet' }, '2025-04-01T10:00:01.500Z');
		expect((await repo.savePlanChanges('scan-1', diffPlan(base, stale)!)).actions[0]?.owner).toBe('Fatima');

		// A removal leaves a tombstone: the removed action does not come back from a copy or a list.
		const removed = removeAction(afterB, 'eigen-1', '2025-04-01T10:00:03.000Z');
		await repo.savePlanChanges('scan-1', diffPlan(afterB, removed)!);
		expect((await repo.getPlan('scan-1'))?.actions.map((a) => a.id)).toEqual(['a1']);
		expect((await repo.duplicateScan('scan-1', 'scan-2', NOW)).plan?.actions.map((a) => a.id)).toEqual(['a1']);
		expect((await repo.getScan('scan-2'))?.plan?.actions.map((a) => a.id)).toEqual(['a1']);
	});

	it('savePlanChanges makes the first plan of a scan, and refuses for a missing scan or bad input', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan({ plan: null }));
		expect(await repo.getPlan('scan-1')).toBeNull();
		const plan = makeScan().plan!;
		expect(await repo.savePlanChanges('scan-1', diffPlan(null, plan)!)).toEqual(plan);
		expect(await repo.getPlan('scan-1')).toEqual(plan);
		await expect(repo.savePlanChanges('nope', diffPlan(null, plan)!)).rejects.toBeInstanceOf(StorageError);
		await expect(repo.savePlanChanges('scan-1', { put: 'x' } as never)).rejects.toBeInstanceOf(StorageError);
		expect(await repo.getPlan('nope')).toBeNull();
		// Deleting the scan deletes its plan actions: a new scan under the same id starts without them.
		await repo.deleteScan('scan-1');
		await repo.createScan(makeScan({ plan: { ...plan, actions: [] } }));
		expect((await repo.getPlan('scan-1'))?.actions).toEqual([]);
	});

	it('saves and reads the wizard session', async () => {
		const repo = make({ now });
		await repo.createScan(makeScan());
		expect(await repo.getSession('scan-1')).toBeNull();
		await repo.saveSession('scan-1', '#/vraag/q2', 3);
		expect(await repo.getSession('scan-1')).toEqual({
			scanId: 'scan-1',
			location: '#/vraag/q2',
			machineVersion: 3,
			savedAt: NOW
		});
	});

	it('imports under a new id when the id exists, leaving the existing scan unchanged', async () => {
		let n = 0;
		const repo = make({ now, createId: () => `generated-${++n}` });
		const existing = makeScan();
		await repo.createScan(existing);
		const incoming = makeScan({
			profile: { ...existing.profile, organisation: 'Uit back-up' },
			answers: { q1: makeAnswer('nee') }
		});
		const id = await repo.importScan(incoming);
		expect(id).toBe('generated-1');
		expect(await repo.getScan('scan-1')).toEqual(existing);
		expect(await repo.getScan(id)).toEqual({ ...incoming, id });

		expect(await repo.importScan(makeScan({ id: 'fresh' }))).toBe('fresh');
		expect((await repo.listScans()).map((s) => s.id).sort()).toEqual(['fresh', 'generated-1', 'scan-1']);
	});

	it('stores proxied input as plain data and rejects functions with a StorageError', async () => {
		const repo = make({ now });
		const proxied = new Proxy(makeScan(), {});
		await repo.createScan(proxied);
		await repo.saveAnswer('scan-1', 'q1', new Proxy(makeAnswer('nee'), {}));
		expect((await repo.getScan('scan-1'))?.answers.q1).toEqual(makeAnswer('nee'));

		const withFunction = { ...makeAnswer('ja'), toJSON: () => 'x' } as unknown as Answer;
		const error: unknown = await repo.saveAnswer('scan-1', 'q1', withFunction).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).kind).toBe('unknown');
		expect((error as StorageError).cause).toBeInstanceOf(NotPlainDataError);
		expect((await repo.getScan('scan-1'))?.answers.q1).toEqual(makeAnswer('nee'));
	});
});
