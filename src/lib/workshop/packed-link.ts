/**
 * Text packed into the part of a link after `#`: `<base>#<path>/1.<data>`, where `1` is the format and
 * `<data>` the text compressed (zlib deflate, with its checksum) and written in base64url. Browsers never
 * send the part after `#` to a server, so the text travels only inside the link itself.
 *
 * The werksessie's join link (join-link.ts) and a participant's answers link (answers-link.ts) are
 * built this way; what the text means is checked by their own parsers afterwards. Reading never throws;
 * anything wrong gives one message: not such a link, a newer format, damaged, too large, or a browser
 * without the compression streams. Unpacking stops at `maxBytes` (against "zip bombs").
 */
import type { MessageRef } from '../i18n/message-ref.ts';
import { canCompress, deflateText, fromBase64Url, inflateText, toBase64Url } from '../files/deflate.ts';

/** The format of the links this app writes and reads. */
export const PACKED_LINK_FORMAT = 1;

export type ReadPackedLinkResult = { ok: true; text: string } | { ok: false; message: MessageRef };

export interface PackedLinkLimits {
	/** Most characters of the data part. */
	maxPayloadChars: number;
	/** Most bytes the data may unpack to. */
	maxBytes: number;
}

/** `<baseUrl without its hash>#<path>/1.<data>`. */
export async function buildPackedLink(path: string, text: string, baseUrl: string): Promise<string> {
	const data = toBase64Url(await deflateText(text));
	return `${baseUrl.split('#')[0]}#${path}/${PACKED_LINK_FORMAT}.${data}`;
}

/** The hash part of a pasted link or of a hash (`#/…`, `/…`), without the `#`; surrounding space and <> removed. */
function hashOf(hashOrUrl: string): string {
	const trimmed = hashOrUrl.trim().replace(/^<(.*)>$/s, '$1').trim();
	const at = trimmed.indexOf('#');
	return at >= 0 ? trimmed.slice(at + 1) : trimmed;
}

/** True when the link or hash points at `path`, whatever its data. */
export function isPackedLinkFor(path: string, hashOrUrl: string): boolean {
	const hash = hashOf(hashOrUrl);
	return hash === path || hash.startsWith(`${path}/`);
}

const fail = (key: 'notLink' | 'newer' | 'damaged' | 'tooLarge' | 'unsupported'): ReadPackedLinkResult => ({
	ok: false,
	message: { key: `workshopQr.links.${key}` }
});

/** Reads the text out of a link (or its hash) for `path`. Never throws. */
export async function readPackedLink(path: string, hashOrUrl: string, limits: PackedLinkLimits): Promise<ReadPackedLinkResult> {
	try {
		if (typeof hashOrUrl !== 'string' || hashOrUrl.length > limits.maxPayloadChars + 4096) return fail('tooLarge');
		const hash = hashOf(hashOrUrl);
		if (!isPackedLinkFor(path, hash)) return fail('notLink');
		const rest = hash.slice(path.length + 1);
		const match = /^(\d{1,6})\.(.*)$/s.exec(rest);
		if (!match) return fail(rest === '' ? 'damaged' : 'notLink');
		const format = Number(match[1]);
		if (format > PACKED_LINK_FORMAT) return fail('newer');
		if (format !== PACKED_LINK_FORMAT) return fail('notLink');
		const payload = match[2] ?? '';
		if (payload.length > limits.maxPayloadChars) return fail('tooLarge');
		if (!canCompress()) return fail('unsupported');
		const bytes = fromBase64Url(payload);
		if (!bytes || bytes.length === 0) return fail('damaged');
		const inflated = await inflateText(bytes, limits.maxBytes);
		if (!inflated.ok) return fail(inflated.reason === 'too-large' ? 'tooLarge' : 'damaged');
		return inflated;
	} catch {
		return fail('damaged');
	}
}
