import { describe, expect, test } from 'vitest';
import checklist from '../../../checklists/kwartiermaken.yaml';
import { DEMO_SCAN_ID, isScanRoute, parseHash, toHash, type Route } from './routes.ts';
import { OTHER_SCAN_ID, SCAN_ID } from './test-support.ts';

const NOT_FOUND: Route = { name: 'not-found' };

/** One route of every kind, with the hash it must have. */
const ROUTES: Array<[string, Route]> = [
	['#/', { name: 'home' }],
	['#/nieuw', { name: 'new' }],
	['#/gegevens', { name: 'data' }],
	['#/ontvang', { name: 'receive' }],
	[`#/scan/${SCAN_ID}`, { name: 'tasks', scanId: SCAN_ID }],
	[`#/scan/${SCAN_ID}/profiel`, { name: 'profile', scanId: SCAN_ID }],
	[`#/scan/${SCAN_ID}/controleren`, { name: 'check', scanId: SCAN_ID }],
	[`#/scan/${SCAN_ID}/resultaten`, { name: 'results', scanId: SCAN_ID }],
	[`#/scan/${SCAN_ID}/actieplan`, { name: 'plan', scanId: SCAN_ID }],
	[`#/scan/${SCAN_ID}/thema/k1`, { name: 'theme-check', scanId: SCAN_ID, themeId: 'k1' }],
	[`#/scan/${SCAN_ID}/vraag/k1-wegbereider`, { name: 'question', scanId: SCAN_ID, questionId: 'k1-wegbereider', returnTo: null }],
	[
		`#/scan/${SCAN_ID}/vraag/k1-wegbereider?terug=controleren`,
		{ name: 'question', scanId: SCAN_ID, questionId: 'k1-wegbereider', returnTo: 'check' }
	],
	[
		`#/scan/${SCAN_ID}/vraag/k1-wegbereider?terug=thema`,
		{ name: 'question', scanId: SCAN_ID, questionId: 'k1-wegbereider', returnTo: 'theme' }
	],
	['#/scan/demo', { name: 'tasks', scanId: DEMO_SCAN_ID }],
	['#/scan/demo/vraag/k2-plan', { name: 'question', scanId: DEMO_SCAN_ID, questionId: 'k2-plan', returnTo: null }]
];

describe('toHash and parseHash', () => {
	test.each(ROUTES)('%s round-trips', (hash, route) => {
		expect(toHash(route)).toBe(hash);
		expect(parseHash(hash)).toEqual(route);
		expect(parseHash(toHash(parseHash(hash)))).toEqual(route);
	});

	test('every route name is covered by the table', () => {
		const names = new Set(ROUTES.map(([, route]) => route.name));
		names.add('not-found');
		expect([...names].sort()).toEqual(
			['home', 'new', 'data', 'receive', 'tasks', 'profile', 'question', 'theme-check', 'check', 'results', 'plan', 'not-found'].sort()
		);
	});

	test.each([
		['', { name: 'home' }],
		['#', { name: 'home' }],
		['#/', { name: 'home' }],
		['/', { name: 'home' }],
		['#/nieuw/', { name: 'new' }],
		[`/scan/${SCAN_ID}/profiel`, { name: 'profile', scanId: SCAN_ID }],
		[`#/scan/${SCAN_ID}/`, { name: 'tasks', scanId: SCAN_ID }]
	] satisfies Array<[string, Route]>)('accepts the harmless variant %j', (hash, route) => {
		expect(parseHash(hash)).toEqual(route);
	});

	test('not-found has no hash of its own and renders as home', () => {
		expect(toHash(NOT_FOUND)).toBe('#/');
	});

	test('an unknown ?terug= value means no return target', () => {
		expect(parseHash(`#/scan/${SCAN_ID}/vraag/k1-visie?terug=elders`)).toEqual({
			name: 'question',
			scanId: SCAN_ID,
			questionId: 'k1-visie',
			returnTo: null
		});
	});

	test('every theme and question of the real checklist has a parseable, round-tripping route', () => {
		for (const theme of checklist.themes) {
			const themeRoute: Route = { name: 'theme-check', scanId: SCAN_ID, themeId: theme.id };
			expect(parseHash(toHash(themeRoute))).toEqual(themeRoute);
			for (const question of theme.questions) {
				for (const returnTo of [null, 'check', 'theme'] as const) {
					const route: Route = { name: 'question', scanId: SCAN_ID, questionId: question.id, returnTo };
					expect(parseHash(toHash(route)), question.id).toEqual(route);
				}
			}
		}
	});
});

