/**
 * Build checks on dist/ (no browser needed): heavy parts stay out of the first screen's bundle,
 * and the size budget holds. `npm test` builds before this runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * Budget for the JavaScript and CSS the first screen loads, gzipped: the project's standard of 55 kB.
 * The first screen is the page frame and the start page (main.ts, App.svelte, the Dutch texts, Svelte);
 * the running app (XState, storage), the checklist and every other page are chunks of their own that load
 * right after it, so they are not counted here; the tests below keep them out of the first screen's scripts.
 */
const FIRST_SCREEN_BUDGET_GZIP = 55 * 1024;

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
/** Scripts the first screen loads: the entry module and its modulepreloads. */
const entryFiles = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
/** Style sheets the first screen loads. */
const entryStyles = [...html.matchAll(/href="\/?(assets\/[^"]+\.css)"/g)].map((match) => match[1]!);

test('the entry chunk exists and does not contain jsPDF, autotable or html2canvas', () => {
	expect(entryFiles.length).toBeGreaterThan(0);
	for (const file of entryFiles) {
		const code = readFileSync(join(dist, file), 'utf8');
		expect(code, file).not.toMatch(/jsPDF|jspdf-autotable|html2canvas|AcroForm/);
		expect(code, file).not.toMatch(/\byaml\b.*\bparseDocument\b/);
	}
});

test('the running app (XState, IndexedDB) and the checklist are not in the first screen: it is drawn before they load', () => {
	for (const file of entryFiles) {
		const code = readFileSync(join(dist, file), 'utf8');
		// XState names its start event `xstate.init`; only code that opens storage mentions indexedDB.
		expect(code, file).not.toContain('xstate.init');
		expect(code, file).not.toContain('indexedDB');
	}
	const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
	const startChunk = readdirSync(join(dist, 'assets')).find((file) => /^start-app-[\w-]+\.js$/.test(file));
	expect(startChunk, 'the running app\'s chunk').toBeDefined();
	expect(sw).toContain(startChunk);
});

test(`the first screen's JavaScript and CSS stay under ${FIRST_SCREEN_BUDGET_GZIP / 1024} kB gzipped`, () => {
	expect(entryStyles.length).toBeGreaterThan(0);
	const total = [...entryFiles, ...entryStyles].reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
	expect(total).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_GZIP);
});

test(`a user who chose English gets a first screen under ${FIRST_SCREEN_BUDGET_GZIP / 1024} kB too: only the English core texts load before it`, () => {
	const englishCore = readdirSync(join(dist, 'assets')).find((file) => /^en-[\w-]{8}\.js$/.test(file));
	expect(englishCore, 'the English core texts chunk').toBeDefined();
	const total = [...entryFiles, ...entryStyles, `assets/${englishCore}`].reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
	expect(total).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_GZIP);
});

test('each language of the checklist is a chunk of its own: not in the first screen\'s scripts, but precached for offline use', () => {
	const assets = readdirSync(join(dist, 'assets'));
	// Vite names a chunk after its module: kwartiermaken.yaml (Dutch) and kwartiermaken.en.yaml (English).
	const dutchChunk = assets.find((file) => /^kwartiermaken-[\w-]+\.js$/.test(file));
	const englishChunk = assets.find((file) => /^kwartiermaken\.en-[\w-]+\.js$/.test(file));
	const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
	for (const [language, chunk] of [['nl', dutchChunk], ['en', englishChunk]] as const) {
		expect(chunk, `checklist chunk (${language})`).toBeDefined();
		expect(entryFiles).not.toContain(`assets/${chunk}`);
		expect(sw).toContain(chunk);
	}
	// The minifier may write the field as language:`nl` or "language":"nl".
	expect(readFileSync(join(dist, 'assets', dutchChunk!), 'utf8')).toMatch(/\blanguage"?:\s*["'`]nl["'`]/);
	expect(readFileSync(join(dist, 'assets', englishChunk!), 'utf8')).toMatch(/\blanguage"?:\s*["'`]en["'`]/);
});

test('the service worker precaches the PDF chunk and fonts, but not jsPDF’s unused helpers', () => {
	const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
	expect(sw).toMatch(/jspdf\.es\.min-[\w-]+\.js/);
	expect(sw).toMatch(/KwartiermakerSans-Regular\.ttf/);
	expect(sw).toMatch(/KwartiermakerSans-Bold\.ttf/);
	expect(sw).not.toMatch(/html2canvas/);
});

test('the Word chunk (docx) is precached for offline use, but is not among the first screen’s scripts', () => {
	// Found by what it contains rather than by name: the chunk that writes Word's document body.
	const wordChunks = readdirSync(join(dist, 'assets')).filter(
		(file) => file.endsWith('.js') && readFileSync(join(dist, 'assets', file), 'utf8').includes('wordprocessingml')
	);
	expect(wordChunks.length).toBeGreaterThan(0);
	const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
	for (const chunk of wordChunks) {
		expect(entryFiles, chunk).not.toContain(`assets/${chunk}`);
		expect(sw, chunk).toContain(chunk);
	}
	for (const file of entryFiles) expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/wordprocessingml|docx/);
});

test('the built index.html carries the Content-Security-Policy for hosts that send no headers', () => {
	const meta = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
	expect(meta).toContain("script-src 'self'");
	expect(meta).toContain("connect-src 'self'");
	expect(meta).not.toContain('unsafe-inline');
	expect(meta).not.toContain('frame-ancestors');
	// No inline scripts or styles in the page itself, which the policy would block.
	expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
	expect(html).not.toMatch(/<style[\s>]/);
});
