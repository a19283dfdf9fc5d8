import { describe, expect, test } from 'vitest';
import { BACKUP_REMINDER, backupReminder, EMPTY_BACKUP_LOG, toBackupLog, withBackup, withChange, type BackupLog } from './backup-reminder.ts';

const DAY = 24 * 60 * 60 * 1000;
const T0 = '2026-11-01T09:00:00.000Z';
const at = (days: number, hours = 0): string => new Date(Date.parse(T0) + days * DAY + hours * 3_600_000).toISOString();

function changes(log: BackupLog, n: number, now: string): BackupLog {
	let next = log;
	for (let i = 0; i < n; i++) next = withChange(next, now);
	return next;
}

describe('backup reminder', () => {
	test('the limits are 25 changes and 14 days', () => {
		expect(BACKUP_REMINDER).toEqual({ afterChanges: 25, afterDays: 14 });
	});

	test('nothing is due without changes, however long ago the last backup was', () => {
		expect(backupReminder(EMPTY_BACKUP_LOG, at(400))).toEqual({ due: false, changes: 0 });
		expect(backupReminder(withBackup(T0), at(400))).toEqual({ due: false, changes: 0 });
	});

	test('due after 25 changes, not after 24', () => {
		const log = withBackup(T0);
		expect(backupReminder(changes(log, 24, at(1)), at(1)).due).toBe(false);
		expect(backupReminder(changes(log, 25, at(1)), at(1))).toEqual({ due: true, reason: 'changes', changes: 25, days: 1 });
	});

	test('due 14 days after the last backup when something changed since, not after 13', () => {
		const log = withChange(withBackup(T0), at(1));
		expect(backupReminder(log, at(13, 23)).due).toBe(false);
		expect(backupReminder(log, at(14))).toEqual({ due: true, reason: 'days', changes: 1, days: 14 });
	});

	test('without any backup, the days count from the first change', () => {
		const log = changes(EMPTY_BACKUP_LOG, 3, at(2));
		expect(log.firstChangeAt).toBe(at(2));
		expect(withChange(log, at(5)).firstChangeAt).toBe(at(2));
		expect(backupReminder(log, at(15)).due).toBe(false);
		expect(backupReminder(log, at(16))).toMatchObject({ due: true, reason: 'days', days: 14 });
	});

	test('a backup resets the count and the first change', () => {
		const log = withBackup(at(20));
		expect(log).toEqual({ lastBackupAt: at(20), changesSince: 0, firstChangeAt: null });
		expect(backupReminder(log, at(20)).due).toBe(false);
	});

	test('a clock set back in time never gives negative days', () => {
		const log = withChange(withBackup(at(10)), at(10));
		expect(backupReminder(log, at(0))).toEqual({ due: false, changes: 1 });
	});

	test('a stored record is checked; anything odd becomes the empty record', () => {
		const good = { lastBackupAt: T0, changesSince: 3, firstChangeAt: at(1) };
		expect(toBackupLog(good)).toEqual(good);
		expect(toBackupLog({ ...good, extra: '<b>x</b>' })).toEqual(good);
		for (const bad of [
			null,
			'tekst',
			[],
			{ ...good, changesSince: -1 },
			{ ...good, changesSince: 1.5 },
			{ ...good, changesSince: '3' },
			{ ...good, lastBackupAt: 'gisteren' },
			{ ...good, firstChangeAt: 12 },
			{ lastBackupAt: T0 }
		]) {
			expect(toBackupLog(bad), JSON.stringify(bad)).toEqual(EMPTY_BACKUP_LOG);
		}
	});
});
