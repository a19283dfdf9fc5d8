/**
 * Workshop repositories that can be handed out before the real one is there.
 *
 * - `deferredWorkshopRepository`: the app mounts at once and opens IndexedDB in the background
 *   (app-storage.ts); which repository the workshops end up in (IndexedDB, or memory when the browser
 *   stores nothing) is known only then. Every call waits for that and is then passed on, so pages can
 *   use `app.workshops` from the start.
 * - `lazyWorkshopRepository`: the implementation (with the workshop schema) is loaded with a dynamic
 *   import on first use, so it stays off the first screen, which never needs a workshop.
 *
 * This module imports only types, so it adds nothing of the workshop code to the first screen.
 */
import type { WorkshopRepository } from './workshop-repository.ts';

export interface DeferredWorkshopOptions {
	/** Called after every write that went through (for lists that should show it). Must not throw. */
	onChange?: () => void;
}

export function deferredWorkshopRepository(ready: Promise<WorkshopRepository>, options: DeferredWorkshopOptions = {}): WorkshopRepository {
	let resolved: WorkshopRepository | null = null;
	void ready.then(
		(repository) => {
			resolved = repository;
		},
		() => {}
	);
	const changed = <T>(result: T): T => {
		try {
			options.onChange?.();
		} catch {
			// A listener must never turn a stored change into a failure.
		}
		return result;
	};
	return {
		/** 'indexeddb' until storage has opened (the usual outcome), then the real answer. */
		get backend() {
			return resolved?.backend ?? 'indexeddb';
		},
		listWorkshops: async () => (await ready).listWorkshops(),
		getWorkshop: async (id) => (await ready).getWorkshop(id),
		createWorkshop: async (workshop) => changed(await (await ready).createWorkshop(workshop)),
		updateWorkshop: async (id, change) => changed(await (await ready).updateWorkshop(id, change)),
		deleteWorkshop: async (id) => changed(await (await ready).deleteWorkshop(id)),
		deleteAllWorkshops: async () => changed(await (await ready).deleteAllWorkshops()),
		importWorkshop: async (workshop) => changed(await (await ready).importWorkshop(workshop))
	};
}

/**
 * A repository whose implementation is loaded (once) when it is first used. `backend` is known at
 * once: the caller decides between IndexedDB and memory before anything is loaded.
 */
export function lazyWorkshopRepository(backend: WorkshopRepository['backend'], load: () => Promise<WorkshopRepository>): WorkshopRepository {
	let loaded: Promise<WorkshopRepository> | null = null;
	const get = (): Promise<WorkshopRepository> => {
		// A failed load (a chunk that did not arrive) is tried again on the next call.
		loaded ??= load().catch((error: unknown) => {
			loaded = null;
			throw error;
		});
		return loaded;
	};
	return {
		backend,
		listWorkshops: async () => (await get()).listWorkshops(),
		getWorkshop: async (id) => (await get()).getWorkshop(id),
		createWorkshop: async (workshop) => (await get()).createWorkshop(workshop),
		updateWorkshop: async (id, change) => (await get()).updateWorkshop(id, change),
		deleteWorkshop: async (id) => (await get()).deleteWorkshop(id),
		deleteAllWorkshops: async () => (await get()).deleteAllWorkshops(),
		importWorkshop: async (workshop) => (await get()).importWorkshop(workshop)
	};
}
