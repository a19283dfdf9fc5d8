import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import type { ThemeScore } from '../domain/results-types.ts';
import { language } from '../i18n/language.svelte.ts';
import ThemeChart from './theme-chart.svelte';

function theme(
	themeId: string,
	title: string,
	percent: number | null,
	scored: number,
	inScope = 4,
	{ unknown = 0, uncertain = false, weight = 1 } = {}
): ThemeScore {
	const counted = scored + unknown;
	return {
		themeId,
		title,
		kind: 'do',
		weight,
		percent,
		inScope,
		scored,
		unknown,
		notApplicable: 0,
		open: inScope - scored - unknown,
		unknownPercent: counted > 0 ? Math.round((unknown / counted) * 100) : null,
		uncertain
	};
}

const THEMES: ThemeScore[] = [
	theme('k1', 'Wegbereider en draagvlak', 75, 4),
	theme('k2', 'Plan en middelen', 0, 2),
	theme('k3', 'Begeleiding', null, 0),
	theme('e1', 'Samenwerking', 50, 3, 3)
];
const CAPTION = 'Score per thema';

function renderChart(themes = THEMES) {
	return render(ThemeChart, { themes, caption: CAPTION });
}

describe('ThemeChart', () => {
	afterEach(async () => {
		await language.set('nl', { remember: false });
	});

	const chart = () => screen.getByTestId('theme-chart');
	const rowsOf = () => [...chart().querySelectorAll<HTMLElement>('[data-testid="chart-row"]')];
	const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

	test('the drawing is HTML, hidden from screen readers, with no SVG text that would shrink with it', () => {
		renderChart();
		expect(chart().tagName.toLowerCase()).toBe('div');
		expect(chart()).toHaveAttribute('aria-hidden', 'true');
		expect(chart().querySelector('svg, text')).toBeNull();
		expect(screen.queryByRole('img')).not.toBeInTheDocument();
	});

	test('each theme is a row: its name and score as text above its bar', () => {
		renderChart();
		const rows = rowsOf();
		expect(rows).toHaveLength(THEMES.length);
		expect(rows.map((row) => text(row.querySelector('.app-chart__label')))).toEqual(THEMES.map((theme) => theme.title));
		expect(rows.map((row) => text(row.querySelector('.app-chart__value')))).toEqual(['75%', '0%', 'Nog geen score', '50%']);
		for (const row of rows) {
			const head = row.querySelector('.app-chart__head')!;
			const track = row.querySelector('.app-chart__track')!;
			// The name comes before the bar in the document, so it is drawn above it.
			expect(head.compareDocumentPosition(track) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
			expect(head.tagName.toLowerCase()).toBe('p');
		}
		expect(rows[2]!.querySelector('.app-chart__value')).toHaveClass('app-chart__value--none');
	});

	test('one bar per theme with a score, as wide as its percentage, set without a style attribute the CSP would block', () => {
		renderChart();
		const rows = rowsOf();
		// k3 has no score yet: an empty track. A score of 0 is still a (zero-width) bar.
		expect(rows.map((row) => row.querySelector<HTMLElement>('.app-chart__bar')?.style.width ?? null)).toEqual(['75%', '0%', null, '50%']);
		expect(chart().querySelectorAll('.app-chart__track')).toHaveLength(THEMES.length);
	});

	test('a scale from 0% to 100% under the bars', () => {
		renderChart();
		const ticks = [...chart().querySelectorAll<HTMLElement>('.app-chart__tick')];
		expect(ticks.map((tick) => tick.textContent)).toEqual(['0%', '25%', '50%', '75%', '100%']);
		expect(ticks.map((tick) => tick.style.left)).toEqual(['0%', '25%', '50%', '75%', '100%']);
	});

	test('a visually hidden table with a caption and one row per theme', () => {
		renderChart();
		const table = screen.getByRole('table', { name: CAPTION });
		// Hidden through its wrapper: a table ignores the 1px width of the visually-hidden pattern.
		expect(table.closest('.app-visually-hidden')).not.toBeNull();
		expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
			'Thema',
			'Score',
			'Beantwoord',
			'Weet ik niet',
			'Telt mee'
		]);
		const [, body] = within(table).getAllByRole('rowgroup');
		const rows = within(body!).getAllByRole('row');
		expect(rows).toHaveLength(THEMES.length);
		expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
			['Wegbereider en draagvlak', '75%', '4 van 4', '0 van 4', '1 keer'],
			['Plan en middelen', '0%', '2 van 4', '0 van 2', '1 keer'],
			['Begeleiding', 'Nog geen score', '0 van 4', '0 van 0', '1 keer'],
			['Samenwerking', '50%', '3 van 3', '0 van 3', '1 keer']
		]);
		expect(within(rows[2]!).getByRole('rowheader', { name: 'Begeleiding' })).toBeInTheDocument();
	});

	test('a theme with "Weet ik niet" answers says how many under its bar, and "onzeker" when too many', () => {
		renderChart([
			theme('k1', 'Wegbereider en draagvlak', 50, 3, 4, { unknown: 1, weight: 2 }),
			theme('k2', 'Plan en middelen', 25, 2, 4, { unknown: 2, uncertain: true, weight: 2 }),
			theme('e1', 'Samenwerking', 50, 3, 3)
		]);
		const rows = rowsOf();
		expect(rows.map((row) => text(row.querySelector('.app-chart__note')) ?? null)).toEqual([
			'Weet ik niet: 1 van 4',
			'Weet ik niet: 2 van 4 · onzeker',
			null
		]);
		// The note is under the bar.
		const note = rows[0]!.querySelector('.app-chart__note')!;
		expect(rows[0]!.querySelector('.app-chart__track')!.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(rows.slice(0, 2).map((row) => row.querySelector('.app-chart__note')!.classList.contains('app-chart__note--uncertain'))).toEqual([false, true]);

		const tableRows = within(within(screen.getByRole('table', { name: CAPTION })).getAllByRole('rowgroup')[1]!).getAllByRole('row');
		expect(tableRows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
			['Wegbereider en draagvlak', '50%', '4 van 4', '1 van 4', '2 keer'],
			['Plan en middelen', '25% (onzeker)', '4 van 4', '2 van 4', '2 keer'],
			['Samenwerking', '50%', '3 van 3', '0 van 3', '1 keer']
		]);
	});

	test('in English the words of the chart are English', async () => {
		await language.set('en', { remember: false });
		renderChart([theme('k2', 'Plan', 25, 2, 4, { unknown: 2, uncertain: true }), theme('k3', 'Begeleiding', null, 0)]);
		const rows = rowsOf();
		expect(text(rows[0]!.querySelector('.app-chart__note'))).toBe('I don’t know: 2 of 4 · uncertain');
		expect(text(rows[1]!.querySelector('.app-chart__value'))).toBe('No score yet');
	});

	test('no themes: no rows, no scale and an empty table', () => {
		renderChart([]);
		expect(rowsOf()).toHaveLength(0);
		expect(chart().querySelector('.app-chart__axis')).toBeNull();
		const [, body] = within(screen.getByRole('table', { name: CAPTION })).getAllByRole('rowgroup');
		expect(within(body!).queryAllByRole('row')).toHaveLength(0);
	});
});
