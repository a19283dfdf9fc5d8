/**
 * A small marker in localStorage that remembers how many scans IndexedDB held.
 *
 * When a browser evicts site data it may delete IndexedDB and keep localStorage (reliability
 * matrix-js-sdk's storage notes describe this). If IndexedDB comes back empty while the marker says
 * there were scans, the app says so instead of silently starting empty.
 */
const KEY = 'kwartiermaker:scan-count';

function read(storage: Storage | undefined): number {
	try {
		const value = Number(storage?.getItem(KEY) ?? '0');
		return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
	} catch {
		return 0;
	}
}

function write(storage: Storage | undefined, count: number): void {
	try {
		storage?.setItem(KEY, String(Math.max(0, count)));
	} catch {
		// localStorage blocked or full: the marker is a safety net, not a requirement.
	}
}

export interface ScanCountMarker {
	/** Records the number of scans just listed; returns true when scans disappeared unasked. */
	checkListed(count: number): boolean;
	/** Records that the user deleted one scan on purpose. */
	deletedOne(): void;
}

export function createScanCountMarker(storage: Storage | undefined = globalThis.localStorage): ScanCountMarker {
	return {
		checkListed(count) {
			const expected = read(storage);
			write(storage, count);
			return count === 0 && expected > 0;
		},
		deletedOne() {
			write(storage, read(storage) - 1);
		}
	};
}
