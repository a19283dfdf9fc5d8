/**
 * The type of a message catalogue, derived from the Dutch one: every language must have the same keys,
 * with plain strings where Dutch has a string and functions with the same parameters where Dutch has one.
 * A missing or an extra key in another language fails the type check.
 */
import type { nl } from './nl.ts';
import type { nlOutcome } from './nl-outcome.ts';
import type { nlWorkshop } from './nl-workshop.ts';

type Widen<T> = T extends string
	? string
	: T extends (...args: infer A) => string
		? (...args: A) => string
		: { readonly [K in keyof T]: Widen<T[K]> };

/** The texts of the first screen and the scan itself (nl.ts, en.ts). */
export type CoreMessages = Widen<typeof nl>;
/** The texts of the werksessie screens (nl-workshop.ts, en-workshop.ts), loaded after the first screen. */
export type WorkshopMessages = Widen<typeof nlWorkshop>;
/** The texts of results, plan, reports and work over time (nl-outcome.ts, en-outcome.ts), loaded after the first screen. */
export type OutcomeMessages = Widen<typeof nlOutcome>;
/** A whole catalogue: what views read through `t`. */
export type Messages = CoreMessages & OutcomeMessages & WorkshopMessages;

/** The languages of the interface. Dutch is the default. */
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nl';

export function isLanguage(value: unknown): value is Language {
	return value === 'nl' || value === 'en';
}

/** Locale for `Intl` per language. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
