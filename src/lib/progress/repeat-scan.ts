/**
 * "Scan herhalen": a new scan of the same organisation that follows up an earlier one (a year later, say),
 * so the two can be compared (compare-scans.ts).
 *
 * The new scan copies the earlier one's profile, mode and theme choice, and points back to it with
 * `repeatOf`. The user chooses to start empty or with the earlier answers. Copied answers keep the time
 * they were given in the earlier scan: that time lies before the new scan was made, which is how the app
 * tells "still the earlier answer" from "given or confirmed in this scan" (`copiedAnswerIds`, repeat-marks.ts). Choosing an
 * answer again (the same or another) gives it a new time, and so it counts as confirmed.
 *
 * Pure: the id and the time come in as arguments.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import { migrateScan } from '../domain/migrate-answers.ts';
import { SCAN_SCHEMA_VERSION, type Answer, type Scan } from '../domain/scan.ts';

export { canRepeat, copiedAnswerIds } from './repeat-marks.ts';

/** How the repeated scan starts: without answers, or with the earlier answers to confirm or change. */
export type RepeatStart = 'empty' | 'copy';

export interface RepeatOptions {
	/** The new scan's id (a random UUID). */
	id: string;
	/** ISO time of now. */
	now: string;
	start: RepeatStart;
}

/**
 * The earlier scan's answers at the checklist's current version: an earlier scan of an older version is
 * migrated first, so only answers that fit today's questions are copied (what does not fit stays with
 * the earlier scan, kept aside there). Skipped questions (no value) are not copied: they were not answered.
 */
function answersToCopy(checklist: Checklist, earlier: Scan): Record<string, Answer> {
	const migration = migrateScan(checklist, earlier);
	const source = migration.ok ? migration.scan.answers : {};
	const copied: Record<string, Answer> = {};
	for (const [questionId, answer] of Object.entries(source)) {
		if (answer.value === null) continue;
		// defineProperty: a question id is data, never a way to reach Object.prototype.
		Object.defineProperty(copied, questionId, {
			value: { value: answer.value, note: answer.note, updatedAt: answer.updatedAt },
			enumerable: true,
			configurable: true,
			writable: true
		});
	}
	return copied;
}

/**
 * The new scan that repeats `earlier`. Profile (organisation, who, role, phase, focus areas), mode and the
 * chosen themes are copied; the plan starts empty (the earlier plan stays with the earlier scan and is shown
 * in the comparison). A werksessie's marks (participation, workshop) are not copied: the repeat is an
 * ordinary scan.
 */
export function buildRepeatScan(checklist: Checklist, earlier: Scan, { id, now, start }: RepeatOptions): Scan {
	return {
		id,
		schemaVersion: SCAN_SCHEMA_VERSION,
		checklistId: checklist.id,
		checklistVersion: checklist.version,
		mode: earlier.mode,
		profile: { ...earlier.profile, focusAreas: [...earlier.profile.focusAreas] },
		answers: start === 'copy' ? answersToCopy(checklist, earlier) : {},
		plan: null,
		createdAt: now,
		updatedAt: now,
		demo: false,
		...(earlier.themes ? { themes: [...earlier.themes] } : {}),
		repeatOf: earlier.id
	};
}
