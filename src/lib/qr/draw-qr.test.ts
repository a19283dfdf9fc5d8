import { describe, expect, it } from 'vitest';
import decodeQR from 'qr/decode.js';
import { qrMatrix, qrPath } from './draw-qr.ts';
import { toQrFrames } from './qr-frames.ts';
import { sampleEnvelope } from './test-fixtures.ts';

/** Paints a path of `M x y h n v1 h-n z` runs into RGBA pixels, as a browser would, with a quiet zone. */
function paint(d: string, size: number, scale = 4, quiet = 4) {
	const side = (size + 2 * quiet) * scale;
	const data = new Uint8ClampedArray(side * side * 4).fill(255);
	for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let dx = 0; dx < Number(n); dx++) {
			for (let py = 0; py < scale; py++) {
				for (let px = 0; px < scale; px++) {
					const at = (((Number(y) + quiet) * scale + py) * side + (Number(x) + dx + quiet) * scale + px) * 4;
					data[at] = data[at + 1] = data[at + 2] = 0;
				}
			}
		}
	}
	return { width: side, height: side, data };
}

describe('qrPath', () => {
	it('draws one path whose dark cells are exactly the dark modules', () => {
		const matrix = qrMatrix('KM1:1/1:ABC:HELLO');
		const { d, size, version } = qrPath('KM1:1/1:ABC:HELLO');
		expect(size).toBe(matrix.length);
		expect(version).toBe(1);
		const cells = [...d.matchAll(/M(\d+) (\d+)h(\d+)/g)].reduce((sum, match) => sum + Number(match[3]), 0);
		expect(cells).toBe(matrix.flat().filter(Boolean).length);
		// Finder pattern: the top-left corner module is dark, the one beside the finder is light.
		expect(matrix[0]![0]).toBe(true);
		expect(matrix[0]![7]).toBe(false);
	});

	it('draws a frame of 600 characters as a version-15 code that reads back', async () => {
		const frames = await toQrFrames(sampleEnvelope(10));
		const longest = frames.reduce((a, b) => (a.length >= b.length ? a : b));
		const { d, size, version } = qrPath(longest);
		expect(version).toBeLessThanOrEqual(15);
		expect(decodeQR(paint(d, size))).toBe(longest);
	});

	it('refuses text too long for any QR code', () => {
		expect(() => qrPath('A'.repeat(5000))).toThrow();
	});
});
