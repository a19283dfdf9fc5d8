import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/support/chromium-path.ts';

const PORT = Number(process.env.KM_PORT ?? 4174);

/**
 * Browser tests run against the production build (`vite build` + `vite preview`), because the
 * service worker, the CSP header and the lazy PDF chunk only exist there.
 * `npm test` builds first and sets KM_BUILT=1 so the build is not repeated.
 */
export default defineConfig({
	// Files run in name order, one per worker at a time. The long journeys are named journey-*.spec.ts so they
	// start early: last, one of them would leave the other worker idle for most of a minute at the end.
	testDir: 'tests/e2e',
	outputDir: process.env.KM_OUT ?? 'test-results',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.KM_REPORT ? [['list'], ['json', { outputFile: process.env.KM_REPORT }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'nl-NL',
		trace: 'on-first-retry',
		// Each test starts a fresh browser profile, in which the service worker would download and cache the
		// whole app (90 files) beside the test's own work. Only the specs about offline use and updates need
		// it (reliability.spec.ts, update.spec.ts turn it on); the others run without, which keeps the run short.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: chromiumPath(),
			args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: `${process.env.KM_BUILT ? '' : 'npx vite build && '}npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
