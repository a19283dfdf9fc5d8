/**
 * Every localStorage key of this app starts with `kwartiermaker:`, so "Alles verwijderen" can find
 * and remove them all without knowing each one (the scan count, the backup record, and whatever a
 * later version adds).
 */
export const APP_KEY_PREFIX = 'kwartiermaker:';

/** Removes every key with the app's prefix. Returns how many were removed; never throws. */
export function removeAppKeys(storage: Storage | undefined = globalThis.localStorage): number {
	if (!storage) return 0;
	try {
		const keys: string[] = [];
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(APP_KEY_PREFIX)) keys.push(key);
		}
		// Collected first: removing while walking the indexes would skip keys.
		for (const key of keys) storage.removeItem(key);
		return keys.length;
	} catch {
		return 0;
	}
}
