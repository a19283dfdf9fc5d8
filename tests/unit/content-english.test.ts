/**
 * The English checklist (checklists/kwartiermaken.en.yaml laid over checklists/kwartiermaken.yaml, as the
 * build does it): the same checklist as the Dutch one in everything but its texts, every text filled in and
 * English, and the same terms explained with each question. The plain-language tests in
 * content-quality.test.ts measure Dutch only.
 */
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import dutch from '../../checklists/kwartiermaken.yaml';
import english from '../../checklists/kwartiermaken.en.yaml';
import { ChecklistSchema } from '../../src/lib/content/checklist-schema.ts';
import { translateChecklist } from '../../src/lib/content/translate-checklist.ts';
import { translationSkeleton } from '../../src/lib/content/translation-skeleton.ts';
import { termsUsed } from '../../src/lib/domain/glossary.ts';

/** Every text of a checklist with the path where it is, e.g. `themes.k1.questions.k1-plan.help`. */
function textsOf(checklist: typeof dutch): Map<string, string> {
	const texts = new Map<string, string>();
	const walk = (value: unknown, path: string): void => {
		if (typeof value === 'string') texts.set(path, value);
		else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}.${index}`));
		else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
	};
	walk(translationSkeleton(checklist, checklist.language), '');
	texts.delete('language');
	return texts;
}

const dutchTexts = textsOf(dutch);
/** The Dutch term the English texts explain and keep (see the glossary in checklists/README.md). */
const KEPT_DUTCH = new Set(['kwartiermaken', 'kwartiermaker']);
/** A quoted label or title: ‘…’, where a ’ inside a word (Don’t) is an apostrophe, not the closing quote. */
const QUOTED = /‘(.+?)’(?!\p{L})/gu;
const englishTexts = textsOf(english);

/**
 * Names that stay Dutch in English: organisations, programmes, guides and legal terms, which readers must be
 * able to look up under their own name. Removed before looking for Dutch words.
 */
const DUTCH_NAMES = [
	'Geweld hoort nergens thuis',
	'Samen deskundig',
	'Actie Agenda Utrechters Schuldenvrij',
	'Hogeschool van Amsterdam',
	'Kwaliteitssysteem voor Ervaringsdeskundigen',
	'Vliegende Brigade Ervaringsdeskundigheid',
	'Sociaal Werk Nederland',
	'cao Sociaal Werk',
	'Werk en Inkomen',
	'Kenniscentrum Phrenos'
];

/** Everyday Dutch words that have no place in an English sentence. */
const DUTCH_WORDS = /(?<![\p{L}])(de|het|een|en|van|niet|uw|ons|onze|wij|wordt|heeft|zijn|bij|voor|naar|ook|maar|weet|ik|nee|ja|geen|dit|wat)(?![\p{L}])/iu;

describe('the English checklist', () => {
	test('is a valid checklist in English', () => {
		expect(v.safeParse(ChecklistSchema, english).success).toBe(true);
		expect(english.language).toBe('en');
	});

	test('has the same ids, scales, scores, conditions, sources and migrations as the Dutch one: only texts differ', () => {
		// Laying the Dutch texts over the English checklist must give back the Dutch checklist exactly.
		const { checklist, issues } = translateChecklist(english, translationSkeleton(dutch, 'en'), 'en');
		expect(issues).toEqual([]);
		expect({ ...checklist, language: 'nl' }).toEqual(dutch);
		expect([...englishTexts.keys()].filter((path) => !path.startsWith('glossary.') || !path.includes('.forms.'))).toEqual(
			[...dutchTexts.keys()].filter((path) => !path.startsWith('glossary.') || !path.includes('.forms.'))
		);
	});

	test('has no empty texts and no text left in Dutch', () => {
		expect(englishTexts.size).toBeGreaterThan(500);
		const untranslated: string[] = [];
		for (const [path, text] of englishTexts) {
			expect(text.trim(), path).not.toBe('');
			if (text === dutchTexts.get(path) && !KEPT_DUTCH.has(text)) untranslated.push(`${path}: ${text}`);
		}
		expect(untranslated).toEqual([]);
	});

	test('has no Dutch words outside names and the Dutch terms it explains', () => {
		const dutchInEnglish: string[] = [];
		for (const [path, text] of englishTexts) {
			let rest = text;
			for (const name of DUTCH_NAMES) rest = rest.replaceAll(name, '');
			// Quoted titles and the Dutch word given with an English term: ‘Ervaringsdeskundige’, (wethouder), "In Dutch: …".
			rest = rest.replace(QUOTED, '').replace(/\([^)]*\)/g, '').replace(/In Dutch: [^.]*\./g, '');
			const match = DUTCH_WORDS.exec(rest);
			if (match) dutchInEnglish.push(`${path}: "${match[0]}" in ${text}`);
		}
		expect(dutchInEnglish).toEqual([]);
	});

	test('the answers outside the scales and the scale labels are English', () => {
		expect(english.special.unknown.label).toBe('Don’t know');
		expect(english.special.notApplicable.label).toBe('Not applicable');
		const dutchLabels = new Set([dutch.special.unknown.label, dutch.special.notApplicable.label, ...Object.values(dutch.scales).flatMap((s) => s.options.map((o) => o.label))]);
		for (const scale of Object.values(english.scales)) {
			for (const option of scale.options) expect(dutchLabels.has(option.label), option.label).toBe(false);
		}
		expect(english.levels.map((level) => level.label)).toEqual(['Exploring', 'Preparing', 'Building', 'Embedding']);
	});

	test('help texts that name an answer or a level use the English label', () => {
		const labels = new Set([english.special.unknown.label, english.special.notApplicable.label, ...english.levels.map((l) => l.label), 'Yes', 'No']);
		const quoted = [...englishTexts.values()].flatMap((text) => [...text.matchAll(QUOTED)].map((m) => m[1]!));
		for (const label of ['Don’t know', 'Not applicable', 'Preparing', 'Building', 'Yes']) expect(quoted).toContain(label);
		expect(quoted.filter((q) => /^(Weet ik niet|Niet van toepassing|Voorbereiden|Opbouwen|Ja|Nee)$/.test(q))).toEqual([]);
		expect(labels.size).toBeGreaterThan(0);
	});

	test('every question explains the same terms (“Terms”) in English as in Dutch', () => {
		const differences: string[] = [];
		dutch.themes.forEach((theme, t) => {
			theme.questions.forEach((question, q) => {
				const translated = english.themes[t]!.questions[q]!;
				const inDutch = termsUsed(dutch, [question.text, question.help]).map((e) => e.id);
				const inEnglish = termsUsed(english, [translated.text, translated.help]).map((e) => e.id);
				if (inDutch.join() !== inEnglish.join()) differences.push(`${question.id}: nl ${inDutch.join(', ')} / en ${inEnglish.join(', ')}`);
			});
		});
		expect(differences).toEqual([]);
	});

	test('figures keep their numbers', () => {
		english.figures.forEach((figure, index) => {
			const original = dutch.figures[index]!;
			expect(figure.id).toBe(original.id);
			if (!/\p{L}/u.test(original.value)) expect(figure.value).toBe(original.value);
			expect(figure.value.match(/\d+/g) ?? []).toEqual(original.value.match(/\d+/g) ?? []);
		});
	});
});
