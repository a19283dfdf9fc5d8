#!/usr/bin/env node
// Benchmarks: `npm run bench`. Reports, does not judge: speed and size goals live here rather
// than in timed tests, which would be flaky on a two-core machine.
//
//   1. Bundle sizes of the production build (entry JS gzipped, lazy chunks, precache).
//   2. PDF generation time and size for the largest scan (full scan, every question answered
//      with a long toelichting, full action plan), in Node, median of several runs.
//   3. In Chromium: time until Mijn scans is shown, and the autosave round trip (answer → "Opgeslagen").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
const report = (name, value, goal = '') => rows.push([name, value, goal]);

// 1. Bundle sizes
if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
	spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
}
const html = readFileSync('dist/index.html', 'utf8');
const entry = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const entryGzip = entry.reduce((sum, file) => sum + gzipSync(readFileSync(join('dist', file))).length, 0);
report('First screen JS + CSS (gzip)', kb(entryGzip), '≤ 80 kB (test), standard ≤ 55 kB');
for (const file of readdirSync('dist/assets')) {
	if (/^(jspdf|download-report|plan-page|results-page).*\.js$/.test(file)) {
		report(`  lazy: ${file.replace(/-[\w-]+\.js$/, '')} (gzip)`, kb(gzipSync(readFileSync(join('dist/assets', file))).length));
	}
}
const fonts = readdirSync('static/fonts').filter((f) => f.endsWith('.ttf'));
report('PDF fonts (2 × TTF subset)', kb(fonts.reduce((s, f) => s + statSync(join('static/fonts', f)).size, 0)));

// 2. PDF for the largest scan
// A Vite server (not runnerImport): the PDF module imports jsPDF dynamically, which needs a
// module runner that stays open.
const vite = await createServer({ configFile: false, appType: 'custom', logLevel: 'error', server: { middlewareMode: true, hmr: false } });
const [pdf, fixture, content, catalogue] = await Promise.all([
	vite.ssrLoadModule('/src/lib/report/create-report-pdf.ts'),
	vite.ssrLoadModule('/tests/fixtures/report-scan.ts'),
	vite.ssrLoadModule('/src/lib/content/validate-checklist.ts'),
	vite.ssrLoadModule('/src/lib/i18n/whole-catalogues.ts')
]);
const { checklist } = content.validateChecklistSource(readFileSync('checklists/kwartiermaken.yaml', 'utf8'), 'checklists/kwartiermaken.yaml');
const longNote = (id, index) =>
	`Toelichting bij ${id} (${index}): “we hebben dit besproken” — €, ë, é, ï. `.repeat(20).trim();
const { scan, results } = fixture.buildFullScan(checklist, { mode: 'full', note: longNote });
const fontBytes = {
	regular: new Uint8Array(readFileSync('static/fonts/KwartiermakerSans-Regular.ttf')),
	bold: new Uint8Array(readFileSync('static/fonts/KwartiermakerSans-Bold.ttf'))
};
const times = [];
let size = 0;
for (let i = 0; i < RUNS; i++) {
	const started = performance.now();
	const bytes = await pdf.createReportPdfBytes(checklist, scan, results, { fonts: fontBytes, generatedAt: fixture.NOW, language: 'nl', messages: catalogue.nlAll });
	times.push(performance.now() - started);
	size = bytes.length;
}
report(`PDF, largest scan (${Object.keys(scan.answers).length} answers, ${scan.plan?.actions.length ?? 0} actions)`, `${median(times).toFixed(0)} ms median of ${RUNS} (first ${times[0].toFixed(0)} ms)`, 'aim ≤ 1500 ms');
report('PDF size, largest scan', kb(size));

