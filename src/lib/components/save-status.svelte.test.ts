import { render, screen } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import SaveStatus from './save-status.svelte';

describe('SaveStatus', () => {
	test.each([
		['saving', 'Bezig met opslaan…'],
		['saved', 'Opgeslagen op dit apparaat']
	] as const)('%s says "%s"', (state, text) => {
		render(SaveStatus, { state });
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent(text, { normalizeWhitespace: true });
		expect(status.textContent?.trim()).toBe(text);
		expect(status).toHaveAttribute('data-save-state', state);
		expect(status).not.toHaveClass('app-save-status--error');
	});

	test('error with a message says "Niet opgeslagen: <message>"', () => {
		render(SaveStatus, { state: 'error', error: 'De opslag is vol' });
		const status = screen.getByRole('status');
		expect(status.textContent?.trim()).toBe('Niet opgeslagen: De opslag is vol');
		expect(status).toHaveAttribute('data-save-state', 'error');
		expect(status).toHaveClass('app-save-status--error');
	});

	test('error without a message says "Niet opgeslagen"', () => {
		render(SaveStatus, { state: 'error' });
		expect(screen.getByRole('status').textContent?.trim()).toBe('Niet opgeslagen');
	});

	test('idle is an empty live region, present before anything is saved', () => {
		render(SaveStatus, { state: 'idle' });
		const status = screen.getByRole('status');
		expect(status.textContent?.trim()).toBe('');
		expect(status).toHaveAttribute('data-save-state', 'idle');
	});

	test('the same live region updates when the state changes', async () => {
		const { rerender } = render(SaveStatus, { state: 'saving' });
		const status = screen.getByRole('status');
		await rerender({ state: 'saved' });
		expect(screen.getByRole('status')).toBe(status);
		expect(status).toHaveTextContent('Opgeslagen op dit apparaat');
		expect(status).toHaveAttribute('data-save-state', 'saved');
		await rerender({ state: 'error', error: 'Geen toegang' });
		expect(status).toHaveTextContent('Niet opgeslagen: Geen toegang');
	});
});
