import { describe, expect, it } from 'vitest';
import { deflateText } from '../files/deflate.ts';
import { toBase45 } from './base45.ts';
import { sampleEnvelope } from './test-fixtures.ts';
import { QR_FRAME_MAX_CHARS, QR_MAX_FRAMES, QrFrameCollector, QrTooLargeError, parseQrFrame, payloadId, toQrFrames } from './qr-frames.ts';

const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/** A text that compresses badly, so it needs several frames. */
function noisyText(length: number): string {
	let seed = 7;
	let out = '';
	for (let i = 0; i < length; i++) {
		// xorshift32: a fixed, repeatable sequence that deflate cannot shrink much.
		seed ^= seed << 13;
		seed ^= seed >>> 17;
		seed ^= seed << 5;
		out += String.fromCharCode(33 + ((seed >>> 0) % 90));
	}
	return out;
}

async function collectAll(frames: string[], collector = new QrFrameCollector()) {
	const results = [];
	for (const frame of frames) results.push(await collector.add(frame));
	return results;
}

describe('toQrFrames', () => {
	it('makes one alphanumeric frame for a small text, and reads it back', async () => {
		const text = JSON.stringify({ answers: { 'k1-wegbereider': { value: '2', note: 'Één <b>opmerking</b> met "aanhalingstekens".' } } });
		const frames = await toQrFrames(text);
		expect(frames).toHaveLength(1);
		expect(frames[0]).toMatch(/^KM1:1\/1:[0-9A-Z]{1,7}:/);
		expect(frames[0]).toMatch(ALPHANUMERIC);
		const [result] = await collectAll(frames);
		expect(result).toEqual({ status: 'complete', text, id: parseQrFrame(frames[0]!)!.id });
	});

	it('splits a large text into frames of at most the maximum, all alphanumeric', async () => {
		const text = noisyText(3000);
		const frames = await toQrFrames(text);
		expect(frames.length).toBeGreaterThan(3);
		for (const [i, frame] of frames.entries()) {
			expect(frame.length).toBeLessThanOrEqual(QR_FRAME_MAX_CHARS);
			expect(frame).toMatch(ALPHANUMERIC);
			expect(parseQrFrame(frame)).toMatchObject({ index: i + 1, total: frames.length });
		}
		// The frames together are exactly the compressed text in Base45.
		const data = frames.map((frame) => parseQrFrame(frame)!.chunk).join('');
		expect(data).toBe(toBase45(await deflateText(text)));
		expect(new Set(frames.map((frame) => parseQrFrame(frame)!.id))).toEqual(new Set([payloadId(data)]));
	});

	it('honours a smaller maximum per frame', async () => {
		const frames = await toQrFrames(sampleEnvelope(3), 120);
		expect(frames.length).toBeGreaterThan(2);
		for (const frame of frames) expect(frame.length).toBeLessThanOrEqual(120);
	});

	it('refuses text that would need more than the most frames', async () => {
		await expect(toQrFrames(noisyText(QR_MAX_FRAMES * 1000))).rejects.toBeInstanceOf(QrTooLargeError);
	});

	it('keeps a participant with 54 answers in 2 frames, and with 10 notes in 3', async () => {
		// Measured: the envelope as JSON deflates to about 730 bytes without notes, 1030 with 10 notes.
		expect((await toQrFrames(sampleEnvelope(0))).length).toBeLessThanOrEqual(2);
		expect((await toQrFrames(sampleEnvelope(10))).length).toBeLessThanOrEqual(3);
	});
});

describe('QrFrameCollector', () => {
	it('collects frames in any order, ignores repeats and reports progress', async () => {
		const text = noisyText(1500);
		const frames = await toQrFrames(text);
		expect(frames.length).toBeGreaterThanOrEqual(3);
		const collector = new QrFrameCollector();
		const order = [...frames].reverse();
		expect(await collector.add(order[0]!)).toEqual({ status: 'added', progress: { received: 1, total: frames.length } });
		expect(await collector.add(order[0]!)).toEqual({ status: 'repeat', progress: { received: 1, total: frames.length } });
		expect(collector.progress).toEqual({ received: 1, total: frames.length });
		const rest = await collectAll(order.slice(1), collector);
		expect(rest.at(-1)).toMatchObject({ status: 'complete', text });
		expect(rest.slice(0, -1).every((result) => result.status === 'added')).toBe(true);
		expect(collector.progress).toBeNull();
		// The camera keeps seeing the code: its frames are repeats now, not a new code.
		expect(await collector.add(frames[0]!)).toEqual({ status: 'repeat', progress: null });
	});

	it('refuses frames of another code while one is half read, and can start again', async () => {
		const first = await toQrFrames(noisyText(1500));
		const second = await toQrFrames(noisyText(1400) + 'x');
		const collector = new QrFrameCollector();
		await collector.add(first[0]!);
		expect(await collector.add(second[1]!)).toEqual({ status: 'other-code', progress: { received: 1, total: first.length } });
		collector.reset();
		const results = await collectAll(second, collector);
		expect(results.at(-1)?.status).toBe('complete');
	});

	it('ignores QR codes that are not Kwartiermaker frames', async () => {
		const collector = new QrFrameCollector();
		for (const text of ['https://example.org', 'KM2:1/1:ABC:DEF', 'km1:1/1:ABC:DEF', 'KM1:2/1:ABC:DEF', 'KM1:0/1:ABC:DEF', 'KM1:1/31:ABC:DEF', 'KM1:1/1:abc:DEF', 'KM1:1/1:ABC:def']) {
			expect(await collector.add(text), text).toEqual({ status: 'not-a-frame' });
		}
		expect(collector.progress).toBeNull();
	});

	it('refuses a code whose data was changed, with a message', async () => {
		const [frame] = await toQrFrames(sampleEnvelope(0));
		const { id, chunk } = parseQrFrame(frame!)!;
		// Same id, other data: the checksum does not match.
		const changed = `KM1:1/1:${id}:${chunk.slice(0, -3)}000`;
		expect(await new QrFrameCollector().add(changed)).toEqual({ status: 'refused', message: { key: 'workshopQr.frames.damaged' } });
		// Valid Base45 with a matching id, but not compressed data.
		const notDeflate = toBase45(new TextEncoder().encode('not deflate'));
		expect(await new QrFrameCollector().add(`KM1:1/1:${payloadId(notDeflate)}:${notDeflate}`)).toMatchObject({ status: 'refused' });
		// Not Base45 (a group worth more than two bytes) with a matching id.
		expect(await new QrFrameCollector().add(`KM1:1/1:${payloadId('ZZZ')}:ZZZ`)).toEqual({
			status: 'refused',
			message: { key: 'workshopQr.frames.damaged' }
		});
	});

	it('stops unpacking a code that grows beyond the limit (zip bomb)', async () => {
		const frames = await toQrFrames('0'.repeat(600_000));
		expect(frames.length).toBeLessThanOrEqual(2);
		expect((await collectAll(frames)).at(-1)).toEqual({ status: 'refused', message: { key: 'workshopQr.frames.tooLarge' } });
		// The limit is the caller's: a larger one lets it through.
		expect((await collectAll(frames, new QrFrameCollector(700_000))).at(-1)).toMatchObject({ status: 'complete' });
	});
});
