/**
 * Which explained terms ("Begrippen") a text uses, so the question page can explain exactly the
 * domain words a question and its help contain.
 *
 * A term matches as a whole word (or phrase), in any case: "ervaringswerkers" matches the form
 * "ervaringswerkers", not the shorter "ervaringswerk" inside it, and "wegbereider" is not found in
 * "wegbereiding".
 */
import type { Checklist, GlossaryTerm } from '../content/checklist-schema.ts';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternFor(entry: GlossaryTerm): RegExp {
	const forms = [entry.term, ...(entry.forms ?? [])]
		// Longest first, so a phrase wins over a word inside it.
		.sort((a, b) => b.length - a.length)
		.map((form) => escape(form).replace(/\s+/g, '\\s+'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** The glossary terms that occur in any of the texts, in glossary order. */
export function termsUsed(checklist: Pick<Checklist, 'glossary'>, texts: readonly string[]): GlossaryTerm[] {
	const glossary = checklist.glossary ?? [];
	return glossary.filter((entry) => {
		const pattern = patternFor(entry);
		return texts.some((text) => pattern.test(text));
	});
}

/** Every lower-case form of every glossary term (for readability measures that treat them as ordinary words). */
export function glossaryForms(checklist: Pick<Checklist, 'glossary'>): Set<string> {
	return new Set(
		(checklist.glossary ?? []).flatMap((entry) => [entry.term, ...(entry.forms ?? [])].map((form) => form.toLowerCase()))
	);
}
