/**
 * `npm run check:content` (scripts/check-content.mjs) as a content editor runs it: a broken copy
 * fails with `file:line:col field: message`, a valid copy passes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REAL = readFileSync(join(ROOT, 'checklists/kwartiermaken.yaml'), 'utf8');
const REAL_EN = readFileSync(join(ROOT, 'checklists/kwartiermaken.en.yaml'), 'utf8');
const TIMEOUT = 30_000;

function run(args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/check-content.mjs', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: TIMEOUT
	});
	if (result.error) throw result.error;
	return result;
}

let dir = '';

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'kwartiermaker-content-'));
});

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/check-content.mjs', () => {
	test(
		'a broken copy exits 1 and names file, line, column, field and message',
		() => {
			const anchor = REAL.indexOf('      - id: k1-wegbereider\n');
			expect(anchor).toBeGreaterThan(-1);
			const at = REAL.indexOf('sources: [seed003]', anchor);
			const broken = `${REAL.slice(0, at)}sources: [P99]${REAL.slice(at + 'sources: [seed003]'.length)}`;
			const offset = at + 'sources: ['.length;
			const before = broken.slice(0, offset);
			const line = before.split('\n').length;
			const column = offset - before.lastIndexOf('\n');

			const file = join(dir, 'kapot.yaml');
			writeFileSync(file, broken);
			const missing = join(dir, 'bestaat-niet.yaml');
			const result = run([file, missing]);

			expect(result.status).toBe(1);
			// The script prints the path relative to where it runs (the project root).
			expect(result.stderr).toContain(
				`${relative(ROOT, file)}:${line}:${column} themes[0].questions[0].sources[0]: onbekende bron "P99" (staat niet in sources)\n`
			);
			expect(result.stderr).toContain(`${file}: 1 fout(en)`);
			// A file that cannot be read is reported too, and the other files are still checked.
			expect(result.stderr).toContain(`${missing}: kan het bestand niet lezen (ENOENT)`);
			expect(result.stdout).not.toContain('in orde');
		},
		TIMEOUT
	);

	test(
		'a valid copy exits 0 and says it is in order',
		() => {
			const file = join(dir, 'goed.yaml');
			writeFileSync(file, REAL);
			const result = run([file]);
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(result.stdout).toMatch(/in orde \(versie \d+\.\d+\.\d+, 14 thema's, \d+ vragen\)/);
			expect(result.stdout).toContain(`${file}: in orde`);
		},
		TIMEOUT
	);

	test(
		'without arguments it checks checklists/*.yaml',
		() => {
			const result = run([]);
			expect(result.status).toBe(0);
			expect(result.stdout).toContain(`${join('checklists', 'kwartiermaken.yaml')}: in orde`);
			expect(result.stdout).toContain(`${join('checklists', 'kwartiermaken.en.yaml')}: in orde (vertaling en`);
		},
		TIMEOUT
	);

	test(
		'a translation with a missing English text or an unknown id exits 1 and names the id and field',
		() => {
			// A translation is checked against the structure file beside it.
			writeFileSync(join(dir, 'vertaald.yaml'), REAL);
			const start = REAL_EN.indexOf('      k1-wegbereider:\n        text:');
			const helpStart = REAL_EN.indexOf('        help: >-', start);
			const helpEnd = REAL_EN.indexOf('        actions:', helpStart);
			const broken = (REAL_EN.slice(0, helpStart) + REAL_EN.slice(helpEnd)).replace('  k2:\n', '  k9:\n    title: "Nine"\n  k2:\n');
			const file = join(dir, 'vertaald.en.yaml');
			writeFileSync(file, broken);
			const lineOf = (needle: string) => broken.slice(0, broken.indexOf(needle)).split('\n').length;

			const result = run([file]);
			expect(result.status).toBe(1);
			expect(result.stderr).toContain(
				`${relative(ROOT, file)}:${lineOf('text: "Who prepares')}:9 themes.k1.questions.k1-wegbereider.help: Engelse tekst ontbreekt\n`
			);
			expect(result.stderr).toContain(`${relative(ROOT, file)}:${lineOf('  k9:')}:3 themes.k9: onbekende thema-id "k9" (staat niet in de structuur)\n`);
			expect(result.stderr).toContain(`${file}: 2 fout(en)`);
		},
		TIMEOUT
	);
});
