/** Puts text on the clipboard; rejects when the browser does not allow it (the page then offers the text to copy by hand). */
export async function copyText(text: string): Promise<void> {
	if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
	await navigator.clipboard.writeText(text);
}
