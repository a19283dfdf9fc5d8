import type { Page } from '@playwright/test';
import { expect, expectHeading } from './fixtures.ts';

/**
 * Loads the app and reloads once, so the service worker controls the page, as on any later visit. The first
 * visit is not controlled: in 'prompt' mode the worker does not claim open pages.
 */
export async function openControlled(page: Page): Promise<void> {
	await page.goto('/');
	await expectHeading(page, 'Kwartiermaker', { focused: false });
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated');
}
