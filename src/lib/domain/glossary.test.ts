import { describe, expect, test } from 'vitest';
import type { Checklist } from '../content/checklist-schema.ts';
import { glossaryForms, termsUsed } from './glossary.ts';

const checklist: Pick<Checklist, 'glossary'> = {
	glossary: [
		{ id: 'ervaringswerker', term: 'ervaringswerker', forms: ['ervaringswerkers', 'ervaringswerk'], definition: 'In dienst.' },
		{ id: 'kwartiermaken', term: 'kwartiermaken', forms: ['kwartier maken'], definition: 'Klaarmaken.' },
		{ id: 'wegbereider', term: 'wegbereider', definition: 'Maakt de weg vrij.' }
	]
};
const ids = (texts: string[]) => termsUsed(checklist, texts).map((term) => term.id);

describe('termsUsed', () => {
	test.each([
		['a plural form', ['Er werken twee ervaringswerkers.'], ['ervaringswerker']],
		['any case, at the start of a sentence', ['Ervaringswerk is een vak.'], ['ervaringswerker']],
		['a phrase over a line break', ['Goed kwartier\nmaken is belangrijk.'], ['kwartiermaken']],
		['in glossary order, over several texts', ['Een wegbereider.', 'Kwartiermaken en ervaringswerkers.'], ['ervaringswerker', 'kwartiermaken', 'wegbereider']],
		['not inside a longer word', ['De wegbereiding en ervaringswerkplaats.'], []],
		['next to punctuation', ['(wegbereider), ‘ervaringswerker’.'], ['ervaringswerker', 'wegbereider']],
		['nothing', ['Een plan op papier.'], []]
	])('%s', (_name, texts, expected) => {
		expect(ids(texts)).toEqual(expected);
	});

	test('a checklist without a glossary explains nothing', () => {
		expect(termsUsed({}, ['ervaringswerker'])).toEqual([]);
	});

	test('glossaryForms lists every form in lower case', () => {
		expect([...glossaryForms(checklist)].sort()).toEqual(
			['ervaringswerk', 'ervaringswerker', 'ervaringswerkers', 'kwartier maken', 'kwartiermaken', 'wegbereider'].sort()
		);
	});
});