// 2b. Werksessie: 50 participants' handed-in answers (full scan) read, merged and aggregated, in Node.
const workshopBench = await vite.ssrLoadModule('/src/lib/workshop/bench-support.ts');
const merges = [];
const aggregates = [];
let benchWorkshop = null;
for (let i = 0; i < RUNS; i++) {
	const result = workshopBench.benchMergeAndAggregate(checklist, 50);
	merges.push(result.mergeMs);
	aggregates.push(result.aggregateMs);
	benchWorkshop = result.workshop;
}
report('Werksessie: read + merge 50 answer envelopes', `${median(merges).toFixed(0)} ms median of ${RUNS}`, 'aim ≤ 500 ms');
report('Werksessie: aggregate 50 participants (divergence)', `${median(aggregates).toFixed(0)} ms median of ${RUNS}`, 'aim ≤ 200 ms');
await vite.close();

// 3. Browser timings
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(chromium)) {
	const port = 4199;
	const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
	try {
		const { chromium: launcher } = await import('@playwright/test');
		for (let i = 0; i < 50; i++) {
			if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok).catch(() => false)) break;
			await new Promise((r) => setTimeout(r, 200));
		}
		const browser = await launcher.launch({ executablePath: chromium, args: ['--disable-background-networking'] });
		const loads = [];
		const saves = [];
		for (let i = 0; i < 5; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const started = Date.now();
			await page.goto(`http://127.0.0.1:${port}/`);
			await page.locator('main h1').waitFor();
			loads.push(Date.now() - started);
			await page.goto(`http://127.0.0.1:${port}/#/nieuw`);
			await page.getByLabel('Naam van de gemeente of organisatie').fill('Bench');
			await page.locator('input[name=phase]').first().check();
			await page.locator('input[name=mode]').first().check();
			await page.getByRole('button', { name: 'Opslaan en verder' }).click();
			await page.locator('.app-task-list a').first().click();
			await page.locator('input[name=answer]').first().waitFor();
			const t0 = Date.now();
			await page.locator('input[name=answer]').nth(1).check();
			await page.locator('[data-save-state="saved"]').waitFor();
			saves.push(Date.now() - t0);
			await context.close();
		}
		// The discussion view for a workshop with 50 participants: from the step to the drawn lists.
		const draws = [];
		for (let i = 0; i < 5; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`http://127.0.0.1:${port}/`);
			await page.locator('main h1').waitFor();
			await page.evaluate(async (record) => {
				const db = await new Promise((resolve, reject) => {
					const request = indexedDB.open('kwartiermaker');
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				await new Promise((resolve, reject) => {
					const tx = db.transaction('workshops', 'readwrite');
					tx.objectStore('workshops').put(record);
					tx.oncomplete = resolve;
					tx.onerror = () => reject(tx.error);
				});
				db.close();
			}, benchWorkshop);
			// Load the page's code first, so the timing is the drawing, not the download.
			await page.goto(`http://127.0.0.1:${port}/#/werksessie/${benchWorkshop.id}/bespreken`);
			await page.locator('[data-testid="discuss-question"]').first().waitFor();
			await page.goto(`http://127.0.0.1:${port}/#/werksessie/${benchWorkshop.id}`);
			await page.locator('main h1').waitFor();
			const t0 = Date.now();
			await page.goto(`http://127.0.0.1:${port}/#/werksessie/${benchWorkshop.id}/bespreken`);
			await page.locator('[data-testid="discuss-question"]').last().waitFor();
			draws.push(Date.now() - t0);
			await context.close();
		}
		await browser.close();
		report('Werksessie: discussion view drawn, 50 participants', `${median(draws)} ms median of 5`, 'aim ≤ 1000 ms');
		report('Mijn scans shown, cold load (localhost)', `${median(loads)} ms median of 5`, 'aim ≤ 1000 ms');
		report('Answer → "Opgeslagen" (IndexedDB commit + read-back)', `${median(saves)} ms median of 5`, 'aim ≤ 100 ms');
	} finally {
		server.kill();
	}
} else {
	report('Browser timings', 'skipped: no Chromium (set CHROME_PATH)');
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log('\nKwartiermaker benchmark\n');
for (const [name, value, goal] of rows) console.log(`${name.padEnd(width)}  ${value}${goal ? `   (${goal})` : ''}`);
