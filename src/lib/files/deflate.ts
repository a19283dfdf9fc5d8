/**
 * Compression and base64url for everything the app packs into a link or a QR code: share links,
 * werksessie join links, participants' answer links and QR frames.
 *
 * It uses the browser's own CompressionStream in the zlib 'deflate' format rather than 'deflate-raw' on
 * purpose: the zlib format ends with a checksum (Adler-32) of the uncompressed text, so data in which one
 * character was changed or cut off is refused by the decompressor itself, instead of yielding silently
 * altered answers. It costs 6 bytes.
 *
 * Unpacking stops as soon as the text grows beyond the caller's limit, so a small link or code that
 * unpacks to gigabytes (a "zip bomb") cannot exhaust memory. Kept apart from share-link.ts so that the
 * workshop links and QR codes do not load the backup reader that share links need.
 */

/** How much compressed data is handed to the decompressor at a time, so unpacking can stop early. */
const INFLATE_CHUNK_BYTES = 1024;
const FORMAT = 'deflate';
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Whether this browser (or Node) has the compression streams the links need. */
export function canCompress(): boolean {
	return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	const step = 0x8000;
	for (let i = 0; i < bytes.length; i += step) {
		binary += String.fromCharCode(...bytes.subarray(i, i + step));
	}
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** base64url (padding optional) → bytes, or null when the text cannot be base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
	const padded = text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
	let binary: string;
	try {
		binary = atob(padded);
	} catch {
		return null;
	}
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let total = 0;
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		total += value.byteLength;
	}
	return concat(chunks, total);
}

/** Compresses text (UTF-8) in the zlib deflate format. */
export async function deflateText(text: string): Promise<Uint8Array> {
	const bytes = new TextEncoder().encode(text);
	// A stream made by hand rather than Blob.stream(), which jsdom (the component tests) does not have.
	const input = new ReadableStream<BufferSource>({
		start(controller) {
			controller.enqueue(bytes);
			controller.close();
		}
	});
	return readAll(input.pipeThrough(new CompressionStream(FORMAT)));
}

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'damaged' | 'too-large' };

/**
 * Unpacks compressed bytes, giving up once the output passes `maxBytes`. The input is fed in small
 * chunks and the output read as it comes, so at most one chunk's worth of output exists beyond the limit.
 */
export async function inflateBytes(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
	let offset = 0;
	const source = new ReadableStream<BufferSource>({
		pull(controller) {
			if (offset >= bytes.length) {
				controller.close();
				return;
			}
			controller.enqueue(bytes.slice(offset, offset + INFLATE_CHUNK_BYTES));
			offset += INFLATE_CHUNK_BYTES;
		}
	});
	const reader = source.pipeThrough(new DecompressionStream(FORMAT)).getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.byteLength;
			if (total > maxBytes) {
				await reader.cancel().catch(() => {});
				return { ok: false, reason: 'too-large' };
			}
			chunks.push(value);
		}
	} catch {
		// A wrong checksum, a cut-off stream or bytes that are not compressed data at all.
		return { ok: false, reason: 'damaged' };
	}
	return { ok: true, bytes: concat(chunks, total) };
}

export type InflateTextResult = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-large' };

/** `inflateBytes`, then strict UTF-8: bytes that are not text count as damaged. */
export async function inflateText(bytes: Uint8Array, maxBytes: number): Promise<InflateTextResult> {
	if (bytes.length === 0) return { ok: false, reason: 'damaged' };
	const inflated = await inflateBytes(bytes, maxBytes);
	if (!inflated.ok) return inflated;
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes) };
	} catch {
		return { ok: false, reason: 'damaged' };
	}
}
