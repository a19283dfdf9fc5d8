// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCrossTab, type CrossTab, type ScanChangeMessage } from './cross-tab.ts';
import { FakeEvents, Hub } from './fake-broadcast.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const tabs: CrossTab[] = [];

function tab(hub: Hub, tabId: string, events = new FakeEvents()): { tab: CrossTab; events: FakeEvents } {
	const created = createCrossTab({ channel: hub.channel(), tabId, window: events, document: events });
	tabs.push(created);
	return { tab: created, events };
}

afterEach(() => {
	for (const t of tabs.splice(0)) t.close();
});

describe('presence', () => {
	it('each tab knows which other tabs show the same scan, also a tab that opened earlier', async () => {
		const hub = new Hub();
		const { tab: a } = tab(hub, 'a');
		a.showScan('kwartiermaker', 'scan-1');
		await tick();
		const { tab: b } = tab(hub, 'b');
		const onPresence = vi.fn();
		b.subscribe({ onPresence });
		b.showScan('kwartiermaker', 'scan-1');
		await tick();
		expect(a.tabsShowing('kwartiermaker', 'scan-1')).toBe(1);
		// b learns about a from a's reply to b's announcement.
		expect(b.tabsShowing('kwartiermaker', 'scan-1')).toBe(1);
		expect(onPresence).toHaveBeenCalled();
		expect(b.tabsShowing('kwartiermaker-demo', 'scan-1')).toBe(0);
		expect(b.tabsShowing('kwartiermaker', 'scan-2')).toBe(0);
	});

	it('forgets a tab that moves to another scan, closes, or goes away on pagehide', async () => {
		const hub = new Hub();
		const { tab: a } = tab(hub, 'a');
		const { tab: b } = tab(hub, 'b');
		const { tab: c, events: cEvents } = tab(hub, 'c');
		for (const t of [a, b, c]) t.showScan('kwartiermaker', 'scan-1');
		await tick();
		expect(a.tabsShowing('kwartiermaker', 'scan-1')).toBe(2);

		b.showScan(null, null);
		await tick();
		expect(a.tabsShowing('kwartiermaker', 'scan-1')).toBe(1);

		cEvents.fire('pagehide');
		await tick();
		expect(a.tabsShowing('kwartiermaker', 'scan-1')).toBe(0);

		// Back from the back/forward cache: c announces itself again.
		cEvents.fire('pageshow', { persisted: true });
		await tick();
		expect(a.tabsShowing('kwartiermaker', 'scan-1')).toBe(1);

		c.close();
		await tick();
		expect(a.tabsShowing('kwartiermaker', 'scan-1')).toBe(0);
	});

	it('drops a tab that vanished without a goodbye when this tab becomes visible again', async () => {
		const hub = new Hub();
		const { tab: a, events } = tab(hub, 'a');
		const { tab: b } = tab(hub, 'b');
		a.showScan('kwartiermaker', 'scan-1');
		b.showScan('kwartiermaker', 'scan-1');
		// A tab that announced itself and then crashed: its channel is gone and it never said goodbye.
		const crashed = hub.channel();
		crashed.postMessage({ v: 1, type: 'presence', tabId: 'crashed', dbName: 'kwartiermaker', scanId: 'scan-1', reply: true });
		await tick();
		crashed.close();
		expect(a.tabsShowing('kwartiermaker', 'scan-1')).toBe(2);

		events.fire('visibilitychange');
		await tick();
		expect(a.tabsShowing('kwartiermaker', 'scan-1')).toBe(1);
	});
});

