import { describe, expect, test } from 'vitest';
import { EMPTY_BACKUP_LOG, withBackup } from '../domain/backup-reminder.ts';
import { removeAppKeys } from './app-keys.ts';
import { BACKUP_LOG_KEY, createBackupLogStore } from './backup-log.ts';
import { createTestStorage } from './test-storage.ts';

const NOW = '2026-11-24T10:00:00.000Z';

describe('backup log in localStorage', () => {
	test('writes and reads the record under kwartiermaker:last-backup', () => {
		const storage = createTestStorage();
		const store = createBackupLogStore(storage);
		expect(store.read()).toEqual(EMPTY_BACKUP_LOG);
		store.write({ ...withBackup(NOW), changesSince: 2, firstChangeAt: NOW });
		expect(JSON.parse(storage.getItem(BACKUP_LOG_KEY)!)).toEqual({ lastBackupAt: NOW, changesSince: 2, firstChangeAt: NOW });
		expect(store.read()).toEqual({ lastBackupAt: NOW, changesSince: 2, firstChangeAt: NOW });
	});

	test('a damaged or hostile record reads as empty and pollutes nothing', () => {
		for (const text of ['{kapot', '"tekst"', '{"__proto__":{"polluted":1},"changesSince":1}', '{"changesSince":1e99}']) {
			const store = createBackupLogStore(createTestStorage({ [BACKUP_LOG_KEY]: text }));
			expect(store.read(), text).toEqual(EMPTY_BACKUP_LOG);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('a blocked localStorage gives the empty record and never throws', () => {
		const blocked = createTestStorage();
		blocked.getItem = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		blocked.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		const store = createBackupLogStore(blocked);
		expect(store.read()).toEqual(EMPTY_BACKUP_LOG);
		expect(() => store.write(withBackup(NOW))).not.toThrow();
		expect(createBackupLogStore(undefined).read()).toEqual(EMPTY_BACKUP_LOG);
	});
});

describe('removeAppKeys', () => {
	test('removes every kwartiermaker: key and nothing else', () => {
		const storage = createTestStorage({
			'kwartiermaker:scan-count': '3',
			'kwartiermaker:last-backup': '{}',
			'kwartiermaker:journal:abc': '[]',
			'andere-app': 'blijft',
			kwartiermaker: 'zonder dubbele punt, blijft'
		});
		expect(removeAppKeys(storage)).toBe(3);
		expect(Object.fromEntries(Array.from({ length: storage.length }, (_, i) => [storage.key(i), storage.getItem(storage.key(i)!)]))).toEqual({
			'andere-app': 'blijft',
			kwartiermaker: 'zonder dubbele punt, blijft'
		});
	});

	test('never throws when localStorage is missing or blocked', () => {
		const blocked = createTestStorage({ 'kwartiermaker:x': '1' });
		blocked.key = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		expect(removeAppKeys(blocked)).toBe(0);
		expect(removeAppKeys(undefined)).toBe(0);
	});
});
