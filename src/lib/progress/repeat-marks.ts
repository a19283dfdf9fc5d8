/**
 * Small facts about repeated scans that the task list and results page show. Kept apart from
 * repeat-scan.ts, which needs the content migrations: these pages must not load that code.
 */
import type { Scan } from '../domain/scan.ts';

/**
 * True when a scan may be repeated: not the demo, not a werksessie participant's own answers, and not a
 * colleague's delegated part (its themes belong to the owner's scan, which is the one to repeat and compare).
 */
export function canRepeat(scan: Scan): boolean {
	return !scan.demo && scan.participation === undefined && scan.delegatedPart === undefined;
}

/**
 * The questions of a repeated scan whose answer is still the one copied from the earlier scan: given
 * before this scan was made, and not chosen again since. Empty for a scan that is no repeat.
 */
export function copiedAnswerIds(scan: Scan): string[] {
	if (scan.repeatOf === undefined) return [];
	return Object.entries(scan.answers)
		.filter(([, answer]) => answer.value !== null && Date.parse(answer.updatedAt) < Date.parse(scan.createdAt))
		.map(([questionId]) => questionId);
}
