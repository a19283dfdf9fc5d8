#!/usr/bin/env node
// Runs every test layer and prints one summary line: `N passed, N failed`.
//
//   1. type check        svelte-check (counts as one check)
//   2. content check     the checklist YAML validates (one check)
//   3. unit + component  Vitest projects `unit` (node) and `dom` (jsdom)
//   4. build             vite build (one check; the browser tests need it)
//   5. browser           Playwright against the production build in system Chromium
//
// Every layer runs even if an earlier one fails, so one run shows everything that is wrong
// (except the browser layer, which needs a successful build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOrInstallBrowser } from './find-browser.mjs';

// The browser tests need a Chromium: found (CHROME_PATH, the system's, Playwright's own) or installed.
const browser = findOrInstallBrowser();
if (!browser.path) {
	console.error(browser.message);
	console.log('0 passed, 1 failed');
	process.exit(1);
}
if (browser.how !== 'system' && browser.how !== 'CHROME_PATH') console.error(`Browser tests use ${browser.path} (${browser.how}).`);
// Every child (Playwright's config included) uses the browser found here.
process.env.CHROME_PATH = browser.path;

const work = mkdtempSync(join(tmpdir(), 'kwartiermaker-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const layers = [];

function run(command, args, env = {}) {
	const started = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function record(name, passed, failed, skipped, seconds) {
	totals.passed += passed;
	totals.failed += failed;
	totals.skipped += skipped;
	layers.push(`${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds}s)`);
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

// 1. Type check
{
	const { ok, seconds } = run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
	record('type check', ok ? 1 : 0, ok ? 0 : 1, 0, seconds);
}

// 2. Content check
{
	const { ok, seconds } = run('node', ['scripts/check-content.mjs']);
	record('content check', ok ? 1 : 0, ok ? 0 : 1, 0, seconds);
}

// 3. Unit and component tests
{
	const report = join(work, 'vitest.json');
	const { ok, seconds } = run('npx', [
		'vitest',
		'run',
		'--project',
		'unit',
		'--project',
		'dom',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`
	]);
	const json = readJson(report);
	if (json) {
		const failed = json.numFailedTests + (ok || json.numFailedTests ? 0 : 1);
		record('unit + component', json.numPassedTests, failed, json.numPendingTests + json.numTodoTests, seconds);
	} else {
		record('unit + component', 0, 1, 0, seconds);
	}
}

// 4. Production build
const build = run('npx', ['vite', 'build']);
record('build', build.ok ? 1 : 0, build.ok ? 0 : 1, 0, build.seconds);

// 5. Browser tests
if (build.ok) {
	const report = join(work, 'playwright.json');
	const { ok, seconds } = run('npx', ['playwright', 'test'], { KM_BUILT: '1', KM_REPORT: report });
	const stats = readJson(report)?.stats;
	if (stats) {
		// A test that failed once and passed on retry is "flaky": counted as passed, shown apart.
		const failed = stats.unexpected + (ok || stats.unexpected ? 0 : 1);
		record('browser', stats.expected + stats.flaky, failed, stats.skipped, seconds);
		if (stats.flaky) layers.push(`browser: ${stats.flaky} flaky (passed on retry)`);
	} else {
		record('browser', 0, 1, 0, seconds);
	}
} else {
	layers.push('browser: not run, the build failed');
	totals.failed += 1;
}

console.log('\n' + layers.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
