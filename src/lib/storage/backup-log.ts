/**
 * Where the app remembers the last backup and the changes since, in localStorage under
 * `kwartiermaker:last-backup` (a small JSON record, checked on every read).
 *
 * localStorage, not IndexedDB: the record must be readable at once when Mijn scans opens, and it is
 * a reminder, not user data. A blocked or full localStorage only means no reminder.
 */
import { EMPTY_BACKUP_LOG, toBackupLog, type BackupLog } from '../domain/backup-reminder.ts';

export const BACKUP_LOG_KEY = 'kwartiermaker:last-backup';

export interface BackupLogStore {
	read(): BackupLog;
	write(log: BackupLog): void;
}

export function createBackupLogStore(storage: Storage | undefined = globalThis.localStorage): BackupLogStore {
	return {
		read() {
			try {
				const text = storage?.getItem(BACKUP_LOG_KEY);
				return text ? toBackupLog(JSON.parse(text)) : EMPTY_BACKUP_LOG;
			} catch {
				return EMPTY_BACKUP_LOG;
			}
		},
		write(log) {
			try {
				storage?.setItem(BACKUP_LOG_KEY, JSON.stringify(log));
			} catch {
				// Blocked or full: the reminder is a help, not a requirement.
			}
		}
	};
}
