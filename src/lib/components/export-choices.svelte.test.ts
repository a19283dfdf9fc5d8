import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { makeScan } from '../domain/test-fixtures.ts';
import type { Scan } from '../domain/scan.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import ExportChoices from './export-choices.svelte';

const scan = makeScan({});

function fakeApp(overrides: Partial<{ downloadReport(scan: Scan): Promise<string>; downloadWord(scan: Scan): Promise<string> }> = {}) {
	return {
		downloadReport: vi.fn(async () => 'plan.pdf'),
		downloadWord: vi.fn(async () => 'plan.docx'),
		...overrides
	};
}

afterEach(() => vi.restoreAllMocks());

describe('ExportChoices', () => {
	test('offers PDF, Word and print, and says which to use when', () => {
		render(ExportChoices, { app: fakeApp(), scan });
		expect(screen.getByRole('heading', { level: 2, name: nl.exports.heading })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: nl.exports.pdfButton })).toHaveAttribute('data-testid', 'download-pdf');
		expect(screen.getByRole('button', { name: nl.exports.wordButton })).toHaveAttribute('data-testid', 'download-word');
		expect(screen.getByRole('button', { name: nl.exports.printButton })).toBeInTheDocument();
		const items = screen.getAllByRole('listitem').map((item) => item.textContent);
		expect(items).toEqual([nl.exports.pdfWhen, nl.exports.wordWhen, nl.exports.printWhen]);
	});

	test('the Word button makes the Word document of this scan and announces the file name', async () => {
		const app = fakeApp();
		render(ExportChoices, { app, scan });
		await userEvent.setup().click(screen.getByRole('button', { name: nl.exports.wordButton }));
		expect(app.downloadWord).toHaveBeenCalledWith(scan);
		expect(app.downloadReport).not.toHaveBeenCalled();
		expect(await screen.findByText(nl.exports.wordDone('plan.docx'))).toBeInTheDocument();
		expect(screen.getByTestId('word-status')).toHaveAttribute('role', 'status');
	});

	test('says it is busy and disables the button while the document is made', async () => {
		let finish!: (name: string) => void;
		const app = fakeApp({ downloadWord: vi.fn(() => new Promise<string>((resolve) => (finish = resolve))) });
		render(ExportChoices, { app, scan });
		const button = screen.getByRole('button', { name: nl.exports.wordButton });
		await userEvent.setup().click(button);
		expect(screen.getByTestId('word-status')).toHaveTextContent(nl.exports.wordBusy);
		expect(button).toBeDisabled();
		finish('x.docx');
		expect(await screen.findByText(nl.exports.wordDone('x.docx'))).toBeInTheDocument();
		expect(button).toBeEnabled();
	});

	test('a failed Word document says so in the catalogue’s words, as an error', async () => {
		const app = fakeApp({ downloadWord: vi.fn(async () => Promise.reject(new Error('zip: internal'))) });
		render(ExportChoices, { app, scan });
		await userEvent.setup().click(screen.getByRole('button', { name: nl.exports.wordButton }));
		const message = await screen.findByText(nl.exports.wordError);
		expect(message).toHaveClass('app-error-message');
		expect(screen.getByTestId('word-status')).not.toHaveTextContent('zip');
	});

	test('the PDF button makes the PDF and announces it; its own error message is shown', async () => {
		const app = fakeApp();
		render(ExportChoices, { app, scan });
		await userEvent.setup().click(screen.getByRole('button', { name: nl.exports.pdfButton }));
		expect(app.downloadReport).toHaveBeenCalledWith(scan);
		expect(await screen.findByText(nl.plan.pdfDone('plan.pdf'))).toBeInTheDocument();

		const failing = fakeApp({ downloadReport: vi.fn(async () => Promise.reject(new Error('Het lettertype kon niet worden geladen.'))) });
		document.body.innerHTML = '';
		render(ExportChoices, { app: failing, scan });
		await userEvent.setup().click(screen.getByRole('button', { name: nl.exports.pdfButton }));
		expect(await screen.findByText('Het lettertype kon niet worden geladen.')).toHaveClass('app-error-message');
	});

	test('Afdrukken opens the browser’s print dialog', async () => {
		const print = vi.spyOn(window, 'print').mockImplementation(() => {});
		render(ExportChoices, { app: fakeApp(), scan });
		await userEvent.setup().click(screen.getByRole('button', { name: nl.exports.printButton }));
		expect(print).toHaveBeenCalledOnce();
	});
});
