/**
 * Talking to other tabs of the app in the same browser, over a BroadcastChannel.
 *
 * IndexedDB is shared by every tab of the app, but a tab does not notice when another tab writes. Without
 * this, a tab kept showing an answer (with "Opgeslagen") that another tab had since replaced, and the next
 * keystroke wrote the old answer back over the newer one. Through this channel each tab says:
 * - which scan it shows (presence), so the others can say "Deze scan is ook geopend in een ander tabblad";
 * - every write it committed (an answer, plan actions, scan details, a deletion), so the others read that
 *   part again from storage and update their screen.
 *
 * Messages carry only ids and times, never answers: the receiving tab always reads the data itself from
 * IndexedDB, which stays the single source of truth. A message of an unknown shape (for example from a newer
 * version of the app in another tab) is ignored. Where BroadcastChannel does not exist, this does nothing.
 */
import { randomId } from '../app/uuid.ts';

/** Name of the channel; every tab of the app on this origin uses it. */
export const CHANNEL_NAME = 'kwartiermaker';
/** Version of the message format; messages of another version are ignored. */
const PROTOCOL = 1;

/** What a committed write changed in one scan. */
export type ScanChange =
	| { kind: 'answer'; questionId: string; updatedAt: string }
	| { kind: 'plan'; actionIds: string[] }
	| { kind: 'meta' }
	| { kind: 'deleted' };

/** A committed write in another tab. `scanId` is '*' when every scan of the database was deleted. */
export interface ScanChangeMessage {
	tabId: string;
	dbName: string;
	scanId: string;
	change: ScanChange;
}

type Message =
	| { v: typeof PROTOCOL; type: 'presence'; tabId: string; dbName: string | null; scanId: string | null; reply: boolean }
	| { v: typeof PROTOCOL; type: 'leave'; tabId: string }
	| ({ v: typeof PROTOCOL; type: 'change' } & ScanChangeMessage);

/** The part of BroadcastChannel this module uses, so tests can pass a fake. */
export interface ChannelLike {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	close(): void;
}

/** The part of `window` this module uses: page lifecycle events. */
export interface PageEvents {
	addEventListener(type: string, listener: (event: Event) => void): void;
	removeEventListener(type: string, listener: (event: Event) => void): void;
}

export interface CrossTabListener {
	/** Another tab committed a write. */
	onChange?(message: ScanChangeMessage): void;
	/** The set of other tabs, or what they show, changed. */
	onPresence?(): void;
}

export interface CrossTab {
	/** This tab's id (random per page load). */
	readonly tabId: string;
	/** Tell the other tabs which scan this tab shows now; null when none. */
	showScan(dbName: string | null, scanId: string | null): void;
	/** Tell the other tabs about a write that committed. */
	announceChange(dbName: string, scanId: string, change: ScanChange): void;
	/** How many other tabs show this scan now. */
	tabsShowing(dbName: string, scanId: string): number;
	/** Listen; returns a function that stops listening. */
	subscribe(listener: CrossTabListener): () => void;
	/** Say goodbye and stop (the other tabs forget this one). */
	close(): void;
}

export interface CrossTabOptions {
	/** The channel; defaults to a BroadcastChannel named CHANNEL_NAME, or nothing where there is none. */
	channel?: ChannelLike | null;
	tabId?: string;
	/** Where pagehide/pageshow/visibilitychange come from; defaults to the global window and document. */
	window?: PageEvents | null;
	document?: (PageEvents & { visibilityState?: string }) | null;
}

function isText(value: unknown, max = 200): value is string {
	return typeof value === 'string' && value.length > 0 && value.length <= max;
}

function isChange(value: unknown): value is ScanChange {
	if (typeof value !== 'object' || value === null) return false;
	const change = value as Record<string, unknown>;
	switch (change.kind) {
		case 'answer':
			return isText(change.questionId) && isText(change.updatedAt, 40);
		case 'plan':
			return Array.isArray(change.actionIds) && change.actionIds.length <= 10_000 && change.actionIds.every((id) => isText(id));
		case 'meta':
		case 'deleted':
			return true;
		default:
			return false;
	}
}

/** The message, if it has a shape this version understands; otherwise null. */
function readMessage(data: unknown): Message | null {
	if (typeof data !== 'object' || data === null) return null;
	const message = data as Record<string, unknown>;
	if (message.v !== PROTOCOL || !isText(message.tabId, 100)) return null;
	switch (message.type) {
		case 'presence':
			if ((message.dbName !== null && !isText(message.dbName)) || (message.scanId !== null && !isText(message.scanId))) return null;
			return typeof message.reply === 'boolean' ? (message as unknown as Message) : null;
		case 'leave':
			return message as unknown as Message;
		case 'change':
			return isText(message.dbName) && isText(message.scanId) && isChange(message.change) ? (message as unknown as Message) : null;
		default:
			return null;
	}
}

