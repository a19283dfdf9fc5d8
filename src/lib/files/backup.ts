/**
 * A backup file of a scan: self-describing JSON (type, version, source, date), so a later import
 * can recognise it, migrate older versions and refuse newer ones. The envelope's schema is
 * `BackupEnvelopeSchema` in domain/scan-schema.ts; `read-backup.ts` reads it back.
 *
 * A werksessie (workshop) backup is the same envelope with a `workshops` list: the workshop with every
 * participant's answers, and the scan the group settled (if it did) in `scans`. The envelope's version
 * stays 1: the list is an addition an older reader skips (it reads the scans and drops unknown keys).
 */
import type { Scan } from '../domain/scan.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { BACKUP_TYPE, BACKUP_VERSION } from '../domain/scan-limits.ts';
import { isoDay, organisationSlug } from './file-names.ts';

export { BACKUP_TYPE, BACKUP_VERSION };

export interface Backup {
	type: typeof BACKUP_TYPE;
	version: typeof BACKUP_VERSION;
	source: string;
	createdAt: string;
	scans: Scan[];
	/** Werksessies; left out of backups of a single scan. */
	workshops?: Workshop[];
}

/** The backup as JSON text. The scan is copied through JSON, so no live state leaks in. */
export function buildBackup(scan: Scan, createdAt: string): string {
	const backup: Backup = {
		type: BACKUP_TYPE,
		version: BACKUP_VERSION,
		source: 'Kwartiermaker',
		createdAt,
		scans: [JSON.parse(JSON.stringify(scan)) as Scan]
	};
	return JSON.stringify(backup, null, 2);
}

/**
 * The backup of a werksessie: the workshop with its participants' answers, counted hands, notes and
 * settled answers, plus the scan made from it when there is one. As JSON text, copied through JSON.
 */
export function buildWorkshopBackup(workshop: Workshop, resultScan: Scan | null, createdAt: string): string {
	const backup: Backup = {
		type: BACKUP_TYPE,
		version: BACKUP_VERSION,
		source: 'Kwartiermaker',
		createdAt,
		scans: resultScan ? [JSON.parse(JSON.stringify(resultScan)) as Scan] : [],
		workshops: [JSON.parse(JSON.stringify(workshop)) as Workshop]
	};
	return JSON.stringify(backup, null, 2);
}

/** `kwartiermaken-werksessie-<organisatie>-<YYYY-MM-DD>.json` */
export function workshopBackupFileName(organisation: string, date: Date): string {
	return `kwartiermaken-werksessie-${organisationSlug(organisation)}-${isoDay(date)}.json`;
}

/** `kwartiermaken-reservekopie-<organisatie>-<YYYY-MM-DD>.json` */
export function backupFileName(organisation: string, date: Date): string {
	return `kwartiermaken-reservekopie-${organisationSlug(organisation)}-${isoDay(date)}.json`;
}
