import { describe, expect, it } from 'vitest';
import { createMemoryWorkshopRepository } from '../storage/memory-workshop-repository.ts';
import { answersLink, readAnswersLink } from '../workshop/answers-link.ts';
import { fixtureChecklist, makeEnvelope, makeWorkshop, minuteAfterStart } from '../workshop/test-fixtures.ts';
import { AnswersLinkReceiver } from './answers-link-receiver.svelte.ts';

async function setup(hash: string | null, withWorkshop = true) {
	const workshops = createMemoryWorkshopRepository({ now: () => minuteAfterStart(60) });
	if (withWorkshop) await workshops.createWorkshop(makeWorkshop());
	const receiver = new AnswersLinkReceiver(hash, { workshops, checklist: () => fixtureChecklist, now: () => minuteAfterStart(60), readAnswersLink });
	await receiver.ready;
	return { receiver, workshops };
}

const hashOf = async (envelope: object) => {
	const link = await answersLink(JSON.stringify(envelope), 'https://kwartiermaker.test/');
	return link.slice(link.indexOf('#'));
};

describe('AnswersLinkReceiver', () => {
	it('shows whose answers, and adds them to the workshop on this device only when asked', async () => {
		const envelope = makeEnvelope({ n: 1, role: 'ervaringswerker', name: 'Anouk', answers: { 'a-wegbereider': '2' } });
		const { receiver, workshops } = await setup(await hashOf(envelope));
		expect(receiver.status).toBe('preview');
		expect(receiver.envelope).toMatchObject({ role: 'ervaringswerker', name: 'Anouk' });
		expect(receiver.workshop?.settings.organisation).toBe('Gemeente Test');
		expect(Object.keys((await workshops.getWorkshop(envelope.workshopId))!.participants)).toHaveLength(0);
		await receiver.add();
		expect(receiver.status).toBe('done');
		expect(receiver.message).toEqual({ key: 'workshopDomain.outcomes.added' });
		expect((await workshops.getWorkshop(envelope.workshopId))!.participants[envelope.participantId]).toMatchObject({ via: 'link' });
	});

	it('says when the session is not on this device, and stores nothing', async () => {
		const { receiver } = await setup(await hashOf(makeEnvelope({ n: 1 })), false);
		expect(receiver.status).toBe('missing');
		await receiver.add();
		expect(receiver.status).toBe('missing');
	});

	it('refuses a damaged link and a hostile envelope with a message', async () => {
		const broken = await setup('#/antwoorden/1.AAAA');
		expect(broken.receiver).toMatchObject({ status: 'refused', message: { key: 'workshopQr.links.damaged' } });
		const hostile = await setup(await hashOf({ ...makeEnvelope({ n: 2 }), version: 7 }));
		expect(hostile.receiver).toMatchObject({ status: 'refused', message: { key: 'workshopDomain.answers.newer' } });
	});

	it('is empty without a link (a reload: the data was taken out of the address)', async () => {
		const { receiver } = await setup(null);
		expect(receiver.status).toBe('empty');
	});
});
