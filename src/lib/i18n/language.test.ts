import { describe, expect, test } from 'vitest';
import { enAll as en, nlAll } from './whole-catalogues.ts';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatShortDate } from './format.ts';
import { LANGUAGE_STORAGE_KEY, LanguageState, shouldSuggestEnglish } from './language.svelte.ts';
import { translate } from './message-ref.ts';
import type { Language, Messages } from './messages.ts';
import { nl } from './nl.ts';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
}

function state(initial: Record<string, string> = {}) {
	const storage = memoryStorage(initial);
	const root = { lang: 'nl' };
	const loads: Language[] = [];
	const language = new LanguageState({
		storage,
		root,
		load: async (lang) => {
			loads.push(lang);
			return lang === 'en' ? en : nlAll;
		}
	});
	return { language, storage, root, loads };
}

describe('LanguageState', () => {
	test('the first screen has only the Dutch core; complete() loads the rest once', async () => {
		const { language, loads } = state();
		expect(language.isComplete).toBe(false);
		expect('workshopSetup' in language.t).toBe(false);
		await Promise.all([language.complete(), language.complete()]);
		expect(loads).toEqual(['nl']);
		expect(language.isComplete).toBe(true);
		expect(language.t.workshop.title).toBe('Werksessie');
		await language.complete();
		expect(loads).toEqual(['nl']);
	});

	test('after a switch the catalogue is whole, and complete() loads nothing more', async () => {
		const { language, loads } = state();
		await language.set('en');
		expect(language.isComplete).toBe(true);
		await language.complete();
		expect(loads).toEqual(['en']);
		expect(language.t.workshop.title).toBe('Workshop');
	});

	test('a failed load of the rest can be tried again', async () => {
		let fail = true;
		const language = new LanguageState({
			storage: null,
			root: null,
			load: async () => {
				if (fail) throw new Error('offline');
				return nlAll;
			}
		});
		await expect(language.complete()).rejects.toThrow('offline');
		fail = false;
		await language.complete();
		expect(language.isComplete).toBe(true);
	});

	test('starts in Dutch without loading anything', () => {
		const { language, loads, root } = state();
		expect(language.current).toBe('nl');
		expect(language.t).toBe(nl);
		expect(language.remembered()).toBeNull();
		expect(loads).toEqual([]);
		expect(root.lang).toBe('nl');
	});

	test('set(en) loads English, sets <html lang> and remembers the choice', async () => {
		const { language, storage, root } = state();
		await language.set('en');
		expect(language.current).toBe('en');
		expect(language.t.home.myScans).toBe('My scans');
		expect(root.lang).toBe('en');
		expect(storage.data.get(LANGUAGE_STORAGE_KEY)).toBe('en');
		await language.set('nl');
		expect(language.t).toBe(nlAll);
		expect(root.lang).toBe('nl');
		expect(language.remembered()).toBe('nl');
	});

	test('restore() applies a remembered English, ignores a damaged value', async () => {
		const remembered = state({ [LANGUAGE_STORAGE_KEY]: 'en' });
		await remembered.language.restore();
		expect(remembered.language.current).toBe('en');
		const damaged = state({ [LANGUAGE_STORAGE_KEY]: '<script>' });
		await damaged.language.restore();
		expect(damaged.language.current).toBe('nl');
		expect(damaged.loads).toEqual([]);
	});

	test('restore() with a core loader loads only the remembered core; complete() brings the rest', async () => {
		const storage = memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'en' });
		const loads: string[] = [];
		const { en: enCore } = await import('./en.ts');
		const language = new LanguageState({
			storage,
			root: null,
			load: async (lang) => {
				loads.push(`whole ${lang}`);
				return lang === 'en' ? en : nlAll;
			},
			loadCore: async (lang) => {
				loads.push(`core ${lang}`);
				return (lang === 'en' ? enCore : nl) as Messages;
			}
		});
		await language.restore();
		expect(language.current).toBe('en');
		expect(language.t.home.myScans).toBe('My scans');
		expect(language.isComplete).toBe(false);
		expect('workshop' in language.t).toBe(false);
		await language.complete();
		expect(language.t.workshop.title).toBe('Workshop');
		expect(loads).toEqual(['core en', 'whole en']);
	});

	test('a quick second choice wins over a slower first one', async () => {
		let release: () => void = () => {};
		const language = new LanguageState({
			storage: null,
			root: null,
			load: (lang) => (lang === 'en' ? new Promise<Messages>((resolve) => (release = () => resolve(en))) : Promise.resolve(nlAll))
		});
		const first = language.set('en');
		await language.set('nl');
		release();
		await first;
		expect(language.current).toBe('nl');
	});

	test('formats dates and numbers in the current language', async () => {
		const { language } = state();
		expect(language.formatDate('2027-03-31')).toBe('31 maart 2027');
		await language.set('en');
		expect(language.formatDate('2027-03-31')).toBe('31 March 2027');
		expect(language.formatNumber(8000)).toBe('8,000');
	});
});

