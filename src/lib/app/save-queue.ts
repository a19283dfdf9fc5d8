/**
 * A small write queue between the UI and storage.
 *
 * - Writes for the same key coalesce: while typing a toelichting only the latest text is written.
 * - Writes start after a short debounce (≤ 300 ms: the longer the wait, the more a reload or a closed tab can take). Writes for the same
 *   key run in order, so an older value can never land after a newer one.
 * - `flush()` starts pending writes at once and resolves when all have committed. The app calls
 *   it on "Opslaan en verder", on `visibilitychange` → hidden and on `pagehide`.
 * - A failed write stays queued, so the next flush retries it; nothing is silently dropped, except by
 *   `clear()`, which the app calls when the user deletes everything.
 * - Status callbacks drive the "Opgeslagen" indicator: it only says saved after the commit.
 */

export interface SaveQueueOptions {
	debounceMs?: number;
	onPending?(): void;
	onSaved?(): void;
	onFailed?(error: unknown): void;
}

export interface SaveQueue {
	/**
	 * Queues a write under a key; a later write with the same key replaces a pending one.
	 * `immediate` starts it at once: for discrete choices (a radio, a plan edit) there is no
	 * typing to wait for, and every millisecond of delay is a chance to lose it on reload.
	 */
	enqueue(key: string, write: () => Promise<void>, options?: { immediate?: boolean }): void;
	/** Runs everything pending now; resolves when all writes committed, rejects on the first failure. */
	flush(): Promise<void>;
	/**
	 * Drops every write that has not started yet, so nothing pending can write after "Alles
	 * verwijderen". A write already running cannot be stopped; `flush()` afterwards waits for it.
	 */
	clear(): void;
	/** Number of writes not yet committed (pending or running). */
	readonly size: number;
}

export function createSaveQueue(options: SaveQueueOptions = {}): SaveQueue {
	const debounceMs = options.debounceMs ?? 250;
	const pending = new Map<string, () => Promise<void>>();
	let timer: ReturnType<typeof setTimeout> | null = null;
	/** The last write per key. Writes for one key run in order; different keys run side by side. */
	const chains = new Map<string, Promise<void>>();
	let inFlight = 0;
	let lastError: unknown = null;
	/** Raised by clear(): a running write that fails afterwards must not put itself back in the queue. */
	let generation = 0;

	function drain(): Promise<void> {
		if (timer) {
			clearTimeout(timer);
			timer = null;
		}
		const batch = [...pending.entries()];
		pending.clear();
		if (batch.length > 0) lastError = null;
		const batchGeneration = generation;
		for (const [key, write] of batch) {
			inFlight++;
			// Chain only behind an earlier write of the same key (so an older value never lands
			// last). A write for another key starts at once: on pagehide there is no time to wait
			// for an unrelated transaction to finish first.
			const previous = chains.get(key) ?? Promise.resolve();
			const next = previous.then(async () => {
				try {
					// A write still waiting behind an earlier one of its key when clear() ran is dropped too.
					if (batchGeneration === generation) await write();
				} catch (error) {
					// Keep the failed write for the next flush (a retry), unless a newer one replaced it
					// or the queue was cleared meanwhile.
					if (batchGeneration === generation) {
						if (!pending.has(key)) pending.set(key, write);
						lastError = error;
						options.onFailed?.(error);
					}
				} finally {
					inFlight--;
				}
				if (chains.get(key) === next) chains.delete(key);
				if (inFlight === 0 && pending.size === 0 && lastError === null) options.onSaved?.();
			});
			chains.set(key, next);
		}
		return Promise.all([...chains.values()]).then(() => undefined);
	}

	return {
		enqueue(key, write, enqueueOptions) {
			lastError = null;
			pending.set(key, write);
			options.onPending?.();
			if (timer) clearTimeout(timer);
			if (enqueueOptions?.immediate) void drain();
			else timer = setTimeout(() => void drain(), debounceMs);
		},
		async flush() {
			await drain();
			if (lastError !== null) throw lastError;
		},
		clear() {
			if (timer) {
				clearTimeout(timer);
				timer = null;
			}
			pending.clear();
			lastError = null;
			generation++;
		},
		get size() {
			return pending.size + inFlight;
		}
	};
}
