/**
 * A workshop repository that can be handed out before storage is open.
 *
 * The app mounts at once and opens IndexedDB in the background (app-storage.ts); which repository the
 * workshops end up in (IndexedDB, or memory when the browser stores nothing) is known only then. Every
 * call here waits for that and is then passed on, so pages can use `app.workshops` from the start.
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
