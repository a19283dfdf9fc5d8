import { describe, expect, it, vi } from 'vitest';
import { toQrFrames } from '../qr/qr-frames.ts';
import type { CameraSession, QrImage } from '../qr/read-qr.ts';
import { QrReader, type QrDecoder, type QrReaderDeps } from './qr-reader.svelte.ts';

/** A fake camera whose "picture" is a text the fake decoder reads back; ticks run by hand. */
function setup(options: { cameraError?: { problem: string } | Error; photo?: Awaited<ReturnType<QrDecoder['decodePhoto']>> } = {}) {
	let picture: string | null = null;
	let tick: (() => void) | null = null;
	const stopped = vi.fn();
	const texts: { text: string; source: string }[] = [];
	const stream = { id: 'stream' } as unknown as MediaStream;
	const session: CameraSession = {
		stream,
		grab: () => (picture === null ? null : ({ width: 1, height: 1, data: new Uint8ClampedArray(4), picture } as unknown as QrImage)),
		stop: stopped
	};
	const decoder: QrDecoder = {
		openCamera: vi.fn(async () => {
			if (options.cameraError) throw options.cameraError;
			return session;
		}),
		decodeImage: (image) => (image as unknown as { picture: string }).picture,
		decodePhoto: vi.fn(async () => options.photo ?? { ok: false as const, reason: 'none' as const })
	};
	const load = vi.fn(async () => decoder);
	const cancel = vi.fn(() => {
		tick = null;
	});
	const deps: QrReaderDeps = {
		load,
		every: (_ms, fn) => {
			tick = fn;
			return cancel;
		}
	};
	const reader = new QrReader(deps, (text, source) => texts.push({ text, source }));
	return {
		reader,
		texts,
		stopped,
		cancel,
		load,
		decoder,
		show(text: string | null) {
			picture = text;
		},
		/** One camera tick, and time for its async work. */
		async tick() {
			tick?.();
			// The frame is handled asynchronously (unpacking runs through streams): give it time.
			for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 1));
		}
	};
}

describe('QrReader', () => {
	it('loads nothing and opens no camera until start', async () => {
		const { reader, load, decoder } = setup();
		expect(reader.status).toBe('idle');
		expect(load).not.toHaveBeenCalled();
		await reader.start();
		expect(load).toHaveBeenCalledTimes(1);
		expect(decoder.openCamera).toHaveBeenCalledTimes(1);
		expect(reader.status).toBe('scanning');
		expect(reader.stream).not.toBeNull();
	});

	it('passes on a one-frame code once, even while it stays in view', async () => {
		const env = setup();
		const text = '{"type":"kwartiermaker-antwoorden"}';
		const [frame] = await toQrFrames(text);
		await env.reader.start();
		await env.tick(); // nothing in view
		env.show(frame!);
		await env.tick();
		await env.tick();
		expect(env.texts).toEqual([{ text, source: 'camera' }]);
		expect(env.reader.codesRead).toBe(1);
	});

	it('collects the frames of a multi-frame code, shows progress, and refuses another code mid-way', async () => {
		const env = setup();
		const text = 'x'.repeat(10) + Array.from({ length: 400 }, (_, i) => `${i * 7919}`).join(',');
		const frames = await toQrFrames(text, 200);
		const other = await toQrFrames('another participant ' + text, 200);
		expect(frames.length).toBeGreaterThanOrEqual(3);
		await env.reader.start();
		env.show(frames[1]!);
		await env.tick();
		expect(env.reader.progress).toEqual({ received: 1, total: frames.length });
		env.show(other[0]!);
		await env.tick();
		expect(env.reader.notice).toEqual({ key: 'workshopQr.frames.otherCode' });
		for (const frame of frames) {
			env.show(frame);
			await env.tick();
		}
		expect(env.texts).toEqual([{ text, source: 'camera' }]);
		expect(env.reader.progress).toBeNull();
		expect(env.reader.notice).toBeNull();
	});

	it('can start again when a participant walks away mid-way', async () => {
		const env = setup();
		const first = await toQrFrames('first ' + Array.from({ length: 300 }, (_, i) => `${i * 7919}`).join(','), 120);
		expect(first.length).toBeGreaterThan(1);
		const second = await toQrFrames('second', 120);
		await env.reader.start();
		env.show(first[0]!);
		await env.tick();
		env.reader.startAgain();
		expect(env.reader.progress).toBeNull();
		env.show(second[0]!);
		await env.tick();
		expect(env.texts.map((entry) => entry.text)).toEqual(['second']);
	});

	it('passes on other QR texts (such as an answers link) once while in view', async () => {
		const env = setup();
		await env.reader.start();
		env.show('https://app.example/#/antwoorden/1.abc');
		await env.tick();
		await env.tick();
		expect(env.texts).toEqual([{ text: 'https://app.example/#/antwoorden/1.abc', source: 'camera' }]);
	});

	it('stops the camera tracks and the frame loop on stop and on destroy', async () => {
		const env = setup();
		await env.reader.start();
		env.reader.stop();
		expect(env.stopped).toHaveBeenCalledTimes(1);
		expect(env.cancel).toHaveBeenCalledTimes(1);
		expect(env.reader.status).toBe('idle');
		expect(env.reader.stream).toBeNull();
		await env.reader.start();
		env.reader.destroy();
		expect(env.stopped).toHaveBeenCalledTimes(2);
		await env.reader.start();
		expect(env.reader.status).toBe('idle');
	});

	it('closes a camera that finished starting after the user stopped', async () => {
		const env = setup();
		const starting = env.reader.start();
		env.reader.stop();
		await starting;
		expect(env.stopped).toHaveBeenCalledTimes(1);
		expect(env.reader.status).toBe('idle');
	});

	it.each([
		[{ problem: 'denied' }, 'denied'],
		[{ problem: 'unavailable' }, 'unavailable'],
		[{ problem: 'error' }, 'error'],
		[new Error('boom'), 'error']
	] as const)('reports a camera that cannot start (%o) as %s', async (cameraError, status) => {
		const env = setup({ cameraError });
		await env.reader.start();
		expect(env.reader.status).toBe(status);
		expect(env.stopped).not.toHaveBeenCalled();
	});

	it('reads a code from a photo, and says when a photo has none', async () => {
		const [frame] = await toQrFrames('from a photo');
		const env = setup({ photo: { ok: true, text: frame! } });
		await env.reader.readPhoto(new Blob(['x']));
		expect(env.reader.photoStatus).toBe('read');
		// The same photo again is passed on again: the collect screen says it already has it.
		await env.reader.readPhoto(new Blob(['x']));
		expect(env.texts).toEqual([
			{ text: 'from a photo', source: 'photo' },
			{ text: 'from a photo', source: 'photo' }
		]);
		const empty = setup({ photo: { ok: false, reason: 'none' } });
		await empty.reader.readPhoto(new Blob(['x']));
		expect(empty.reader.photoStatus).toBe('none');
		expect(empty.texts).toEqual([]);
	});
});
