import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import BackLink from './back-link.svelte';

test('BackLink is a link "Terug" to the given address, hidden when printing', () => {
	render(BackLink, { href: '#/scan/1' });
	const link = screen.getByRole('link', { name: 'Terug' });
	expect(link).toHaveAttribute('href', '#/scan/1');
	expect(link).toHaveClass('app-no-print');
});
