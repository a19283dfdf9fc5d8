/**
 * Share links: one scan packed into the part of a link after `#`.
 *
 * Browsers never send the part after `#` to a server, so the scan travels only inside the link itself
 * (an e-mail, a chat message). The link looks like `https://…/#/ontvang/1.<data>`:
 * - `1` is the format. A later format gets a new number; this app refuses a number it does not know.
 * - `<data>` is the backup JSON (the same envelope as a backup file, see backup.ts), compressed with the
 *   browser's own CompressionStream in the zlib 'deflate' format and written in base64url (A–Z a–z 0–9 - _).
 *   We use 'deflate' rather than 'deflate-raw' on purpose: the zlib format adds a checksum (Adler-32) of
 *   the uncompressed text, so a link in which one character was changed or cut off is refused by the
 *   decompressor itself, instead of yielding a scan with silently altered answers. It costs 8 characters.
 *
 * Reading a link is as strict as reading a backup file: after unpacking, the text goes through
 * `parseBackup` (same schema, same limits, same refusal of unsafe keys). Unpacking stops as soon as the
 * text grows beyond `MAX_SHARE_JSON_BYTES`, so a small link that unpacks to gigabytes (a "zip bomb")
 * cannot exhaust memory.
 *
 * This module is pure apart from the streams: no storage, no DOM, no location. It runs in Node tests.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import type { MessageRef } from '../i18n/message-ref.ts';
import { buildBackup } from './backup.ts';
import { parseBackup } from './read-backup.ts';
import { MAX_SHARE_LINK_CHARS } from './share-link-limits.ts';

/** Every share link's hash starts with this. */
export const SHARE_HASH_PREFIX = '#/ontvang/';
/** The format this app writes and reads. */
export const SHARE_FORMAT = 1;
export { MAX_SHARE_LINK_CHARS };
/** Longest data part the app reads, in characters: room for links from a later version with a higher limit. */
export const MAX_SHARE_PAYLOAD_CHARS = 64 * 1024;
/** Most bytes a link may unpack to. A full scan with a large plan is about 60 kB. */
export const MAX_SHARE_JSON_BYTES = 1024 * 1024;

/** How much compressed data is handed to the decompressor at a time, so unpacking can stop early. */
const INFLATE_CHUNK_BYTES = 1024;
const FORMAT = 'deflate';
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type CreateShareLinkResult =
	| { ok: true; url: string; length: number }
	| { ok: false; reason: 'too-large'; length: number }
	| { ok: false; reason: 'unsupported' };

export type ReadShareLinkResult =
	| { ok: true; scan: Scan; warnings: MessageRef[]; sharedAt: string | null }
	| { ok: false; message: MessageRef };

/** True when the hash (with or without the leading `#`) is a share link, whatever its data. */
export function isShareHash(hash: string): boolean {
	return `#${hash.replace(/^#/, '')}`.startsWith(SHARE_HASH_PREFIX);
}

/** Whether this browser (or Node) has the compression streams the links need. */
export function canCompress(): boolean {
	return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

// ---------------------------------------------------------------------------------------------
// base64url
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Compression
// ---------------------------------------------------------------------------------------------

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

function concat(chunks: Uint8Array[], total: number): Uint8Array {
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

/** Compresses text (UTF-8) into the link's data part. */
export async function encodeSharePayload(text: string): Promise<string> {
	const input = new Blob([new TextEncoder().encode(text)]).stream();
	const compressed = await readAll(input.pipeThrough(new CompressionStream(FORMAT)));
	return toBase64Url(compressed);
}

type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'damaged' | 'too-large' };

/**
 * Unpacks compressed bytes, giving up once the output passes `maxBytes`. The input is fed in small
 * chunks and the output read as it comes, so at most one chunk's worth of output exists beyond the limit.
 */
async function inflate(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
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

/**
 * Unpacks a link's data part into text. Resolves with a message (a catalogue key) when the data is damaged,
 * too large once unpacked, or not UTF-8 text.
 */
export async function decodeSharePayload(
	payload: string,
	maxBytes: number = MAX_SHARE_JSON_BYTES
): Promise<{ ok: true; text: string } | { ok: false; message: MessageRef }> {
	const bytes = fromBase64Url(payload);
	if (!bytes || bytes.length === 0) return { ok: false, message: { key: 'shareLink.errors.damaged' } };
	const inflated = await inflate(bytes, maxBytes);
	if (!inflated.ok) {
		return { ok: false, message: inflated.reason === 'too-large' ? { key: 'shareLink.errors.tooLarge' } : { key: 'shareLink.errors.damaged' } };
	}
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes) };
	} catch {
		return { ok: false, message: { key: 'shareLink.errors.damaged' } };
	}
}

