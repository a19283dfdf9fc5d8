/**
 * What the werksessie group screens (counted hands, discussion, projector, consensus) share: the
 * workshop store, the checklist in the current language and the clock. WizardApp gives the real ones
 * (`workshopGroupDeps()`); unit tests give an in-memory repository and a fixed clock.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { PageLifecycleTargets } from '../storage/page-lifecycle.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';

export interface WorkshopGroupDeps {
	workshops: WorkshopRepository;
	/** Read on every use: it changes when the user switches language. */
	readonly checklist: Checklist;
	/** The clock, as an ISO timestamp. */
	now(): string;
	/** Where `pagehide` and `visibilitychange` are heard, so typing is saved before the page goes away. */
	lifecycle?: PageLifecycleTargets;
}
