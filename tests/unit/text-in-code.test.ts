/**
 * Every word the user reads comes from the message catalogues (src/lib/i18n/nl.ts and en.ts), so a second
 * language is complete and the same concept has the same words everywhere. This test fails on user-facing
 * text written straight into a component or module, and names each place as file:line:
 * - in .svelte markup: text between tags, and the attributes aria-label, title, placeholder and alt, when
 *   they are not an expression;
 * - in .ts modules outside src/lib/i18n and the checklist tooling (src/lib/content): string literals that
 *   read as a Dutch sentence (three or more words, one of them a common Dutch word).
 * Technical strings that look like words (ids, file names, CSS) go in ALLOWED with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = process.cwd();
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Blanks a range while keeping newlines, so line numbers stay right. */
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

/** Removes `{…}` expressions (nested braces and strings inside them included) from markup. */
function withoutExpressions(markup: string): string {
	let out = '';
	let depth = 0;
	let quote: string | null = null;
	for (const char of markup) {
		if (depth > 0) {
			if (quote) {
				if (char === quote) quote = null;
			} else if (char === '"' || char === "'" || char === '`') quote = char;
			else if (char === '{') depth++;
			else if (char === '}') depth--;
			out += char === '\n' ? '\n' : ' ';
			continue;
		}
		if (char === '{') {
			depth = 1;
			out += ' ';
			continue;
		}
		out += char;
	}
	return out;
}

/** Texts in markup that are words rather than punctuation or a single symbol. */
const WORDS = /\p{L}{2,}/u;

export function svelteOffenders(path: string, source: string): string[] {
	const file = relative(ROOT, path);
	let markup = source
		.replace(/<script[\s\S]*?<\/script>/g, blank)
		.replace(/<style[\s\S]*?<\/style>/g, blank)
		.replace(/<!--[\s\S]*?-->/g, blank);
	markup = withoutExpressions(markup);
	const found: string[] = [];
	for (const match of markup.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*)"/g)) {
		if (WORDS.test(match[2] ?? '')) found.push(`${file}:${lineOf(markup, match.index)} ${match[1]}="${match[2]}"`);
	}
	// Text between a tag's end and the next tag.
	const tagless = markup.replace(/<[^>]*>/g, (tag) => '\u0000'.repeat(0) + blank(tag).replace(/ /g, '\u0001'));
	for (const match of tagless.matchAll(/[^\u0001]+/g)) {
		const text = match[0].trim();
		if (WORDS.test(text)) found.push(`${file}:${lineOf(tagless, match.index + match[0].indexOf(text))} "${text.replace(/\s+/g, ' ')}"`);
	}
	return found;
}

const DUTCH_WORDS = new Set(
	'de het een is niet van en u uw deze dit kan wordt worden zijn geen op met voor naar er bij of als dan nog al ook maar te wat die zich hier we wij'.split(' ')
);

function looksLikeDutchSentence(text: string): boolean {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	return words.length >= 3 && words.some((word) => DUTCH_WORDS.has(word));
}

/** Removes comments from TypeScript, keeping string literals and line numbers. */
function withoutComments(source: string): string {
	return source.replace(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g, blank);
}

export function moduleOffenders(path: string, source: string): string[] {
	const file = relative(ROOT, path);
	const code = withoutComments(source);
	const found: string[] = [];
	for (const match of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
		const text = (match[1] ?? match[2] ?? match[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
		if (looksLikeDutchSentence(text)) found.push(`${file}:${lineOf(code, match.index)} ${match[0].slice(0, 80)}`);
	}
	return found;
}

/** Places that look like text but are not read by users, each with the reason. */
const ALLOWED: Array<[RegExp, string]> = [
	// Error messages for developers (thrown when the page is built wrongly), never shown to users.
	[/src\/main\.ts:\d+ 'Missing #app element'/, 'developer error'],
	[/src\/lib\/storage\/db\.ts:\d+ 'indexedDB is not defined'/, 'the cause inside a storage error, for developers'],
	[/src\/lib\/whats-new\/version-notes\.ts:\d+ 'kwartiermaker:wat-is-nieuw'/, 'a localStorage key'],
	[/src\/lib\/files\/read-backup\.ts:\d+ '\\u20ac|src\/lib\/files\/read-backup\.ts:\d+ '\\u0090/, 'the Windows-1252 code table'],
	[/src\/lib\/domain\/demo-scan\.ts:/, 'the made-up answers of the example scan (data, like the checklist)'],
	[/src\/lib\/report\/(create-report-pdf|download-report)\.ts:\d+ `Het lettertype/, 'developer error; the plan page shows plan.pdfError'],
];

const allowed = (offence: string): boolean => ALLOWED.some(([pattern]) => pattern.test(offence));

const isTest = (path: string): boolean => /\.test\.ts$|test-support\.ts$|test-fixtures\.ts$/.test(path);
const svelteFiles = files(SRC).filter((path) => path.endsWith('.svelte'));
const moduleFiles = files(SRC).filter(
	(path) =>
		path.endsWith('.ts') &&
		!isTest(path) &&
		!path.includes(`${join('src', 'lib', 'i18n')}`) &&
		!path.includes(`${join('src', 'lib', 'content')}`) &&
		!path.endsWith('.d.ts')
);

describe('no user-facing text in code', () => {
	test('the scanner finds text in markup, in attributes and Dutch sentences in modules', () => {
		expect(svelteOffenders(join(SRC, 'x.svelte'), '<script>const a = "Hallo daar u";</script>\n<p>Hallo {name}</p>\n<button aria-label="Sluiten">{t.x}</button>\n<p>{t.ok}</p>').sort()).toEqual([
			'src/x.svelte:2 "Hallo"',
			'src/x.svelte:3 aria-label="Sluiten"'
		]);
		expect(moduleOffenders(join(SRC, 'x.ts'), "// Dit is een opmerking\nconst a = 'kwartiermaker:journal';\nthrow new Error('De opslag is vol.');")).toEqual([
			"src/x.ts:3 'De opslag is vol.'"
		]);
	});

	test('components and modules take their words from the catalogue', () => {
		const offences = [
			...svelteFiles.flatMap((path) => svelteOffenders(path, readFileSync(path, 'utf8'))),
			...moduleFiles.flatMap((path) => moduleOffenders(path, readFileSync(path, 'utf8')))
		].filter((offence) => !allowed(offence));
		expect(offences, 'text written in code; move it to src/lib/i18n').toEqual([]);
	});
});
