/**
 * Plain-language measures for Dutch content: the Flesch-Douma reading ease and the mean sentence
 * length. Used by the content tests, so a revision of the checklist cannot drift away from B1.
 *
 * Flesch-Douma = 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word).
 * Scores of 60 and up read as fairly easy; below 50 as hard. The formula punishes long words much
 * more than long sentences, so one long everyday word ("kindermishandeling") costs more than a
 * short domain term the scan explains on its own ("ervaringswerker"). Terms from the checklist's
 * glossary therefore count as ordinary two-syllable words: the reader gets their meaning from the
 * "Begrippen" explanation, and the scan cannot do without them.
 *
 * Syllables are counted the simple way for Dutch: one per group of vowels (a, e, i, o, u, y and
 * their accented forms). A letter with a diaeresis (ë, ï, ü …) starts a new syllable, as in
 * "geëvalueerd" or "continuïteit". This is an estimate, but the same estimate for every text, which is
 * what a threshold needs.
 */

const VOWEL = /[aeiouyáàâäéèêëíìîïóòôöúùûü]/;
const DIAERESIS = /[äëïöü]/;
/** Syllables a glossary term counts for, whatever its length. */
export const DOMAIN_TERM_SYLLABLES = 2;

/** Syllables in one word, by counting vowel groups; at least 1. */
export function countSyllables(word: string): number {
	let count = 0;
	let inGroup = false;
	for (const char of word.toLowerCase()) {
		if (VOWEL.test(char)) {
			if (!inGroup || DIAERESIS.test(char)) count++;
			inGroup = true;
		} else {
			inGroup = false;
		}
	}
	return Math.max(1, count);
}

/** The words of a text: runs of letters and digits (apostrophes and hyphens stay inside a word). */
export function wordsOf(text: string): string[] {
	return (text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? []).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * The sentences of a text. A sentence ends at . ! or ? followed by a space or the end. A text that
 * ends without a full stop (a heading) still counts as a sentence.
 */
export function sentencesOf(text: string): string[] {
	return text
		.split(/(?<=[.!?]["”’)]*)\s+/u)
		.map((sentence) => sentence.trim())
		.filter((sentence) => wordsOf(sentence).length > 0);
}

export interface ReadabilityFigures {
	words: number;
	sentences: number;
	syllables: number;
	/** Flesch-Douma reading ease (higher is easier). */
	score: number;
	/** Mean words per sentence. */
	meanSentenceLength: number;
}

/**
 * Flesch-Douma figures for a text. `domainTerms` are lower-case words that count as
 * `DOMAIN_TERM_SYLLABLES` syllables (the explained terms of the checklist's glossary).
 */
export function readability(text: string, domainTerms: ReadonlySet<string> = new Set()): ReadabilityFigures {
	const sentences = sentencesOf(text);
	const words = sentences.flatMap(wordsOf);
	const syllables = words.reduce(
		(sum, word) => sum + (domainTerms.has(word.toLowerCase()) ? DOMAIN_TERM_SYLLABLES : countSyllables(word)),
		0
	);
	if (words.length === 0) return { words: 0, sentences: 0, syllables: 0, score: 0, meanSentenceLength: 0 };
	const meanSentenceLength = words.length / sentences.length;
	const score = 206.835 - 0.93 * meanSentenceLength - 77 * (syllables / words.length);
	return { words: words.length, sentences: sentences.length, syllables, score, meanSentenceLength };
}
