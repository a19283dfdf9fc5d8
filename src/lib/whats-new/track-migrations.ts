/**
 * Wraps a scan repository so that opening a scan of an older checklist version is noted for the
 * "Wat is er nieuw" notice. The repository returns the scan as stored, before the app migrates it;
 * that is the one moment the old version is known. Every other method passes through unchanged.
 *
 * A restored backup is migrated while it is read, before it reaches storage, so it is recognised
 * by the answers the migration kept aside (they record the version they came from).
 */
import type { Scan } from '../domain/scan.ts';
import { compareChecklistVersions } from '../domain/whats-new.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import type { WhatsNewNotices } from './whats-new-notices.ts';

/** The oldest checklist version a stored or restored scan shows: its own, or that of kept-aside answers. */
function oldestVersionOf(scan: Scan): string {
	const versions = [scan.checklistVersion, ...Object.values(scan.setAside ?? {}).map((entry) => entry.fromVersion)];
	return versions.reduce((oldest, version) => ((compareChecklistVersions(version, oldest) ?? 0) < 0 ? version : oldest));
}

export function trackMigrations<R extends ScanRepository>(repository: R, notices: WhatsNewNotices): R {
	const getScan = async (id: string): Promise<Scan | null> => {
		const scan = await repository.getScan(id);
		if (scan && !scan.demo) notices.noteMigrated(scan.id, oldestVersionOf(scan));
		return scan;
	};
	const importScan = async (scan: Scan): Promise<string> => {
		const id = await repository.importScan(scan);
		notices.noteMigrated(id, oldestVersionOf(scan));
		return id;
	};
	return new Proxy(repository, {
		get(target, property) {
			if (property === 'getScan') return getScan;
			if (property === 'importScan') return importScan;
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		}
	});
}
