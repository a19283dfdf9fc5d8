import { describe, expect, test, vi } from 'vitest';
import type { CreateShareLinkResult } from '../files/share-link.ts';
import { ShareLinkMaker } from './share-link-maker.svelte.ts';

function maker(result: CreateShareLinkResult | Error, copy: (text: string) => Promise<void> = async () => {}) {
	return new ShareLinkMaker({
		limit: 8000,
		create: () => (result instanceof Error ? Promise.reject(result) : Promise.resolve(result)),
		copy
	});
}

describe('ShareLinkMaker', () => {
	test('makes the link, copies it and keeps it for the field', async () => {
		const copy = vi.fn(async () => {});
		const share = maker({ ok: true, url: 'https://x/#/ontvang/1.abc', length: 24 }, copy);
		expect(share.status).toBe('idle');
		const done = share.make();
		expect(share.status).toBe('busy');
		await done;
		expect(share.status).toBe('ready');
		expect(share.url).toBe('https://x/#/ontvang/1.abc');
		expect(copy).toHaveBeenCalledWith('https://x/#/ontvang/1.abc');
		expect(share.copyStatus).toBe('copied');
	});

	test('a refused clipboard leaves the link in the field and says so', async () => {
		const share = maker({ ok: true, url: 'https://x/#/ontvang/1.abc', length: 24 }, async () => {
			throw new DOMException('denied', 'NotAllowedError');
		});
		await share.make();
		expect(share.status).toBe('ready');
		expect(share.url).not.toBe('');
		expect(share.copyStatus).toBe('failed');
	});

	test('too large: no link, the length is kept for the message', async () => {
		const copy = vi.fn(async () => {});
		const share = maker({ ok: false, reason: 'too-large', length: 9123 }, copy);
		await share.make();
		expect(share.status).toBe('too-large');
		expect(share.length).toBe(9123);
		expect(share.url).toBe('');
		expect(copy).not.toHaveBeenCalled();
	});

	test('no compression in this browser, or an error: says so, copies nothing', async () => {
		const unsupported = maker({ ok: false, reason: 'unsupported' });
		await unsupported.make();
		expect(unsupported.status).toBe('unsupported');
		const failed = maker(new Error('boom'));
		await failed.make();
		expect(failed.status).toBe('failed');
		expect(failed.copyStatus).toBe('idle');
	});

	test('making it again clears the previous link first', async () => {
		let next: CreateShareLinkResult = { ok: true, url: 'https://x/#/ontvang/1.a', length: 22 };
		const share = new ShareLinkMaker({ limit: 8000, create: async () => next, copy: async () => {} });
		await share.make();
		next = { ok: false, reason: 'too-large', length: 9000 };
		await share.make();
		expect(share.url).toBe('');
		expect(share.copyStatus).toBe('idle');
	});
});