describe('changes', () => {
	it('delivers a committed change to the other tabs, not to the tab that made it', async () => {
		const hub = new Hub();
		const { tab: a } = tab(hub, 'a');
		const { tab: b } = tab(hub, 'b');
		const seenByA: ScanChangeMessage[] = [];
		const seenByB: ScanChangeMessage[] = [];
		a.subscribe({ onChange: (m) => seenByA.push(m) });
		b.subscribe({ onChange: (m) => seenByB.push(m) });
		a.announceChange('kwartiermaker', 'scan-1', { kind: 'answer', questionId: 'q1', updatedAt: '2025-01-01T00:00:00.000Z' });
		a.announceChange('kwartiermaker', 'scan-1', { kind: 'plan', actionIds: ['a1', 'eigen-1'] });
		await tick();
		expect(seenByA).toEqual([]);
		expect(seenByB).toEqual([
			{ tabId: 'a', dbName: 'kwartiermaker', scanId: 'scan-1', change: { kind: 'answer', questionId: 'q1', updatedAt: '2025-01-01T00:00:00.000Z' } },
			{ tabId: 'a', dbName: 'kwartiermaker', scanId: 'scan-1', change: { kind: 'plan', actionIds: ['a1', 'eigen-1'] } }
		]);
	});

	it.each([
		['not an object', 'hallo'],
		['another protocol version', { v: 2, type: 'change', tabId: 'x', dbName: 'kwartiermaker', scanId: 's', change: { kind: 'meta' } }],
		['an unknown type', { v: 1, type: 'reset', tabId: 'x' }],
		['an unknown change', { v: 1, type: 'change', tabId: 'x', dbName: 'kwartiermaker', scanId: 's', change: { kind: 'alles' } }],
		['an answer without a question', { v: 1, type: 'change', tabId: 'x', dbName: 'kwartiermaker', scanId: 's', change: { kind: 'answer', updatedAt: 'x' } }],
		['plan ids that are not text', { v: 1, type: 'change', tabId: 'x', dbName: 'kwartiermaker', scanId: 's', change: { kind: 'plan', actionIds: [1] } }],
		['presence without reply flag', { v: 1, type: 'presence', tabId: 'x', dbName: 'kwartiermaker', scanId: 's' }]
	])('ignores a message of an unknown shape: %s', async (_name, data) => {
		const hub = new Hub();
		const { tab: a } = tab(hub, 'a');
		a.showScan('kwartiermaker', 's');
		const onChange = vi.fn();
		const onPresence = vi.fn();
		a.subscribe({ onChange, onPresence });
		const stranger = hub.channel();
		stranger.postMessage(data);
		await tick();
		expect(onChange).not.toHaveBeenCalled();
		expect(onPresence).not.toHaveBeenCalled();
		expect(a.tabsShowing('kwartiermaker', 's')).toBe(0);
	});

	it('a listener that throws does not stop the others', async () => {
		const hub = new Hub();
		const { tab: a } = tab(hub, 'a');
		const { tab: b } = tab(hub, 'b');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const second = vi.fn();
		b.subscribe({
			onChange: () => {
				throw new Error('kapot');
			}
		});
		b.subscribe({ onChange: second });
		a.announceChange('kwartiermaker', 's', { kind: 'meta' });
		await tick();
		expect(second).toHaveBeenCalledTimes(1);
		expect(warn).toHaveBeenCalled();
	});

	it('does nothing, and never throws, without a BroadcastChannel', () => {
		const lonely = createCrossTab({ channel: null, window: null, document: null });
		lonely.showScan('kwartiermaker', 's');
		lonely.announceChange('kwartiermaker', 's', { kind: 'deleted' });
		expect(lonely.tabsShowing('kwartiermaker', 's')).toBe(0);
		lonely.close();
	});

	it('works over a real BroadcastChannel', async () => {
		const a = createCrossTab({ tabId: 'echt-a', window: null, document: null });
		const b = createCrossTab({ tabId: 'echt-b', window: null, document: null });
		tabs.push(a, b);
		const received = new Promise<ScanChangeMessage>((resolve) => b.subscribe({ onChange: resolve }));
		a.announceChange('kwartiermaker', 's', { kind: 'deleted' });
		expect(await received).toEqual({ tabId: 'echt-a', dbName: 'kwartiermaker', scanId: 's', change: { kind: 'deleted' } });
	});
});
