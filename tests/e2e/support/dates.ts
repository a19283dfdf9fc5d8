/** 'd MMMM yyyy' in Dutch, as the app's formatDate writes a date (UTC date), worked out independently of the app. */
export function dutchDate(iso: string): string {
	return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
}
