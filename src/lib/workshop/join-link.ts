/**
 * A werksessie's join link: `<base>#/doe-mee/1.<data>` (see packed-link.ts for the format). The
 * facilitator shows it (and its QR code) on the projector; a participant opens it. The text is the
 * invitation as JSON; parseInviteText checks it afterwards.
 */
import { JOIN_PATH } from '../wizard/routes.ts';
import { buildPackedLink, readPackedLink, type ReadPackedLinkResult } from './packed-link.ts';
import { WORKSHOP_LIMITS } from './workshop-limits.ts';
import type { Invite } from './workshop-schema.ts';

/** Longest data part read; an invitation packs to a few hundred characters. */
export const MAX_JOIN_LINK_PAYLOAD_CHARS = 16 * 1024;

/**
 * The join link for an invitation on the app at `baseUrl` (any hash is dropped). Takes the invitation as
 * JSON text or as the object (which is written as compact JSON).
 */
export function joinLink(invite: string | Invite, baseUrl: string): Promise<string> {
	return buildPackedLink(JOIN_PATH, typeof invite === 'string' ? invite : JSON.stringify(invite), baseUrl);
}

/** The invitation text out of a join link or its hash. Never throws; unpacks at most inviteJsonBytes. */
export function readJoinLink(hash: string): Promise<ReadPackedLinkResult> {
	return readPackedLink(JOIN_PATH, hash, { maxPayloadChars: MAX_JOIN_LINK_PAYLOAD_CHARS, maxBytes: WORKSHOP_LIMITS.inviteJsonBytes });
}