// ---------------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------------

/** The hash of a share link for one scan: `#/ontvang/1.<data>`. */
export async function buildShareHash(scan: Scan, createdAt: string): Promise<string> {
	// The backup envelope without its indentation: the spaces would only make the link longer.
	const json = JSON.stringify(JSON.parse(buildBackup(scan, createdAt)));
	return `${SHARE_HASH_PREFIX}${SHARE_FORMAT}.${await encodeSharePayload(json)}`;
}

/**
 * Makes the share link for a scan on the page at `baseUrl` (any existing hash is dropped).
 * Refuses when the link would be longer than `maxChars`, with its length, so the app can offer a file.
 */
export async function createShareLink(
	baseUrl: string,
	scan: Scan,
	createdAt: string,
	maxChars: number = MAX_SHARE_LINK_CHARS
): Promise<CreateShareLinkResult> {
	if (!canCompress()) return { ok: false, reason: 'unsupported' };
	const url = `${baseUrl.split('#')[0]}${await buildShareHash(scan, createdAt)}`;
	if (url.length > maxChars) return { ok: false, reason: 'too-large', length: url.length };
	return { ok: true, url, length: url.length };
}

/** The backup's own `createdAt` (when the link was made), read from already checked JSON. */
function sharedAtOf(text: string): string | null {
	try {
		const value: unknown = (JSON.parse(text) as { createdAt?: unknown }).createdAt;
		return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value)) ? value : null;
	} catch {
		return null;
	}
}

/**
 * Reads a share link's hash (with or without `#`) into one checked scan. Never throws and never
 * touches storage. Anything wrong gives one message (a catalogue key with its parameters): not a share link, a format from a newer
 * version, damaged or cut off, too large, not a backup, a backup that fails its checks, or more than
 * one scan.
 */
export async function readShareHash(hash: string, checklist: Checklist): Promise<ReadShareLinkResult> {
	try {
		const raw = `#${hash.trim().replace(/^#/, '')}`;
		if (!raw.startsWith(SHARE_HASH_PREFIX)) return { ok: false, message: { key: 'shareLink.errors.notShare' } };
		const rest = raw.slice(SHARE_HASH_PREFIX.length);
		const match = /^(\d{1,6})\.(.*)$/s.exec(rest);
		if (!match) return { ok: false, message: rest === '' ? { key: 'shareLink.errors.damaged' } : { key: 'shareLink.errors.notShare' } };
		const format = Number(match[1]);
		const payload = match[2] ?? '';
		if (format > SHARE_FORMAT) return { ok: false, message: { key: 'shareLink.errors.newer' } };
		if (format !== SHARE_FORMAT) return { ok: false, message: { key: 'shareLink.errors.notShare' } };
		if (payload.length > MAX_SHARE_PAYLOAD_CHARS) return { ok: false, message: { key: 'shareLink.errors.tooLarge' } };
		if (!canCompress()) return { ok: false, message: { key: 'shareLink.errors.unsupported' } };

		const decoded = await decodeSharePayload(payload);
		if (!decoded.ok) return decoded;
		// A link carries one scan, never a werksessie: a `workshops` list in it is not read.
		const parsed = parseBackup(decoded.text, checklist, { maxBytes: MAX_SHARE_JSON_BYTES, workshops: false });
		if (!parsed.ok) return parsed;
		const [scan] = parsed.scans;
		if (!scan) return { ok: false, message: { key: 'shareLink.errors.damaged' } };
		if (parsed.scans.length > 1) return { ok: false, message: { key: 'shareLink.errors.severalScans' } };
		return { ok: true, scan, warnings: parsed.warnings, sharedAt: sharedAtOf(decoded.text) };
	} catch {
		return { ok: false, message: { key: 'shareLink.errors.damaged' } };
	}
}
