/**
 * When to remind the user to download a backup.
 *
 * Scans live only in this browser; a browser that clears its site data takes them along. A backup
 * file is the user's only copy elsewhere, so the app counts changes since the last backup and
 * reminds after many changes or many days. The counts are kept in localStorage (see
 * storage/backup-log.ts); this module is the pure rule and the shape of that record.
 */
import * as v from 'valibot';

/** Remind after this many changes, or this many days with at least one change, since the last backup. */
export const BACKUP_REMINDER = { afterChanges: 25, afterDays: 14 } as const;

const MAX_COUNT = 1_000_000;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const DateTime = v.pipe(
	v.string(),
	v.maxLength(40),
	v.check((value) => ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))
);

/** The stored record. Anything that does not match is treated as "no backup yet, no changes". */
export const BackupLogSchema = v.object({
	/** When a backup was last downloaded, or null when never. */
	lastBackupAt: v.nullable(DateTime),
	/** Saved changes (answers, plan) since that backup. */
	changesSince: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT)),
	/** When the first of those changes was saved; null when there are none. */
	firstChangeAt: v.nullable(DateTime)
});

export type BackupLog = v.InferOutput<typeof BackupLogSchema>;

export const EMPTY_BACKUP_LOG: BackupLog = { lastBackupAt: null, changesSince: 0, firstChangeAt: null };

export type BackupReminder =
	| { due: false; changes: number }
	| { due: true; reason: 'changes' | 'days'; changes: number; days: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Checks a record read from storage; anything else becomes the empty record. */
export function toBackupLog(value: unknown): BackupLog {
	const parsed = v.safeParse(BackupLogSchema, value);
	return parsed.success ? parsed.output : EMPTY_BACKUP_LOG;
}

/** One more saved change. */
export function withChange(log: BackupLog, now: string): BackupLog {
	return {
		lastBackupAt: log.lastBackupAt,
		changesSince: Math.min(MAX_COUNT, log.changesSince + 1),
		firstChangeAt: log.firstChangeAt ?? now
	};
}

/** A backup was just downloaded: the count starts again. */
export function withBackup(now: string): BackupLog {
	return { lastBackupAt: now, changesSince: 0, firstChangeAt: null };
}

/** Whole days from `from` to `now` (0 when `from` is in the future or unreadable). */
function daysBetween(from: string, now: string): number {
	const days = Math.floor((Date.parse(now) - Date.parse(from)) / DAY_MS);
	return Number.isFinite(days) && days > 0 ? days : 0;
}

/**
 * Whether to remind now. Nothing is due without changes since the last backup (there is nothing new
 * to save). With changes: due after `afterChanges` changes, or when the last backup (or, if there is
 * none, the first change) is `afterDays` days old.
 */
export function backupReminder(log: BackupLog, now: string): BackupReminder {
	const changes = log.changesSince;
	if (changes === 0) return { due: false, changes };
	const since = log.lastBackupAt ?? log.firstChangeAt;
	const days = since ? daysBetween(since, now) : 0;
	if (changes >= BACKUP_REMINDER.afterChanges) return { due: true, reason: 'changes', changes, days };
	if (days >= BACKUP_REMINDER.afterDays) return { due: true, reason: 'days', changes, days };
	return { due: false, changes };
}
