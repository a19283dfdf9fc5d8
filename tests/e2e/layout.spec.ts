/**
 * Reflow at 320 CSS pixels (WCAG 1.4.10) and 44px targets for controls, on every kind of screen.
 * Uses the demo scan so every page has content.
 */
import { expect, expectNoAxeViolations, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';
import { sidewaysOverflow, smallTargets } from './support/reflow.ts';

const checklist = loadChecklist();
const firstQuestion = checklist.themes[0]!.questions[0]!.id;

const screens: [string, string][] = [
	['Mijn scans', '/#/'],
	['nieuwe scan', '/#/nieuw'],
	['takenlijst', '/#/scan/demo'],
	['vraag', `/#/scan/demo/vraag/${firstQuestion}`],
	['thema controleren', `/#/scan/demo/thema/${checklist.themes[0]!.id}`],
	['alles controleren', '/#/scan/demo/controleren'],
	['resultaten', '/#/scan/demo/resultaten'],
	['actieplan', '/#/scan/demo/actieplan'],
	['niet gevonden', '/#/scan/demo/vraag/bestaat-niet'],
	['uw gegevens', '/#/gegevens'],
	['scan uit een kapotte link', '/#/ontvang/1.kapot']
];


for (const [name, url] of screens) {
	test(`${name}: reflows at 320px without sideways scrolling, with 44px targets`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(url);
		await expect(page.locator('main h1')).toBeVisible();
		await page.waitForLoadState('networkidle');
		const overflow = await sidewaysOverflow(page);
		expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
		expect(await smallTargets(page)).toEqual([]);
		await expectNoAxeViolations(page, `${name} at 320px`);
	});
}
