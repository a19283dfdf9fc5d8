/**
 * Deps for the werksessie group state classes in unit tests: the in-memory workshop repository holding
 * one fixture workshop (src/lib/workshop/test-fixtures.ts), the fixture checklist and a fixed clock.
 * For tests only.
 */
import { createMemoryWorkshopRepository } from '../storage/memory-workshop-repository.ts';
import { fixtureChecklist, makeWorkshop } from '../workshop/test-fixtures.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import type { WorkshopGroupDeps } from './workshop-group-deps.ts';

export const NOW = '2025-03-01T11:00:00.000Z';

export async function groupDeps(workshop: Workshop = makeWorkshop()): Promise<WorkshopGroupDeps> {
	const workshops = createMemoryWorkshopRepository({ now: () => NOW });
	await workshops.createWorkshop(workshop);
	return { workshops, checklist: fixtureChecklist, now: () => NOW };
}
