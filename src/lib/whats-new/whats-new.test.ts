import { describe, expect, test } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import { createVersionNotes, parseVersionNotes, VERSION_NOTES_KEY } from './version-notes.ts';
import { oldestVersionOf, WhatsNewNotices } from './whats-new-notices.ts';

const checklist = {
	version: '1.1.0',
	whatsNew: [{ version: '1.1.0', items: ['Nieuwe vragen.', 'Weet ik niet telt als laagste.'] }]
};

/** A localStorage stand-in that can also refuse writes. */
function memoryStorage(initial: Record<string, string> = {}, { full = false } = {}) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (full) throw new DOMException('vol', 'QuotaExceededError');
			data.set(key, value);
		}
	};
}

describe('WhatsNewNotices', () => {
	test('a migrated scan gets the changes once; another scan gets nothing', () => {
		const notices = new WhatsNewNotices(checklist, createVersionNotes(memoryStorage()));
		notices.noteMigrated('scan-a', '1.0.0');
		expect(notices.pending('scan-b')).toEqual([]);
		expect(notices.take('scan-a').flatMap((entry) => entry.items)).toEqual(checklist.whatsNew[0]!.items);
		expect(notices.take('scan-a')).toEqual([]);
		// Opened again with its old stored version (the migration runs at every open): still shown once.
		notices.noteMigrated('scan-a', '1.0.0');
		expect(notices.take('scan-a')).toEqual([]);
	});

	test('a scan at the current version, or of an unknown version, is not noted', () => {
		const storage = memoryStorage();
		const notices = new WhatsNewNotices(checklist, createVersionNotes(storage));
		notices.noteMigrated('scan-a', '1.1.0');
		notices.noteMigrated('scan-b', 'onbekend');
		expect(notices.take('scan-a')).toEqual([]);
		expect(notices.take('scan-b')).toEqual([]);
		expect(storage.data.size).toBe(0);
	});

	test('what was shown is remembered across page loads (in localStorage)', () => {
		const storage = memoryStorage();
		new WhatsNewNotices(checklist, createVersionNotes(storage)).noteMigrated('scan-a', '1.0.0');
		const afterReload = new WhatsNewNotices(checklist, createVersionNotes(storage));
		expect(afterReload.take('scan-a')).toHaveLength(1);
		const later = new WhatsNewNotices(checklist, createVersionNotes(storage));
		expect(later.take('scan-a')).toEqual([]);
		expect(JSON.parse(storage.data.get(VERSION_NOTES_KEY)!)).toEqual({ 'scan-a': { from: '1.0.0', shown: '1.1.0' } });
	});

	test('after a later release, only the newer changes are shown', () => {
		const storage = memoryStorage({ [VERSION_NOTES_KEY]: JSON.stringify({ 'scan-a': { from: '1.0.0', shown: '1.1.0' } }) });
		const next = { version: '1.2.0', whatsNew: [...checklist.whatsNew, { version: '1.2.0', items: ['Nog iets.'] }] };
		const notices = new WhatsNewNotices(next, createVersionNotes(storage));
		notices.noteMigrated('scan-a', '1.1.0');
		expect(notices.take('scan-a').map((entry) => entry.version)).toEqual(['1.2.0']);
	});

	test.each([
		['not JSON', '{'],
		['the wrong shape', JSON.stringify({ 'scan-a': { from: 1 } })],
		['a prototype key', '{"__proto__": {"from": "1.0.0", "shown": null}}'],
		['a list', '[1, 2]']
	])('a stored value with %s counts as nothing noted, and is replaced on the next note', (_name, stored) => {
		const storage = memoryStorage({ [VERSION_NOTES_KEY]: stored });
		const notices = new WhatsNewNotices(checklist, createVersionNotes(storage));
		expect(notices.pending('scan-a')).toEqual([]);
		expect(({} as Record<string, unknown>)['from']).toBeUndefined();
		notices.noteMigrated('scan-a', '1.0.0');
		expect(notices.take('scan-a')).toHaveLength(1);
	});

	test('without working storage the notice still works for this page', () => {
		const notices = new WhatsNewNotices(checklist, createVersionNotes(memoryStorage({}, { full: true })));
		notices.noteMigrated('scan-a', '1.0.0');
		expect(notices.take('scan-a')).toHaveLength(1);
		expect(notices.take('scan-a')).toEqual([]);
		const none = new WhatsNewNotices(checklist, createVersionNotes(null));
		none.noteMigrated('scan-b', '1.0.0');
		expect(none.take('scan-b')).toHaveLength(1);
	});
});

describe('parseVersionNotes', () => {
	const note = { from: '1.0.0', shown: null };
	test.each([
		['a valid set', JSON.stringify({ 'a-1': note, b: { from: '1.0.0', shown: '1.1.0' } }), 2],
		['an empty set', '{}', 0],
		['an extra field', JSON.stringify({ a: { ...note, x: 1 } }), null],
		['a missing field', JSON.stringify({ a: { from: '1.0.0' } }), null],
		['a bad version', JSON.stringify({ a: { from: '1.0', shown: null } }), null],
		['a key that is no scan id', JSON.stringify({ 'a b': note }), null],
		['constructor as a key', JSON.stringify({ constructor: note }), null],
		['501 entries', JSON.stringify(Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`s${i}`, note]))), null],
		['500 entries', JSON.stringify(Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`s${i}`, note]))), 500],
		['a text over 100 000 characters', `{"a": ${JSON.stringify(note)}, "b": "${'x'.repeat(100_000)}"}`, null],
		['null', 'null', null],
		['a string', '"notities"', null]
	])('%s', (_name, text, count) => {
		const notes = parseVersionNotes(text);
		expect(notes === null ? null : Object.keys(notes).length).toBe(count);
		if (notes) expect(Object.getPrototypeOf(notes)).toBeNull();
	});
});

describe('oldestVersionOf', () => {
	const scan = (version: string, setAside: Scan['setAside'] = {}) => ({ checklistVersion: version, setAside });
	const aside = (fromVersion: string) => ({ questionId: 'q', value: '0', note: '', updatedAt: '2026-11-20T09:00:00.000Z', fromVersion });

	test('a scan without kept-aside answers shows its own version', () => {
		expect(oldestVersionOf(scan('1.0.0'))).toBe('1.0.0');
		expect(oldestVersionOf({ checklistVersion: '1.1.0' })).toBe('1.1.0');
	});

	test('a restored scan shows the oldest version among its kept-aside answers', () => {
		expect(oldestVersionOf(scan('1.1.0', { a: aside('1.0.0'), b: aside('1.0.5') }))).toBe('1.0.0');
	});

	test('a scan opened from an older version is noted once; a current one and the demo are not', () => {
		const notices = new WhatsNewNotices(checklist, createVersionNotes(memoryStorage()));
		notices.noteMigrated('oud', oldestVersionOf(scan('1.0.0')));
		notices.noteMigrated('nieuw', oldestVersionOf(scan(checklist.version)));
		expect(notices.take('oud')).toHaveLength(1);
		expect(notices.take('oud')).toEqual([]);
		expect(notices.take('nieuw')).toEqual([]);
	});
});
