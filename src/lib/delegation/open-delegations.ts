/**
 * Which themes of a scan are with a colleague now, for the task list ("Uitbesteed aan: …, sinds …").
 * A module of its own, without the merge and migration code, so the task list stays small.
 */
import type { DelegationRecord, Scan } from '../domain/scan.ts';

/** Per theme, the newest hand-out that is still with a colleague or not yet merged back. */
export function openDelegationsByTheme(scan: Pick<Scan, 'delegations'>): Map<string, DelegationRecord> {
	const byTheme = new Map<string, DelegationRecord>();
	for (const record of scan.delegations ?? []) {
		if (record.status === 'merged') continue;
		for (const theme of record.themes) {
			const there = byTheme.get(theme);
			if (!there || there.handedOutAt < record.handedOutAt) byTheme.set(theme, record);
		}
	}
	return byTheme;
}

/** Whether themes of this scan can be handed out: only an own, ordinary scan (not the demo, not a werksessie participant's, not a part handed to oneself). */
export function canHandOut(scan: Pick<Scan, 'demo' | 'participation' | 'delegatedPart'>): boolean {
	return !scan.demo && !scan.participation && !scan.delegatedPart;
}
