/**
 * Text (a participant's answers as JSON) as one or more QR codes, and back.
 *
 * Recipe: compress (zlib deflate, see files/deflate.ts) → Base45 (RFC 9285, only characters of the QR
 * alphanumeric mode) → cut into frames of at most `maxChars` characters, each with a header:
 *
 *     KM1:<index>/<total>:<id>:<chunk>        e.g.  KM1:2/3:1K9ZQ4:%69 VD92EX0…
 *
 * - `KM1` names the format (Kwartiermaker, frame format 1); a reader refuses other prefixes.
 * - `<index>/<total>`: this frame's number (from 1) and how many frames the code has.
 * - `<id>`: a checksum (32-bit FNV-1a, base 36) of the whole Base45 text. Every frame of one code carries
 *   it, so frames of another participant's code are recognised and not mixed in; after joining, the
 *   checksum is checked again, and the deflate format's own Adler-32 checks the unpacked text.
 * - The header uses only digits, capitals and `:` `/`, so the whole frame stays in alphanumeric mode
 *   (5.5 bits a character); the `qr` package always writes one segment, and one lower-case letter would
 *   switch the whole code to byte mode (8 bits a character).
 *
 * Frame size: a laptop webcam (often 720p with a fixed focus) reading a code from a phone screen is the
 * weak link. Phones read codes up to about version 20 reliably, webcams less so, so a frame holds at most
 * 600 characters: QR version 15 (77 × 77 modules) at error correction M (15 % of the code may be damaged).
 * Larger answers become several frames that the screen shows in turn; the reader collects them in any
 * order.
 *
 * Pure apart from the compression streams; runs in Node tests.
 */
import type { MessageRef } from '../i18n/message-ref.ts';
import { deflateText, inflateText } from '../files/deflate.ts';
import { WORKSHOP_LIMITS } from '../workshop/workshop-limits.ts';
import { fromBase45, toBase45 } from './base45.ts';

/** Most characters in one frame, header included: QR version 15 at error correction M (see above). */
export const QR_FRAME_MAX_CHARS = 600;
/** Most frames of one code. At 1.5 seconds a frame, 30 frames take 45 seconds; beyond that a file is better. */
export const QR_MAX_FRAMES = 30;
export const QR_FRAME_PREFIX = 'KM1';

/** The longest header: `KM1:30/30:<7 characters>:`. */
const HEADER_MAX_CHARS = `${QR_FRAME_PREFIX}:${QR_MAX_FRAMES}/${QR_MAX_FRAMES}:1Z141Z3:`.length;
const FRAME = /^KM1:([1-9]\d{0,2})\/([1-9]\d{0,2}):([0-9A-Z]{1,7}):([0-9A-Z $%*+\-./:]*)$/;

export interface QrFrame {
	index: number;
	total: number;
	id: string;
	chunk: string;
}

/** 32-bit FNV-1a of the text, in base 36 capitals: the id of a code, the same in every frame. */
export function payloadId(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).toUpperCase();
}

/** Too much for QR codes: the caller offers a file or a link instead. */
export class QrTooLargeError extends RangeError {
	constructor(readonly frames: number) {
		super(`Needs ${frames} QR frames, more than ${QR_MAX_FRAMES}`);
		this.name = 'QrTooLargeError';
	}
}

/**
 * The frames for `text`: one when it fits, several otherwise, each at most `maxChars` characters.
 * Rejects with QrTooLargeError when more than QR_MAX_FRAMES frames would be needed.
 */
export async function toQrFrames(text: string, maxChars: number = QR_FRAME_MAX_CHARS): Promise<string[]> {
	const room = maxChars - HEADER_MAX_CHARS;
	if (!Number.isInteger(room) || room < 3) throw new RangeError(`maxChars too small: ${maxChars}`);
	const data = toBase45(await deflateText(text));
	const id = payloadId(data);
	const total = Math.max(1, Math.ceil(data.length / room));
	if (total > QR_MAX_FRAMES) throw new QrTooLargeError(total);
	// Equal parts rather than full frames and a short last one: every frame then has about the same size.
	const size = Math.ceil(data.length / total);
	return Array.from({ length: total }, (_, i) => `${QR_FRAME_PREFIX}:${i + 1}/${total}:${id}:${data.slice(i * size, (i + 1) * size)}`);
}

