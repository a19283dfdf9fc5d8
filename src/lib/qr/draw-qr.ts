/**
 * A QR code as one SVG path: text → module matrix (the `qr` package, error correction M) → a path `d`
 * string of dark rectangles, one per run of dark modules in a row. One path element keeps the DOM small
 * (a version-15 code has about 3,000 dark modules) and is drawn in one go.
 *
 * Loaded only with import() by the screens that show codes, so the first screen does not carry `qr`.
 * The path is in module units with (0, 0) at the top-left module; the component adds the quiet zone
 * (4 modules of white around the code, which readers need to find it) through its viewBox.
 */
import encodeQR from 'qr';

export interface QrPath {
	/** SVG path data in module units. */
	d: string;
	/** Modules per side, without the quiet zone. */
	size: number;
	/** QR version (1–40): size = 17 + 4 × version. */
	version: number;
}

/** Modules of white needed around a code (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

/** The code's modules, true for dark, without a quiet zone. */
export function qrMatrix(text: string): boolean[][] {
	// The package insists on a quiet zone of at least one module; take it off again.
	const raw = encodeQR(text, 'raw', { ecc: 'medium', border: 1 });
	return raw.slice(1, -1).map((row) => row.slice(1, -1));
}

/** The code as one SVG path. Throws (RangeError) when the text does not fit any QR version. */
export function qrPath(text: string): QrPath {
	const matrix = qrMatrix(text);
	const parts: string[] = [];
	matrix.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
		}
	});
	return { d: parts.join(''), size: matrix.length, version: (matrix.length - 17) / 4 };
}
