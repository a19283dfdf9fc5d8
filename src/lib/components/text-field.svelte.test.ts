import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import TextField from './text-field.svelte';

describe('TextField', () => {
	test('a labelled text input with the id as name', () => {
		render(TextField, { id: 'organisation', label: 'Organisatie', value: 'Gemeente X', autocomplete: 'organization', maxlength: 200 });
		const input = screen.getByRole('textbox', { name: 'Organisatie' });
		expect(input.tagName).toBe('INPUT');
		expect(input).toHaveAttribute('id', 'organisation');
		expect(input).toHaveAttribute('name', 'organisation');
		expect(input).toHaveAttribute('autocomplete', 'organization');
		expect(input).toHaveAttribute('maxlength', '200');
		expect(input).toHaveValue('Gemeente X');
		expect(input).not.toHaveAttribute('aria-describedby');
	});

	test('hint and error are described, and the error starts with a hidden "Fout:"', () => {
		render(TextField, { id: 'org', label: 'Organisatie', hint: 'De naam komt in het rapport.', error: 'Vul de naam in.', value: '' });
		const input = screen.getByRole('textbox', { name: 'Organisatie' });
		expect(input).toHaveAttribute('aria-describedby', 'org-hint org-error');
		expect(input).toHaveAccessibleDescription('De naam komt in het rapport. Fout: Vul de naam in.');
		expect(input).toHaveClass('app-input--error');
		expect(screen.getByText('Fout:')).toHaveClass('app-visually-hidden');
	});

	test('typing calls oninput with the new value', async () => {
		const user = userEvent.setup();
		const oninput = vi.fn();
		render(TextField, { id: 'role', label: 'Functie', value: '', oninput });
		await user.type(screen.getByRole('textbox', { name: 'Functie' }), 'Beleid');
		expect(oninput).toHaveBeenLastCalledWith('Beleid');
		expect(oninput).toHaveBeenCalledTimes('Beleid'.length);
	});

	test('multiline gives a textarea', async () => {
		const user = userEvent.setup();
		const oninput = vi.fn();
		render(TextField, { id: 'note', label: 'Toelichting', value: '', multiline: true, oninput });
		const textarea = screen.getByRole('textbox', { name: 'Toelichting' });
		expect(textarea.tagName).toBe('TEXTAREA');
		await user.type(textarea, 'a{Enter}b');
		expect(oninput).toHaveBeenLastCalledWith('a\nb');
	});
});