describe('suggesting English', () => {
	const base = { search: '', languages: ['nl-NL'], remembered: null, current: 'nl' as const };
	test.each([
		['Dutch browser, no parameter', base, false],
		['?lang=en', { ...base, search: '?lang=en' }, true],
		['English browser', { ...base, languages: ['en-GB', 'nl'] }, true],
		['Dutch before English', { ...base, languages: ['nl', 'en'] }, false],
		['a remembered choice wins over ?lang=en', { ...base, search: '?lang=en', remembered: 'nl' as const }, false],
		['?lang=nl wins over an English browser', { ...base, search: '?lang=nl', languages: ['en'] }, false],
		['already English', { ...base, search: '?lang=en', current: 'en' as const }, false]
	])('%s', (_, input, expected) => {
		expect(shouldSuggestEnglish(input)).toBe(expected);
	});
});

describe('formatting per language', () => {
	test('dates', () => {
		expect(formatDate('2026-11-24T10:15:00', 'nl')).toBe('24 november 2026');
		expect(formatDate('2026-11-24T10:15:00', 'en')).toBe('24 November 2026');
		expect(formatDate('2027-03-31T23:59:59.000Z', 'nl')).toBe('31 maart 2027');
		expect(formatDate('gisteren', 'nl')).toBe('');
		expect(formatDate('2027-13-01', 'en')).toBe('');
		expect(formatShortDate('2027-03-31', 'nl')).toBe('31 mrt 2027');
		expect(formatShortDate('2027-03-31', 'en')).toBe('31 Mar 2027');
		expect(formatShortDate('', 'en')).toBe('–');
		expect(formatDateTime('2026-11-24T14:05:00', 'nl')).toMatch(/^24 november 2026 (om )?14:05$/);
		expect(formatDateTime('2026-11-24T14:05:00', 'en')).toMatch(/^24 November 2026 (at )?14:05$/);
		expect(formatDateTime('nonsense', 'en')).toBe('nonsense');
	});

	test('numbers and percentages', () => {
		expect(formatNumber(8000, 'nl')).toBe('8.000');
		expect(formatNumber(8000, 'en')).toBe('8,000');
		expect(formatPercent(62, 'nl')).toBe('62%');
		expect(formatPercent(62, 'en')).toBe('62%');
	});
});

describe('catalogues and message keys', () => {
	test('English has every Dutch key and no other, with the same kind of value', () => {
		const shape = (value: unknown): unknown =>
			typeof value === 'function'
				? `function/${value.length}`
				: typeof value === 'object' && value !== null
					? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
					: typeof value;
		expect(shape(en)).toEqual(shape(nlAll));
	});

	test('translate() reads the werksessie part too, once the catalogue is whole', () => {
		expect(translate(nlAll, { key: 'workshop.title' })).toBe('Werksessie');
		expect(translate(en, { key: 'workshop.title' })).toBe('Workshop');
	});

	test('translate() fills in a key with its parameters, in either language', () => {
		expect(translate(nlAll, { key: 'problems.notFound' })).toBe(nl.problems.notFound);
		expect(translate(en, { key: 'home.restoredMany', params: [3] })).toBe('3 scans have been restored.');
		expect(translate(nlAll, { key: 'home.restoredOne', params: ['Utrecht'] })).toBe('De scan ‘Utrecht’ is teruggezet.');
		// @ts-expect-error an unknown key is a type error; at run time it shows the key, never throws.
		expect(translate(nlAll, { key: 'home.nope' })).toBe('home.nope');
	});

	test('translate() puts a message given as a parameter into words first, in the same language', () => {
		const label = { key: 'backupFile.scanLabel.numbered', params: [2] } as const;
		const field = { key: 'backupFile.path', params: [{ key: 'backupFile.fields.plan' }, { key: 'backupFile.items.actions', params: [3] }] } as const;
		const problem = { key: 'backupFile.problems.missing', params: [false] } as const;
		const message = { key: 'backupFile.errors.scanInvalid', params: [label, { key: 'backupFile.fieldProblem', params: [field, problem] }] } as const;
		expect(translate(nlAll, message)).toBe('Scan 2 in de reservekopie klopt niet: actieplan, actie 3 ontbreekt.');
		expect(translate(en, message)).toBe('Scan 2 in the backup is not right: action plan, action 3 is missing.');
	});
});
