/**
 * translateChecklist: a texts-only translation laid over the structure by id. Every problem a translator
 * can make is named with the path of the field in the translation file.
 */
import { describe, expect, test } from 'vitest';
import dutch from '../../../checklists/kwartiermaken.yaml';
import { translateChecklist, type TranslationIssue } from './translate-checklist.ts';
import { translationSkeleton } from './translation-skeleton.ts';

type Tree = Record<string, any>;

/** A complete translation: every Dutch text with "EN " in front. */
function complete(): Tree {
	return translationSkeleton(dutch, 'en', (text) => `EN ${text}`) as Tree;
}

function issuesOf(translation: unknown): TranslationIssue[] {
	const result = translateChecklist(dutch, translation, 'en');
	expect(result.checklist).toBeNull();
	return result.issues;
}

const at = (...path: string[]) => path;

describe('a complete translation', () => {
	test('passes and replaces every text, keeping ids, scores, conditions and sources', () => {
		const { checklist, issues } = translateChecklist(dutch, complete(), 'en');
		expect(issues).toEqual([]);
		expect(checklist).not.toBeNull();
		const english = checklist!;
		expect(english.language).toBe('en');
		expect(english.title).toBe(`EN ${dutch.title}`);
		const question = english.themes[0]!.questions[0]!;
		const dutchQuestion = dutch.themes[0]!.questions[0]!;
		expect(question.id).toBe(dutchQuestion.id);
		expect(question.help).toBe(`EN ${dutchQuestion.help}`);
		expect(question.actions.map((a) => [a.id, a.for, a.horizon, a.sources])).toEqual(dutchQuestion.actions.map((a) => [a.id, a.for, a.horizon, a.sources]));
		expect(question.actions[0]!.owner).toBe(`EN ${dutchQuestion.actions[0]!.owner}`);
		expect(english.scales.maturity!.options.map((o) => [o.id, o.score])).toEqual(dutch.scales.maturity!.options.map((o) => [o.id, o.score]));
		expect(english.scales.maturity!.options[0]!.label).toBe(`EN ${dutch.scales.maturity!.options[0]!.label}`);
		expect(english.special.unknown.label).toBe(`EN ${dutch.special.unknown.label}`);
		expect(english.caps.map((c) => [c.id, c.when, c.maxLevel])).toEqual(dutch.caps.map((c) => [c.id, c.when, c.maxLevel]));
		expect(english.caps[0]!.reason).toBe(`EN ${dutch.caps[0]!.reason}`);
		expect(english.levels.map((l) => l.minPercent)).toEqual(dutch.levels.map((l) => l.minPercent));
		expect(english.sources).toEqual(dutch.sources);
		expect(english.migrations?.[0]?.changes).toEqual(dutch.migrations?.[0]?.changes);
		const withPhaseText = english.themes.flatMap((t) => t.questions).find((q) => q.textByPhase)!;
		expect(withPhaseText.textByPhase?.orienterend).toMatch(/^EN /);
	});

	test('leaves the Dutch structure untouched', () => {
		const before = JSON.stringify(dutch);
		translateChecklist(dutch, complete(), 'en');
		expect(JSON.stringify(dutch)).toBe(before);
	});

	test('a figure written as a number keeps its number; one written in words takes the translated words', () => {
		const { checklist } = translateChecklist(dutch, complete(), 'en');
		for (const figure of checklist!.figures) {
			const original = dutch.figures.find((f) => f.id === figure.id)!;
			expect(figure.value).toBe(/\p{L}/u.test(original.value) ? `EN ${original.value}` : original.value);
		}
	});

	test('glossary forms are those of the translation; without forms there are none (Dutch forms mean nothing there)', () => {
		const translation = complete();
		translation.glossary.ervaringswerker.forms = ['experience workers'];
		delete translation.glossary.wegbereider.forms;
		const { checklist } = translateChecklist(dutch, translation, 'en');
		const glossary = checklist!.glossary!;
		expect(glossary.find((e) => e.id === 'ervaringswerker')!.forms).toEqual(['experience workers']);
		expect(glossary.find((e) => e.id === 'wegbereider')!.forms).toBeUndefined();
	});
});

