/**
 * Typing is saved shortly after the user pauses, not on every key: changes per key (a question id) are
 * gathered and written together by one `write` call (one workshop transaction). `flush()` writes what
 * is waiting at once: on a choice that must not wait, on leaving a screen, and on `pagehide` /
 * `visibilitychange` to hidden, so a reload or a closed laptop loses nothing typed.
 */
export interface Timers {
	setTimeout(handler: () => void, ms: number): unknown;
	clearTimeout(id: unknown): void;
}

export const realTimers: Timers = {
	setTimeout: (handler, ms) => globalThis.setTimeout(handler, ms),
	clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>)
};

export class DebouncedWrites<T> {
	readonly #pending = new Map<string, T>();
	readonly #write: (changes: Map<string, T>) => Promise<void>;
	readonly #delayMs: number;
	readonly #timers: Timers;
	#timer: unknown = null;
	/** The write in progress, so a flush waits for it and writes stay in order. */
	#running: Promise<void> = Promise.resolve();

	constructor(write: (changes: Map<string, T>) => Promise<void>, options: { delayMs: number; timers?: Timers }) {
		this.#write = write;
		this.#delayMs = options.delayMs;
		this.#timers = options.timers ?? realTimers;
	}

	/** True while a change waits to be written. */
	get pending(): boolean {
		return this.#pending.size > 0;
	}

	/** Notes a change; it is written `delayMs` after the last change (or at the next flush). */
	set(key: string, value: T): void {
		this.#pending.set(key, value);
		if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
		this.#timer = this.#timers.setTimeout(() => {
			this.#timer = null;
			void this.flush().catch(() => {
				// The caller's write reports its own failure; the next change or flush tries again.
			});
		}, this.#delayMs);
	}

	/** Writes every waiting change now. Rejects when the write fails; the changes are then kept for a retry. */
	flush(): Promise<void> {
		if (this.#timer !== null) {
			this.#timers.clearTimeout(this.#timer);
			this.#timer = null;
		}
		const next = this.#running.catch(() => {}).then(async () => {
			if (this.#pending.size === 0) return;
			const changes = new Map(this.#pending);
			this.#pending.clear();
			try {
				await this.#write(changes);
			} catch (error) {
				// Keep them, unless newer values came in meanwhile.
				for (const [key, value] of changes) if (!this.#pending.has(key)) this.#pending.set(key, value);
				throw error;
			}
		});
		this.#running = next;
		return next;
	}
}
