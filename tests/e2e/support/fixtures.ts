/**
 * Shared Playwright fixtures. Every test gets, for free:
 * - a privacy audit: any request to another origin fails the test (no CDN, no analytics);
 * - a CSP audit: any `securitypolicyviolation` fails the test;
 * - console errors fail the test;
 * - `checkPage()`: an axe scan (WCAG 2.1 A/AA) that must find zero violations. Tests call it on
 *   every screen they visit, including error states.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

declare global {
	interface Window {
		__cspViolations: string[];
	}
}

export interface AppFixtures {
	/** Runs axe on the current page and fails on any violation. */
	checkPage: (label?: string) => Promise<void>;
	/** Origins other than the app's that the page tried to reach. */
	foreignRequests: string[];
}

export const test = base.extend<AppFixtures>({
	foreignRequests: async ({ context, baseURL }, use) => {
		const foreign: string[] = [];
		const own = new URL(baseURL ?? 'http://127.0.0.1:4174').origin;
		context.on('request', (request) => {
			const url = request.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			if (new URL(url).origin !== own) foreign.push(url);
		});
		await use(foreign);
		expect(foreign, 'requests that left the app’s own origin').toEqual([]);
	},
	page: async ({ page, foreignRequests }, use) => {
		void foreignRequests;
		const consoleErrors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') consoleErrors.push(message.text());
		});
		page.on('pageerror', (error) => consoleErrors.push(error.message));
		await page.addInitScript(() => {
			window.__cspViolations = [];
			document.addEventListener('securitypolicyviolation', (event) => {
				window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
			});
		});
		await use(page);
		const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => [] as string[]);
		expect(violations, 'Content-Security-Policy violations').toEqual([]);
		expect(consoleErrors, 'console errors').toEqual([]);
	},
	checkPage: async ({ page }, use) => {
		await use(async (label?: string) => {
			await expectNoAxeViolations(page, label);
		});
	}
});

export { expect };

/** Axe with the WCAG 2.1 A and AA rules. */
export async function expectNoAxeViolations(page: Page, label = ''): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const summary = results.violations.map(
		(violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
	);
	expect(summary, `axe violations ${label ? `on ${label}` : `at ${page.url()}`}`).toEqual([]);
}

/** Waits until the page heading has the text and (after navigation) the focus. */
export async function expectHeading(page: Page, text: string | RegExp, { focused = true } = {}): Promise<void> {
	const heading = page.locator('main h1');
	await expect(heading).toHaveText(text);
	if (focused) await expect(heading).toBeFocused();
}
