/**
 * validateTranslationSource: the translation's problems with file:line:column, as a translator sees them in
 * `npm run check:content` and in a failing build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatContentError } from './validate-checklist.ts';
import { translationFileInfo, validateTranslationSource } from './validate-translation.ts';

const STRUCTURE = { source: readFileSync('checklists/kwartiermaken.yaml', 'utf8'), file: 'checklists/kwartiermaken.yaml' };
const ENGLISH = readFileSync('checklists/kwartiermaken.en.yaml', 'utf8');
const FILE = 'checklists/kwartiermaken.en.yaml';

/** 1-based line and column of the first occurrence of `needle`. */
function positionOf(source: string, needle: string): { line: number; column: number } {
	const offset = source.indexOf(needle);
	expect(offset, needle).toBeGreaterThan(-1);
	const before = source.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

describe('translationFileInfo', () => {
	test('knows a translation by its two-letter language before .yaml', () => {
		expect(translationFileInfo('checklists/kwartiermaken.en.yaml')).toEqual({ structure: 'checklists/kwartiermaken.yaml', language: 'en' });
		expect(translationFileInfo('/a/b/kwartiermaken.fr.yml')).toEqual({ structure: '/a/b/kwartiermaken.yml', language: 'fr' });
		expect(translationFileInfo('checklists/kwartiermaken.yaml')).toBeNull();
	});
});

describe('validateTranslationSource', () => {
	test('the real English file passes', () => {
		const { checklist, errors } = validateTranslationSource(STRUCTURE, ENGLISH, FILE, 'en');
		expect(errors).toEqual([]);
		expect(checklist?.language).toBe('en');
	});

	test('a missing text points at the block where it belongs, with id and field', () => {
		const start = ENGLISH.indexOf('      k1-wegbereider:\n        text:');
		const helpStart = ENGLISH.indexOf('        help: >-', start);
		const helpEnd = ENGLISH.indexOf('        actions:', helpStart);
		const broken = ENGLISH.slice(0, helpStart) + ENGLISH.slice(helpEnd);
		const { line, column } = positionOf(broken, 'text: "Who prepares');
		const { checklist, errors } = validateTranslationSource(STRUCTURE, broken, FILE, 'en');
		expect(checklist).toBeNull();
		expect(errors.map(formatContentError)).toEqual([
			`${FILE}:${line}:${column} themes.k1.questions.k1-wegbereider.help: Engelse tekst ontbreekt`
		]);
	});

	test('an unknown id points at the key itself', () => {
		const broken = ENGLISH.replace('      k1-eigenaar:\n', '      k1-baas:\n');
		const { line, column } = positionOf(broken, 'k1-baas:');
		const messages = validateTranslationSource(STRUCTURE, broken, FILE, 'en').errors.map(formatContentError);
		expect(messages).toContain(`${FILE}:${line}:${column} themes.k1.questions.k1-baas: onbekende vraag-id "k1-baas" (staat niet in de structuur)`);
		// …and the question it should have been is then missing its texts.
		expect(messages.some((m) => m.includes('themes.k1.questions.k1-eigenaar.text: Engelse tekst ontbreekt'))).toBe(true);
	});

	test('a text of the wrong type is named at its own line', () => {
		const broken = ENGLISH.replace('  armoede: "Poverty and debt"', '  armoede: 12');
		const { line, column } = positionOf(broken, '12\n');
		expect(validateTranslationSource(STRUCTURE, broken, FILE, 'en').errors.map(formatContentError)).toEqual([
			`${FILE}:${line}:${column} focusAreas.armoede: moet tekst zijn, niet het getal 12`
		]);
	});

	test('broken YAML, a broken structure and an unknown language are reported as such', () => {
		expect(validateTranslationSource(STRUCTURE, 'title: "open', FILE, 'en').errors[0]?.message).toMatch(/^YAML klopt niet/);
		const brokenStructure = { ...STRUCTURE, source: STRUCTURE.source.replace('sources: [seed003]', 'sources: [P99]') };
		const result = validateTranslationSource(brokenStructure, ENGLISH, FILE, 'en');
		expect(result.errors[0]?.file).toBe(STRUCTURE.file);
		expect(result.errors[0]?.message).toContain('onbekende bron "P99"');
		expect(validateTranslationSource(STRUCTURE, ENGLISH, 'checklists/kwartiermaken.fr.yaml', 'fr').errors.map(formatContentError)).toEqual([
			'checklists/kwartiermaken.fr.yaml:1:1 (bestand): taal "fr" kent de app nog niet (kies uit en; een nieuwe taal toevoegen: zie checklists/README.md)'
		]);
	});
});
