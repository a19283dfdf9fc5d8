/**
 * The delegation state classes end to end on the memory repository, through the real wiring
 * (delegation-wiring.ts): the owner hands out two themes, the colleague opens the file in "another browser"
 * (a second repository), answers and sends back, the owner merges with one conflict resolved each way.
 * jsdom has no compression streams, so the files carry the envelopes here; the links are tested in
 * src/lib/delegation/ and in the browser test.
 */
import { describe, expect, test, vi } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import { fixtureChecklist, makeScan } from '../domain/test-fixtures.ts';
import { createMemoryScanRepository } from '../storage/memory-scan-repository.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import type { Route } from '../wizard/routes.ts';
import { delegationDeps } from './delegation-wiring.ts';
import type { DelegationDeps } from './delegation-deps.ts';
import { canHandOut, handOutFileName, HandOutThemes } from './delegation-hand-out.svelte.ts';
import { OpenDelegation } from './delegation-open.svelte.ts';
import { GiveBack } from './delegation-give-back.svelte.ts';
import { MergeDelegation } from './delegation-merge.svelte.ts';

const OWNER_ID = '11111111-2222-4333-8444-555555555555';
let clock = Date.parse('2026-12-03T09:00:00.000Z');
let ids = 0;

/** jsdom's Blob has no text(); FileReader reads it. */
function readBlob(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsText(blob);
	});
}

/** A file as the page hands it to the state class. */
const fileOf = (text: string) => ({ size: new TextEncoder().encode(text).length, text: async () => text });

/** One browser: its own repository, the real wiring, and the files it downloaded. */
function browser() {
	const repository: ScanRepository = createMemoryScanRepository();
	const files: { name: string; text: Promise<string> }[] = [];
	const go = vi.fn<(route: Route) => void>();
	const stored = vi.fn<(scan: Scan) => void>();
	const deps: DelegationDeps = {
		...delegationDeps({
			checklist: fixtureChecklist,
			now: () => new Date((clock += 60_000)),
			baseUrl: () => 'https://kwartiermaker.test/',
			go,
			scans: async () => repository,
			flush: async () => {},
			migrated: async (_repository, scan) => scan,
			stored
		}),
		newId: () => `${String(++ids).padStart(8, '0')}-aaaa-4aaa-8aaa-aaaaaaaaaaaa`,
		copy: vi.fn(async () => {}),
		saveFile: vi.fn(async (blob: Blob, name: string) => {
			files.push({ name, text: readBlob(blob) });
		})
	};
	return { repository, deps, files, go, stored };
}

function ownerScan(): Scan {
	const scan = makeScan({ 'a-wegbereider': '1', 'a-plan': '2', 'b-werving': '3', 'b-begeleiding': '2', 'c-netwerk': '4' });
	return { ...scan, id: OWNER_ID, answers: { ...scan.answers, 'a-plan': { value: '2', note: 'Concept', updatedAt: scan.createdAt } } };
}

