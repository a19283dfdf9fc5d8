/**
 * The two delegation links, packed like the werksessie links (see workshop/packed-link.ts):
 * `<base>#/delegatie/1.<data>` goes to the colleague, `<base>#/terug/1.<data>` comes back to the owner.
 * The data is the envelope as JSON, compressed; parseDelegationText / parseReturnText check it afterwards.
 * Nothing travels through a server: the part after `#` never leaves the browser.
 */
import { DELEGATION_PATH, RETURN_PATH } from '../wizard/routes.ts';
import { buildPackedLink, isPackedLinkFor, readPackedLink, type ReadPackedLinkResult } from '../workshop/packed-link.ts';
import { DELEGATION_LIMITS } from './delegation-limits.ts';

const LIMITS = { maxPayloadChars: DELEGATION_LIMITS.linkPayloadChars, maxBytes: DELEGATION_LIMITS.jsonBytes };

/** The hand-out link for the envelope's JSON text on the app at `baseUrl` (any hash is dropped). */
export function delegationLink(text: string, baseUrl: string): Promise<string> {
	return buildPackedLink(DELEGATION_PATH, text, baseUrl);
}

/** The envelope text out of a hand-out link or its hash. Never throws. */
export function readDelegationLink(hashOrUrl: string): Promise<ReadPackedLinkResult> {
	return readPackedLink(DELEGATION_PATH, hashOrUrl, LIMITS);
}

/** The return link for the envelope's JSON text. */
export function returnLink(text: string, baseUrl: string): Promise<string> {
	return buildPackedLink(RETURN_PATH, text, baseUrl);
}

/** The envelope text out of a return link or its hash. Never throws. */
export function readReturnLink(hashOrUrl: string): Promise<ReadPackedLinkResult> {
	return readPackedLink(RETURN_PATH, hashOrUrl, LIMITS);
}

/** True when a pasted text is a return link (whatever its data). */
export function isReturnLink(hashOrUrl: string): boolean {
	return isPackedLinkFor(RETURN_PATH, hashOrUrl);
}
