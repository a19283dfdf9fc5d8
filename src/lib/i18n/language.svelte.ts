/**
 * The current language of the interface, the one place views get their words from.
 *
 * `t` reads the catalogue of the current language; because it reads a `$state` field, every template that
 * uses `t.…` updates at once when the language changes, without remounting anything (a half-typed note
 * stays). Dutch is in the first screen's code; English is loaded on demand. The choice is remembered on the
 * device (localStorage `kwartiermaker:language`) and written to `<html lang>`.
 */
import { nl } from './nl.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language, type Messages } from './messages.ts';
import * as format from './format.ts';

export type { Language, Messages } from './messages.ts';
export type { MessageRef } from './message-ref.ts';
import { translate, type MessageRef } from './message-ref.ts';
export { translate };

export const LANGUAGE_STORAGE_KEY = 'kwartiermaker:language';

/** Each language's name in itself, for the switch in the header. */
export const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/**
 * Loads a whole catalogue. The Dutch core is already here; the outcome texts (results, plan, reports, work
 * over time) and the werksessie texts of either language, and the English core, are chunks of their own, so
 * the first screen carries only what it shows.
 */
export function loadMessages(language: Language): Promise<Messages> {
	const parts =
		language === 'en'
			? Promise.all([import('./en-outcome.ts'), import('./en-workshop.ts')]).then(([outcome, workshop]) => ({ ...outcome.enOutcome, ...workshop.enWorkshop }))
			: Promise.all([import('./nl-outcome.ts'), import('./nl-workshop.ts')]).then(([outcome, workshop]) => ({ ...outcome.nlOutcome, ...workshop.nlWorkshop }));
	return Promise.all([loadCoreMessages(language), parts]).then(([core, rest]) => ({ ...core, ...rest }));
}

/**
 * Loads only a language's core (the texts of the first screen and the scan), for a start in a remembered
 * language: the first screen then waits for no more than it shows; `complete()` brings the rest.
 */
export function loadCoreMessages(language: Language): Promise<Messages> {
	return language === 'en' ? import('./en.ts').then((core) => core.en as Messages) : Promise.resolve(nl as Messages);
}

export interface LanguageDeps {
	storage: Pick<Storage, 'getItem' | 'setItem'> | null;
	/** The `<html>` element, whose `lang` follows the language. */
	root: { lang: string } | null;
	load: (language: Language) => Promise<Messages>;
	/** Loads only a language's core; without it, `restore()` loads the whole catalogue. */
	loadCore?: (language: Language) => Promise<Messages>;
}

function browserDeps(): LanguageDeps {
	let storage: LanguageDeps['storage'] = null;
	try {
		storage = typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Some browsers refuse localStorage (blocked cookies); the choice is then not remembered.
	}
	return { storage, root: typeof document === 'undefined' ? null : document.documentElement, load: loadMessages, loadCore: loadCoreMessages };
}

export class LanguageState {
	#current = $state<Language>(DEFAULT_LANGUAGE);
	/**
	 * Until `complete()` has loaded the rest, this is only the Dutch core (nl.ts): enough for the first screen.
	 * Every page that uses the other texts waits for `complete()` first (App.svelte).
	 */
	#messages = $state.raw<Messages>(nl as Messages);
	#complete = $state(false);
	/** The load that makes the current catalogue whole, once per language. */
	#completing: Promise<void> | null = null;
	readonly #deps: LanguageDeps;
	/** The last requested language, so a slow load of an earlier choice cannot win. */
	#wanted: Language = DEFAULT_LANGUAGE;

	constructor(deps: LanguageDeps = browserDeps()) {
		this.#deps = deps;
	}

	get current(): Language {
		return this.#current;
	}

	/** The catalogue of the current language. */
	get t(): Messages {
		return this.#messages;
	}

	/** The language chosen earlier on this device, or null when the user never chose. */
	remembered(): Language | null {
		try {
			const value = this.#deps.storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
			return isLanguage(value) ? value : null;
		} catch {
			return null;
		}
	}

