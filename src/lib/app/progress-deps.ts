/**
 * What the "Scan herhalen" and Voortgang screens need from the running app, built from a few things the
 * app already hands to other screens (its checklist, clock, navigation and the repository of real scans).
 * The screens load on demand and build their state classes from these deps, so storage stays out of the views.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import type { ScanRepository, ScanSummary } from '../storage/scan-repository.ts';
import type { Route } from '../wizard/routes.ts';
import { randomId } from './uuid.ts';

/** The running app as these screens see it (WizardApp's werksessie host has all of it). */
export interface ProgressHost {
	readonly checklist: Checklist;
	now(): Date;
	go(route: Route): void;
	/** The repository of real scans, once storage is open. */
	scans(): Promise<ScanRepository>;
	/** Writes every pending answer; never rejects. */
	flush(): Promise<void>;
}

export interface RepeatScanDeps {
	checklist(): Checklist;
	/** ISO time of now. */
	now(): string;
	newId(): string;
	/** Stores a new scan (never overwrites one). */
	createScan(scan: Scan): Promise<void>;
	go(route: Route): void;
}

export interface ProgressViewDeps {
	checklist(): Checklist;
	/** The scans on this device, most recently changed first. */
	listScans(): Promise<ScanSummary[]>;
	/** A scan with its answers and plan, or null when it is not (or no longer) on this device. */
	loadScan(scanId: string): Promise<Scan | null>;
}

export interface ProgressDeps {
	repeat: RepeatScanDeps;
	view: ProgressViewDeps;
}

export function progressDeps(host: ProgressHost): ProgressDeps {
	return {
		repeat: {
			checklist: () => host.checklist,
			now: () => host.now().toISOString(),
			newId: randomId,
			createScan: async (scan) => (await host.scans()).createScan(scan),
			go: (route) => host.go(route)
		},
		view: {
			checklist: () => host.checklist,
			listScans: async () => (await host.scans()).listScans(),
			loadScan: async (scanId) => {
				// Pending answers first, so a scan changed a moment ago is read back complete.
				await host.flush();
				return (await host.scans()).getScan(scanId);
			}
		}
	};
}
