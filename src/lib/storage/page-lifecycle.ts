/**
 * The moments a page may be about to disappear: it went to the background (`visibilitychange` to hidden:
 * another tab, the home screen, a locked phone) or it is being left, reloaded or closed (`pagehide`).
 *
 * Pending saves must be started at exactly these moments. `unload` and `beforeunload` are not used: mobile
 * browsers often skip them, and they keep a page out of the back/forward cache.
 */

/** What is listened to; the real `window` and `document`, or stand-ins in tests. */
export interface PageLifecycleTargets {
	window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
	document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
		readonly visibilityState: DocumentVisibilityState;
	};
}

/**
 * Calls `onLeave` whenever the page is hidden or about to be left. It may be called more than once for one
 * departure (hidden, then pagehide), so it must be cheap and safe to repeat.
 *
 * @returns a function that stops listening
 */
export function watchPageLeave(targets: PageLifecycleTargets, onLeave: () => void): () => void {
	const onVisibilityChange = () => {
		if (targets.document.visibilityState === 'hidden') onLeave();
	};
	targets.document.addEventListener('visibilitychange', onVisibilityChange);
	targets.window.addEventListener('pagehide', onLeave);
	return () => {
		targets.document.removeEventListener('visibilitychange', onVisibilityChange);
		targets.window.removeEventListener('pagehide', onLeave);
	};
}

/** Set from `pagehide` until `pageshow`: the page is being closed, reloaded or left. */
let leavingPage = false;
{
	// Registered when this module loads, so before the app's own pagehide listener, which flushes the saves.
	const target = globalThis as { addEventListener?: (type: string, listener: () => void) => void };
	target.addEventListener?.('pagehide', () => (leavingPage = true));
	target.addEventListener?.('pageshow', () => (leavingPage = false));
}

/**
 * True while the page is hidden (in the background) or on its way out (`pagehide`): then there may be no
 * later task in which a read could return, so a save must write at once, without reading first.
 */
export function pageIsHidden(): boolean {
	return leavingPage || (globalThis as { document?: { visibilityState?: string } }).document?.visibilityState === 'hidden';
}
