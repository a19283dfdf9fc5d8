#!/usr/bin/env node
// Benchmarks: `npm run bench`. Reports, does not judge: speed and size goals live here rather
// than in timed tests, which would be flaky on a two-core machine.
//
//   1. Bundle sizes of the production build (entry JS gzipped, lazy chunks, precache).
//   2. PDF generation time and size for the largest scan (full scan, every question answered
//      with a long toelichting, full action plan), in Node, median of several runs.
//   3. In Chromium: the first screen with the CPU throttled 4× (drawn, and usable: the running app has
//      arrived and Mijn scans is filled), and the autosave round trip (answer → "Opgeslagen"), median and p95.
//
// It prints a table, writes the figures to bench/latest.json, and puts the table in README.md between the
// markers `<!-- bench:start -->` and `<!-- bench:end -->`, so the README always shows the latest run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The 95th percentile (nearest rank). */
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];
const rows = [];
/** Figures for bench/latest.json, by a short key. */
const figures = {};
const report = (name, value, goal = '', key = null, figure = null) => {
	rows.push([name, value, goal]);
	if (key) figures[key] = figure;
};

// 1. Bundle sizes
if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
	spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
}
const html = readFileSync('dist/index.html', 'utf8');
const entry = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const entryGzip = entry.reduce((sum, file) => sum + gzipSync(readFileSync(join('dist', file))).length, 0);
report('First screen JS + CSS (gzip)', kb(entryGzip), '≤ 55 kB (size test)', 'firstScreenGzipBytes', entryGzip);
for (const file of readdirSync('dist/assets')) {
	if (/^(start-app|jspdf|download-report|download-word|create-word|nl-outcome|en-outcome|en|plan-page|results-page|kwartiermaken).*\.js$/.test(file)) {
		report(`  lazy: ${file.replace(/-[\w-]{8}\.js$/, '')} (gzip)`, kb(gzipSync(readFileSync(join('dist/assets', file))).length));
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
report(
	`PDF, largest scan (${Object.keys(scan.answers).length} answers, ${scan.plan?.actions.length ?? 0} actions)`,
	`${median(times).toFixed(0)} ms median of ${RUNS} (first ${times[0].toFixed(0)} ms)`,
	'≤ 300 ms',
	'pdfMedianMs',
	Math.round(median(times))
);
report('PDF size, largest scan', kb(size), '', 'pdfBytes', size);

// 2a. The Word document for the same scan.
{
	const word = await vite.ssrLoadModule('/src/lib/report/create-word.ts');
	const wordTimes = [];
	let wordSize = 0;
	for (let i = 0; i < RUNS; i++) {
		const started = performance.now();
		const bytes = await word.createWordBytes(checklist, scan, results, { generatedAt: fixture.NOW, language: 'nl', messages: catalogue.nlAll });
		wordTimes.push(performance.now() - started);
		wordSize = bytes.length;
	}
	report('Word document, largest scan', `${median(wordTimes).toFixed(0)} ms median of ${RUNS} (first ${wordTimes[0].toFixed(0)} ms)`, 'aim ≤ 1000 ms', 'wordMedianMs', Math.round(median(wordTimes)));
	report('Word size, largest scan', kb(wordSize), '', 'wordBytes', wordSize);
}

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
report('Werksessie: read + merge 50 answer envelopes', `${median(merges).toFixed(0)} ms median of ${RUNS}`, 'aim ≤ 500 ms', 'workshopMergeMs', Math.round(median(merges)));
report('Werksessie: aggregate 50 participants (divergence)', `${median(aggregates).toFixed(0)} ms median of ${RUNS}`, 'aim ≤ 200 ms', 'workshopAggregateMs', Math.round(median(aggregates)));
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
		// The first screen with the CPU slowed down 4× (a modest laptop or an older phone), cold: a new context
		// each time, so nothing is cached. "Drawn": the start page's heading and start button are there.
		// "Usable": the running app has arrived too, so Mijn scans is filled and every button works.
		const drawn = [];
		const usable = [];
		for (let i = 0; i < RUNS; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			const started = Date.now();
			await page.goto(`http://127.0.0.1:${port}/`);
			await page.locator('[data-testid="start-new"]').waitFor();
			drawn.push(Date.now() - started);
			await page.getByText('U heeft nog geen scans op dit apparaat.').waitFor();
			usable.push(Date.now() - started);
			await context.close();
		}
		// Autosave: twenty answers in a row on one question page, each from the click until "Opgeslagen".
		const saves = [];
		{
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`http://127.0.0.1:${port}/#/nieuw`);
			await page.getByLabel('Naam van de gemeente of organisatie').fill('Bench');
			await page.locator('input[name=phase]').first().check();
			await page.locator('input[name=mode]').first().check();
			await page.getByRole('button', { name: 'Opslaan en verder' }).click();
			await page.locator('.app-task-list a').first().click();
			await page.locator('input[name=answer]').first().waitFor();
			const options = await page.locator('input[name=answer]').count();
			await page.locator('input[name=answer]').nth(0).check();
			await page.locator('[data-save-state="saved"]').waitFor();
			for (let i = 1; i <= 20; i++) {
				// Timed in the page: from the click until the status says "Opgeslagen" again (it changes only
				// after IndexedDB committed the write), each answer a different choice than the one before.
				const ms = await page.evaluate(
					(index) =>
						new Promise((resolve, reject) => {
							const status = document.querySelector('[data-save-state]');
							const radio = document.querySelectorAll('input[name=answer]')[index];
							const started = performance.now();
							const observer = new MutationObserver(() => {
								if (status.getAttribute('data-save-state') !== 'saved') return;
								observer.disconnect();
								resolve(performance.now() - started);
							});
							observer.observe(status, { attributes: true, attributeFilter: ['data-save-state'] });
							setTimeout(() => reject(new Error('no save within 5 s')), 5000);
							radio.click();
						}),
					i % options
				);
				saves.push(Math.round(ms));
			}
			await context.close();
		}
		// The discussion view for a workshop with 50 participants: from the step to the drawn lists.
		const draws = [];
		for (let i = 0; i < 5; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`http://127.0.0.1:${port}/`);
			// The start page shows before the app has opened its database; Mijn scans fills in once it has.
			await page.getByText('U heeft nog geen scans op dit apparaat.').waitFor();
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
		report('Werksessie: discussion view drawn, 50 participants', `${median(draws)} ms median of 5`, 'aim ≤ 1000 ms', 'workshopDiscussionMs', median(draws));
		report('First screen drawn, CPU 4× slower, cold (localhost)', `${median(drawn)} ms median of ${RUNS}`, '', 'firstScreenDrawnMs', median(drawn));
		report('First screen usable (app running, Mijn scans filled), CPU 4× slower', `${median(usable)} ms median of ${RUNS}`, 'aim ≤ 2000 ms', 'firstScreenUsableMs', median(usable));
		report('Answer → "Opgeslagen" (IndexedDB commit + read-back)', `${median(saves)} ms median, p95 ${p95(saves)} ms (20 answers)`, 'aim ≤ 100 ms', 'saveMs', { median: median(saves), p95: p95(saves) });
	} finally {
		server.kill();
	}
} else {
	report('Browser timings', 'skipped: no Chromium (set CHROME_PATH)');
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log('\nKwartiermaker benchmark\n');
for (const [name, value, goal] of rows) console.log(`${name.padEnd(width)}  ${value}${goal ? `   (${goal})` : ''}`);

// The figures as JSON, and the table in the README.
const measuredAt = new Date().toISOString();
mkdirSync('bench', { recursive: true });
writeFileSync('bench/latest.json', `${JSON.stringify({ measuredAt, machine: `${process.platform} ${process.arch}, Node ${process.version}`, figures }, null, '\t')}\n`);
const table = [
	`Measured ${measuredAt.slice(0, 10)} with \`npm run bench\` (${process.platform}, Node ${process.version}; figures in bench/latest.json).`,
	'',
	'| What | Measured | Goal |',
	'|---|---|---|',
	...rows.map(([name, value, goal]) => `| ${name.trim()} | ${value} | ${goal} |`)
].join('\n');
const readme = readFileSync('README.md', 'utf8');
const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
if (marked.test(readme)) {
	writeFileSync('README.md', readme.replace(marked, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
	console.log('\nREADME.md and bench/latest.json updated.');
}
