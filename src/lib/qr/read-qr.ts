/**
 * Reading QR codes: from pixels, from a photo the user chose, and from the camera.
 *
 * The decoder is the `qr` package's (pure JavaScript, no WASM, so the strict CSP holds; the browser's own
 * BarcodeDetector does not exist in Chrome on Windows or Linux). This module is loaded only with import()
 * by the reading screen. The camera is opened only when the user asks (see app/qr-reader.svelte.ts) and
 * its tracks are stopped on stop, so the camera light goes off.
 */
import decodeQR from 'qr/decode.js';

export interface QrImage {
	width: number;
	height: number;
	/** RGBA pixels, as in ImageData. */
	data: Uint8ClampedArray | Uint8Array;
}

/**
 * The text of the first QR code in the image, or null when there is none. `thorough` spends more time
 * on retries: right for one photo, too slow for camera frames several times a second.
 */
export function decodeImage(image: QrImage, thorough = false): string | null {
	try {
		return decodeQR(image, thorough ? { effort: Infinity, timeLimit: 2000 } : undefined);
	} catch {
		// The decoder throws when it finds no code: for a camera frame that is the normal case.
		return null;
	}
}

/** Largest side a photo is scaled to before decoding: enough pixels per module, and quick on a 12 MP photo. */
const PHOTO_MAX_SIDE = 2048;
/** Largest side of a camera frame we decode. */
const FRAME_MAX_SIDE = 1280;

function canvas2d(width: number, height: number): CanvasRenderingContext2D {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('No 2D canvas');
	return context;
}

function fit(width: number, height: number, max: number): { width: number; height: number } {
	const scale = Math.min(1, max / Math.max(width, height));
	return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type PhotoResult = { ok: true; text: string } | { ok: false; reason: 'none' | 'unreadable' };

/** The QR code in a photo or screenshot the user chose. */
export async function decodePhoto(file: Blob): Promise<PhotoResult> {
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		return { ok: false, reason: 'unreadable' };
	}
	try {
		const { width, height } = fit(bitmap.width, bitmap.height, PHOTO_MAX_SIDE);
		const context = canvas2d(width, height);
		context.fillStyle = '#fff';
		context.fillRect(0, 0, width, height);
		context.drawImage(bitmap, 0, 0, width, height);
		const text = decodeImage(context.getImageData(0, 0, width, height), true);
		return text === null ? { ok: false, reason: 'none' } : { ok: true, text };
	} catch {
		return { ok: false, reason: 'unreadable' };
	} finally {
		bitmap.close();
	}
}

/** Why the camera could not start: no permission (or blocked by policy), no camera, or another problem. */
export type CameraProblem = 'denied' | 'unavailable' | 'error';

export class CameraError extends Error {
	constructor(
		readonly problem: CameraProblem,
		options?: { cause?: unknown }
	) {
		super(`Camera: ${problem}`, options);
		this.name = 'CameraError';
	}
}

/** A running camera. */
export interface CameraSession {
	/** For the preview (`video.srcObject`). */
	readonly stream: MediaStream;
	/** The current picture, or null before the first picture arrived. */
	grab(): QrImage | null;
	/** Stops every track (the camera light goes off). Safe to call twice. */
	stop(): void;
}

function problemOf(error: unknown): CameraProblem {
	const name = error instanceof Error || (typeof DOMException === 'function' && error instanceof DOMException) ? error.name : '';
	// NotAllowedError: the user said no, or the Permissions-Policy or an administrator blocks the camera.
	// SecurityError: not a secure context, or blocked by policy in older browsers.
	if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
	if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'unavailable';
	return 'error';
}

/**
 * Opens a camera, preferring the one facing away from the user (a phone's back camera; a laptop's only
 * camera is chosen when there is no such one, because the wish is `ideal`, not `exact`).
 */
export async function openCamera(): Promise<CameraSession> {
	if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) throw new CameraError('unavailable');
	let stream: MediaStream;
	try {
		stream = await navigator.mediaDevices.getUserMedia({
			audio: false,
			video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } }
		});
	} catch (error) {
		throw new CameraError(problemOf(error), { cause: error });
	}
	// A video element of our own that is never shown: the page's preview may be hidden or small,
	// and frames are read from this one.
	const video = document.createElement('video');
	video.muted = true;
	video.playsInline = true;
	video.srcObject = stream;
	try {
		await video.play();
	} catch (error) {
		for (const track of stream.getTracks()) track.stop();
		throw new CameraError('error', { cause: error });
	}
	let context: CanvasRenderingContext2D | null = null;
	let stopped = false;
	return {
		stream,
		grab() {
			if (stopped || video.readyState < 2 || video.videoWidth === 0) return null;
			const { width, height } = fit(video.videoWidth, video.videoHeight, FRAME_MAX_SIDE);
			if (!context || context.canvas.width !== width || context.canvas.height !== height) context = canvas2d(width, height);
			context.drawImage(video, 0, 0, width, height);
			return context.getImageData(0, 0, width, height);
		},
		stop() {
			if (stopped) return;
			stopped = true;
			for (const track of stream.getTracks()) track.stop();
			video.pause();
			video.srcObject = null;
		}
	};
}