describe('a missing text', () => {
	test('is named with its id and field', () => {
		const translation = complete();
		delete translation.themes.k1.questions['k1-wegbereider'].help;
		expect(issuesOf(translation)).toEqual([
			{ path: at('themes', 'k1', 'questions', 'k1-wegbereider', 'help'), message: 'Engelse tekst ontbreekt' }
		]);
	});

	test('in every kind of place: action, answer hint, phase text, cap, level, glossary, special, what’s new, old wording', () => {
		const translation = complete();
		delete translation.themes.k1.questions['k1-wegbereider'].actions['k1-wegbereider-hulp'].owner;
		delete translation.scales.risk.soms.hint;
		const phaseQuestion = Object.entries(translation.themes.k2.questions as Tree).find(([, q]) => q.textByPhase)!;
		delete phaseQuestion[1].textByPhase.orienterend;
		delete translation.caps['geen-plan'];
		delete translation.levels.opbouwen.description;
		delete translation.glossary.intervisie.definition;
		delete translation.special.unknown;
		delete translation.whatsNew['1.1.0'];
		delete translation.migrations['1.1.0']['e6-kaders'].labels['3'];
		delete translation.figures['peiling-2018-breed'].value;
		const paths = issuesOf(translation).map((issue) => issue.path.join('.'));
		expect(paths.sort()).toEqual(
			[
				'themes.k1.questions.k1-wegbereider.actions.k1-wegbereider-hulp.owner',
				'scales.risk.soms.hint',
				`themes.k2.questions.${phaseQuestion[0]}.textByPhase.orienterend`,
				'caps.geen-plan',
				'levels.opbouwen.description',
				'glossary.intervisie.definition',
				'special.unknown',
				'whatsNew.1.1.0',
				'migrations.1.1.0.e6-kaders.labels.3',
				'figures.peiling-2018-breed.value'
			].sort()
		);
	});

	test('a whole missing theme names every text in it', () => {
		const translation = complete();
		delete translation.themes.x2;
		const theme = dutch.themes.find((t) => t.id === 'x2')!;
		const expected = 2 + theme.questions.reduce((n, q) => n + 2 + Object.keys(q.textByPhase ?? {}).length + 4 * q.actions.length, 0);
		const issues = issuesOf(translation);
		expect(issues).toHaveLength(expected);
		expect(issues.every((issue) => issue.path[1] === 'x2' && issue.message === 'Engelse tekst ontbreekt')).toBe(true);
	});

	test('a hint the structure lacks is not asked for, and a figure given as a number needs no value', () => {
		const translation = complete();
		expect(translation.scales.yesno.ja.hint).toBeUndefined();
		expect(translation.figures['peiling-2018-actief'].value).toBeUndefined();
		expect(translateChecklist(dutch, translation, 'en').issues).toEqual([]);
	});
});

describe('an id that does not exist in the structure', () => {
	test('is named, whatever it is: theme, question, action, answer, term, field', () => {
		const translation = complete();
		translation.themes.k9 = { title: 'Nine' };
		translation.themes.k1.questions['k1-bestaat-niet'] = { text: 'No' };
		translation.themes.k1.questions['k1-plan'] = translation.themes.k2.questions['k2-plan'];
		translation.themes.k1.questions['k1-wegbereider'].actions['k1-extra'] = { title: 'Extra' };
		translation.scales.maturity['9'] = { label: 'Nine' };
		translation.glossary.buurt = { term: 'neighbourhood', definition: 'Where people live.' };
		translation.themes.k1.questions['k1-wegbereider'].hulp = 'Help';
		translation.sources = {};
		expect(issuesOf(translation)).toEqual(
			expect.arrayContaining([
				{ path: at('themes', 'k9'), message: 'onbekende thema-id "k9" (staat niet in de structuur)' },
				{ path: at('themes', 'k1', 'questions', 'k1-bestaat-niet'), message: 'onbekende vraag-id "k1-bestaat-niet" (staat niet in de structuur)' },
				{ path: at('themes', 'k1', 'questions', 'k1-plan'), message: 'onbekende vraag-id "k1-plan" (staat niet in de structuur)' },
				{ path: at('themes', 'k1', 'questions', 'k1-wegbereider', 'actions', 'k1-extra'), message: 'onbekende actie-id "k1-extra" (staat niet in de structuur)' },
				{ path: at('scales', 'maturity', '9'), message: 'onbekende antwoord-id "9" (staat niet in de structuur)' },
				{ path: at('glossary', 'buurt'), message: 'onbekende begrip-id "buurt" (staat niet in de structuur)' },
				{ path: at('themes', 'k1', 'questions', 'k1-wegbereider', 'hulp'), message: 'onbekend veld "hulp"' },
				{ path: at('sources'), message: 'onbekend veld "sources"' }
			])
		);
	});
});

