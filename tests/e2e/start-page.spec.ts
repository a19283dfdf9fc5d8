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

test('the start page puts starting first: start, Voordat u begint, Mijn scans, the demo and the themes before the backup restore', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('theme-list')).toBeVisible();
	const headings = await page.locator('main h2').allTextContents();
	const order = ['Voordat u begint', 'Mijn scans', 'Eerst rondkijken?', 'Wat de scan bekijkt', 'Reservekopie terugzetten'];
	const positions = order.map((heading) => headings.indexOf(heading));
	expect(positions, headings.join(' | ')).not.toContain(-1);
	expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	// The start button comes before every section.
	const startBox = await page.getByTestId('start-new').boundingBox();
	const beforeBox = await page.getByRole('heading', { name: 'Voordat u begint' }).boundingBox();
	expect(startBox!.y).toBeLessThan(beforeBox!.y);
	// How long it takes (from the checklist), what you need, and that you can stop.
	const before = page.getByTestId('before-you-start');
	await expect(before.locator('li')).toHaveCount(3);
	await expect(page.getByTestId('durations')).toContainText(/snelle scan duurt ongeveer \d+ minuten/);
	await expect(before).toContainText('Weet ik niet');
	await expect(before).toContainText('altijd stoppen');
});

test('the start page is drawn before the running app has loaded, and its arrival moves no focus', async ({ page, checkPage }) => {
	// Hold back the chunk with XState, storage and the checklist until the test lets it go.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/assets\/start-app-[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	await expect(page.locator('main h1')).toHaveText('Kwartiermaker');
	await expect(page.getByTestId('start-new')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Voordat u begint' })).toBeVisible();
	await expect(page.locator('main').getByRole('status')).toHaveText('Bezig met laden…');
	await expect(page.getByTestId('theme-list')).toHaveCount(0);
	await checkPage('start page before the app has loaded');
	// A keyboard user is already on the page: the app's arrival must not pull focus to the heading.
	await page.keyboard.press('Tab');
	const focused = await page.evaluate(() => document.activeElement?.outerHTML);
	release();
	await expect(page.getByText('U heeft nog geen scans op dit apparaat.')).toBeVisible();
	await expect(page.getByTestId('theme-list')).toBeVisible();
	expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focused);
	// Started while loading, the link still works once the app is there.
	await page.getByTestId('start-new').click();
	await expect(page.locator('main h1')).toHaveText('Over uw organisatie');
});

test('the production server sends a strict Content-Security-Policy', async ({ request }) => {
	const response = await request.get('/');
	const csp = response.headers()['content-security-policy'] ?? '';
	expect(csp).toContain("script-src 'self'");
	expect(csp).toContain("connect-src 'self'");
	expect(csp).not.toContain('unsafe-inline');
	expect(csp).not.toContain('unsafe-eval');
});
