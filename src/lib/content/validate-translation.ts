/**
 * Build-time check of a translation file (`checklists/<name>.<language>.yaml`) against its structure file
 * (`checklists/<name>.yaml`). Used by the Vite plugin and by `npm run check:content`; never shipped.
 *
 * Every problem is reported like the structure's problems: file, line, column, field and a Dutch message,
 * for example `checklists/kwartiermaken.en.yaml:12:5 themes.k1.questions.k1-wegbereider.help: Engelse
 * tekst ontbreekt`. A missing text points at the block where it belongs.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { Checklist } from './checklist-schema.ts';
import { translateChecklist, type TranslationLanguage } from './translate-checklist.ts';
import {
	pathToField,
	positionOf,
	positionOfKey,
	sortErrors,
	validateChecklistSource,
	type ContentError,
	type ValidationResult
} from './validate-checklist.ts';

/** The languages a translation file may have; the structure is Dutch. */
export const TRANSLATION_LANGUAGES: readonly TranslationLanguage[] = ['en'];

/**
 * `kwartiermaken.en.yaml` → `{ structure: 'kwartiermaken.yaml', language: 'en' }`; `null` for a file that
 * is not a translation (such as the structure file itself). Any two-letter code counts, so a file for a
 * language the app does not know yet is reported as such, not mistaken for a structure file.
 */
export function translationFileInfo(path: string): { structure: string; language: string } | null {
	const match = /^(.*)\.([a-z]{2})\.(ya?ml)$/.exec(path);
	if (!match) return null;
	return { structure: `${match[1]}.${match[3]}`, language: match[2]! };
}

function isTranslationLanguage(language: string): language is TranslationLanguage {
	return (TRANSLATION_LANGUAGES as readonly string[]).includes(language);
}

/**
 * Checks a translation and lays it over its structure. The structure is checked first: a broken
 * structure is reported as such (a translation of it cannot be judged).
 */
export function validateTranslationSource(
	structure: { source: string; file: string } | Checklist,
	source: string,
	file: string,
	language: string
): ValidationResult {
	if (!isTranslationLanguage(language)) {
		const message = `taal "${language}" kent de app nog niet (kies uit ${TRANSLATION_LANGUAGES.join(', ')}; een nieuwe taal toevoegen: zie checklists/README.md)`;
		return { checklist: null, errors: [{ file, line: 1, column: 1, field: '', message }] };
	}
	let base: Checklist;
	if ('source' in structure) {
		const result = validateChecklistSource(structure.source, structure.file);
		if (!result.checklist) return result;
		base = result.checklist;
	} else {
		base = structure;
	}

	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			checklist: null,
			errors: doc.errors.map((error) => {
				const { line, col } = lineCounter.linePos(error.pos[0]);
				return { file, line, column: col, field: '', message: `YAML klopt niet: ${error.message.split('\n')[0]}` };
			})
		};
	}
	const { checklist, issues } = translateChecklist(base, doc.toJS(), language);
	const errors: ContentError[] = issues.map(({ path, message }) => {
		// An unknown id or field: point at the key itself, not at the block that holds it.
		const atKey = message.startsWith('onbekend') ? positionOfKey(doc, lineCounter, path.slice(0, -1), path[path.length - 1] ?? '') : null;
		return { file, ...(atKey ?? positionOf(doc, lineCounter, path)), field: pathToField(path), message };
	});
	return checklist ? { checklist, errors: [] } : { checklist: null, errors: sortErrors(errors) };
}
