/**
 * The delegation side of the composition root: what the delegation screens get from the running app,
 * built from a few things WizardApp hands over. Kept apart from WizardApp so that file stays about the
 * scan wizard (the same split as workshop-wiring.ts).
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import type { ScanRepository } from '../storage/scan-repository.ts';
import type { Route } from '../wizard/routes.ts';
import { copyText } from './clipboard.ts';
import type { DelegationDeps } from './delegation-deps.ts';
import { randomId } from './uuid.ts';

/** What the delegation wiring needs from the running app. */
export interface DelegationHost {
	readonly checklist: Checklist;
	now(): Date;
	baseUrl(): string;
	go(route: Route): void;
	/** The repository of real scans, once storage is open. */
	scans(): Promise<ScanRepository>;
	/** Writes every pending answer; never rejects. */
	flush(): Promise<void>;
	/** A stored scan brought to this checklist version (and saved so), as on opening it. */
	migrated(repository: ScanRepository, scan: Scan): Promise<Scan>;
	/** Tells the wizard the scan as just stored, so the screen shows it when it is the open scan. */
	stored(scan: Scan): void;
}

export function delegationDeps(host: DelegationHost): DelegationDeps {
	const load = async (scanId: string): Promise<Scan | null> => {
		await host.flush();
		const repository = await host.scans();
		const scan = await repository.getScan(scanId);
		return scan ? host.migrated(repository, scan) : null;
	};
	/** After a change of the scan record: the wizard gets the scan as stored now. */
	const reshow = async (scanId: string): Promise<void> => {
		const scan = await (await host.scans()).getScan(scanId).catch(() => null);
		if (scan) host.stored(scan);
	};
	return {
		checklist: () => host.checklist,
		now: () => host.now(),
		newId: randomId,
		baseUrl: () => host.baseUrl(),
		go: (route) => host.go(route),
		loadScan: load,
		createScan: async (scan) => (await host.scans()).createScan(scan),
		findDelegatedScan: async (handOutId) => {
			// A browser holds few scans, so reading each is cheap; the summaries do not carry `delegatedPart`.
			const repository = await host.scans();
			for (const summary of await repository.listScans()) {
				const part = (await repository.getScan(summary.id).catch(() => null))?.delegatedPart;
				if (part?.handOutId === handOutId) return summary.id;
			}
			return null;
		},
		saveDelegations: async (scanId, delegations) => {
			await (await host.scans()).updateScanMeta(scanId, { delegations, updatedAt: host.now().toISOString() });
			await reshow(scanId);
		},
		saveDelegatedPart: async (scanId, delegatedPart) => {
			await (await host.scans()).updateScanMeta(scanId, { delegatedPart, updatedAt: host.now().toISOString() });
			await reshow(scanId);
		},
		replaceScan: async (scan) => {
			await host.flush();
			await (await host.scans()).replaceScan(scan);
			await reshow(scan.id);
		},
		copy: copyText,
		saveFile: async (blob, fileName) => (await import('../files/save-file.ts')).saveBlob(blob, fileName)
	};
}
