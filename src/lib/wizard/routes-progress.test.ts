import { describe, expect, test } from 'vitest';
import { isScanRoute, parseHash, toHash, type Route } from './routes.ts';
import { SCAN_ID } from './test-support.ts';

describe('the routes of Scan herhalen and Voortgang', () => {
	test.each<[string, Route]>([
		[`#/scan/${SCAN_ID}/herhalen`, { name: 'repeat', scanId: SCAN_ID }],
		[`#/scan/${SCAN_ID}/voortgang`, { name: 'progress', scanId: SCAN_ID }]
	])('%s round-trips and belongs to the scan', (hash, route) => {
		expect(toHash(route)).toBe(hash);
		expect(parseHash(hash)).toEqual(route);
		expect(isScanRoute(route)).toBe(true);
	});

	test.each([
		`#/scan/${SCAN_ID}/herhalen/extra`,
		`#/scan/${SCAN_ID}/voortgang/<script>`,
		'#/scan/niet-een-id/voortgang',
		`#/scan/${SCAN_ID}/Voortgang`
	])('refuses %s', (hash) => {
		expect(parseHash(hash)).toEqual({ name: 'not-found' });
	});
});
