/**
 * The constants and limits of handing themes to a colleague (uitbesteden) and taking their answers back.
 * No valibot here, so forms can use the limits cheaply; the schemas (the scan's `delegations` and
 * `delegatedPart` in scan-schema.ts, the envelopes in delegation-schema.ts) use the same values.
 */
import { LIMITS } from '../domain/scan-limits.ts';

/** `type` of the envelope the owner hands out (file and link carry the same JSON). */
export const DELEGATION_TYPE = 'kwartiermaker-uitbesteding';
/** Version of that envelope. Raise it (and read the old one too) when its shape changes. */
export const DELEGATION_VERSION = 1;
/** `type` of the envelope the colleague sends back. */
export const RETURN_TYPE = 'kwartiermaker-uitbesteding-terug';
/** Version of the returned envelope. */
export const RETURN_VERSION = 1;

/** Where a hand-out stands on the owner's scan: with the colleague, back (not all handled yet), or handled. */
export const DELEGATION_STATUSES = ['out', 'returned', 'merged'] as const;
export type DelegationStatus = (typeof DELEGATION_STATUSES)[number];

/** Every limit on delegation data. Lengths count UTF-16 code units, like `maxlength`. */
export const DELEGATION_LIMITS = {
	/** The colleague's role ("beleidsmedewerker"). */
	role: 100,
	/** The owner's short note to the colleague. */
	note: 1000,
	/** Hand-outs one scan remembers; far more than anyone hands out. */
	records: 100,
	/** Themes in one hand-out (a checklist has fourteen). */
	themes: LIMITS.themes,
	/** Answers in one envelope; the scan's own limit. */
	answers: LIMITS.answers,
	/** Most characters of an envelope as JSON (file or unpacked link). */
	jsonBytes: 512 * 1024,
	/** Most characters of the data part of a link. */
	linkPayloadChars: 256 * 1024,
	/** Deepest nesting in an envelope; a real one uses 4 levels. */
	depth: 12,
	/** Most values (objects, arrays, texts, numbers) in one envelope. */
	values: 20_000
} as const;
