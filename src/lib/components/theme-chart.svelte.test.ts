import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import type { ThemeScore } from '../domain/results-types.ts';
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
	test('the SVG is hidden from screen readers', () => {
		renderChart();
		const svg = screen.getByTestId('theme-chart');
		expect(svg.tagName.toLowerCase()).toBe('svg');
		expect(svg).toHaveAttribute('aria-hidden', 'true');
		expect(svg).toHaveAttribute('focusable', 'false');
		expect(screen.queryByRole('img')).not.toBeInTheDocument();
	});

	test('one bar per theme with a score, as wide as its percentage', () => {
		renderChart();
		const svg = screen.getByTestId('theme-chart');
		const bars = svg.querySelectorAll('rect.app-chart__bar');
		// k3 has no score yet; a score of 0 is still a (zero-width) bar.
		expect(bars).toHaveLength(3);
		const track = svg.querySelector('rect.app-chart__track');
		const full = Number(track?.getAttribute('width'));
		expect(full).toBeGreaterThan(0);
		expect([...bars].map((bar) => Number(bar.getAttribute('width')) / full)).toEqual([0.75, 0, 0.5]);
		// Every theme has a track, so an empty theme still shows its row.
		expect(svg.querySelectorAll('rect.app-chart__track')).toHaveLength(THEMES.length);
	});

	test('each bar carries its theme name and percentage as text', () => {
		renderChart();
		const svg = screen.getByTestId('theme-chart');
		const labels = [...svg.querySelectorAll('text.app-chart__label')].map((text) => text.textContent);
		expect(labels).toEqual(THEMES.map((t) => t.title));
		const values = [...svg.querySelectorAll('text.app-chart__value')].map((text) => text.textContent);
		expect(values).toEqual(['75%', '0%', '–', '50%']);
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
		const svg = screen.getByTestId('theme-chart');
		const notes = [...svg.querySelectorAll('text.app-chart__note')];
		expect(notes.map((note) => note.textContent)).toEqual(['Weet ik niet: 1 van 4', 'Weet ik niet: 2 van 4 · onzeker']);
		expect(notes.map((note) => note.classList.contains('app-chart__note--uncertain'))).toEqual([false, true]);
		// A note makes its row taller (66 instead of 46), so the labels after it move down.
		const labelY = [...svg.querySelectorAll('text.app-chart__label')].map((label) => Number(label.getAttribute('y')));
		expect(labelY).toEqual([15, 81, 147]);

		const rows = within(within(screen.getByRole('table', { name: CAPTION })).getAllByRole('rowgroup')[1]!).getAllByRole('row');
		expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
			['Wegbereider en draagvlak', '50%', '4 van 4', '1 van 4', '2 keer'],
			['Plan en middelen', '25% (onzeker)', '4 van 4', '2 van 4', '2 keer'],
			['Samenwerking', '50%', '3 van 3', '0 van 3', '1 keer']
		]);
	});

	test('rows without a note are 46 high', () => {
		renderChart();
		const labelY = [...screen.getByTestId('theme-chart').querySelectorAll('text.app-chart__label')].map((label) => Number(label.getAttribute('y')));
		expect(labelY).toEqual([15, 61, 107, 153]);
		expect(screen.getByTestId('theme-chart').querySelectorAll('text.app-chart__note')).toHaveLength(0);
	});

	test('no themes: an empty chart and an empty table', () => {
		renderChart([]);
		expect(screen.getByTestId('theme-chart').querySelectorAll('rect')).toHaveLength(0);
		const [, body] = within(screen.getByRole('table', { name: CAPTION })).getAllByRole('rowgroup');
		expect(within(body!).queryAllByRole('row')).toHaveLength(0);
	});
});
