import { render, screen } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import type { Scan } from '../../domain/scan.ts';
import { makeScan } from '../../domain/test-fixtures.ts';
import ProgressLinks from './progress-links.svelte';

const ID = '22222222-2222-4222-8222-222222222222';
const EARLIER = '11111111-1111-4111-8111-111111111111';

/** A repeat made on 1 November 2026 with two answers copied (older) and one given since. */
function repeated(): Scan {
	const scan = makeScan({});
	return {
		...scan,
		id: ID,
		repeatOf: EARLIER,
		createdAt: '2026-11-01T00:00:00.000Z',
		answers: {
			'a-wegbereider': { value: '2', note: '', updatedAt: '2025-03-01T00:00:00.000Z' },
			'a-plan': { value: '1', note: '', updatedAt: '2025-03-01T00:00:00.000Z' },
			'b-werving': { value: '4', note: '', updatedAt: '2026-11-02T00:00:00.000Z' }
		}
	};
}

describe('ProgressLinks', () => {
	test('links to Scan herhalen and Voortgang of this scan', () => {
		render(ProgressLinks, { scan: repeated() });
		expect(screen.getByRole('link', { name: 'Scan herhalen' })).toHaveAttribute('href', `#/scan/${ID}/herhalen`);
		expect(screen.getByRole('link', { name: 'Voortgang bekijken' })).toHaveAttribute('href', `#/scan/${ID}/voortgang`);
		expect(screen.getByText(/Deze scan is een herhaling van een eerdere scan/)).toBeInTheDocument();
		// The results page does not count copied answers; the task list does.
		expect(screen.queryByTestId('copied-answers')).toBeNull();
	});

	test('on the task list: how many answers still come from the earlier scan', () => {
		render(ProgressLinks, { scan: repeated(), showCopied: true });
		expect(screen.getByTestId('copied-answers')).toHaveTextContent('2 antwoorden komen nog uit de vorige scan');
	});

	test('nothing for the demo scan', () => {
		const { container } = render(ProgressLinks, { scan: { ...repeated(), id: 'demo', demo: true }, showCopied: true });
		expect(container.textContent?.trim()).toBe('');
	});
});
