// Finds a Chromium for the browser tests, and installs one when there is none.
//
// Order: CHROME_PATH; the system's Chromium or Chrome; the browser Playwright itself downloaded earlier.
// When none is there: `npx playwright install chromium` (needs the internet; fails on machines whose
// network only reaches package registries), then, as root on Debian or Ubuntu, `apt-get install chromium`.
// Only after all of that fails does the caller stop, with a message that says what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/snap/bin/chromium',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/** The executable Playwright downloaded itself, when it is there. */
function playwrightBrowser() {
	try {
		const require = createRequire(import.meta.url);
		const { chromium } = require('playwright-core');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : null;
	} catch {
		return null;
	}
}

/** The first browser that is there, without installing anything; `how` says where it came from. */
export function locateBrowser(env = process.env) {
	if (env.CHROME_PATH) {
		return existsSync(env.CHROME_PATH) ? { path: env.CHROME_PATH, how: 'CHROME_PATH' } : { path: null, how: `CHROME_PATH=${env.CHROME_PATH} does not exist` };
	}
	const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
	if (system) return { path: system, how: 'system' };
	const own = playwrightBrowser();
	if (own) return { path: own, how: 'playwright' };
	return { path: null, how: 'none' };
}

function attempt(command, args) {
	console.error(`No browser found: trying \`${[command, ...args].join(' ')}\``);
	const result = spawnSync(command, args, { stdio: 'inherit', timeout: 10 * 60_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	return result.status === 0;
}

/**
 * A browser for the tests: found, or installed. Returns { path, how } or { path: null, message }.
 * The message says what was tried and what the user can do.
 */
export function findOrInstallBrowser(env = process.env) {
	const found = locateBrowser(env);
	if (found.path || env.CHROME_PATH) {
		return found.path ? found : { path: null, message: `${found.how}. Point CHROME_PATH at a Chromium or Chrome binary.` };
	}
	const tried = [];
	if (attempt('npx', ['playwright', 'install', 'chromium'])) {
		const own = playwrightBrowser();
		if (own) return { path: own, how: 'installed by playwright' };
	}
	tried.push('npx playwright install chromium');
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (root && existsSync('/etc/debian_version')) {
		if (attempt('apt-get', ['update', '-qq']) && attempt('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'])) {
			const system = locateBrowser({}).path;
			if (system) return { path: system, how: 'installed with apt-get' };
		}
		tried.push('apt-get install chromium');
	}
	return {
		path: null,
		message:
			`No Chromium or Chrome found, and installing one did not work (tried: ${tried.join('; ')}).\n` +
			'Install one yourself, for example:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
			'or point CHROME_PATH at a Chromium or Chrome binary, then run npm test again.'
	};
}
