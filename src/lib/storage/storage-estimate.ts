/**
 * What the browser says about this site's storage (StorageManager). Missing in older Safari and some
 * private windows; then the figures are null ("unknown"), never an error.
 */

export interface StorageFigures {
	/** Bytes this site uses, or null when the browser does not say. */
	usage: number | null;
	/** Bytes this site may use, or null when the browser does not say. */
	quota: number | null;
}

export async function storageFigures(): Promise<StorageFigures> {
	const estimate = await globalThis.navigator?.storage?.estimate?.();
	return {
		usage: typeof estimate?.usage === 'number' ? estimate.usage : null,
		quota: typeof estimate?.quota === 'number' ? estimate.quota : null
	};
}

/** Whether the browser keeps this site's data when space runs low; null when it cannot say. */
export async function storagePersisted(): Promise<boolean | null> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.persisted) return null;
	return storage.persisted();
}
