/**
 * What the check page shows of the answers kept aside from an earlier checklist version
 * (`scan.setAside`, filled by `migrateScan`).
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from './scan.ts';
import { NOT_APPLICABLE, UNKNOWN } from './scan.ts';

export interface KeptAsideRow {
	key: string;
	questionId: string;
	/** The question's text when known (from the migration or the current checklist), else null. */
	questionText: string | null;
	/** The chosen answer: its label when known, 'none' for a skipped question, else the bare option id. */
	answer: { kind: 'label'; text: string } | { kind: 'none' } | { kind: 'code'; value: string };
	note: string;
	fromVersion: string;
}

/** The kept-aside answers of a scan, oldest version first, then by question id. */
export function keptAsideRows(checklist: Checklist, scan: Pick<Scan, 'setAside'>): KeptAsideRow[] {
	return Object.entries(scan.setAside ?? {})
		.map(([key, entry]): KeptAsideRow => {
			const value = entry.value;
			let answer: KeptAsideRow['answer'];
			if (entry.answerLabel !== undefined) answer = { kind: 'label', text: entry.answerLabel };
			else if (value === null) answer = { kind: 'none' };
			else if (value === UNKNOWN) answer = { kind: 'label', text: checklist.special.unknown.label };
			else if (value === NOT_APPLICABLE) answer = { kind: 'label', text: checklist.special.notApplicable.label };
			else answer = { kind: 'code', value };
			return {
				key,
				questionId: entry.questionId,
				questionText: entry.questionText ?? null,
				answer,
				note: entry.note,
				fromVersion: entry.fromVersion
			};
		})
		.sort((a, b) => a.fromVersion.localeCompare(b.fromVersion, 'en', { numeric: true }) || a.questionId.localeCompare(b.questionId, 'en'));
}
