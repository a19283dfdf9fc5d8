import { describe, expect, test, vi } from 'vitest';
import { createSaveQueue } from './save-queue.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('save queue', () => {
	test('coalesces writes per key and keeps only the latest', async () => {
		const written: string[] = [];
		const queue = createSaveQueue({ debounceMs: 1000 });
		queue.enqueue('q1', async () => void written.push('a'));
		queue.enqueue('q1', async () => void written.push('ab'));
		queue.enqueue('q2', async () => void written.push('x'));
		expect(queue.size).toBe(2);
		await queue.flush();
		expect(written).toEqual(['ab', 'x']);
		expect(queue.size).toBe(0);
	});

	test('runs writes for the same key in order', async () => {
		const log: string[] = [];
		const queue = createSaveQueue({ debounceMs: 0 });
		queue.enqueue('a', async () => {
			log.push('a-start');
			await new Promise((r) => setTimeout(r, 20));
			log.push('a-end');
		});
		await queue.flush();
		queue.enqueue('b', async () => void log.push('b'));
		await queue.flush();
		expect(log).toEqual(['a-start', 'a-end', 'b']);
	});

	test('starts on its own after the debounce and reports saved only after the commit', async () => {
		vi.useFakeTimers();
		const onSaved = vi.fn();
		const onPending = vi.fn();
		let committed = false;
		const queue = createSaveQueue({ debounceMs: 250, onSaved, onPending });
		queue.enqueue('q', async () => {
			committed = true;
		});
		expect(onPending).toHaveBeenCalledOnce();
		await vi.advanceTimersByTimeAsync(200);
		expect(committed).toBe(false);
		await vi.advanceTimersByTimeAsync(100);
		expect(committed).toBe(true);
		expect(onSaved).toHaveBeenCalledOnce();
		vi.useRealTimers();
	});

	test('a failed write rejects flush, reports the error and is retried on the next flush', async () => {
		const onFailed = vi.fn();
		const onSaved = vi.fn();
		let attempts = 0;
		const queue = createSaveQueue({ debounceMs: 0, onFailed, onSaved });
		queue.enqueue('q', async () => {
			attempts++;
			if (attempts === 1) throw new Error('vol');
		});
		await expect(queue.flush()).rejects.toThrow('vol');
		expect(onFailed).toHaveBeenCalledOnce();
		expect(onSaved).not.toHaveBeenCalled();
		await queue.flush();
		expect(attempts).toBe(2);
		expect(onSaved).toHaveBeenCalledOnce();
		await tick();
	});

	test('a newer write replaces a failed one instead of retrying the old value', async () => {
		const written: string[] = [];
		let fail = true;
		const queue = createSaveQueue({ debounceMs: 0 });
		queue.enqueue('q', async () => {
			if (fail) throw new Error('x');
		});
		await expect(queue.flush()).rejects.toThrow();
		fail = false;
		queue.enqueue('q', async () => void written.push('new'));
		await queue.flush();
		expect(written).toEqual(['new']);
	});
});

describe('independent keys', () => {
	test('a write for another key does not wait for a slow running write', async () => {
		const log: string[] = [];
		let release: () => void = () => {};
		const queue = createSaveQueue({ debounceMs: 0 });
		queue.enqueue('slow', () => new Promise<void>((resolve) => (release = () => (log.push('slow'), resolve()))), { immediate: true });
		queue.enqueue('fast', async () => void log.push('fast'), { immediate: true });
		await tick();
		expect(log).toEqual(['fast']);
		release();
		await queue.flush();
		expect(log).toEqual(['fast', 'slow']);
	});

	test('same key: the newer value is written after the older one finishes', async () => {
		const log: string[] = [];
		let release: () => void = () => {};
		const queue = createSaveQueue({ debounceMs: 0 });
		queue.enqueue('q', () => new Promise<void>((resolve) => (release = () => (log.push('old'), resolve()))), { immediate: true });
		queue.enqueue('q', async () => void log.push('new'), { immediate: true });
		await tick();
		expect(log).toEqual([]);
		release();
		await queue.flush();
		expect(log).toEqual(['old', 'new']);
	});
});

describe('immediate writes', () => {
	test('an immediate write starts without waiting for the debounce', async () => {
		vi.useFakeTimers();
		let committed = false;
		const queue = createSaveQueue({ debounceMs: 10_000 });
		queue.enqueue('q', async () => {
			committed = true;
		}, { immediate: true });
		await vi.advanceTimersByTimeAsync(0);
		expect(committed).toBe(true);
		vi.useRealTimers();
	});

	test('clear() drops pending and failed writes without running them', async () => {
		vi.useFakeTimers();
		try {
			const written: string[] = [];
			let fail = true;
			const queue = createSaveQueue({ debounceMs: 250 });
			queue.enqueue('kapot', async () => {
				if (fail) throw new Error('schijf vol');
				written.push('kapot');
			}, { immediate: true });
			await expect(queue.flush()).rejects.toThrow('schijf vol');
			queue.enqueue('q1', async () => void written.push('q1'));
			expect(queue.size).toBe(2);

			queue.clear();
			expect(queue.size).toBe(0);
			fail = false;
			await vi.advanceTimersByTimeAsync(1000);
			// A flush after clear() neither retries the failed write nor runs the dropped one, and succeeds.
			await queue.flush();
			expect(written).toEqual([]);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('clear', () => {
	test('drops pending writes: a debounced write never runs, and flush has nothing to do', async () => {
		vi.useFakeTimers();
		const written: string[] = [];
		const queue = createSaveQueue({ debounceMs: 250 });
		queue.enqueue('note', async () => void written.push('typed'));
		queue.clear();
		expect(queue.size).toBe(0);
		await vi.advanceTimersByTimeAsync(1000);
		await queue.flush();
		expect(written).toEqual([]);
		vi.useRealTimers();
	});

	test('a failed write is not retried after clear, and flush no longer reports it', async () => {
		let attempts = 0;
		const queue = createSaveQueue({ debounceMs: 0 });
		queue.enqueue('q', async () => {
			attempts++;
			throw new Error('disk full');
		});
		await expect(queue.flush()).rejects.toThrow('disk full');
		expect(queue.size).toBe(1);
		queue.clear();
		await queue.flush();
		expect(attempts).toBe(1);
		expect(queue.size).toBe(0);
	});

	test('a running write that fails after clear does not put itself back; one waiting behind it never runs', async () => {
		const log: string[] = [];
		let fail: () => void = () => {};
		const queue = createSaveQueue({ debounceMs: 0 });
		queue.enqueue('q', () => new Promise<void>((_, reject) => (fail = () => reject(new Error('gone')))), { immediate: true });
		queue.enqueue('q', async () => void log.push('second'), { immediate: true });
		await tick();
		queue.clear();
		fail();
		await queue.flush();
		expect(log).toEqual([]);
		expect(queue.size).toBe(0);
	});

	test('writes queued after clear run normally', async () => {
		const written: string[] = [];
		const queue = createSaveQueue({ debounceMs: 0 });
		queue.enqueue('a', async () => void written.push('old'));
		queue.clear();
		queue.enqueue('a', async () => void written.push('new'));
		await queue.flush();
		expect(written).toEqual(['new']);
	});
});