describe('parseHash rejects', () => {
	const long = 'a'.repeat(5000);
	test.each([
		['a path escape', '#/scan/../../etc'],
		['a path escape after a valid id', `#/scan/${SCAN_ID}/../../etc/passwd`],
		['a script as question id', `#/scan/${SCAN_ID}/vraag/<script>alert(1)</script>`],
		['an encoded script as question id', `#/scan/${SCAN_ID}/vraag/%3Cscript%3E`],
		['a 5 000 character hash', `#/scan/${SCAN_ID}/vraag/${long}`],
		['a hash of 301 characters', `#/scan/${SCAN_ID}/vraag/${'a'.repeat(301 - `#/scan/${SCAN_ID}/vraag/`.length)}`],
		['an uppercase scan id', `#/scan/${OTHER_SCAN_ID.toUpperCase()}`],
		['a scan id without dashes', '#/scan/11111111222243338444555555555555'],
		['a too short scan id', '#/scan/1111-2222'],
		['a scan id with a trailing character', `#/scan/${SCAN_ID}x`],
		['a missing scan id', '#/scan'],
		['a prototype key as scan id', '#/scan/__proto__'],
		['an unknown top-level page', '#/instellingen'],
		['nieuw with an extra segment', '#/nieuw/extra'],
		['gegevens with an extra segment', '#/gegevens/extra'],
		['a page that only starts like the share page', '#/ontvangen'],
		['an unknown scan page', `#/scan/${SCAN_ID}/onbekend`],
		['a question page without id', `#/scan/${SCAN_ID}/vraag`],
		['a theme page without id', `#/scan/${SCAN_ID}/thema`],
		['an extra segment after a question', `#/scan/${SCAN_ID}/vraag/k1-visie/extra`],
		['an extra segment after a page', `#/scan/${SCAN_ID}/profiel/extra`],
		['a parameter on a page without one', `#/scan/${SCAN_ID}/controleren/k1`],
		['an unknown page with a parameter', `#/scan/${SCAN_ID}/bestand/k1`],
		['an uppercase question id', `#/scan/${SCAN_ID}/vraag/K1-Visie`],
		['a question id with a double dash', `#/scan/${SCAN_ID}/vraag/k1--visie`],
		['a question id with a leading dash', `#/scan/${SCAN_ID}/vraag/-k1`],
		['a question id with a dot', `#/scan/${SCAN_ID}/vraag/k1.visie`],
		['a question id with 14 segments', `#/scan/${SCAN_ID}/vraag/${Array.from({ length: 14 }, () => 'a').join('-')}`],
		['a theme id with a space', `#/scan/${SCAN_ID}/thema/k%201`]
	])('%s', (_, hash) => {
		expect(parseHash(hash)).toEqual(NOT_FOUND);
	});

	test('a hash of exactly 300 characters is still parsed', () => {
		const prefix = `#/scan/${SCAN_ID}/vraag/`;
		const id = 'a'.repeat(300 - prefix.length);
		expect((prefix + id).length).toBe(300);
		expect(parseHash(prefix + id)).toEqual({ name: 'question', scanId: SCAN_ID, questionId: id, returnTo: null });
	});

	test('a share link of any length goes to the receive page (its data is read elsewhere)', () => {
		expect(parseHash(`#/ontvang/1.${'A'.repeat(9000)}`)).toEqual({ name: 'receive' });
		expect(parseHash('/ontvang/1.abc')).toEqual({ name: 'receive' });
	});

	test('never throws on odd input', () => {
		for (const hash of ['#?', '#/?terug=thema', '#//', '#/scan//vraag', '#%', '#/scan/%E0%A4%A', '\u0000', '#/scan/demo?']) {
			expect(() => parseHash(hash)).not.toThrow();
		}
	});
});

describe('isScanRoute', () => {
	test.each(ROUTES)('%s', (_, route) => {
		expect(isScanRoute(route)).toBe('scanId' in route);
	});

	test('home, new and not-found are not scan routes', () => {
		expect([{ name: 'home' }, { name: 'new' }, NOT_FOUND].map((r) => isScanRoute(r as Route))).toEqual([false, false, false]);
	});
});

describe('delegation routes (themes handed to a colleague)', () => {
	const id = '11111111-2222-4333-8444-555555555555';
	test.each([
		[`#/scan/${id}/uitbesteden`, { name: 'delegate', scanId: id }],
		[`#/scan/${id}/samenvoegen`, { name: 'delegate-merge', scanId: id }],
		[`#/scan/${id}/terugsturen`, { name: 'delegate-return', scanId: id }],
		['#/delegatie', { name: 'delegation' }],
		['#/terug', { name: 'delegation-returned' }]
	] as const)('%s', (hash, route) => {
		expect(parseHash(hash)).toEqual(route);
		expect(toHash(route)).toBe(hash);
	});

	test('links with long data are recognised before the length limit', () => {
		expect(parseHash(`#/delegatie/1.${'a'.repeat(5000)}`)).toEqual({ name: 'delegation' });
		expect(parseHash(`#/terug/1.${'a'.repeat(5000)}`)).toEqual({ name: 'delegation-returned' });
		expect(parseHash('#/teruggaan')).toEqual({ name: 'not-found' });
		expect(parseHash(`#/scan/${id}/uitbesteden/extra`)).toEqual({ name: 'not-found' });
	});
});
