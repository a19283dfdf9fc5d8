/** Dutch date formatting, in one place so views and the PDF agree. */

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });

/** "24 november 2026 om 14:05" style, or the input unchanged when it is not a date. */
export function formatDateTime(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** "24 november 2026" for an ISO timestamp or a YYYY-MM-DD date. */
export function formatDate(iso: string): string {
	const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
}
