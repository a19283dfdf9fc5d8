/**
 * A backup file of a scan: self-describing JSON (type, version, source, date), so a later import
 * can recognise it, migrate older versions and refuse newer ones. The envelope's schema is
 * `BackupEnvelopeSchema` in domain/scan-schema.ts; `read-backup.ts` reads it back.
 */
import type { Scan } from '../domain/scan.ts';
import { BACKUP_TYPE, BACKUP_VERSION } from '../domain/scan-limits.ts';
import { isoDay, organisationSlug } from './file-names.ts';

export { BACKUP_TYPE, BACKUP_VERSION };

export interface Backup {
	type: typeof BACKUP_TYPE;
	version: typeof BACKUP_VERSION;
	source: string;
	createdAt: string;
	scans: Scan[];
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

/** `kwartiermaken-reservekopie-<organisatie>-<YYYY-MM-DD>.json` */
export function backupFileName(organisation: string, date: Date): string {
	return `kwartiermaken-reservekopie-${organisationSlug(organisation)}-${isoDay(date)}.json`;
}
