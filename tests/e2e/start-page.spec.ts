import { expect, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';

const checklist = loadChecklist();

test('the start page shows the product, its explanation and every theme from the checklist', async ({ page, checkPage }) => {
	await page.goto('/');
	await expect(page.locator('main h1')).toHaveText('Kwartiermaker');
	await expect(page.locator('.app-lead')).not.toBeEmpty();
	const themes = page.getByTestId('theme-list').locator('li');
	await expect(themes).toHaveCount(checklist.themes.length);
	for (const [index, theme] of checklist.themes.entries()) {
		await expect(themes.nth(index)).toHaveText(theme.title);
	}
	await checkPage('start page');
});

test('the production server sends a strict Content-Security-Policy', async ({ request }) => {
	const response = await request.get('/');
	const csp = response.headers()['content-security-policy'] ?? '';
	expect(csp).toContain("script-src 'self'");
	expect(csp).toContain("connect-src 'self'");
	expect(csp).not.toContain('unsafe-inline');
	expect(csp).not.toContain('unsafe-eval');
});
