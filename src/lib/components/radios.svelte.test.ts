import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet, type ComponentProps } from 'svelte';
import { describe, expect, test, vi } from 'vitest';
import Radios, { type RadioOption } from './radios.svelte';

const OPTIONS: RadioOption[] = [
	{ value: '0', label: 'Niet aanwezig', hint: 'Dit is er nog niet.' },
	{ value: '1', label: 'In voorbereiding' },
	{ value: '2', label: 'Vastgelegd en uitgevoerd', hint: 'Het staat op papier.' },
	{ value: 'unknown', label: 'Weet ik niet', divider: true }
];

function renderRadios(props: Partial<ComponentProps<typeof Radios>> = {}) {
	return render(Radios, { name: 'answer', legend: 'Hebben jullie een wegbereider?', options: OPTIONS, value: null, ...props });
}

describe('Radios', () => {
	test('a fieldset named by its legend, with one radio per option', () => {
		renderRadios();
		const group = screen.getByRole('group', { name: 'Hebben jullie een wegbereider?' });
		expect(within(group).getAllByRole('radio')).toHaveLength(OPTIONS.length);
		for (const radio of within(group).getAllByRole('radio')) expect(radio).toHaveAttribute('name', 'answer');
	});

	test('GOV.UK ids: the first input is idPrefix, then idPrefix-2, idPrefix-3…', () => {
		renderRadios({ idPrefix: 'k1-wegbereider' });
		expect(screen.getAllByRole('radio').map((radio) => radio.id)).toEqual([
			'k1-wegbereider',
			'k1-wegbereider-2',
			'k1-wegbereider-3',
			'k1-wegbereider-4'
		]);
	});

	test('idPrefix defaults to the name', () => {
		renderRadios();
		expect(screen.getByRole('radio', { name: 'Niet aanwezig' })).toHaveAttribute('id', 'answer');
		expect(screen.getByRole('radio', { name: 'In voorbereiding' })).toHaveAttribute('id', 'answer-2');
	});

	test('no hint and no error: the fieldset has no aria-describedby', () => {
		renderRadios();
		expect(screen.getByRole('group')).not.toHaveAttribute('aria-describedby');
		expect(screen.queryByText(/Fout:/)).not.toBeInTheDocument();
	});

	test('hint and error ids are joined in the fieldset’s aria-describedby', () => {
		renderRadios({ idPrefix: 'q', hint: 'Kies wat het best past.', error: 'Kies een antwoord.' });
		const group = screen.getByRole('group', { name: 'Hebben jullie een wegbereider?' });
		expect(group).toHaveAttribute('aria-describedby', 'q-hint q-error');
		expect(document.getElementById('q-hint')).toHaveTextContent('Kies wat het best past.');
		expect(document.getElementById('q-error')).toHaveTextContent('Fout: Kies een antwoord.');
		expect(group).toHaveAccessibleDescription('Kies wat het best past. Fout: Kies een antwoord.');
	});

	test('only a hint, or only an error', async () => {
		const { rerender } = renderRadios({ hint: 'Een hint' });
		expect(screen.getByRole('group')).toHaveAttribute('aria-describedby', 'answer-hint');
		await rerender({ hint: undefined, error: 'Een fout' });
		expect(screen.getByRole('group')).toHaveAttribute('aria-describedby', 'answer-error');
	});

	test('the error message starts with a visually hidden "Fout:"', () => {
		const { container } = renderRadios({ error: 'Kies een antwoord.' });
		const prefix = screen.getByText('Fout:');
		expect(prefix).toHaveClass('app-visually-hidden');
		expect(prefix.closest('.app-error-message')).toHaveTextContent('Fout: Kies een antwoord.');
		expect(container.querySelector('.app-form-group')).toHaveClass('app-form-group--error');
	});

	test('clicking an option calls onchange with its value and checks it', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		renderRadios({ onchange });
		await user.click(screen.getByRole('radio', { name: 'In voorbereiding' }));
		expect(onchange).toHaveBeenCalledExactlyOnceWith('1');
		expect(screen.getByRole('radio', { name: 'In voorbereiding' })).toBeChecked();
		// Clicking the label works too.
		await user.click(screen.getByText('Weet ik niet'));
		expect(onchange).toHaveBeenLastCalledWith('unknown');
		expect(screen.getByRole('radio', { name: 'Weet ik niet' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'In voorbereiding' })).not.toBeChecked();
	});

	test('the arrow keys move through the options', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		renderRadios({ value: '0', onchange });
		await user.click(screen.getByRole('radio', { name: 'Niet aanwezig' }));
		await user.keyboard('{ArrowDown}');
		expect(onchange).toHaveBeenLastCalledWith('1');
	});

	test('the checked state follows value', async () => {
		const { rerender } = renderRadios({ value: '2' });
		expect(screen.getByRole('radio', { name: 'Vastgelegd en uitgevoerd' })).toBeChecked();
		expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(1);
		await rerender({ value: '0' });
		expect(screen.getByRole('radio', { name: 'Niet aanwezig' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Vastgelegd en uitgevoerd' })).not.toBeChecked();
		await rerender({ value: null });
		expect(screen.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
	});

	test('an option hint is not part of the label but is its description', () => {
		renderRadios({ idPrefix: 'q' });
		const radio = screen.getByRole('radio', { name: 'Niet aanwezig' });
		expect(radio).toHaveAccessibleName('Niet aanwezig');
		expect(radio).toHaveAttribute('aria-describedby', 'q-item-hint');
		expect(radio).toHaveAccessibleDescription('Dit is er nog niet.');
		const third = screen.getByRole('radio', { name: 'Vastgelegd en uitgevoerd' });
		expect(third).toHaveAttribute('aria-describedby', 'q-3-item-hint');
		expect(third).toHaveAccessibleDescription('Het staat op papier.');
		// No hint, no describedby.
		expect(screen.getByRole('radio', { name: 'In voorbereiding' })).not.toHaveAttribute('aria-describedby');
	});

	test('a divider "of" stands right before an option with divider: true', () => {
		const { container } = renderRadios();
		const dividers = container.querySelectorAll('.app-choices__divider');
		expect(dividers).toHaveLength(1);
		expect(dividers[0]).toHaveTextContent(/^of$/);
		const next = dividers[0]!.nextElementSibling as HTMLElement;
		expect(within(next).getByRole('radio')).toBe(screen.getByRole('radio', { name: 'Weet ik niet' }));
	});

	test('legendContent renders a page heading inside the legend', () => {
		const legendContent = createRawSnippet(() => ({ render: () => '<h1>Hebben jullie een plan?</h1>' }));
		const { container } = render(Radios, { name: 'answer', legendContent, isPageHeading: true, options: OPTIONS, value: null });
		expect(screen.getByRole('heading', { level: 1, name: 'Hebben jullie een plan?' })).toBeInTheDocument();
		expect(screen.getByRole('group', { name: 'Hebben jullie een plan?' })).toBeInTheDocument();
		expect(container.querySelector('legend')).toHaveClass('app-fieldset__legend--page');
	});
});
