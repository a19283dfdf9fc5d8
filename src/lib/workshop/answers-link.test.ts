import { describe, expect, it } from 'vitest';
import { deflateText, toBase64Url } from '../files/deflate.ts';
import { parseHash } from '../wizard/routes.ts';
import { answersLink, isAnswersLink, readAnswersLink } from './answers-link.ts';
import { joinLink, readJoinLink } from './join-link.ts';
import { WORKSHOP_LIMITS } from './workshop-limits.ts';

const BASE = 'https://kwartiermaker.example/app/';
const ENVELOPE = JSON.stringify({ type: 'kwartiermaker-antwoorden', version: 1, name: '<img src=x onerror=alert(1)> Anouk' });

async function linkWith(data: string, path = '/antwoorden', format = '1'): Promise<string> {
	return `${BASE}#${path}/${format}.${data}`;
}

describe('answersLink / readAnswersLink', () => {
	it('packs the envelope after # and reads it back from the whole link, the hash, or a pasted line', async () => {
		const link = await answersLink(ENVELOPE, `${BASE}#/werksessie/abc`);
		expect(link).toMatch(/^https:\/\/kwartiermaker\.example\/app\/#\/antwoorden\/1\.[A-Za-z0-9_-]+$/);
		expect(parseHash(link.slice(link.indexOf('#')))).toEqual({ name: 'answers' });
		expect(isAnswersLink(link)).toBe(true);
		const hash = link.slice(link.indexOf('#'));
		for (const input of [link, hash, `  ${link}\n`, `<${link}>`]) {
			expect(await readAnswersLink(input)).toEqual({ ok: true, text: ENVELOPE });
		}
	});

	it('takes the envelope as an object too', async () => {
		const envelope = JSON.parse(ENVELOPE) as Parameters<typeof answersLink>[0];
		expect(await readAnswersLink(await answersLink(envelope, BASE))).toEqual({ ok: true, text: ENVELOPE });
	});

	it('says which link it is not', async () => {
		const join = await joinLink('{}', BASE);
		expect(isAnswersLink(join)).toBe(false);
		expect(await readAnswersLink(join)).toEqual({ ok: false, message: { key: 'workshopQr.links.notLink' } });
		expect(await readAnswersLink('https://example.org/')).toEqual({ ok: false, message: { key: 'workshopQr.links.notLink' } });
		expect(await readAnswersLink('')).toEqual({ ok: false, message: { key: 'workshopQr.links.notLink' } });
	});

	it('refuses a newer format with its own message', async () => {
		const data = toBase64Url(await deflateText(ENVELOPE));
		expect(await readAnswersLink(await linkWith(data, '/antwoorden', '2'))).toEqual({ ok: false, message: { key: 'workshopQr.links.newer' } });
	});

	it('refuses damaged, cut-off and non-base64url data', async () => {
		const link = await answersLink(ENVELOPE, BASE);
		const cut = link.slice(0, -6);
		const changed = link.slice(0, -3) + (link.endsWith('A') ? 'B' : 'A') + link.slice(-2);
		for (const input of [cut, changed, await linkWith('not*base64'), await linkWith(''), await linkWith('AAAA')]) {
			expect(await readAnswersLink(input), input).toEqual({ ok: false, message: { key: 'workshopQr.links.damaged' } });
		}
		expect(await readAnswersLink(`${BASE}#/antwoorden/`)).toEqual({ ok: false, message: { key: 'workshopQr.links.damaged' } });
	});

	it('refuses bytes that are not UTF-8 text', async () => {
		const stream = new Blob([new Uint8Array([0xff, 0xfe, 0xfd])]).stream().pipeThrough(new CompressionStream('deflate'));
		const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
		expect(await readAnswersLink(await linkWith(toBase64Url(bytes)))).toEqual({ ok: false, message: { key: 'workshopQr.links.damaged' } });
	});

	it('stops at the size limit: a small link that unpacks to more than answersJsonBytes (zip bomb) and an overlong link', async () => {
		const bomb = await answersLink(' '.repeat(WORKSHOP_LIMITS.answersJsonBytes + 1), BASE);
		expect(bomb.length).toBeLessThan(2000);
		expect(await readAnswersLink(bomb)).toEqual({ ok: false, message: { key: 'workshopQr.links.tooLarge' } });
		expect(await readAnswersLink(await linkWith('A'.repeat(70 * 1024)))).toEqual({ ok: false, message: { key: 'workshopQr.links.tooLarge' } });
		// Just within the limit is fine.
		const full = ' '.repeat(WORKSHOP_LIMITS.answersJsonBytes);
		expect(await readAnswersLink(await answersLink(full, BASE))).toEqual({ ok: true, text: full });
	});

	it('never throws on input of the wrong type', async () => {
		expect((await readAnswersLink(undefined as unknown as string)).ok).toBe(false);
		expect((await readAnswersLink({} as unknown as string)).ok).toBe(false);
	});
});

describe('joinLink / readJoinLink', () => {
	it('packs the invitation after #/doe-mee/1. and reads it back', async () => {
		const invite = JSON.stringify({ type: 'kwartiermaker-werksessie', version: 1, settings: { organisation: 'Gemeente Ede' } });
		const link = await joinLink(invite, BASE);
		expect(link.startsWith(`${BASE}#/doe-mee/1.`)).toBe(true);
		expect(parseHash(link.slice(link.indexOf('#')))).toEqual({ name: 'join' });
		expect(await readJoinLink(link.slice(link.indexOf('#')))).toEqual({ ok: true, text: invite });
		expect(await readJoinLink(link)).toEqual({ ok: true, text: invite });
	});

	it('refuses answers links, newer formats and invitations above inviteJsonBytes', async () => {
		expect(await readJoinLink(await answersLink('{}', BASE))).toEqual({ ok: false, message: { key: 'workshopQr.links.notLink' } });
		expect(await readJoinLink(`#/doe-mee/9.${toBase64Url(await deflateText('{}'))}`)).toEqual({ ok: false, message: { key: 'workshopQr.links.newer' } });
		const big = await joinLink('x'.repeat(WORKSHOP_LIMITS.inviteJsonBytes + 1), BASE);
		expect(await readJoinLink(big)).toEqual({ ok: false, message: { key: 'workshopQr.links.tooLarge' } });
	});
});
