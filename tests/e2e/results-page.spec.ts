/**
 * The results page on a phone and on a desktop, in both languages (issue 11, item 3):
 * - the theme chart's names and scores are HTML text of at least 12 px above each bar, and the page
 *   does not scroll sideways at 320 px;
 * - the reference figures are grouped by source, each source named once;
 * - the "Afdrukken" button's edge stands out from what it sits on (WCAG 1.4.11: 3:1);
 * - axe finds nothing at 320 and 1280 px, in Dutch and in English.
 * Screenshots go to the test's output folder, to look at.
 */
import type { Locator, Page } from '@playwright/test';
import { sourceLabel } from '../../src/lib/content/citation.ts';
import { expect, expectHeading, test } from './support/fixtures.ts';
import { loadChecklist } from './support/checklist.ts';

const checklist = loadChecklist();
/** The themes the chart shows: every theme except the don'ts (those are risks, not scores). */
const chartThemes = checklist.themes.filter((theme) => theme.kind !== 'dont');
/** The sources the figures name, each distinct list once. */
const figureSourceSets = [...new Set(checklist.figures.map((figure) => [...figure.sources].sort().join(' ')))];

async function openResults(page: Page, width: number): Promise<void> {
	await page.setViewportSize({ width, height: 900 });
	await page.goto('/#/scan/demo/resultaten');
	await expectHeading(page, 'Resultaten', { focused: false });
	await expect(page.getByTestId('chart-row').first()).toBeVisible();
}

async function toEnglish(page: Page): Promise<void> {
	await page.getByTestId('language-switch').getByRole('button', { name: 'English' }).click();
	await expectHeading(page, 'Results', { focused: false });
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** Computed font size in px. */
const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

/** Every chart text at least 12 px, in HTML (not SVG, whose text shrinks with the drawing), inside the viewport. */
async function expectReadableChart(page: Page, width: number): Promise<void> {
	const chart = page.getByTestId('theme-chart');
	const rows = chart.getByTestId('chart-row');
	await expect(rows).toHaveCount(chartThemes.length);
	expect(await chart.locator('svg, text').count()).toBe(0);
	const texts = chart.locator('.app-chart__label, .app-chart__value, .app-chart__note, .app-chart__tick');
	const count = await texts.count();
	expect(count).toBeGreaterThanOrEqual(chartThemes.length * 2 + 5);
	for (let index = 0; index < count; index++) {
		const text = texts.nth(index);
		const size = await fontSize(text);
		expect(size, `font size of "${await text.innerText()}"`).toBeGreaterThanOrEqual(12);
		expect(await text.evaluate((element) => element.namespaceURI)).toBe('http://www.w3.org/1999/xhtml');
		const box = (await text.boundingBox())!;
		expect(box.x, `"${await text.innerText()}" starts inside the page`).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, `"${await text.innerText()}" ends inside the page`).toBeLessThanOrEqual(width);
	}
	// Each row: the name above its bar, and the bar as wide as the score says.
	for (let index = 0; index < chartThemes.length; index++) {
		const row = rows.nth(index);
		const label = row.locator('.app-chart__label');
		await expect(label).toBeVisible();
		const labelBox = (await label.boundingBox())!;
		const track = row.locator('.app-chart__track');
		const trackBox = (await track.boundingBox())!;
		expect(labelBox.y + labelBox.height).toBeLessThanOrEqual(trackBox.y + 0.5);
		expect(trackBox.width).toBeGreaterThan(width / 2);
		const value = await row.locator('.app-chart__value').innerText();
		const percent = /^(\d+)%$/.exec(value)?.[1];
		if (percent !== undefined) {
			const barBox = (await row.locator('.app-chart__bar').boundingBox())!;
			// The track has a 1 px border on each side.
			expect(Math.abs(barBox.width - ((trackBox.width - 2) * Number(percent)) / 100)).toBeLessThan(1.5);
		}
	}
}

async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scrollWidth, 'page width at a narrow screen').toBeLessThanOrEqual(width);
}

/** One heading per distinct list of sources, none repeated, and no source named again under a figure. */
async function expectFiguresGroupedBySource(page: Page, prefix: RegExp): Promise<void> {
	const section = page.locator('section[aria-labelledby="figures-heading"]');
	const groups = section.getByTestId('figure-group');
	await expect(groups).toHaveCount(figureSourceSets.length);
	const headings = section.getByRole('heading', { level: 3 });
	await expect(headings).toHaveCount(figureSourceSets.length);
	const texts = await headings.allInnerTexts();
	expect(new Set(texts).size).toBe(texts.length);
	for (const text of texts) expect(text).toMatch(prefix);
	await expect(section.getByRole('term')).toHaveCount(checklist.figures.length);
	for (const id of new Set(checklist.figures.flatMap((figure) => figure.sources))) {
		const source = checklist.sources.find((s) => s.id === id)!;
		// Named once on the whole section: in its group's heading, not under each figure.
		await expect(section.getByText(sourceLabel(source), { exact: false })).toHaveCount(1);
	}
}

