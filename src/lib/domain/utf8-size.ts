/**
 * The UTF-8 size of a text, counting no further than just past `limit`: files and links are limited in
 * bytes, and a hostile text can be huge, so the count stops as soon as the answer is "too large".
 */
export function utf8Size(text: string, limit: number): number {
	// Every UTF-16 unit is at least one UTF-8 byte, so a text longer than the limit is too large already.
	if (text.length > limit) return limit + 1;
	let bytes = 0;
	for (let i = 0; i < text.length && bytes <= limit; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				// A surrogate pair is one character of four bytes.
				bytes += 4;
				i++;
			} else bytes += 3;
		} else bytes += 3;
	}
	return bytes;
}
