/**
 * What the delegation screens (hand-out, opening a hand-out, sending back, merging back) need from the
 * running app: the clock, ids, the scans in storage, navigation, clipboard and downloads. WizardApp gives
 * them (`delegationDeps()`, built in delegation-wiring.ts); the state classes take the part they use, so
 * unit tests pass stand-ins. Views never see storage.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { DelegatedPart, DelegationRecord, Scan } from '../domain/scan.ts';
import type { Route } from '../wizard/routes.ts';

export interface DelegationDeps {
	/** The checklist in the current language. */
	checklist(): Checklist;
	now(): Date;
	/** A random UUID. */
	newId(): string;
	/** The app's own address without the part after `#`: delegation links start with it. */
	baseUrl(): string;
	/** Navigates like a link click. */
	go(route: Route): void;
	/**
	 * The scan as storage holds it after every pending write, brought to this checklist version like on
	 * opening; null when there is no such scan in this browser.
	 */
	loadScan(scanId: string): Promise<Scan | null>;
	/** Stores a new scan (the colleague's delegated part). */
	createScan(scan: Scan): Promise<void>;
	/** The colleague's scan for this hand-out in this browser, if it was opened before. */
	findDelegatedScan(handOutId: string): Promise<string | null>;
	/** Stores the owner's list of hand-outs (and shows it, when the scan is on screen). */
	saveDelegations(scanId: string, delegations: DelegationRecord[]): Promise<void>;
	/** Stores the colleague's side of a hand-out (when they sent back). */
	saveDelegatedPart(scanId: string, part: DelegatedPart): Promise<void>;
	/**
	 * Stores a merged scan as a whole, in one transaction (answers and hand-out status together), and
	 * shows it when it is the scan on screen. Rejects when the scan is gone.
	 */
	replaceScan(scan: Scan): Promise<void>;
	/** Puts text on the clipboard; rejects when the browser does not allow it. */
	copy(text: string): Promise<void>;
	/** Offers a file as a download. */
	saveFile(blob: Blob, fileName: string): Promise<void>;
}
