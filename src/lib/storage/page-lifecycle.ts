/**
 * Whether the page is hidden or on its way out. Storage writes behave differently then: there may be no
 * later task in which a transaction could still commit, so a write must be started and committed at once.
 */

/** Set from `pagehide` until `pageshow`: the page is being closed, reloaded or left. */
let leavingPage = false;
{
	// Registered when this module loads, so before the app's own pagehide listener, which flushes the saves.
	const target = globalThis as { addEventListener?: (type: string, listener: () => void) => void };
	target.addEventListener?.('pagehide', () => (leavingPage = true));
	target.addEventListener?.('pageshow', () => (leavingPage = false));
}

/**
 * True while the page is hidden (in the background) or on its way out (`pagehide`). The app flushes its
 * pending saves at exactly these moments.
 */
export function pageIsHidden(): boolean {
	return leavingPage || (globalThis as { document?: { visibilityState?: string } }).document?.visibilityState === 'hidden';
}