function defaultChannel(): ChannelLike | null {
	const Channel = (globalThis as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
	if (!Channel) return null;
	try {
		return new Channel(CHANNEL_NAME);
	} catch {
		return null;
	}
}

/**
 * Opens the cross-tab channel for this page. Call `close()` when the app stops.
 *
 * Presence: a tab announces what it shows when that changes and when it becomes visible again; the others
 * answer with what they show. A tab that closes says goodbye on `pagehide`; one that crashed without saying
 * goodbye is forgotten the next time this tab becomes visible and asks again.
 */
export function createCrossTab(options: CrossTabOptions = {}): CrossTab {
	const channel = options.channel === undefined ? defaultChannel() : options.channel;
	const tabId = options.tabId ?? randomId();
	const win = options.window === undefined ? ((globalThis as { window?: PageEvents }).window ?? null) : options.window;
	const doc =
		options.document === undefined
			? ((globalThis as { document?: PageEvents & { visibilityState?: string } }).document ?? null)
			: options.document;
	const listeners = new Set<CrossTabListener>();
	/** What each other tab shows, by tab id. */
	const others = new Map<string, { dbName: string | null; scanId: string | null }>();
	let showing: { dbName: string | null; scanId: string | null } = { dbName: null, scanId: null };
	let closed = false;

	function post(message: Message): void {
		if (closed || !channel) return;
		try {
			channel.postMessage(message);
		} catch {
			// A closed channel (page going away) cannot post; nothing to do.
		}
	}

	function announce(reply: boolean): void {
		post({ v: PROTOCOL, type: 'presence', tabId, dbName: showing.dbName, scanId: showing.scanId, reply });
	}

	function notify(call: (listener: CrossTabListener) => void): void {
		for (const listener of [...listeners]) {
			try {
				call(listener);
			} catch (error) {
				// One failing listener must not stop the others; the error is still visible in the console.
				console.warn('Cross-tab listener failed', error);
			}
		}
	}

	function onMessage(event: MessageEvent): void {
		const message = readMessage(event.data);
		if (!message || message.tabId === tabId) return;
		if (message.type === 'presence') {
			const before = others.get(message.tabId);
			others.set(message.tabId, { dbName: message.dbName, scanId: message.scanId });
			if (!message.reply) announce(true);
			if (before?.dbName !== message.dbName || before?.scanId !== message.scanId) notify((l) => l.onPresence?.());
		} else if (message.type === 'leave') {
			if (others.delete(message.tabId)) notify((l) => l.onPresence?.());
		} else {
			const { tabId: from, dbName, scanId, change } = message;
			notify((l) => l.onChange?.({ tabId: from, dbName, scanId, change }));
		}
	}

	const onPageHide = () => post({ v: PROTOCOL, type: 'leave', tabId });
	const onPageShow = (event: Event) => {
		// Back from the back/forward cache: the others forgot this tab on pagehide.
		if ((event as PageTransitionEvent).persisted) announce(false);
	};
	const onVisibility = () => {
		if (doc?.visibilityState !== 'visible') return;
		// Ask again, so a tab that crashed without saying goodbye drops out.
		if (others.size > 0) {
			others.clear();
			notify((l) => l.onPresence?.());
		}
		announce(false);
	};

	channel?.addEventListener('message', onMessage);
	win?.addEventListener('pagehide', onPageHide);
	win?.addEventListener('pageshow', onPageShow);
	doc?.addEventListener('visibilitychange', onVisibility);

	return {
		tabId,
		showScan(dbName, scanId) {
			if (showing.dbName === dbName && showing.scanId === scanId) return;
			showing = { dbName, scanId };
			announce(false);
		},
		announceChange(dbName, scanId, change) {
			post({ v: PROTOCOL, type: 'change', tabId, dbName, scanId, change });
		},
		tabsShowing(dbName, scanId) {
			let count = 0;
			for (const other of others.values()) if (other.dbName === dbName && other.scanId === scanId) count++;
			return count;
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close() {
			if (closed) return;
			onPageHide();
			closed = true;
			listeners.clear();
			others.clear();
			channel?.removeEventListener('message', onMessage);
			win?.removeEventListener('pagehide', onPageHide);
			win?.removeEventListener('pageshow', onPageShow);
			doc?.removeEventListener('visibilitychange', onVisibility);
			try {
				channel?.close();
			} catch {
				// Already closed.
			}
		}
	};
}
