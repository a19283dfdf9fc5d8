/**
 * Workshops in memory, with the same behaviour as the IndexedDB repository. Used when the browser stores
 * nothing (private window), and in tests of other modules.
 */
import type { Workshop } from '../workshop/workshop-schema.ts';
import {
	byWorkshopUpdatedAtDesc,
	checkedWorkshop,
	readWorkshop,
	summarizeWorkshop,
	workshopIdTaken,
	workshopNotFound,
	type WorkshopRepository,
	type WorkshopRepositoryOptions
} from './workshop-repository.ts';

export function createMemoryWorkshopRepository(options: WorkshopRepositoryOptions = {}): WorkshopRepository {
	const now = options.now ?? (() => new Date().toISOString());
	// Kept as checked copies, so callers can never change what is stored by changing their own objects.
	const workshops = new Map<string, Workshop>();

	return {
		backend: 'memory',
		async listWorkshops() {
			return [...workshops.values()].map(summarizeWorkshop).sort(byWorkshopUpdatedAtDesc);
		},
		async getWorkshop(id) {
			const stored = workshops.get(id);
			return stored ? readWorkshop(stored) : null;
		},
		async createWorkshop(workshop) {
			const checked = checkedWorkshop(workshop);
			if (workshops.has(checked.id)) throw workshopIdTaken(checked.id);
			workshops.set(checked.id, checked);
		},
		async updateWorkshop(id, change) {
			const stored = workshops.get(id);
			const current = stored ? readWorkshop(stored) : null;
			if (!current) throw workshopNotFound(id);
			const next = checkedWorkshop({ ...change(current), id, updatedAt: now() });
			workshops.set(id, next);
			return readWorkshop(next) ?? next;
		},
		async deleteWorkshop(id) {
			workshops.delete(id);
		},
		async deleteAllWorkshops() {
			workshops.clear();
		},
		async importWorkshop(workshop) {
			const checked = checkedWorkshop(workshop);
			if (workshops.has(checked.id)) return 'exists';
			workshops.set(checked.id, checked);
			return 'added';
		}
	};
}
