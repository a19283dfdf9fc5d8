import { describe, expect, test } from 'vitest';
import { createScanCountMarker } from './scan-count-marker.ts';

function memoryStorage(): Storage {
	const data = new Map<string, string>();
	return {
		get length() {
			return data.size;
		},
		clear: () => data.clear(),
		getItem: (key) => data.get(key) ?? null,
		key: (index) => [...data.keys()][index] ?? null,
		removeItem: (key) => void data.delete(key),
		setItem: (key, value) => void data.set(key, value)
	};
}

describe('scan count marker', () => {
	test('a first visit with no scans is not an eviction', () => {
		expect(createScanCountMarker(memoryStorage()).checkListed(0)).toBe(false);
	});

	test('scans that disappear without being deleted are reported once', () => {
		const storage = memoryStorage();
		const marker = createScanCountMarker(storage);
		expect(marker.checkListed(2)).toBe(false);
		expect(marker.checkListed(0)).toBe(true);
		expect(marker.checkListed(0)).toBe(false);
	});

	test('deleting scans on purpose is not an eviction', () => {
		const marker = createScanCountMarker(memoryStorage());
		marker.checkListed(2);
		marker.deletedOne();
		marker.deletedOne();
		expect(marker.checkListed(0)).toBe(false);
	});

	test('blocked localStorage never breaks listing', () => {
		const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } } as unknown as Storage;
		const marker = createScanCountMarker(throwing);
		expect(marker.checkListed(3)).toBe(false);
		expect(() => marker.deletedOne()).not.toThrow();
		expect(createScanCountMarker(undefined).checkListed(0)).toBe(false);
	});
});
