import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain JavaScript script, typed loosely on purpose
import { locateBrowser } from '../../scripts/find-browser.mjs';

describe('finding a browser for the tests', () => {
	test('CHROME_PATH wins when it exists', () => {
		expect(locateBrowser({ CHROME_PATH: process.execPath })).toEqual({ path: process.execPath, how: 'CHROME_PATH' });
	});

	test('a CHROME_PATH that does not exist is reported, not silently replaced', () => {
		const found = locateBrowser({ CHROME_PATH: '/no/such/chromium' });
		expect(found.path).toBeNull();
		expect(found.how).toContain('/no/such/chromium');
	});

	test('without CHROME_PATH the system browser or Playwright’s own is found on this machine', () => {
		const found = locateBrowser({});
		expect(found.path).toEqual(expect.any(String));
		expect(['system', 'playwright']).toContain(found.how);
	});
});
