/**
 * "Mijn werksessies" on the home page: the workshops on this device, read once when the page opens.
 * Kept tiny and free of valibot and QR code (type imports only), because the home page is the first
 * screen and must stay small.
 */
import type { WorkshopSummary } from '../storage/workshop-repository.ts';

export class WorkshopList {
	/** Most recently changed first (the repository's order). */
	items = $state.raw<WorkshopSummary[]>([]);
	loading = $state(true);
	/** True when the list could not be read; the page then shows no list rather than a wrong one. */
	failed = $state(false);
	readonly ready: Promise<void>;

	constructor(list: () => Promise<WorkshopSummary[]>) {
		this.ready = list().then(
			(items) => {
				this.items = items;
				this.loading = false;
			},
			() => {
				this.failed = true;
				this.loading = false;
			}
		);
	}
}
