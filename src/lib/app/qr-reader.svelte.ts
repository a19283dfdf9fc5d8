/**
 * Reading QR codes on the facilitator's screen: the camera (only after the user clicks "Camera starten"),
 * or a photo of a code. Frames of a multi-frame code are collected in any order (QrFrameCollector);
 * a complete code, or any other QR text (e.g. an answers link), goes to `onText`.
 *
 *   idle → starting → scanning → (stop) idle
 *              ↘ denied | unavailable | error     (a photo or a pasted link still works)
 *
 * The reading code (`qr/decode.js`, the camera adapter) is loaded with import() the first time it is
 * needed (`deps.load`), so no screen pays for it before the user starts reading. Camera frames are
 * read a few times a second; the camera's tracks are stopped on stop() and destroy().
 */
import type { MessageRef } from '../i18n/message-ref.ts';
import { QrFrameCollector, type QrFrameAddResult, type QrProgress } from '../qr/qr-frames.ts';
import type { CameraSession, PhotoResult, QrImage } from '../qr/read-qr.ts';

export type QrReaderStatus = 'idle' | 'starting' | 'scanning' | 'denied' | 'unavailable' | 'error';
export type PhotoStatus = 'idle' | 'reading' | 'read' | 'none' | 'unreadable';
export type QrTextSource = 'camera' | 'photo';

/** What the reader needs of read-qr.ts. */
export interface QrDecoder {
	openCamera(): Promise<CameraSession>;
	decodeImage(image: QrImage): string | null;
	decodePhoto(file: Blob): Promise<PhotoResult>;
}

export interface QrReaderDeps {
	/** Loads the decoder (import() in the app; a fake in tests). */
	load(): Promise<QrDecoder>;
	/** Calls `tick` every `ms` milliseconds until the returned function is called. */
	every(ms: number, tick: () => void): () => void;
}

/** Camera frames read per second: enough to catch a code held up, light on a laptop's processor. */
export const FRAMES_PER_SECOND = 4;

export function browserQrReaderDeps(): QrReaderDeps {
	return {
		load: () => import('../qr/read-qr.ts'),
		every(ms, tick) {
			const handle = setInterval(tick, ms);
			return () => clearInterval(handle);
		}
	};
}

export class QrReader {
	status = $state<QrReaderStatus>('idle');
	/** Frames read of a multi-frame code, or null. */
	progress = $state.raw<QrProgress | null>(null);
	/** The latest problem with a code (another code mid-way, a damaged code), or null. */
	notice = $state.raw<MessageRef | null>(null);
	photoStatus = $state<PhotoStatus>('idle');
	/** The camera's stream for the preview while scanning. */
	stream = $state.raw<MediaStream | null>(null);
	/** Codes read completely since the page opened. */
	codesRead = $state(0);

	readonly #deps: QrReaderDeps;
	readonly #onText: (text: string, source: QrTextSource) => void;
	readonly #camera = new QrFrameCollector();
	#photo = new QrFrameCollector();
	#session: CameraSession | null = null;
	#cancelTicks: (() => void) | null = null;
	#decoder: QrDecoder | null = null;
	/** A camera frame is being handled; further ticks are skipped until it is done. */
	#busy = false;
	/** The last plain (non-frame) text the camera saw, so a code held up is passed on once. */
	#lastPlain: string | null = null;
	/** Bumped on stop/destroy, so a camera that finishes starting after that is closed at once. */
	#run = 0;
	#destroyed = false;

	constructor(deps: QrReaderDeps, onText: (text: string, source: QrTextSource) => void) {
		this.#deps = deps;
		this.#onText = onText;
	}

	get active(): boolean {
		return this.status === 'starting' || this.status === 'scanning';
	}

	/** "Camera starten": asks for the camera (the browser may ask the user) and starts reading. */
	async start(): Promise<void> {
		if (this.active || this.#destroyed) return;
		const run = ++this.#run;
		this.status = 'starting';
		this.notice = null;
		let session: CameraSession;
		try {
			const decoder = await this.#loadDecoder();
			session = await decoder.openCamera();
		} catch (error) {
			if (run !== this.#run) return;
			const problem = (error as { problem?: unknown } | null)?.problem;
			this.status = problem === 'denied' || problem === 'unavailable' ? problem : 'error';
			return;
		}
		if (run !== this.#run) {
			// Stopped (or the page left) while the camera was starting.
			session.stop();
			return;
		}
		this.#session = session;
		this.stream = session.stream;
		this.status = 'scanning';
		this.#lastPlain = null;
		this.#cancelTicks = this.#deps.every(1000 / FRAMES_PER_SECOND, () => void this.#tick());
	}

	/** "Camera stoppen". The half-read code is kept, so starting again continues it. */
	stop(): void {
		this.#run++;
		this.#cancelTicks?.();
		this.#cancelTicks = null;
		this.#session?.stop();
		this.#session = null;
		this.stream = null;
		if (this.active) this.status = 'idle';
	}

	/** The page is leaving: stop the camera for good. */
	destroy(): void {
		this.#destroyed = true;
		this.stop();
	}

	/** "Opnieuw beginnen": forget the half-read code (e.g. the participant walked away). */
	startAgain(): void {
		this.#camera.reset();
		this.#photo = new QrFrameCollector();
		this.progress = null;
		this.notice = null;
		this.#lastPlain = null;
	}

	/** Reads the code in a photo the user chose. */
	async readPhoto(file: Blob): Promise<void> {
		this.photoStatus = 'reading';
		this.notice = null;
		let result: PhotoResult;
		try {
			result = await (await this.#loadDecoder()).decodePhoto(file);
		} catch {
			result = { ok: false, reason: 'unreadable' };
		}
		if (!result.ok) {
			this.photoStatus = result.reason;
			return;
		}
		this.photoStatus = 'read';
		// A fresh collector per photo, unless a multi-frame code is half read from photos: choosing the
		// same photo twice should add it twice (the collect screen then says "already had this").
		if (this.#photo.progress === null) this.#photo = new QrFrameCollector();
		await this.#handle(this.#photo, result.text, 'photo');
	}

	async #loadDecoder(): Promise<QrDecoder> {
		this.#decoder ??= await this.#deps.load();
		return this.#decoder;
	}

	async #tick(): Promise<void> {
		const session = this.#session;
		const decoder = this.#decoder;
		if (this.#busy || !session || !decoder) return;
		this.#busy = true;
		try {
			const image = session.grab();
			const text = image ? decoder.decodeImage(image) : null;
			if (text !== null && this.#session === session) await this.#handle(this.#camera, text, 'camera');
		} catch {
			// One bad frame is not a reason to stop; the next frame is read as usual.
		} finally {
			this.#busy = false;
		}
	}

	async #handle(collector: QrFrameCollector, text: string, source: QrTextSource): Promise<void> {
		const result: QrFrameAddResult = await collector.add(text);
		switch (result.status) {
			case 'not-a-frame':
				// Another QR code, e.g. an answers link: pass it on once while it is held up.
				if (source === 'camera' && text === this.#lastPlain) return;
				if (source === 'camera') this.#lastPlain = text;
				this.#onText(text, source);
				return;
			case 'repeat':
				return;
			case 'other-code':
				this.progress = result.progress;
				this.notice = { key: 'workshopQr.frames.otherCode' };
				return;
			case 'added':
				this.progress = result.progress;
				this.notice = null;
				return;
			case 'complete':
				this.progress = null;
				this.notice = null;
				this.codesRead++;
				this.#onText(result.text, source);
				return;
			case 'refused':
				this.progress = null;
				this.notice = result.message;
				return;
		}
	}
}
