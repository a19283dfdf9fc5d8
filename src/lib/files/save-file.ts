/**
 * Offers a Blob as a download. Uses an object URL on a temporary `<a download>` rather than
 * jsPDF's `doc.save()`, which misbehaves in iOS Safari and installed PWAs (jsPDF#1581, #3059).
 */
export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	link.hidden = true;
	document.body.append(link);
	try {
		link.click();
	} finally {
		link.remove();
		// Revoking at once can cancel the download in Safari and Firefox; a minute is plenty.
		setTimeout(() => URL.revokeObjectURL(url), 60_000);
	}
}
