/**
 * Reflow (WCAG 1.4.10) and target size (WCAG 2.5.8, the project's 44 px) checks that several specs share.
 */
import type { Page } from '@playwright/test';

/** How many CSS pixels the page scrolls sideways (0 or less: it fits). */
export function sidewaysOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** True when the page fits 320 CSS pixels without scrolling sideways; the viewport is put back. */
export async function fitsNarrowScreen(page: Page): Promise<boolean> {
	const size = page.viewportSize();
	await page.setViewportSize({ width: 320, height: 640 });
	const overflow = await sidewaysOverflow(page);
	if (size) await page.setViewportSize(size);
	return overflow <= 0;
}

/** The controls every page has; links inside running text are exempt (WCAG 2.5.5 "inline"). */
const CONTROLS =
	'button, input[type=radio], input[type=checkbox], input[type=text], input[type=date], textarea, summary, .app-button, .app-back-link, .app-task-list__name a, .app-summary-list__actions a';

/**
 * Visible controls smaller than 44×44 px, described for the failure message. `extra` adds a page's own
 * stand-alone links (a CSS selector list).
 */
export function smallTargets(page: Page, extra = ''): Promise<string[]> {
	return page.evaluate((selector) => {
		return [...document.querySelectorAll<HTMLElement>(selector)]
			.filter((element) => element.offsetParent !== null && !element.closest('.app-visually-hidden'))
			.filter((element) => {
				const box = element.getBoundingClientRect();
				return box.height < 43.5 || box.width < 43.5;
			})
			.map((element) => `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}” ${Math.round(element.getBoundingClientRect().width)}×${Math.round(element.getBoundingClientRect().height)}`);
	}, extra ? `${CONTROLS}, ${extra}` : CONTROLS);
}
