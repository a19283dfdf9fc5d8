/**
 * Builders for the delegation tests: the owner's scan on the small fixture checklist, a hand-out of
 * themes a and b, the colleague's scan made from it, and the return.
 */
import type { Answer, Scan } from '../domain/scan.ts';
import { fixtureChecklist, makeScan } from '../domain/test-fixtures.ts';
import { buildDelegationEnvelope, buildReturnEnvelope, recordOf } from './delegation-envelope.ts';
import type { DelegationEnvelope } from './delegation-schema.ts';
import { scanFromHandOut } from './delegated-scan.ts';

export const OWNER_SCAN_ID = '11111111-2222-4333-8444-555555555555';
export const HAND_OUT_ID = '22222222-3333-4444-8555-666666666666';
export const COLLEAGUE_SCAN_ID = '33333333-4444-4555-8666-777777777777';
export const T_HAND_OUT = '2026-12-03T09:00:00.000Z';
export const T_LATER = '2026-12-05T10:00:00.000Z';
export const T_RETURN = '2026-12-06T11:00:00.000Z';
export const T_MERGE = '2026-12-07T12:00:00.000Z';

export const answer = (value: string | null, note = '', updatedAt = T_LATER): Answer => ({ value, note, updatedAt });

/** The owner's scan (full scan, phase structureel) with a few answers. */
export function ownerScan(answers: Record<string, string | null> = { 'a-wegbereider': '1', 'a-plan': '2', 'b-werving': '3', 'c-netwerk': '4' }): Scan {
	return { ...makeScan(answers), id: OWNER_SCAN_ID };
}

/** The hand-out of themes a and b to a beleidsmedewerker, and the owner's scan that remembers it. */
export function handOut(scan: Scan = ownerScan(), themes: string[] = ['a', 'b']): { envelope: DelegationEnvelope; scan: Scan } {
	const envelope = buildDelegationEnvelope(fixtureChecklist, scan, { themes, role: 'beleidsmedewerker', note: 'Graag voor vrijdag' }, { id: HAND_OUT_ID, at: T_HAND_OUT });
	return { envelope, scan: { ...scan, delegations: [...(scan.delegations ?? []), recordOf(envelope)] } };
}

/** The colleague's scan with `changes` made (question id → answer), and what they send back. */
export function colleagueReturn(envelope: DelegationEnvelope, changes: Record<string, Answer>, returnedAt = T_RETURN) {
	const made = scanFromHandOut(envelope, COLLEAGUE_SCAN_ID, T_HAND_OUT);
	const colleague: Scan = { ...made, answers: { ...made.answers, ...changes } };
	return { colleague, returned: buildReturnEnvelope(fixtureChecklist, colleague, returnedAt) };
}