/** One frame's parts, or null when the text is not a Kwartiermaker frame (any other QR code). */
export function parseQrFrame(text: string): QrFrame | null {
	const match = FRAME.exec(text);
	if (!match) return null;
	const index = Number(match[1]);
	const total = Number(match[2]);
	if (total > QR_MAX_FRAMES || index > total) return null;
	return { index, total, id: match[3]!, chunk: match[4]! };
}

export interface QrProgress {
	received: number;
	total: number;
}

export type QrFrameAddResult =
	/** Not a Kwartiermaker frame: another QR code, or one from a newer format. */
	| { status: 'not-a-frame' }
	/** A frame this collector already has, or a frame of a code it completed before. */
	| { status: 'repeat'; progress: QrProgress | null }
	/** A frame of another code while one is half read: ignored; finish the first or start again. */
	| { status: 'other-code'; progress: QrProgress }
	| { status: 'added'; progress: QrProgress }
	/** All frames are in: the unpacked text, and the code's id. */
	| { status: 'complete'; text: string; id: string }
	/** All frames are in but they do not make a valid code (damaged or too large); the collector starts again. */
	| { status: 'refused'; message: MessageRef };

/**
 * Collects the frames of one code, in any order, and yields its text when all are in.
 * After a code completes, the collector is ready for the next one, and ignores further frames of the
 * codes it completed (a camera keeps seeing the code the participant still holds up).
 */
export class QrFrameCollector {
	#id: string | null = null;
	#total = 0;
	#chunks = new Map<number, string>();
	readonly #done = new Set<string>();
	readonly #maxBytes: number;

	/** `maxBytes`: most bytes the code may unpack to, against codes that unpack to gigabytes. */
	constructor(maxBytes: number = WORKSHOP_LIMITS.answersJsonBytes) {
		this.#maxBytes = maxBytes;
	}

	/** Frames received of the code being read, or null when none is being read. */
	get progress(): QrProgress | null {
		return this.#id === null ? null : { received: this.#chunks.size, total: this.#total };
	}

	/** Forget the half-read code (and which codes were completed), e.g. to read another code first. */
	reset(): void {
		this.#clear();
		this.#done.clear();
	}

	#clear(): void {
		this.#id = null;
		this.#total = 0;
		this.#chunks = new Map();
	}

	async add(text: string): Promise<QrFrameAddResult> {
		const frame = parseQrFrame(text);
		if (!frame) return { status: 'not-a-frame' };
		if (this.#done.has(frame.id)) return { status: 'repeat', progress: this.progress };
		if (this.#id === null) {
			this.#id = frame.id;
			this.#total = frame.total;
		} else if (frame.id !== this.#id || frame.total !== this.#total) {
			return { status: 'other-code', progress: this.progress! };
		}
		if (this.#chunks.has(frame.index)) return { status: 'repeat', progress: this.progress };
		this.#chunks.set(frame.index, frame.chunk);
		if (this.#chunks.size < this.#total) return { status: 'added', progress: this.progress! };

		// Complete: take the parts and clear at once (before any await), so frames that arrive while the
		// text is unpacked start on a clean collector.
		const id = this.#id;
		const data = Array.from({ length: this.#total }, (_, i) => this.#chunks.get(i + 1)!).join('');
		this.#clear();
		const refused = (key: 'damaged' | 'tooLarge'): QrFrameAddResult => ({ status: 'refused', message: { key: `workshopQr.frames.${key}` } });
		if (payloadId(data) !== id) return refused('damaged');
		const bytes = fromBase45(data);
		if (!bytes) return refused('damaged');
		const inflated = await inflateText(bytes, this.#maxBytes);
		if (!inflated.ok) return refused(inflated.reason === 'too-large' ? 'tooLarge' : 'damaged');
		this.#done.add(id);
		return { status: 'complete', text: inflated.text, id };
	}
}
