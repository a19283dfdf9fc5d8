import { describe, expect, test } from 'vitest';
import { compareChecklistVersions, isOlderVersion, versionName, whatsNewSince } from './whats-new.ts';

const checklist = {
	version: '1.2.0',
	whatsNew: [
		{ version: '1.2.0', items: ['Twee'] },
		{ version: '1.1.0', items: ['Een'] },
		{ version: '1.0.1', items: ['Klein'] }
	]
};

describe('whatsNewSince', () => {
	test.each([
		['1.0.0', ['1.0.1', '1.1.0', '1.2.0']],
		['1.0.1', ['1.1.0', '1.2.0']],
		['1.1.0', ['1.2.0']],
		['1.1.5', ['1.2.0']],
		['1.2.0', []],
		['1.3.0', []],
		['1.10', []],
		['onzin', []]
	])('from %s', (from, expected) => {
		expect(whatsNewSince(checklist, from).map((entry) => entry.version)).toEqual(expected);
	});

	test('an entry for a version after the checklist is never shown', () => {
		expect(whatsNewSince({ version: '1.1.0', whatsNew: [{ version: '1.2.0', items: ['Later'] }] }, '1.0.0')).toEqual([]);
	});

	test('no whatsNew in the content: nothing', () => {
		expect(whatsNewSince({ version: '2.0.0' }, '1.0.0')).toEqual([]);
	});
});

describe('versions', () => {
	test.each([
		['1.0.0', '1.1.0', -1],
		['1.10.0', '1.9.0', 1],
		['2.0.0', '2.0.0', 0],
		['1.0', '1.0.0', null]
	])('compare %s and %s', (a, b, expected) => {
		expect(compareChecklistVersions(a, b)).toBe(expected);
	});

	test('isOlderVersion', () => {
		expect(isOlderVersion({ version: '1.1.0' }, '1.0.0')).toBe(true);
		expect(isOlderVersion({ version: '1.1.0' }, '1.1.0')).toBe(false);
		expect(isOlderVersion({ version: '1.1.0' }, 'x')).toBe(false);
	});

	test.each([
		['1.1.0', '1.1'],
		['1.1.2', '1.1.2'],
		['2.0.0', '2.0']
	])('versionName(%s) = %s', (version, name) => {
		expect(versionName(version)).toBe(name);
	});
});
