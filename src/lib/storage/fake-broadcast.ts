/**
 * Stand-ins for BroadcastChannel and page events, for the cross-tab tests (imported by `*.test.ts` only,
 * never by the app).
 */
import type { ChannelLike, PageEvents } from './cross-tab.ts';

/** An in-memory stand-in for BroadcastChannel: delivers to every other channel of the hub, asynchronously. */
export class Hub {
	readonly channels = new Set<FakeChannel>();
	/** Every message posted, for assertions. */
	readonly posted: unknown[] = [];
	channel(): FakeChannel {
		const channel = new FakeChannel(this);
		this.channels.add(channel);
		return channel;
	}
}

export class FakeChannel implements ChannelLike {
	readonly listeners = new Set<(event: MessageEvent) => void>();
	constructor(private readonly hub: Hub) {}
	postMessage(message: unknown): void {
		this.hub.posted.push(message);
		const copy = structuredClone(message);
		for (const other of this.hub.channels) {
			if (other === this) continue;
			queueMicrotask(() => other.listeners.forEach((listener) => listener({ data: copy } as MessageEvent)));
		}
	}
	addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
		this.listeners.add(listener);
	}
	removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
		this.listeners.delete(listener);
	}
	close(): void {
		this.hub.channels.delete(this);
	}
}

export class FakeEvents implements PageEvents {
	visibilityState = 'visible';
	readonly listeners = new Map<string, Set<(event: Event) => void>>();
	addEventListener(type: string, listener: (event: Event) => void): void {
		const set = this.listeners.get(type) ?? new Set();
		set.add(listener);
		this.listeners.set(type, set);
	}
	removeEventListener(type: string, listener: (event: Event) => void): void {
		this.listeners.get(type)?.delete(listener);
	}
	fire(type: string, event: Partial<PageTransitionEvent> = {}): void {
		for (const listener of this.listeners.get(type) ?? []) listener(event as Event);
	}
}
