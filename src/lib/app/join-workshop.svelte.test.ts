// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, test, vi } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import { ScanSchema } from '../domain/scan-schema.ts';
import { buildInvite } from '../workshop/new-workshop.ts';
import { fixtureChecklist, makeWorkshop, WORKSHOP_ID } from '../workshop/test-fixtures.ts';
import type { WorkshopSettings } from '../workshop/workshop-schema.ts';
import { joinLink, readJoinLink } from '../workshop/join-link.ts';
import { JoinWorkshop, type JoinWorkshopDeps } from './join-workshop.svelte.ts';
import type { JoinedScan } from './workshop-deps.ts';

const NOW = new Date('2025-03-01T10:00:00.000Z');
const UUIDS = ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'];
const HASH = '#/doe-mee/1.data';

function inviteText(settings: Partial<WorkshopSettings> = {}): string {
	return JSON.stringify(buildInvite(makeWorkshop({ settings })));
}

function deps(text: string | { ok: false; message: { key: 'workshopSetup.join.damaged' } }, joined: JoinedScan | null = null) {
	let next = 0;
	const created: Scan[] = [];
	const d = {
		checklist: () => fixtureChecklist,
		now: () => NOW,
		newId: () => UUIDS[next++ % UUIDS.length]!,
		go: vi.fn(),
		findParticipantScan: vi.fn(async () => joined),
		createParticipantScan: vi.fn(async (scan: Scan) => {
			created.push(scan);
		}),
		readJoinLink: vi.fn(async () => (typeof text === 'string' ? ({ ok: true, text } as const) : text))
	} satisfies JoinWorkshopDeps;
	return { d, created };
}

async function opened(text: string, joined: JoinedScan | null = null) {
	const { d, created } = deps(text, joined);
	const join = new JoinWorkshop(HASH, d);
	await join.ready;
	return { join, d, created };
}

