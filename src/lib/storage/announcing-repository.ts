/**
 * A repository that tells the app's other tabs about every write it committed (see cross-tab.ts), so they
 * can read the changed part again and never keep showing data that storage no longer holds.
 *
 * It wraps any repository and announces only after a write resolved, that is after its transaction
 * committed: another tab that reads on the announcement always finds the new data.
 */
import type { CrossTab } from './cross-tab.ts';
import type { ScanRepository } from './scan-repository.ts';

/**
 * Wraps `repository` (on database `dbName`) so that every committed write is announced on `crossTab`.
 * A memory repository is returned as it is: other tabs cannot see its data anyway.
 */
export function withChangeAnnouncements(repository: ScanRepository, dbName: string, crossTab: CrossTab): ScanRepository {
	if (repository.backend === 'memory') return repository;
	const announce = crossTab.announceChange.bind(crossTab, dbName);
	// Reads, and any method added later, pass straight through (the repositories are plain objects).
	return {
		...repository,
		createScan: async (scan) => {
			await repository.createScan(scan);
			announce(scan.id, { kind: 'meta' });
		},
		importScan: async (scan) => {
			const id = await repository.importScan(scan);
			announce(id, { kind: 'meta' });
			return id;
		},
		duplicateScan: async (id, newId, now) => {
			const copy = await repository.duplicateScan(id, newId, now);
			announce(newId, { kind: 'meta' });
			return copy;
		},
		updateScanMeta: async (id, patch) => {
			await repository.updateScanMeta(id, patch);
			announce(id, { kind: 'meta' });
		},
		renameScan: async (id, organisation) => {
			await repository.renameScan(id, organisation);
			announce(id, { kind: 'meta' });
		},
		deleteScan: async (id) => {
			await repository.deleteScan(id);
			announce(id, { kind: 'deleted' });
		},
		deleteAll: async () => {
			await repository.deleteAll();
			announce('*', { kind: 'deleted' });
		},
		saveAnswer: async (scanId, questionId, answer) => {
			const stored = await repository.saveAnswer(scanId, questionId, answer);
			// When a newer answer was kept, nothing changed in storage: no news for the other tabs.
			if (stored.updatedAt === answer.updatedAt) announce(scanId, { kind: 'answer', questionId, updatedAt: stored.updatedAt });
			return stored;
		},
		savePlanChanges: async (scanId, changes) => {
			const plan = await repository.savePlanChanges(scanId, changes);
			const actionIds = [...new Set([...changes.put.map((a) => a.id), ...changes.remove.map((r) => r.id), ...changes.move])];
			announce(scanId, { kind: 'plan', actionIds });
			return plan;
		}
	};
}
