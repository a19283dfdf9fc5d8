/**
 * Saving a scan after `migrateScan` brought it to the current checklist version.
 *
 * A migration changes answer ids, removes answers (they move to `setAside`) and raises
 * `checklistVersion`, so it has to replace the whole scan, answers included, in one transaction: a
 * scan stored half-migrated (new ids, old version) would be migrated a second time at the next open.
 * The repository's per-answer and metadata writes cannot do that. Until the repository offers
 * `replaceScan`, the migrated scan is only used in memory; because the migration is pure and
 * idempotent, the next open produces the same result from the same stored data.
 */
import type { Scan } from '../domain/scan.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';

/** Storage that can write a whole scan (record and answers, old answers removed) in one transaction. */
export interface ScanReplacer {
	replaceScan(scan: Scan): Promise<void>;
}

function canReplace(repository: object): repository is ScanReplacer {
	return typeof (repository as Partial<ScanReplacer>).replaceScan === 'function';
}

/** Writes the migrated scan when the repository can replace it whole. Resolves with true when written. */
export async function saveMigratedScan(repository: ScanRepository, scan: Scan): Promise<boolean> {
	if (!canReplace(repository)) return false;
	await repository.replaceScan(scan);
	return true;
}
