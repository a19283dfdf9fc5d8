/**
 * Registers the service worker (offline support) through vite-plugin-pwa, in 'prompt' mode. Only in
 * the production build: the dev server has no service worker. The decisions about announcing and
 * reloading are in update-prompt.svelte.ts.
 */
import type { ServiceWorkerCallbacks } from './update-prompt.svelte.ts';

export async function registerServiceWorker(callbacks: ServiceWorkerCallbacks): Promise<() => Promise<void>> {
	if (!('serviceWorker' in navigator) || import.meta.env.DEV) return async () => {};
	const { registerSW } = await import('virtual:pwa-register');
	const update = registerSW({
		immediate: true,
		onNeedRefresh: callbacks.onNeedRefresh,
		// Given, so the helper calls this instead of reloading by itself when a new version takes over.
		onNeedReload: callbacks.onNeedReload
	});
	return () => update(true);
}

/** Whether a service worker controls this page. */
export function serviceWorkerControls(): boolean {
	return Boolean(globalThis.navigator?.serviceWorker?.controller);
}
