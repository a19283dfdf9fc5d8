/**
 * The report downloads as a user gets them: a click on the page's export button, the file saved, and its text
 * read back with an independent reader (mammoth for the Word document, pdf.js for the PDF), so a test checks
 * what the file really holds.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import mammoth from 'mammoth';
import { readPdf, squash } from '../../fixtures/pdf-inspect.ts';
import { expect } from './fixtures.ts';

/** Clicks the Word button (`download-word`), waits for the file and reads it with mammoth. */
export async function downloadWord(page: Page): Promise<{ download: Download; text: string; html: string }> {
	const downloadPromise = page.waitForEvent('download');
	await page.getByTestId('download-word').click();
	const download = await downloadPromise;
	const buffer = readFileSync((await download.path())!);
	expect(buffer.subarray(0, 2).toString('latin1'), 'a .docx is a zip file').toBe('PK');
	const [text, html] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
	return { download, text: text.value, html: html.value };
}

/**
 * Clicks the PDF button (`download-pdf`), waits for the file and returns its text with whitespace squashed
 * (compare with `squash(expected)`: lines wrap wherever the layout breaks them).
 */
export async function downloadPdfText(page: Page): Promise<{ download: Download; text: string }> {
	const downloadPromise = page.waitForEvent('download');
	await page.getByTestId('download-pdf').click();
	const download = await downloadPromise;
	const { text } = await readPdf(new Uint8Array(readFileSync((await download.path())!)));
	return { download, text: squash(text) };
}
