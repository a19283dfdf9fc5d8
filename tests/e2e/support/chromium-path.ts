import { existsSync } from 'node:fs';

/** Where the system Chromium lives. Playwright cannot download a browser on these machines. */
export function chromiumPath(): string {
	return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function chromiumAvailable(): boolean {
	return existsSync(chromiumPath());
}