describe('JoinWorkshop', () => {
	test('reads a real join link made by the facilitator\'s side', async () => {
		const link = await joinLink(inviteText({ organisation: 'Gemeente <Echt>' }), 'https://kwartiermaker.test/app/#/werksessie/x');
		const { d } = deps('');
		const join = new JoinWorkshop(new URL(link).hash, { ...d, readJoinLink });
		await join.ready;
		expect(join.status).toBe('form');
		expect(join.invite?.settings.organisation).toBe('Gemeente <Echt>');
	});

	test('a cut-off join link is refused', async () => {
		const link = await joinLink(inviteText(), 'https://kwartiermaker.test/');
		const { d, created } = deps('');
		const join = new JoinWorkshop(new URL(link).hash.slice(0, 40), { ...d, readJoinLink });
		await join.ready;
		expect(join.status).toBe('refused');
		expect(join.message).toEqual({ key: 'workshopQr.links.damaged' });
		expect(created).toEqual([]);
	});

	test('without link data it is empty and reads nothing', async () => {
		const { d } = deps(inviteText());
		const join = new JoinWorkshop(null, d);
		await join.ready;
		expect(join.status).toBe('empty');
		expect(d.readJoinLink).not.toHaveBeenCalled();
	});

	test('reads the invitation and shows the session; nothing is stored before "Beginnen"', async () => {
		const { join, d, created } = await opened(inviteText({ scope: 'quick', phase: 'eerste' }));
		expect(d.readJoinLink).toHaveBeenCalledWith(HASH);
		expect(join.status).toBe('form');
		expect(join.invite?.settings.organisation).toBe('Gemeente Test');
		// The quick scan of the fixture asks one question per theme.
		expect(join.questionCount).toBe(4);
		expect(created).toEqual([]);
	});

	test('creates the participant\'s scan with the session\'s scope and participation, then opens its task list', async () => {
		const { join, d, created } = await opened(inviteText({ scope: 'themes', themes: ['b', 'd'], phase: 'eerste' }));
		join.role = 'ervaringswerker';
		join.name = '  Sam  ';
		expect(await join.start()).toBe(true);
		expect(created).toHaveLength(1);
		const scan = created[0]!;
		expect(scan).toMatchObject({
			id: UUIDS[0],
			checklistId: fixtureChecklist.id,
			checklistVersion: fixtureChecklist.version,
			mode: 'full',
			themes: ['b', 'd'],
			profile: { organisation: 'Gemeente Test', filledInBy: 'Sam', phase: 'eerste', focusAreas: [] },
			answers: {},
			plan: null,
			demo: false,
			participation: { workshopId: WORKSHOP_ID, participantId: UUIDS[1], role: 'ervaringswerker', name: 'Sam', handedInAt: null }
		});
		// It is an ordinary, valid scan.
		expect(v.safeParse(ScanSchema, scan).success).toBe(true);
		expect(d.go).toHaveBeenCalledWith({ name: 'tasks', scanId: UUIDS[0] });
	});

	test('a quick or full session puts no theme list on the scan', async () => {
		const { join, created } = await opened(inviteText({ scope: 'quick' }));
		join.role = 'beleid';
		await join.start();
		expect(created[0]?.mode).toBe('quick');
		expect(created[0] && 'themes' in created[0]).toBe(false);
	});

	test('names required: an empty name is refused; a name is kept', async () => {
		const { join, created } = await opened(inviteText({ names: 'required' }));
		join.role = 'beleid';
		join.name = '   ';
		expect(await join.start()).toBe(false);
		expect(join.errors).toEqual({ name: { key: 'workshopSetup.join.errors.name' } });
		expect(join.status).toBe('form');
		expect(created).toEqual([]);
		join.name = 'Noor';
		expect(await join.start()).toBe(true);
		expect(created[0]?.participation?.name).toBe('Noor');
	});

	test('names optional: an empty name is fine; a too long name is refused', async () => {
		const { join, created } = await opened(inviteText({ names: 'optional' }));
		join.role = 'management';
		join.name = 'x'.repeat(101);
		expect(await join.start()).toBe(false);
		expect(join.errors.name).toEqual({ key: 'workshopSetup.join.errors.nameTooLong', params: [100] });
		join.name = '';
		expect(await join.start()).toBe(true);
		expect(created[0]?.participation?.name).toBe('');
		expect(created[0]?.profile.filledInBy).toBe('');
	});

	test('names never: whatever was typed, no name is stored', async () => {
		const { join, created } = await opened(inviteText({ names: 'never' }));
		join.role = 'beleid';
		join.name = 'Verborgen Naam';
		expect(await join.start()).toBe(true);
		expect(created[0]?.participation?.name).toBe('');
		expect(created[0]?.profile.filledInBy).toBe('');
	});

	test('the role must be one of the session\'s roles', async () => {
		const { join, created } = await opened(inviteText({ roles: ['beleid', 'management'] }));
		expect(await join.start()).toBe(false);
		expect(join.errors).toEqual({ role: { key: 'workshopSetup.join.errors.role' } });
		join.role = 'bestuur';
		expect(await join.start()).toBe(false);
		expect(join.errors.role).toEqual({ key: 'workshopSetup.join.errors.role' });
		expect(created).toEqual([]);
	});

	test('a session with one role chooses it already', async () => {
		const { join } = await opened(inviteText({ roles: ['uitvoering'] }));
		expect(join.role).toBe('uitvoering');
	});

	test('a device that already joined this session is offered its scan, never a second one', async () => {
		const joined: JoinedScan = {
			scanId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
			participation: { workshopId: WORKSHOP_ID, participantId: UUIDS[1]!, role: 'beleid', name: '', handedInAt: null }
		};
		const { join, d, created } = await opened(inviteText(), joined);
		expect(d.findParticipantScan).toHaveBeenCalledWith(WORKSHOP_ID);
		expect(join.status).toBe('joined');
		expect(join.joined).toEqual(joined);
		join.role = 'beleid';
		expect(await join.start()).toBe(false);
		expect(created).toEqual([]);
		join.continueJoined();
		expect(d.go).toHaveBeenCalledWith({ name: 'tasks', scanId: joined.scanId });
	});

	test('when storing fails, it says so and can be tried again', async () => {
		const { d } = deps(inviteText());
		d.createParticipantScan.mockRejectedValueOnce(new Error(''));
		const join = new JoinWorkshop(HASH, d);
		await join.ready;
		join.role = 'beleid';
		expect(await join.start()).toBe(false);
		expect(join.status).toBe('failed');
		expect(join.message).toEqual({ key: 'workshopSetup.join.errors.createFailed' });
		expect(d.go).not.toHaveBeenCalled();
		expect(await join.start()).toBe(true);
	});

	describe('a broken, hostile or newer link is refused with a message and stores nothing', () => {
		const valid = JSON.parse(inviteText()) as Record<string, unknown>;
		const cases: Array<[string, string, string]> = [
			['not JSON', '{"type":', 'workshopDomain.invite.notJson'],
			['a newer version', JSON.stringify({ ...valid, version: 99 }), 'workshopDomain.invite.newer'],
			['another format', JSON.stringify({ ...valid, type: 'iets-anders' }), 'workshopDomain.invite.notOurs'],
			['answers instead of an invitation', JSON.stringify({ ...valid, type: 'kwartiermaker-antwoorden' }), 'workshopDomain.invite.otherFormat'],
			['a prototype key', inviteText().replace('{', '{"__proto__":{"admin":true},'), 'workshopDomain.invite.forbiddenKey'],
			['another questionnaire', JSON.stringify({ ...valid, checklistId: 'andere-lijst' }), 'workshopSetup.join.otherChecklist'],
			['no roles', JSON.stringify({ ...valid, settings: { ...(valid.settings as object), roles: [] } }), 'workshopDomain.invite.invalid'],
			['oversized', JSON.stringify({ ...valid, padding: 'x'.repeat(20_000) }), 'workshopDomain.invite.tooLarge']
		];
		test.each(cases)('%s', async (_label, text, key) => {
			const { join, d, created } = await opened(text);
			expect(join.status).toBe('refused');
			expect(typeof join.message === 'object' && join.message?.key).toBe(key);
			expect(join.invite).toBeNull();
			join.role = 'beleid';
			expect(await join.start()).toBe(false);
			expect(created).toEqual([]);
			expect(d.findParticipantScan).not.toHaveBeenCalled();
		});

		test('a link the codec cannot unpack', async () => {
			const { d, created } = deps({ ok: false, message: { key: 'workshopSetup.join.damaged' } });
			const join = new JoinWorkshop(HASH, d);
			await join.ready;
			expect(join.status).toBe('refused');
			expect(join.message).toEqual({ key: 'workshopSetup.join.damaged' });
			expect(created).toEqual([]);
		});
	});
});
