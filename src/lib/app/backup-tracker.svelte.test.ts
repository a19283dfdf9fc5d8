import { describe, expect, test } from 'vitest';
import { BACKUP_REMINDER } from '../domain/backup-reminder.ts';
import { BACKUP_LOG_KEY, createBackupLogStore } from '../storage/backup-log.ts';
import { createTestStorage } from '../storage/test-storage.ts';
import { BackupTracker } from './backup-tracker.svelte.ts';

const NOW = '2026-11-24T10:00:00.000Z';

describe('BackupTracker', () => {
	test('counts one change per item, not per write of the same item', () => {
		const storage = createTestStorage();
		const tracker = new BackupTracker(createBackupLogStore(storage), () => NOW);
		for (const key of ['s/answer/q1', 's/answer/q1', 's/answer/q1', 's/answer/q2', 's/plan', 's/plan', 's/answer/q1']) {
			tracker.countChange(key);
		}
		expect(tracker.log.changesSince).toBe(4);
		expect(JSON.parse(storage.getItem(BACKUP_LOG_KEY)!).changesSince).toBe(4);
	});

	test('reminds after the limit of changes, and a backup resets it', () => {
		const tracker = new BackupTracker(createBackupLogStore(createTestStorage()), () => NOW);
		for (let i = 0; i < BACKUP_REMINDER.afterChanges; i++) tracker.countChange(`s/answer/q${i}`);
		expect(tracker.reminder).toMatchObject({ due: true, reason: 'changes' });
		tracker.recordBackup();
		expect(tracker.log).toEqual({ lastBackupAt: NOW, changesSince: 0, firstChangeAt: null });
		expect(tracker.reminder.due).toBe(false);
		// The same item as before the backup counts again after it.
		tracker.countChange(`s/answer/q${BACKUP_REMINDER.afterChanges - 1}`);
		expect(tracker.log.changesSince).toBe(1);
	});

	test('adds to what another tab counted meanwhile', () => {
		const storage = createTestStorage();
		const tab = new BackupTracker(createBackupLogStore(storage), () => NOW);
		const other = new BackupTracker(createBackupLogStore(storage), () => NOW);
		tab.countChange('a');
		other.countChange('b');
		tab.countChange('c');
		expect(tab.log.changesSince).toBe(3);
	});

	test('reset starts from nothing', () => {
		const tracker = new BackupTracker(createBackupLogStore(createTestStorage()), () => NOW);
		tracker.countChange('a');
		tracker.reset();
		expect(tracker.log.changesSince).toBe(0);
		expect(tracker.log.lastBackupAt).toBeNull();
	});
});
