/**
 * "Wat is er nieuw": which changes of the checklist a user has not been told about yet, given the
 * checklist version their scan was made with. Pure; the content lists the changes (`whatsNew`).
 */
import type { Checklist, WhatsNew } from '../content/checklist-schema.ts';

function parts(version: string): number[] | null {
	const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
	return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** Compares two "1.2.3" versions (negative, 0, positive); null when either has another form. */
export function compareChecklistVersions(a: string, b: string): number | null {
	return compare(a, b);
}

function compare(a: string, b: string): number | null {
	const [left, right] = [parts(a), parts(b)];
	if (!left || !right) return null;
	for (let i = 0; i < 3; i++) {
		const difference = (left[i] ?? 0) - (right[i] ?? 0);
		if (difference !== 0) return Math.sign(difference);
	}
	return 0;
}

/** True when `version` is older than the checklist's version (a scan made with it was migrated). */
export function isOlderVersion(checklist: Pick<Checklist, 'version'>, version: string): boolean {
	return (compare(version, checklist.version) ?? 0) < 0;
}

/**
 * The what's-new entries after `fromVersion` up to and including the checklist's version, oldest
 * first. A version of another form gets nothing (we cannot tell what it missed).
 */
export function whatsNewSince(checklist: Pick<Checklist, 'version' | 'whatsNew'>, fromVersion: string): WhatsNew[] {
	return (checklist.whatsNew ?? [])
		.filter((entry) => (compare(entry.version, fromVersion) ?? 0) > 0 && (compare(entry.version, checklist.version) ?? 1) <= 0)
		.sort((a, b) => compare(a.version, b.version) ?? 0);
}

/** "1.1.0" → "1.1", "1.1.2" → "1.1.2": how a version is named to users. */
export function versionName(version: string): string {
	return version.replace(/^(\d+\.\d+)\.0$/, '$1');
}
