/**
 * A participant's answers as a link: `<base>#/antwoorden/1.<data>` (see packed-link.ts for the format).
 * The participant sends it (mail, chat); the facilitator opens or pastes it on the device that holds
 * the werksessie. The text is the answers envelope as JSON; parseAnswersEnvelope checks it afterwards.
 */
import { ANSWERS_PATH } from '../wizard/routes.ts';
import { buildPackedLink, isPackedLinkFor, readPackedLink, type ReadPackedLinkResult } from './packed-link.ts';
import { WORKSHOP_LIMITS } from './workshop-limits.ts';
import type { ParticipantEnvelope } from './workshop-schema.ts';

/** Longest data part read: far above a real envelope (a few kB), far below what would slow a device. */
export const MAX_ANSWERS_LINK_PAYLOAD_CHARS = 64 * 1024;

/**
 * The link for an answers envelope on the app at `baseUrl` (any hash is dropped). Takes the envelope as
 * JSON text or as the object (which is written as compact JSON).
 */
export function answersLink(envelope: string | ParticipantEnvelope, baseUrl: string): Promise<string> {
	return buildPackedLink(ANSWERS_PATH, typeof envelope === 'string' ? envelope : JSON.stringify(envelope), baseUrl);
}

/** True when the text is an answers link (or its hash), whatever its data: for pasted lines. */
export function isAnswersLink(hashOrUrl: string): boolean {
	return isPackedLinkFor(ANSWERS_PATH, hashOrUrl);
}

/** The envelope text out of an answers link or its hash. Never throws; unpacks at most answersJsonBytes. */
export function readAnswersLink(hashOrUrl: string): Promise<ReadPackedLinkResult> {
	return readPackedLink(ANSWERS_PATH, hashOrUrl, {
		maxPayloadChars: MAX_ANSWERS_LINK_PAYLOAD_CHARS,
		maxBytes: WORKSHOP_LIMITS.answersJsonBytes
	});
}
