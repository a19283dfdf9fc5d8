/**
 * Whole catalogues in one synchronous import, for code that runs outside the browser's lazy loading:
 * tests, the bench and scripts. The app itself loads the parts on demand (language.svelte.ts).
 */
import { en } from './en.ts';
import { enOutcome } from './en-outcome.ts';
import { enWorkshop } from './en-workshop.ts';
import type { Messages } from './messages.ts';
import { nl } from './nl.ts';
import { nlOutcome } from './nl-outcome.ts';
import { nlWorkshop } from './nl-workshop.ts';

export const nlAll: Messages = { ...nl, ...nlOutcome, ...nlWorkshop };
export const enAll: Messages = { ...en, ...enOutcome, ...enWorkshop };
