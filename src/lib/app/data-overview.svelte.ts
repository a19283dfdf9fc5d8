/**
 * The "Uw gegevens" page's state: storage figures from the browser, and "Alles verwijderen" behind a
 * confirmation. The browser APIs come in as deps, so the logic is tested without a browser.
 */
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import type { StorageFigures } from '../storage/storage-estimate.ts';

export interface DataOverviewDeps {
	estimate(): Promise<StorageFigures>;
	/** true/false, or null when the browser has no answer (no StorageManager). */
	persisted(): Promise<boolean | null>;
	/** Asks the browser to keep the data; resolves with the new state. */
	requestPersistence(): Promise<boolean>;
	countScans(): Promise<number>;
	/** Werksessies (workshops) in this browser. */
	countWorkshops(): Promise<number>;
	/** Deletes every scan, every werksessie and every app key; rejects with a Dutch message. */
	deleteAll(): Promise<void>;
}

export type DeleteStatus = 'idle' | 'confirming' | 'deleting' | 'failed';

export class DataOverview {
	loading = $state(true);
	figures = $state.raw<StorageFigures>({ usage: null, quota: null });
	persisted = $state<boolean | null>(null);
	/** True after the user asked for persistent storage and the browser said no. */
	persistRefused = $state(false);
	scanCount = $state<number | null>(null);
	/** Werksessies in this browser; null while unknown. */
	workshopCount = $state<number | null>(null);
	deleteStatus = $state<DeleteStatus>('idle');
	/** Why deleting failed: a catalogue key or words of the error itself; '' when nothing failed. */
	deleteError = $state<MessageRef | string>('');
	readonly #deps: DataOverviewDeps;

	constructor(deps: DataOverviewDeps) {
		this.#deps = deps;
	}

	/** Reads the figures; each one that fails stays "unknown" without hiding the others. */
	async load(): Promise<void> {
		this.loading = true;
		const [figures, persisted, count, workshops] = await Promise.allSettled([
			this.#deps.estimate(),
			this.#deps.persisted(),
			this.#deps.countScans(),
			this.#deps.countWorkshops()
		]);
		this.figures = figures.status === 'fulfilled' ? figures.value : { usage: null, quota: null };
		this.persisted = persisted.status === 'fulfilled' ? persisted.value : null;
		this.scanCount = count.status === 'fulfilled' ? count.value : null;
		this.workshopCount = workshops.status === 'fulfilled' ? workshops.value : null;
		this.loading = false;
	}

	async askPersistence(): Promise<void> {
		const granted = await this.#deps.requestPersistence().catch(() => false);
		this.persisted = granted;
		this.persistRefused = !granted;
	}

	/** Shows the confirmation panel. */
	askDelete(): void {
		if (this.deleteStatus === 'deleting') return;
		this.deleteStatus = 'confirming';
		this.deleteError = '';
	}

	cancelDelete(): void {
		if (this.deleteStatus === 'deleting') return;
		this.deleteStatus = 'idle';
	}

	/** Deletes everything; only after askDelete(). Resolves true when done. */
	async confirmDelete(): Promise<boolean> {
		if (this.deleteStatus !== 'confirming' && this.deleteStatus !== 'failed') return false;
		this.deleteStatus = 'deleting';
		try {
			await this.#deps.deleteAll();
			this.deleteStatus = 'idle';
			return true;
		} catch (error) {
			this.deleteError = messageOfError(error) ?? '';
			this.deleteStatus = 'failed';
			return false;
		}
	}
}