describe('HandOutThemes', () => {
	test('checks the form: a theme, a role, and the lengths', async () => {
		const owner = browser();
		await owner.repository.createScan(ownerScan());
		const form = new HandOutThemes(ownerScan(), owner.deps);
		expect(form.options.map((theme) => theme.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(await form.submit()).toBe(false);
		expect(form.attempt).toBe(1);
		expect(form.errors).toEqual({ themes: { key: 'delegation.handOut.errors.themes' }, role: { key: 'delegation.handOut.errors.role' } });
		form.toggleTheme('a', true);
		form.role = 'x'.repeat(101);
		form.note = 'y'.repeat(1001);
		expect(await form.submit()).toBe(false);
		expect(form.errors).toEqual({
			role: { key: 'delegation.handOut.errors.roleTooLong', params: [100] },
			note: { key: 'delegation.handOut.errors.noteTooLong', params: [1000] }
		});
		// Nothing was stored.
		expect((await owner.repository.getScan(OWNER_ID))?.delegations).toBeUndefined();
	});

	test('the demo, a werksessie participant’s scan and a delegated part cannot be handed out', () => {
		const owner = browser();
		expect(new HandOutThemes({ ...ownerScan(), demo: true }, owner.deps).status).toBe('not-allowed');
		expect(canHandOut(ownerScan())).toBe(true);
		expect(
			canHandOut({
				...ownerScan(),
				participation: { workshopId: OWNER_ID, participantId: OWNER_ID, role: 'beleid', name: '', handedInAt: null }
			})
		).toBe(false);
	});

	test('file names are recognisable and safe', () => {
		expect(handOutFileName('Gemeente <Zoë>', 'Beleids/medewerker', new Date('2026-12-03T09:00:00Z'))).toBe(
			'kwartiermaken-uitbesteed-gemeente-zoe-beleids-medewerker-2026-12-03.json'
		);
	});
});

describe('hand out, answer in another browser, merge back', () => {
	test('two themes out; one conflict resolved each way; the same file a second time says nothing new', async () => {
		const owner = browser();
		const colleague = browser();
		await owner.repository.createScan(ownerScan());

		// The owner hands out themes a and b.
		const form = new HandOutThemes(ownerScan(), owner.deps);
		form.toggleTheme('b', true);
		form.toggleTheme('a', true);
		form.role = '  beleidsmedewerker ';
		form.note = 'Graag <b>voor</b> vrijdag';
		expect(await form.submit()).toBe(true);
		expect(form.status).toBe('ready');
		const stored = await owner.repository.getScan(OWNER_ID);
		expect(stored?.delegations).toEqual([
			expect.objectContaining({ themes: ['a', 'b'], role: 'beleidsmedewerker', status: 'out', answersAtHandOut: form.envelope?.answers })
		]);
		// The screen was told: the task list shows the themes as out.
		expect(owner.stored).toHaveBeenLastCalledWith(expect.objectContaining({ id: OWNER_ID, delegations: stored?.delegations }));
		expect(form.outWith.get('a')).toBe('beleidsmedewerker');
		await form.download();
		expect(form.notice).toMatchObject({ key: 'delegation.handOut.downloaded' });
		const handOutText = await owner.files[0]!.text;
		expect(handOutText).toBe(form.text);

		// The owner goes on answering: changes a-plan (conflict later) and b-werving (colleague keeps it).
		await owner.repository.saveAnswer(OWNER_ID, 'a-plan', { value: '3', note: 'Eigen inzicht', updatedAt: new Date((clock += 1000)).toISOString() });
		await owner.repository.saveAnswer(OWNER_ID, 'b-werving', { value: '1', note: '', updatedAt: new Date((clock += 1000)).toISOString() });

		// The colleague opens the file in their own browser.
		const open = new OpenDelegation(null, colleague.deps);
		expect(open.status).toBe('empty');
		await open.openFile(fileOf(handOutText));
		expect(open.status).toBe('ready');
		expect(open.envelope?.note).toBe('Graag <b>voor</b> vrijdag');
		expect(open.themeTitles).toHaveLength(2);
		expect(open.questionCount).toBe(6);
		expect(await open.start()).toBe(true);
		const route = colleague.go.mock.calls.at(-1)?.[0];
		expect(route?.name).toBe('tasks');
		const colleagueId = route && 'scanId' in route ? route.scanId : '';
		// Opening the same file again continues that scan instead of making a second one.
		const again = new OpenDelegation(null, colleague.deps);
		await again.openFile(fileOf(handOutText));
		expect(again.status).toBe('opened');
		again.continueOpened();
		expect(colleague.go).toHaveBeenLastCalledWith({ name: 'tasks', scanId: colleagueId });

		// The colleague answers: a-plan and b-werving (the owner changed both too: conflicts) and a-wegbereider (a proposal).
		const at = () => new Date((clock += 1000)).toISOString();
		await colleague.repository.saveAnswer(colleagueId, 'a-plan', { value: '0', note: 'Er is <i>geen</i> plan', updatedAt: at() });
		await colleague.repository.saveAnswer(colleagueId, 'b-werving', { value: '4', note: '', updatedAt: at() });
		await colleague.repository.saveAnswer(colleagueId, 'a-wegbereider', { value: '3', note: 'Sinds mei', updatedAt: at() });
		const colleagueScan = (await colleague.repository.getScan(colleagueId))!;
		const giveBack = new GiveBack(colleagueScan, colleague.deps);
		await giveBack.ready;
		expect(giveBack.status).toBe('ready');
		// a-budget and b-scholing were open at the hand-out and stay open.
		expect([giveBack.answered, giveBack.total]).toEqual([4, 6]);
		expect((await colleague.repository.getScan(colleagueId))?.delegatedPart?.returnedAt).toBe(giveBack.envelope?.returnedAt);
		await giveBack.download();
		const returnText = await colleague.files[0]!.text;

		// The owner opens the return on the scan's page.
		const merge = new MergeDelegation({ scanId: OWNER_ID, hash: null }, owner.deps);
		expect(merge.status).toBe('choose');
		await merge.openFile(fileOf(returnText));
		expect(merge.status).toBe('ready');
		expect(merge.conflicts.map((item) => item.questionId)).toEqual(['a-plan', 'b-werving']);
		expect(merge.proposals.map((item) => item.questionId)).toEqual(['a-wegbereider']);
		// Nothing changed yet.
		const before = await owner.repository.getScan(OWNER_ID);
		expect(before?.answers['a-plan']?.value).toBe('3');

		// Conflict 1: keep my answer. Nothing is stored for that.
		expect(await merge.keep('a-plan')).toBe(true);
		expect((await owner.repository.getScan(OWNER_ID))?.answers['a-plan']?.value).toBe('3');
		// Conflict 2: take the colleague's.
		expect(await merge.accept('b-werving')).toBe(true);
		expect((await owner.repository.getScan(OWNER_ID))?.answers['b-werving']?.value).toBe('4');
		expect((await owner.repository.getScan(OWNER_ID))?.delegations?.[0]?.status).toBe('returned');
		// The rest at once.
		expect(await merge.acceptAll()).toBe(true);
		expect(merge.status).toBe('done');
		expect(merge.acceptedCount).toBe(2);
		const after = (await owner.repository.getScan(OWNER_ID))!;
		expect(after.answers['a-wegbereider']).toMatchObject({ value: '3', note: 'Sinds mei' });
		expect(after.answers['a-plan']).toMatchObject({ value: '3', note: 'Eigen inzicht' });
		expect(after.delegations?.[0]).toMatchObject({ status: 'merged', returnedAt: giveBack.envelope?.returnedAt });
		expect(owner.stored).toHaveBeenLastCalledWith(expect.objectContaining({ id: OWNER_ID, answers: after.answers }));

		// The same file a second time: nothing new, and nothing is stored.
		const second = new MergeDelegation({ scanId: OWNER_ID, hash: null }, owner.deps);
		await second.openFile(fileOf(returnText));
		expect(second.status).toBe('ready');
		expect(second.report?.alreadyMerged).toBe(true);
		expect(second.items).toEqual([]);
		expect(await second.finish()).toBe(false);
		expect(await owner.repository.getScan(OWNER_ID)).toEqual(after);
	});

	test('a return for another scan is refused on this scan’s page, and a return link for a scan not here says so', async () => {
		const owner = browser();
		await owner.repository.createScan(ownerScan());
		const other = { ...ownerScan(), id: '99999999-2222-4333-8444-555555555555', profile: { ...ownerScan().profile, organisation: 'Gemeente Elders' } };
		await owner.repository.createScan(other);
		const form = new HandOutThemes(other, owner.deps);
		form.toggleTheme('a', true);
		form.role = 'teamleider';
		await form.submit();
		const colleague = browser();
		const open = new OpenDelegation(null, colleague.deps);
		await open.openFile(fileOf(form.text));
		await open.start();
		const colleagueId = (colleague.go.mock.calls.at(-1)?.[0] as { scanId: string }).scanId;
		const giveBack = new GiveBack((await colleague.repository.getScan(colleagueId))!, colleague.deps);
		await giveBack.ready;

		const merge = new MergeDelegation({ scanId: OWNER_ID, hash: null }, owner.deps);
		await merge.openFile(fileOf(giveBack.text));
		expect(merge.status).toBe('refused');
		expect(merge.message).toEqual({ key: 'delegation.errors.otherScan', params: ['Gemeente Elders', 'Gemeente Test'] });

		// In a browser without that scan.
		const elsewhere = browser();
		const missing = new MergeDelegation({ scanId: null, hash: null }, elsewhere.deps);
		await missing.openFile(fileOf(giveBack.text));
		expect(missing.status).toBe('scan-missing');
	});

	test('hostile files are refused and store nothing', async () => {
		const colleague = browser();
		const open = new OpenDelegation(null, colleague.deps);
		await open.openFile(fileOf('{"type":"kwartiermaker-uitbesteding","version":1,"__proto__":{"x":1}}'));
		expect(open.status).toBe('refused');
		expect(open.message).toEqual({ key: 'delegation.errors.forbiddenKey', params: ['__proto__'] });
		await open.openFile({ size: 600 * 1024, text: async () => '' });
		expect(open.message).toEqual({ key: 'delegation.errors.fileTooLarge', params: [512] });
		await open.openFile(fileOf('{"type":"kwartiermaker-uitbesteding","version":3}'));
		expect(open.message).toEqual({ key: 'delegation.errors.newer' });
		expect(await open.start()).toBe(false);
		expect(await colleague.repository.listScans()).toEqual([]);
		// A broken link (and jsdom cannot unpack links at all) is refused too.
		const fromLink = new OpenDelegation('#/delegatie/1.!!!', colleague.deps);
		await fromLink.ready;
		expect(fromLink.status).toBe('refused');

		const merge = new MergeDelegation({ scanId: null, hash: null }, colleague.deps);
		await merge.openLink('   ');
		expect(merge.linkError).toEqual({ key: 'delegation.errors.noLink' });
		expect(merge.status).toBe('choose');
		await merge.openFile(fileOf('[1,2,3]'));
		expect(merge.message).toEqual({ key: 'delegation.errors.notOurs' });
	});
});

describe('edges of the state classes', () => {
	test('GiveBack on a scan that is no delegated part offers nothing', async () => {
		const colleague = browser();
		const giveBack = new GiveBack(ownerScan(), colleague.deps);
		await giveBack.ready;
		expect(giveBack.status).toBe('not-part');
		await giveBack.download();
		expect(colleague.files).toEqual([]);
	});

	test('HandOutThemes: "Andere thema’s uitbesteden" starts an empty form; a failed save says so and stores nothing', async () => {
		const owner = browser();
		await owner.repository.createScan(ownerScan());
		const form = new HandOutThemes(ownerScan(), owner.deps);
		form.toggleTheme('a', true);
		form.role = 'teamleider';
		expect(await form.submit()).toBe(true);
		form.again();
		expect([form.status, form.themes, form.role, form.link, form.envelope]).toEqual(['form', [], '', null, null]);
		expect(form.outWith.get('a')).toBe('teamleider');

		const failing = new HandOutThemes(ownerScan(), { ...owner.deps, saveDelegations: async () => Promise.reject(new Error('Schijf vol')) });
		failing.toggleTheme('b', true);
		failing.role = 'beleid';
		expect(await failing.submit()).toBe(false);
		expect(failing.status).toBe('failed');
		expect(failing.problem).toBe('Schijf vol');
		expect((await owner.repository.getScan(OWNER_ID))?.delegations).toHaveLength(1);
	});

	test('MergeDelegation: a failed save changes nothing and the proposal stays open', async () => {
		const owner = browser();
		const colleague = browser();
		await owner.repository.createScan(ownerScan());
		const form = new HandOutThemes(ownerScan(), owner.deps);
		form.toggleTheme('a', true);
		form.role = 'teamleider';
		await form.submit();
		const open = new OpenDelegation(null, colleague.deps);
		await open.openFile(fileOf(form.text));
		await open.start();
		const colleagueId = (colleague.go.mock.calls.at(-1)?.[0] as { scanId: string }).scanId;
		await colleague.repository.saveAnswer(colleagueId, 'a-plan', { value: '4', note: '', updatedAt: new Date((clock += 1000)).toISOString() });
		const giveBack = new GiveBack((await colleague.repository.getScan(colleagueId))!, colleague.deps);
		await giveBack.ready;

		const merge = new MergeDelegation({ scanId: null, hash: null }, { ...owner.deps, replaceScan: async () => Promise.reject(new Error('Schijf vol')) });
		await merge.openFile(fileOf(giveBack.text));
		expect(merge.items.map((item) => item.questionId)).toEqual(['a-plan']);
		expect(await merge.accept('a-plan')).toBe(false);
		expect(merge.status).toBe('ready');
		expect(merge.saveProblem).toBe('Schijf vol');
		expect(merge.undecided).toHaveLength(1);
		expect((await owner.repository.getScan(OWNER_ID))?.answers['a-plan']?.value).toBe('2');
		// A question that is not a proposal cannot be decided.
		expect(await merge.accept('c-netwerk')).toBe(false);
	});
});
