/**
 * In the app, pages wait for the whole catalogue (`language.complete()`) before they show; tests of
 * components and state classes start with it whole too, as the pages they belong to would.
 */
import { language } from '../../src/lib/i18n/language.svelte.ts';

await language.complete();
