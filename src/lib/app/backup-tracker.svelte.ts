/**
 * Keeps the backup record (last backup, changes since) and says when a reminder is due.
 *
 * A change is counted when an answer or the plan was written to storage. Consecutive writes of the
 * same item (typing a note in several bursts, then picking an option) count as one change, so the
 * count means "items changed", not keystrokes.
 */
import { backupReminder, EMPTY_BACKUP_LOG, withBackup, withChange, type BackupLog, type BackupReminder } from '../domain/backup-reminder.ts';
import type { BackupLogStore } from '../storage/backup-log.ts';

export class BackupTracker {
	#log = $state.raw<BackupLog>(EMPTY_BACKUP_LOG);
	#lastKey: string | null = null;
	readonly #store: BackupLogStore;
	readonly #now: () => string;

	constructor(store: BackupLogStore, now: () => string = () => new Date().toISOString()) {
		this.#store = store;
		this.#now = now;
		this.#log = store.read();
	}

	get log(): BackupLog {
		return this.#log;
	}

	/** Whether to remind the user now. */
	get reminder(): BackupReminder {
		return backupReminder(this.#log, this.#now());
	}

	/** Counts a saved change of one item (`key` names it, e.g. `<scan>/answer/<question>`). */
	countChange(key: string): void {
		if (key === this.#lastKey) return;
		this.#lastKey = key;
		// Read first: another tab may have counted or made a backup meanwhile.
		this.#log = withChange(this.#store.read(), this.#now());
		this.#store.write(this.#log);
	}

	/** A backup was downloaded. */
	recordBackup(): void {
		this.#lastKey = null;
		this.#log = withBackup(this.#now());
		this.#store.write(this.#log);
	}

	/** Everything was deleted (the stored record too): start from nothing. */
	reset(): void {
		this.#lastKey = null;
		this.#log = EMPTY_BACKUP_LOG;
	}
}
