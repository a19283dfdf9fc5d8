import { describe, expect, test, vi } from 'vitest';
import { DebouncedWrites, type Timers } from './debounced-writes.ts';

function fakeTimers() {
	let handler: (() => void) | null = null;
	const timers: Timers = {
		setTimeout: (fn) => {
			handler = fn;
			return 1;
		},
		clearTimeout: () => {
			handler = null;
		}
	};
	return { timers, fire: () => handler?.(), armed: () => handler !== null };
}

describe('DebouncedWrites', () => {
	test('changes wait for the pause, then go out together in one write, last value per key', async () => {
		const clock = fakeTimers();
		const write = vi.fn(async (_changes: Map<string, string>) => {});
		const writes = new DebouncedWrites(write, { delayMs: 500, timers: clock.timers });
		writes.set('q1', 'a');
		writes.set('q1', 'ab');
		writes.set('q2', 'x');
		expect(write).not.toHaveBeenCalled();
		clock.fire();
		await writes.flush();
		expect(write).toHaveBeenCalledTimes(1);
		expect([...write.mock.calls[0]![0]]).toEqual([
			['q1', 'ab'],
			['q2', 'x']
		]);
		expect(writes.pending).toBe(false);
	});

	test('flush writes at once and cancels the timer; with nothing waiting it writes nothing', async () => {
		const clock = fakeTimers();
		const write = vi.fn(async (_changes: Map<string, string>) => {});
		const writes = new DebouncedWrites(write, { delayMs: 500, timers: clock.timers });
		await writes.flush();
		expect(write).not.toHaveBeenCalled();
		writes.set('q1', 'a');
		await writes.flush();
		expect(clock.armed()).toBe(false);
		expect(write).toHaveBeenCalledTimes(1);
	});

	test('a failed write keeps the changes for the next flush', async () => {
		const clock = fakeTimers();
		let fail = true;
		const written: Array<[string, string][]> = [];
		const writes = new DebouncedWrites(
			async (changes: Map<string, string>) => {
				if (fail) throw new Error('disk full');
				written.push([...changes]);
			},
			{ delayMs: 500, timers: clock.timers }
		);
		writes.set('q1', 'a');
		await expect(writes.flush()).rejects.toThrow('disk full');
		expect(writes.pending).toBe(true);
		fail = false;
		await writes.flush();
		expect(written).toEqual([[['q1', 'a']]]);
	});
});
