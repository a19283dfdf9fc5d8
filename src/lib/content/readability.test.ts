import { describe, expect, test } from 'vitest';
import { countSyllables, readability, sentencesOf, wordsOf } from './readability.ts';

describe('Dutch syllables by vowel groups', () => {
	test.each([
		['plan', 1],
		['de', 1],
		['huis', 1],
		['eeuw', 1],
		['beleid', 2],
		['organisatie', 5],
		// The vowel-group estimate: "ue" in "lu-eerd" is one group, so 4 where a Dutch speaker hears 5.
		['geëvalueerd', 4],
		['continuïteit', 5],
		['kindermishandeling', 6],
		['zzp', 1],
		['Ervaringswerker', 5]
	])('%s has %i', (word, syllables) => {
		expect(countSyllables(word)).toBe(syllables);
	});
});

describe('words and sentences', () => {
	test('apostrophes and hyphens stay inside a word; numbers are words', () => {
		expect(wordsOf('Collega’s van Zaanstreek-Waterland, 6 mensen!')).toEqual(['Collega’s', 'van', 'Zaanstreek-Waterland', '6', 'mensen']);
	});

	test('sentences end at . ! or ?, also before a closing quote; a heading without a stop counts', () => {
		expect(sentencesOf('Is er een plan? Ja. ‘Goed gedaan.’ Verder\nzonder punt')).toEqual(['Is er een plan?', 'Ja.', '‘Goed gedaan.’', 'Verder\nzonder punt']);
	});
});

describe('Flesch-Douma', () => {
	test('206.835 − 0.93 × words per sentence − 77 × syllables per word', () => {
		// 2 sentences, 7 words, 8 syllables ("ma-ken" has two).
		const figures = readability('Wij maken een plan. Het werkt goed.');
		expect(figures).toMatchObject({ words: 7, sentences: 2, syllables: 8 });
		expect(figures.score).toBeCloseTo(206.835 - 0.93 * 3.5 - 77 * (8 / 7), 10);
		expect(figures.meanSentenceLength).toBe(3.5);
	});

	test('explained terms count as two syllables, in any case', () => {
		const plain = readability('De ervaringsdeskundigheid groeit.');
		const explained = readability('De ervaringsdeskundigheid groeit.', new Set(['ervaringsdeskundigheid']));
		expect(plain.syllables).toBe(1 + 7 + 1);
		expect(explained.syllables).toBe(1 + 2 + 1);
		expect(explained.score).toBeGreaterThan(plain.score);
	});

	test('an empty text has no figures', () => {
		expect(readability('  ')).toEqual({ words: 0, sentences: 0, syllables: 0, score: 0, meanSentenceLength: 0 });
	});
});
