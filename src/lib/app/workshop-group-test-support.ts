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

import { addEnvelopes } from '../workshop/participants.ts';
import { makeEnvelope, minuteAfterStart } from '../workshop/test-fixtures.ts';
import type { RoleId } from '../workshop/workshop-schema.ts';
import type { Timers } from './debounced-writes.ts';
import type { IntervalTimers } from './workshop-projector.svelte.ts';

/**
 * A session with seven participants: three beleid, three management and one ervaringswerker (a small
 * group). On a-wegbereider beleid says 4 and management says 0 (the group is split); on a-plan everyone
 * says 2 (agreed). Participant names are "Naam 1" … "Naam 7".
 */
export function workshopWithParticipants(): Workshop {
	const roles: RoleId[] = ['beleid', 'beleid', 'beleid', 'management', 'management', 'management', 'ervaringswerker'];
	const envelopes = roles.map((role, index) =>
		makeEnvelope({
			n: index + 1,
			role,
			name: `Naam ${index + 1}`,
			answers: { 'a-wegbereider': role === 'beleid' ? '4' : role === 'management' ? '0' : '1', 'a-plan': '2' }
		})
	);
	return addEnvelopes(makeWorkshop(), envelopes, fixtureChecklist, { via: 'file', now: minuteAfterStart(40) }).workshop;
}

/** Timers the test fires by hand: `fireTimeout()` runs the waiting timeout, `tick(n)` the interval n times. */
export function manualTimers() {
	let timeout: (() => void) | null = null;
	let interval: (() => void) | null = null;
	const timers: IntervalTimers & Timers = {
		setTimeout: (handler) => {
			timeout = handler;
			return 1;
		},
		clearTimeout: () => {
			timeout = null;
		},
		setInterval: (handler) => {
			interval = handler;
			return 2;
		},
		clearInterval: () => {
			interval = null;
		}
	};
	return {
		timers,
		fireTimeout: () => {
			const handler = timeout;
			timeout = null;
			handler?.();
		},
		tick: (times = 1) => {
			for (let i = 0; i < times; i++) interval?.();
		},
		intervalRunning: () => interval !== null
	};
}

/** A window and document the test can fire `pagehide` and `visibilitychange` on. */
export function fakeLifecycle() {
	const window = new EventTarget();
	const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
	return {
		targets: { window, document },
		pagehide: () => window.dispatchEvent(new Event('pagehide')),
		hide: () => {
			document.visibilityState = 'hidden';
			document.dispatchEvent(new Event('visibilitychange'));
		}
	};
}
