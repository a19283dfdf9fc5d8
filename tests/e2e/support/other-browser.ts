import type { Browser, BrowserContext, Page } from '@playwright/test';

/**
 * A second browser profile (another person's laptop or phone) with the same guards as the `page`
 * fixture: console errors, Content-Security-Policy violations and requests to another origin are
 * collected in `errors`, which the test expects to stay empty. The clipboard may be used.
 */
export async function otherBrowser(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const context = await browser.newContext({ baseURL, locale: 'nl-NL' });
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
	});
	const own = new URL(baseURL ?? 'http://127.0.0.1').origin;
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(own) && !url.startsWith('data:') && !url.startsWith('blob:')) errors.push(`request to another origin: ${url}`);
	});
	return { context, page, errors };
}
