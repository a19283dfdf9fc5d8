import { describe, expect, it, vi } from 'vitest';
import { createMemoryWorkshopRepository } from '../storage/memory-workshop-repository.ts';
import { answersLink, readAnswersLink } from '../workshop/answers-link.ts';
import { fixtureChecklist, makeEnvelope, makeWorkshop, minuteAfterStart } from '../workshop/test-fixtures.ts';
import { CollectAnswers, type CollectAnswersDeps } from './collect-answers.svelte.ts';
import type { QrReaderDeps } from './qr-reader.svelte.ts';

const BASE = 'https://kwartiermaker.test/';

async function setup() {
	const workshops = createMemoryWorkshopRepository({ now: () => minuteAfterStart(90) });
	const workshop = makeWorkshop();
	await workshops.createWorkshop(workshop);
	const qr: QrReaderDeps = { load: vi.fn(), every: vi.fn(() => () => {}) };
	const deps: CollectAnswersDeps = {
		workshops,
		checklist: () => fixtureChecklist,
		now: () => minuteAfterStart(90),
		readAnswersLink,
		qr
	};
	const collect = new CollectAnswers(workshop.id, deps);
	await collect.ready;
	return { collect, workshops, workshop, qr };
}

const json = (envelope: object) => JSON.stringify(envelope);
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('CollectAnswers', () => {
	it('opens the workshop, or says it is not on this device', async () => {
		const { collect } = await setup();
		expect(collect.status).toBe('ready');
		expect(collect.handedIn).toEqual({
			total: 0,
			byRole: [
				{ role: 'beleid', count: 0 },
				{ role: 'management', count: 0 },
				{ role: 'ervaringswerker', count: 0 }
			]
		});
		const missing = new CollectAnswers('22222222-2222-4222-8222-222222222222', {
			workshops: createMemoryWorkshopRepository(),
			checklist: () => fixtureChecklist,
			now: () => minuteAfterStart(90),
			readAnswersLink,
			qr: { load: vi.fn(), every: vi.fn(() => () => {}) }
		});
		await missing.ready;
		expect(missing.status).toBe('missing');
	});

	it('adds many files at once, each with its own status line, and counts per role', async () => {
		const { collect, workshops, workshop } = await setup();
		await collect.addFiles([
			file('anouk.json', json(makeEnvelope({ n: 1, role: 'ervaringswerker', name: 'Anouk', answers: { 'a-wegbereider': '3' } }))),
			file('bram.json', json(makeEnvelope({ n: 2, role: 'management', answers: { 'a-wegbereider': '1' } }))),
			file('kapot.json', '{"type":'),
			file('anders.json', json(makeEnvelope({ n: 3, workshopId: '33333333-3333-4333-8333-333333333333' })))
		]);
		const byLabel = Object.fromEntries(collect.items.map((item) => [item.label as string, item]));
		expect(byLabel['anouk.json']).toMatchObject({ status: 'added', via: 'file', who: { role: 'ervaringswerker', name: 'Anouk' } });
		expect(byLabel['bram.json']).toMatchObject({ status: 'added', message: { key: 'workshopDomain.outcomes.added' } });
		expect(byLabel['kapot.json']).toMatchObject({ status: 'refused', message: { key: 'workshopDomain.answers.notJson' } });
		expect(byLabel['anders.json']).toMatchObject({ status: 'other-workshop' });
		expect(collect.handedIn.total).toBe(2);
		expect(collect.handedIn.byRole).toContainEqual({ role: 'ervaringswerker', count: 1 });
		expect(collect.handedIn.byRole).toContainEqual({ role: 'management', count: 1 });
		const stored = await workshops.getWorkshop(workshop.id);
		expect(Object.keys(stored!.participants)).toHaveLength(2);
		expect(stored!.participants[makeEnvelope({ n: 1 }).participantId]).toMatchObject({ via: 'file', role: 'ervaringswerker' });
		// Newest first: the last file is at the top.
		expect(collect.items[0]!.label).toBe('anders.json');
	});

	it('recognises a second hand-in of the same participant: newer replaces, the same or older changes nothing', async () => {
		const { collect } = await setup();
		const first = makeEnvelope({ n: 1, minute: 30, answers: { 'a-wegbereider': '1' } });
		const newer = makeEnvelope({ n: 1, minute: 40, answers: { 'a-wegbereider': '4' } });
		await collect.addText(json(first), 'qr', { key: 'workshopCollect.itemQr' });
		await collect.addText(json(newer), 'qr', { key: 'workshopCollect.itemQr' });
		await collect.addText(json(first), 'qr', { key: 'workshopCollect.itemQr' });
		expect(collect.items.map((item) => item.status)).toEqual(['kept-newer', 'replaced', 'added']);
		expect(collect.handedIn.total).toBe(1);
		expect(collect.workshop!.participants[first.participantId]!.answers['a-wegbereider']!.value).toBe('4');
	});

	it('adds pasted links, one per line, and refuses broken ones with a message', async () => {
		const { collect } = await setup();
		const one = await answersLink(json(makeEnvelope({ n: 1, role: 'beleid' })), BASE);
		const two = await answersLink(json(makeEnvelope({ n: 2, role: 'management' })), BASE);
		await collect.addLinks(`${one}\n\n  ${two}  \r\n${one.slice(0, -10)}\nhttps://example.org/`);
		const statuses = collect.items.map((item) => [item.label, item.status, item.message]);
		expect(statuses).toEqual([
			[{ key: 'workshopCollect.itemLink', params: [4] }, 'refused', { key: 'workshopQr.links.notLink' }],
			[{ key: 'workshopCollect.itemLink', params: [3] }, 'refused', { key: 'workshopQr.links.damaged' }],
			[{ key: 'workshopCollect.itemLink', params: [2] }, 'added', { key: 'workshopDomain.outcomes.added' }],
			[{ key: 'workshopCollect.itemLink', params: [1] }, 'added', { key: 'workshopDomain.outcomes.added' }]
		]);
		expect(collect.workshop!.participants[makeEnvelope({ n: 2 }).participantId]!.via).toBe('link');
		expect(collect.addLinks('  \n ')).toBe(false);
		expect(collect.linksError).toEqual({ key: 'workshopCollect.linksEmpty' });
	});

	it('refuses hostile envelopes and changes nothing', async () => {
		const { collect, workshops, workshop } = await setup();
		const before = await workshops.getWorkshop(workshop.id);
		const hostile = [
			'{"__proto__":{"polluted":true},"type":"kwartiermaker-antwoorden"}',
			json({ ...makeEnvelope({ n: 5 }), version: 99 }),
			json({ ...makeEnvelope({ n: 6 }), type: 'iets-anders' }),
			'x'.repeat(WORKSHOP_BYTES + 1)
		];
		for (const text of hostile) await collect.addText(text, 'file', 'hostile');
		expect(collect.items.every((item) => item.status === 'refused')).toBe(true);
		expect(collect.items.map((item) => (item.message as { key: string }).key)).toEqual([
			'workshopDomain.answers.tooLarge',
			'workshopDomain.answers.notOurs',
			'workshopDomain.answers.newer',
			'workshopDomain.answers.forbiddenKey'
		]);
		expect(await workshops.getWorkshop(workshop.id)).toEqual(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('shows markup in names literally: it is kept as text', async () => {
		const { collect } = await setup();
		await collect.addText(json(makeEnvelope({ n: 7, name: '<img src=x onerror=alert(1)>' })), 'file', 'x.json');
		expect(collect.items[0]!.who).toEqual({ role: 'beleid', name: '<img src=x onerror=alert(1)>' });
	});

	it('takes a QR code read by the camera as an item of its own, marked as QR', async () => {
		const { collect } = await setup();
		// The reader hands complete texts to addText; simulate that path.
		await collect.addText(json(makeEnvelope({ n: 8 })), 'qr', { key: 'workshopCollect.itemQr' });
		expect(collect.workshop!.participants[makeEnvelope({ n: 8 }).participantId]!.via).toBe('qr');
		expect(collect.reader.status).toBe('idle');
	});
});

const WORKSHOP_BYTES = 512 * 1024;
