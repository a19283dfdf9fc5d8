import { render, screen, within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { Checklist, Figure, Source } from '../content/checklist-schema.ts';
import ReferenceFigures from './reference-figures.svelte';

const SOURCES: Source[] = [
	{ id: 'peiling', title: 'Ervaringsdeskundigen maken opmars', publisher: 'Movisie', year: 2018, url: 'https://www.movisie.nl/' },
	{ id: 'utrecht', title: 'Actie Agenda Utrechters Schuldenvrij' },
	{ id: 'ongebruikt', title: 'Niet genoemd', publisher: 'Niemand' }
];
const figure = (id: string, value: string, sources: string[]): Figure => ({ id, value, label: `tekst bij ${id}`, sources });
const FIGURES: Figure[] = [
	figure('p1', 'ruim 90', ['peiling']),
	figure('u1', '6', ['utrecht']),
	figure('p2', '55%', ['peiling']),
	figure('p3', '13%', ['peiling'])
];

function renderFigures(figures = FIGURES, sources = SOURCES) {
	return render(ReferenceFigures, { checklist: { figures, sources } });
}

const squash = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim();

describe('ReferenceFigures', () => {
	test('one heading per source, each source named once, with all its figures under it', () => {
		renderFigures();
		const headings = screen.getAllByRole('heading', { level: 3 });
		expect(headings.map((heading) => squash(heading.textContent))).toEqual([
			'Bron: Movisie (2018), Ervaringsdeskundigen maken opmars (opent in een nieuw venster)',
			'Bron: Actie Agenda Utrechters Schuldenvrij'
		]);
		const groups = screen.getAllByTestId('figure-group');
		expect(groups).toHaveLength(2);
		expect(within(groups[0]!).getAllByRole('term').map((term) => term.textContent)).toEqual(['ruim 90', '55%', '13%']);
		expect(within(groups[0]!).getAllByRole('definition').map((d) => squash(d.textContent))).toEqual([
			'tekst bij p1',
			'tekst bij p2',
			'tekst bij p3'
		]);
		expect(within(groups[1]!).getAllByRole('term').map((term) => term.textContent)).toEqual(['6']);
		// The source is not repeated with each figure.
		expect(screen.getAllByText(/Ervaringsdeskundigen maken opmars/)).toHaveLength(1);
		expect(screen.queryByText(/Niet genoemd/)).not.toBeInTheDocument();
	});

	test('the source heading keeps the link format: a plain link to a new window, nothing fetched', () => {
		renderFigures();
		const links = screen.getAllByRole('link');
		expect(links).toHaveLength(1);
		expect(links[0]).toHaveAttribute('href', 'https://www.movisie.nl/');
		expect(links[0]).toHaveAttribute('target', '_blank');
		expect(links[0]!.getAttribute('rel')?.split(/\s+/)).toContain('noreferrer');
		expect(links[0]!.closest('h3')).not.toBeNull();
		// A source without an address is text, not a link.
		expect(screen.getByText('Actie Agenda Utrechters Schuldenvrij').tagName.toLowerCase()).toBe('span');
	});

	test('figures with two sources get one heading naming both', () => {
		renderFigures([figure('x', '7', ['utrecht', 'peiling']), figure('y', '8', ['peiling', 'utrecht'])]);
		const headings = screen.getAllByRole('heading', { level: 3 });
		expect(headings).toHaveLength(1);
		expect(squash(headings[0]!.textContent)).toBe(
			'Bronnen: Actie Agenda Utrechters Schuldenvrij; Movisie (2018), Ervaringsdeskundigen maken opmars (opent in een nieuw venster)'
		);
		expect(within(screen.getByTestId('figure-group')).getAllByRole('term').map((term) => term.textContent)).toEqual(['7', '8']);
	});

	test('the real checklist: as many headings as distinct sources, every figure shown once', () => {
		const checklist = parse(readFileSync('checklists/kwartiermaken.yaml', 'utf8')) as Checklist;
		renderFigures(checklist.figures, checklist.sources);
		const distinct = new Set(checklist.figures.map((f) => [...f.sources].sort().join(' ')));
		const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => squash(heading.textContent));
		expect(headings).toHaveLength(distinct.size);
		expect(new Set(headings).size).toBe(headings.length);
		expect(headings.length).toBeLessThan(checklist.figures.length);
		expect(screen.getAllByRole('term')).toHaveLength(checklist.figures.length);
	});
});