type Rgb = [number, number, number];
const luminance = ([r, g, b]: Rgb) => {
	const [R, G, B] = [r, g, b].map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
};
const contrast = (a: Rgb, b: Rgb) => {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
};

/**
 * The print button's edge against what it sits on: its border colour (or, if it had none, its own
 * background) against the first ancestor with a background colour, as WCAG 1.4.11 asks for a control's
 * boundary. Read from getComputedStyle.
 */
async function printButtonContrast(page: Page): Promise<{ border: number; fill: number; panel: string; borderColour: string }> {
	const button = page.getByRole('button', { name: /^(Afdrukken|Print)/ });
	await expect(button).toBeVisible();
	const colours = await button.evaluate((element) => {
		const parse = (colour: string) => {
			const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
			return { rgb: parts.slice(0, 3) as [number, number, number], alpha: parts[3] ?? 1 };
		};
		const style = getComputedStyle(element);
		let panel: Element | null = element.parentElement;
		while (panel && parse(getComputedStyle(panel).backgroundColor).alpha === 0) panel = panel.parentElement;
		const panelColour = panel ? getComputedStyle(panel).backgroundColor : 'rgb(255, 255, 255)';
		return {
			border: parse(style.borderTopColor).rgb,
			borderWidth: parseFloat(style.borderTopWidth),
			borderAlpha: parse(style.borderTopColor).alpha,
			fill: parse(style.backgroundColor).rgb,
			panel: parse(panelColour).rgb,
			panelColour,
			borderColour: style.borderTopColor
		};
	});
	expect(colours.borderWidth).toBeGreaterThanOrEqual(1);
	expect(colours.borderAlpha).toBe(1);
	return {
		border: contrast(colours.border, colours.panel),
		fill: contrast(colours.fill, colours.panel),
		panel: colours.panelColour,
		borderColour: colours.borderColour
	};
}

test('at 320 px: chart labels are readable text, no sideways scrolling, figures grouped by source, print button visible; axe in both languages', async ({
	page,
	checkPage
}) => {
	await openResults(page, 320);
	await expectReadableChart(page, 320);
	await expectNoSidewaysScroll(page, 320);
	await expectFiguresGroupedBySource(page, /^(Bron|Bronnen): /);
	const edge = await printButtonContrast(page);
	expect(edge.border, `print button border ${edge.borderColour} on ${edge.panel}`).toBeGreaterThanOrEqual(3);
	await checkPage('results at 320 px');

	await toEnglish(page);
	await expectReadableChart(page, 320);
	await expectNoSidewaysScroll(page, 320);
	await expectFiguresGroupedBySource(page, /^(Source|Sources): /);
	expect((await printButtonContrast(page)).border).toBeGreaterThanOrEqual(3);
	await checkPage('results at 320 px in English');
});

test('at 1280 px: the same chart and groups; axe in both languages', async ({ page, checkPage }) => {
	await openResults(page, 1280);
	await expectReadableChart(page, 1280);
	await expectNoSidewaysScroll(page, 1280);
	await expectFiguresGroupedBySource(page, /^(Bron|Bronnen): /);
	expect((await printButtonContrast(page)).border).toBeGreaterThanOrEqual(3);
	await checkPage('results at 1280 px');

	await toEnglish(page);
	await expectReadableChart(page, 1280);
	await expectFiguresGroupedBySource(page, /^(Source|Sources): /);
	// Axe in English ran at 320 px; it does not depend on the width.
});

test('printed: the bars keep their colour, the figures and their sources stay, the buttons go', async ({ page }) => {
	await openResults(page, 1280);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(page.getByTestId('theme-chart')).toBeVisible();
	const bar = page.getByTestId('theme-chart').locator('.app-chart__bar').first();
	// Browsers leave out background colours when printing unless told to keep them: the bar is a background.
	expect(await bar.evaluate((element) => getComputedStyle(element).printColorAdjust)).toBe('exact');
	expect((await bar.boundingBox())!.height).toBeGreaterThan(10);
	await expect(page.getByTestId('figure-group').first().getByRole('heading', { level: 3 })).toBeVisible();
});

test('in forced colours (Windows high contrast) the bars keep showing the scores', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await openResults(page, 1280);
	const row = page.getByTestId('chart-row').first();
	const [bar, text, track] = await Promise.all([
		row.locator('.app-chart__bar').evaluate((element) => getComputedStyle(element).backgroundColor),
		row.locator('.app-chart__label').evaluate((element) => getComputedStyle(element).color),
		row.locator('.app-chart__track').evaluate((element) => getComputedStyle(element).backgroundColor)
	]);
	// The bar takes the text colour, the track the page colour: the two always differ.
	expect(bar).toBe(text);
	expect(bar).not.toBe(track);
});
