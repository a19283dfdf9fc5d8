/**
 * A fake camera for browser tests: Chromium started with
 *   --use-fake-device-for-media-stream --use-fake-ui-for-media-stream --use-file-for-fake-video-capture=<file.y4m>
 * shows the file's pictures as the camera's picture (and grants the permission without asking).
 * This module writes such a file (YUV4MPEG2, 4:2:0) with QR codes in it, so QR reading can be tested
 * end to end: the page's own camera code, decoder and frame collector do the work.
 *
 * Chromium opens the file when a page starts the camera (getUserMedia), not when the browser starts
 * (checked by workshop-collect.spec.ts, which writes the file only after the browser is running): one
 * browser can be shown different codes by rewriting the file before each "Camera starten". It plays
 * the file's frames at the file's frame rate and starts again at the end.
 *
 * The pictures are computed from the frame texts with the same `qr` package and the same error
 * correction (M) as the app's draw-qr.ts, so a test reads a code off the page (qr-code.svelte puts
 * the text in `data-frame`; see `shownFrames`) and shows exactly that code to the camera.
 */
import { writeFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import encodeQR from 'qr';

export interface GrayImage {
	width: number;
	height: number;
	/** One byte per pixel, 0 black … 255 white. */
	luma: Uint8Array;
}

/** The width and height of the fake camera's picture (4:3, like a laptop webcam's lowest common mode). */
export const CAMERA_WIDTH = 640;
export const CAMERA_HEIGHT = 480;

/** A QR code for `text` on a white picture of the camera's size, as large as fits (quiet zone included). */
export function codePicture(text: string, width = CAMERA_WIDTH, height = CAMERA_HEIGHT): GrayImage {
	// border 4: the quiet zone readers need; the matrix then has 4 light modules on every side.
	const matrix = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
	const scale = Math.floor(Math.min(width, height) / matrix.length);
	if (scale < 2) throw new RangeError(`Code too large for a ${width}×${height} picture`);
	const luma = new Uint8Array(width * height).fill(255);
	const left = Math.floor((width - matrix.length * scale) / 2);
	const top = Math.floor((height - matrix.length * scale) / 2);
	matrix.forEach((row, y) => {
		row.forEach((dark, x) => {
			if (!dark) return;
			for (let dy = 0; dy < scale; dy++) {
				const start = (top + y * scale + dy) * width + left + x * scale;
				luma.fill(0, start, start + scale);
			}
		});
	});
	return { width, height, luma };
}

/** A blank (white) picture: a camera that sees no code. */
export function blankPicture(width = CAMERA_WIDTH, height = CAMERA_HEIGHT): GrayImage {
	return { width, height, luma: new Uint8Array(width * height).fill(255) };
}

/**
 * A YUV4MPEG2 file (C420jpeg) with each picture held for `framesEach` frames at `fps` frames a second.
 * Grey pictures only: the chroma planes are neutral (128).
 */
export function y4m(pictures: GrayImage[], { fps = 10, framesEach = 5 } = {}): Buffer {
	const [first] = pictures;
	if (!first) throw new Error('No pictures');
	const { width, height } = first;
	if (width % 2 || height % 2) throw new RangeError('4:2:0 needs an even width and height');
	const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
	const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`, 'ascii')];
	for (const picture of pictures) {
		if (picture.width !== width || picture.height !== height) throw new RangeError('All pictures must have one size');
		for (let i = 0; i < framesEach; i++) parts.push(Buffer.from('FRAME\n', 'ascii'), Buffer.from(picture.luma), chroma);
	}
	return Buffer.concat(parts);
}

/** Writes the fake camera file showing these QR frame texts in turn (half a second each by default). */
export function writeFakeCamera(path: string, texts: string[], options?: { fps?: number; framesEach?: number }): void {
	const pictures = texts.length === 0 ? [blankPicture()] : texts.map((text) => codePicture(text));
	writeFileSync(path, y4m(pictures, options));
}

/** The Chromium arguments for a fake camera fed from `path`. */
export function fakeCameraArgs(path: string): string[] {
	return ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${path}`];
}

/**
 * Every frame text a qr-code component shows (its `data-frame`), in order. Several frames are collected
 * as the component advances by itself (index and text are read together, so a change in between
 * cannot mix them up); `timeout` bounds the wait.
 */
export async function shownFrames(container: Locator, timeout = 15_000): Promise<string[]> {
	const image = container.getByTestId('qr-code');
	const frames = new Map<number, string>();
	const deadline = Date.now() + timeout;
	for (;;) {
		const [index, total, frame] = await image.evaluate((element) => [
			Number(element.getAttribute('data-frame-index')),
			Number(element.getAttribute('data-frame-total')),
			element.getAttribute('data-frame') ?? ''
		] as const);
		frames.set(index, frame);
		if (frames.size >= total) return [...frames.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
		if (Date.now() > deadline) throw new Error(`Saw ${frames.size} of ${total} QR frames`);
		await image.page().waitForTimeout(200);
	}
}
