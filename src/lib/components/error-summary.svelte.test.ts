import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { pageErrors } from '../app/page-errors.svelte.ts';
import ErrorSummary from './error-summary.svelte';

const ERRORS = [
	{ href: '#answer', text: 'Kies een antwoord.' },
	{ href: '#organisation', text: 'Vul de naam van de organisatie in.' }
];

/** Form fields outside the component, as on a real page. */
let fields: HTMLElement;

beforeEach(() => {
	fields = document.createElement('form');
	fields.innerHTML = `
		<fieldset><legend>Vraag</legend><input type="radio" id="answer" name="answer" value="0"><label for="answer">Nee</label></fieldset>
		<div class="app-form-group"><label for="organisation">Organisatie</label><input type="text" id="organisation"></div>
		<button type="button">Ergens anders</button>`;
	document.body.append(fields);
	// jsdom does not implement scrolling.
	Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
	fields.remove();
	delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('ErrorSummary', () => {
	test('renders nothing without errors', () => {
		const { container } = render(ErrorSummary, { errors: [] });
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
		expect(container.querySelector('*')).toBeNull();
		expect(container).toHaveTextContent('');
	});

	test('an alert titled "Er is een probleem" with a link per error', () => {
		render(ErrorSummary, { errors: ERRORS });
		const alert = screen.getByRole('alert', { name: 'Er is een probleem' });
		expect(within(alert).getByRole('heading', { level: 2, name: 'Er is een probleem' })).toBeInTheDocument();
		const links = within(alert).getAllByRole('link');
		expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
			['Kies een antwoord.', '#answer'],
			['Vul de naam van de organisatie in.', '#organisation']
		]);
	});

	test('receives focus on mount', () => {
		render(ErrorSummary, { errors: ERRORS });
		expect(screen.getByRole('alert')).toHaveFocus();
		expect(screen.getByRole('alert')).toHaveAttribute('tabindex', '-1');
	});

	test('receives focus again when attempt changes', async () => {
		const { rerender } = render(ErrorSummary, { errors: ERRORS, attempt: 1 });
		const other = screen.getByRole('button', { name: 'Ergens anders' });
		other.focus();
		expect(other).toHaveFocus();
		await rerender({ attempt: 2 });
		expect(screen.getByRole('alert')).toHaveFocus();
	});

	test('does not steal focus when only the errors change (the user is typing)', () => {
		// Props from runes, as a parent component passes them: STL's rerender() replaces the whole
		// props object, which would re-run every effect that reads any prop.
		let errors = $state(ERRORS);
		let attempt = $state(1);
		render(ErrorSummary, {
			props: {
				get errors() {
					return errors;
				},
				get attempt() {
					return attempt;
				}
			}
		});
		expect(screen.getByRole('alert')).toHaveFocus();
		const input = screen.getByRole('textbox', { name: 'Organisatie' });
		input.focus();
		errors = ERRORS.slice(0, 1);
		flushSync();
		expect(screen.getAllByRole('link')).toHaveLength(1);
		expect(input).toHaveFocus();
		// The next submit attempt moves focus to the summary again.
		attempt = 2;
		flushSync();
		expect(screen.getByRole('alert')).toHaveFocus();
	});

	test('appears and takes focus when errors arrive with a new attempt', async () => {
		const { rerender } = render(ErrorSummary, { errors: [], attempt: 0 });
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
		await rerender({ errors: ERRORS, attempt: 1 });
		expect(screen.getByRole('alert')).toHaveFocus();
	});

	test('clicking a link focuses the input and scrolls its group into view', async () => {
		const user = userEvent.setup();
		render(ErrorSummary, { errors: ERRORS });
		await user.click(screen.getByRole('link', { name: 'Kies een antwoord.' }));
		expect(screen.getByRole('radio', { name: 'Nee' })).toHaveFocus();
		expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(1);
		expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts[0]).toBe(fields.querySelector('fieldset'));

		await user.click(screen.getByRole('link', { name: 'Vul de naam van de organisatie in.' }));
		expect(screen.getByRole('textbox', { name: 'Organisatie' })).toHaveFocus();
		expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts[1]).toBe(fields.querySelector('.app-form-group'));
	});

	test('a link to a field that does not exist is left to the browser', async () => {
		const user = userEvent.setup();
		render(ErrorSummary, { errors: [{ href: '#bestaat-niet', text: 'Onbekend veld' }] });
		const link = screen.getByRole('link', { name: 'Onbekend veld' });
		const seen = vi.fn((event: MouseEvent) => event.defaultPrevented);
		document.addEventListener('click', seen);
		await user.click(link);
		document.removeEventListener('click', seen);
		expect(seen).toHaveReturnedWith(false);
	});

	test('marks the page as having errors while it shows them (the title gets "Fout:")', async () => {
		expect(pageErrors.active).toBe(false);
		const { rerender, unmount } = render(ErrorSummary, { errors: [], attempt: 0 });
		expect(pageErrors.active).toBe(false);
		await rerender({ errors: ERRORS, attempt: 1 });
		expect(pageErrors.active).toBe(true);
		await rerender({ errors: [], attempt: 1 });
		expect(pageErrors.active).toBe(false);
		await rerender({ errors: ERRORS, attempt: 2 });
		expect(pageErrors.active).toBe(true);
		unmount();
		expect(pageErrors.active).toBe(false);
	});
});
