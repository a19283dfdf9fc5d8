import { render, screen } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import type { Checklist, Source } from '../content/checklist-schema.ts';
import { language } from '../i18n/language.svelte.ts';
import SourceList from './source-list.svelte';

const SOURCES: Source[] = [
	{ id: 'seed003', title: 'Handreiking kwartiermaken', publisher: 'Movisie', year: 2021, url: 'https://www.movisie.nl/kwartiermaken' },
	{ id: 'P01', title: 'Ervaringsdeskundigheid in de wijk', publisher: 'Sociaal Werk Nederland', url: 'https://www.sociaalwerknederland.nl/wijk' },
	{ id: 'seed004', title: 'Inzet ervaringsdeskundigheid', publisher: 'Werkplaats Nijmegen' },
	{ id: 'P09', title: '6 lessen', url: 'https://zorgwelzijn.nl/6-lessen' }
];
// The component only reads `sources`.
const checklist = { sources: SOURCES } as unknown as Checklist;

describe('SourceList', () => {
	test('one source: "Bron:" with publisher (year), title', () => {
		const { container } = render(SourceList, { checklist, ids: ['seed003'] });
		expect(container.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'Bron: Movisie (2021), Handreiking kwartiermaken (opent in een nieuw venster)'
		);
		const link = screen.getByRole('link', { name: /^Movisie \(2021\), Handreiking kwartiermaken/ });
		expect(link).toHaveAttribute('href', 'https://www.movisie.nl/kwartiermaken');
		expect(link.textContent).toBe('Movisie (2021), Handreiking kwartiermaken (opent in een nieuw venster)');
	});

	test('a source without a year has no empty brackets', () => {
		render(SourceList, { checklist, ids: ['P01'] });
		const link = screen.getByRole('link', { name: /Sociaal Werk Nederland/ });
		expect(link.textContent).toBe('Sociaal Werk Nederland, Ervaringsdeskundigheid in de wijk (opent in een nieuw venster)');
		// dom-accessibility-api trims the text of each child element, so the space before the hidden
		// "(opent…" is lost here (not in browsers); textContent above checks the space.
		expect(link).toHaveAccessibleName(/^Sociaal Werk Nederland, Ervaringsdeskundigheid in de wijk ?\(opent in een nieuw venster\)$/);
	});

	test('several sources: "Bronnen:", in the order given, separated by semicolons', () => {
		const { container } = render(SourceList, { checklist, ids: ['P01', 'seed003'] });
		const text = container.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim();
		expect(text).toBe(
			'Bronnen: Sociaal Werk Nederland, Ervaringsdeskundigheid in de wijk (opent in een nieuw venster); Movisie (2021), Handreiking kwartiermaken (opent in een nieuw venster)'
		);
		expect(screen.getAllByRole('link')).toHaveLength(2);
	});

	test('links open in a new window with rel noreferrer, and say so to screen readers', () => {
		render(SourceList, { checklist, ids: ['seed003', 'P01'] });
		for (const link of screen.getAllByRole('link')) {
			expect(link).toHaveAttribute('target', '_blank');
			expect(link.getAttribute('rel')?.split(/\s+/)).toContain('noreferrer');
			expect(link).toHaveAccessibleName(/\(opent in een nieuw venster\)$/);
		}
		expect(screen.getAllByText('(opent in een nieuw venster)')[0]).toHaveClass('app-visually-hidden');
	});

	test('a source without an address is named as text, not as a link', () => {
		const { container } = render(SourceList, { checklist, ids: ['seed004', 'P01'] });
		expect(container.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
			'Bronnen: Werkplaats Nijmegen, Inzet ervaringsdeskundigheid; Sociaal Werk Nederland, Ervaringsdeskundigheid in de wijk (opent in een nieuw venster)'
		);
		expect(screen.getAllByRole('link')).toHaveLength(1);
	});

	test('a source without a publisher starts with its title, and never with a comma', () => {
		render(SourceList, { checklist, ids: ['P09'] });
		expect(screen.getByRole('link').textContent).toBe('6 lessen (opent in een nieuw venster)');
	});

	test('unknown ids are skipped; no known source renders nothing', () => {
		const { container, rerender } = render(SourceList, { checklist, ids: ['bestaat-niet', 'P01'] });
		expect(screen.getAllByRole('link')).toHaveLength(1);
		expect(container.querySelector('p')?.textContent?.trim()).toMatch(/^Bron:/);
		rerender({ ids: ['bestaat-niet'] });
		expect(container.querySelector('p')).toBeNull();
		expect(screen.queryByRole('link')).not.toBeInTheDocument();
	});
});

describe('SourceList as a heading, and in English', () => {
	test('tag h3 makes the same line a heading with the given class', () => {
		render(SourceList, { checklist, ids: ['seed003'], tag: 'h3', class: 'app-figures__source' });
		const heading = screen.getByRole('heading', { level: 3 });
		expect(heading).toHaveClass('app-figures__source');
		expect(heading.textContent?.replace(/\s+/g, ' ').trim()).toBe('Bron: Movisie (2021), Handreiking kwartiermaken (opent in een nieuw venster)');
	});

	test('the words come from the catalogue', async () => {
		await language.set('en', { remember: false });
		try {
			const { container } = render(SourceList, { checklist, ids: ['P01', 'seed003'] });
			expect(container.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
				'Sources: Sociaal Werk Nederland, Ervaringsdeskundigheid in de wijk (opens in a new window); Movisie (2021), Handreiking kwartiermaken (opens in a new window)'
			);
		} finally {
			await language.set('nl', { remember: false });
		}
	});
});