	/** Switches the interface to `language` once its catalogue is loaded; `remember` stores the choice. */
	async set(language: Language, { remember = true }: { remember?: boolean } = {}): Promise<void> {
		this.#wanted = language;
		if (remember) {
			try {
				this.#deps.storage?.setItem(LANGUAGE_STORAGE_KEY, language);
			} catch {
				// Storage full or refused: the switch still works for this visit.
			}
		}
		const messages = await this.#deps.load(language);
		if (this.#wanted !== language) return;
		this.#messages = messages;
		this.#current = language;
		this.#complete = true;
		this.#completing = Promise.resolve();
		if (this.#deps.root) this.#deps.root.lang = language;
	}

	/** True once the catalogue of the current language is whole (not only the first screen's texts). */
	get isComplete(): boolean {
		return this.#complete;
	}

	/**
	 * Loads the rest of the current language's catalogue (the werksessie texts), once. Pages other than the
	 * start page wait for this before they show; a switch of language (`set`) always loads a whole catalogue.
	 */
	complete(): Promise<void> {
		this.#completing ??= (async () => {
			const language = this.#current;
			const messages = await this.#deps.load(language);
			if (this.#current !== language || this.#complete) return;
			this.#messages = messages;
			this.#complete = true;
		})().catch((error: unknown) => {
			// A chunk that failed to load (offline before the service worker cached it) may load next time.
			this.#completing = null;
			throw error;
		});
		return this.#completing;
	}

	/**
	 * At start: applies the remembered choice (Dutch stays unless English was chosen). Only that language's
	 * core loads before the first screen; `complete()` loads the rest after it, as for Dutch.
	 */
	async restore(): Promise<void> {
		const remembered = this.remembered();
		if (!remembered || remembered === this.#current) return;
		if (!this.#deps.loadCore) return this.set(remembered, { remember: false });
		this.#wanted = remembered;
		const core = await this.#deps.loadCore(remembered);
		if (this.#wanted !== remembered) return;
		this.#messages = core;
		this.#current = remembered;
		this.#complete = false;
		this.#completing = null;
		if (this.#deps.root) this.#deps.root.lang = remembered;
	}

	formatDate = (iso: string): string => format.formatDate(iso, this.#current);
	formatShortDate = (iso: string): string => format.formatShortDate(iso, this.#current);
	formatDateTime = (iso: string): string => format.formatDateTime(iso, this.#current);
	formatNumber = (value: number): string => format.formatNumber(value, this.#current);
	formatPercent = (percent: number): string => format.formatPercent(percent, this.#current);
}

/** The app's language. */
export const language = new LanguageState();

/**
 * A page's module, once the catalogue is whole too: pages other than the start page may use any text, so
 * they show only after `language.complete()`. Both load side by side.
 */
export function withAllTexts<T>(page: Promise<T>): Promise<T> {
	// When the rest of the texts cannot load (a chunk missing offline), the page still shows: only the
	// werksessie texts would be missing, and the next page tries to load them again.
	return Promise.all([page, language.complete().catch(() => {})]).then(([module]) => module);
}

/**
 * The current catalogue, for templates: `{t.home.title}`. Each property read goes to the current language,
 * so views that read `t` in their markup follow a switch at once.
 */
export const t: Messages = new Proxy({} as Messages, {
	get: (_target, key) => Reflect.get(language.t, key)
});

/**
 * Whether to suggest English (never to switch by itself): the address asks for it (`?lang=en`) or the
 * browser prefers English over Dutch, and the user has not chosen a language on this device.
 */
export function shouldSuggestEnglish(input: { search: string; languages: readonly string[]; remembered: Language | null; current: Language }): boolean {
	if (input.remembered !== null || input.current === 'en') return false;
	const asked = new URLSearchParams(input.search).get('lang');
	if (asked !== null) return asked.toLowerCase().startsWith('en');
	for (const tag of input.languages) {
		const primary = tag.toLowerCase().split('-')[0];
		if (primary === 'nl') return false;
		if (primary === 'en') return true;
	}
	return false;
}

/** Words for a message: a catalogue key in the current language, or words that came already made. */
export function say(message: MessageRef | string): string {
	return typeof message === 'string' ? message : translate(language.t, message);
}