describe('a text of the wrong type', () => {
	test('a number, a list, an empty text or a map where a text belongs', () => {
		const translation = complete();
		translation.focusAreas.armoede = 12;
		translation.themes.k1.title = ['Pathfinder'];
		translation.themes.k1.why = '   ';
		translation.caps['geen-plan'] = { reason: 'No plan' };
		translation.themes.k2.questions = 'none';
		translation.whatsNew['1.1.0'] = ['Only one item'];
		translation.glossary.ervaringswerker.forms = 'experience workers';
		expect(issuesOf(translation)).toEqual(
			expect.arrayContaining([
				{ path: at('focusAreas', 'armoede'), message: 'moet tekst zijn, niet het getal 12' },
				{ path: at('themes', 'k1', 'title'), message: 'moet tekst zijn, niet een lijst' },
				{ path: at('themes', 'k1', 'why'), message: 'mag niet leeg zijn (Engelse tekst ontbreekt)' },
				{ path: at('caps', 'geen-plan'), message: 'moet tekst zijn, niet velden' },
				{ path: at('themes', 'k2', 'questions'), message: 'moet velden bevatten (naam: waarde), niet tekst' },
				{
					path: at('whatsNew', '1.1.0'),
					message: `moet ${dutch.whatsNew![0]!.items.length} teksten bevatten, net als het origineel (nu 1)`
				},
				{ path: at('glossary', 'ervaringswerker', 'forms'), message: 'moet een lijst met teksten zijn, niet tekst' }
			])
		);
	});

	test('a file that is not a map at all', () => {
		expect(issuesOf(null)).toEqual([{ path: [], message: 'moet velden bevatten (naam: waarde), niet niets (null)' }]);
		expect(issuesOf(['a'])).toEqual([{ path: [], message: 'moet velden bevatten (naam: waarde), niet een lijst' }]);
	});
});

describe('rules the structure has, applied to the translation', () => {
	test('the file says its own language', () => {
		const translation = complete();
		translation.language = 'nl';
		expect(issuesOf(translation)).toEqual([{ path: at('language'), message: 'moet en zijn (de taal van dit bestand)' }]);
	});

	test('a proposed action must fit the action plan’s limits', () => {
		const translation = complete();
		translation.themes.k1.questions['k1-wegbereider'].actions['k1-wegbereider-hulp'].title = 'x'.repeat(201);
		expect(issuesOf(translation)).toEqual([
			{
				path: at('themes', 'k1', 'questions', 'k1-wegbereider', 'actions', 'k1-wegbereider-hulp', 'title'),
				message: 'is te lang voor het actieplan (201 tekens, hoogstens 200)'
			}
		]);
	});

	test('one word belongs to one glossary term only', () => {
		const translation = complete();
		translation.glossary.ervaringswerker.forms = ['experience workers', 'EN ervaringsdeskundige'];
		expect(issuesOf(translation)).toEqual([
			{ path: at('glossary', 'ervaringswerker', 'forms', '1'), message: '"EN ervaringsdeskundige" hoort al bij begrip ervaringsdeskundige' }
		]);
	});
});
