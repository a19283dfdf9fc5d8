/**
 * Merging a colleague's returned answers back into the owner's scan. Pure: the same checklist, scan and
 * return give the same report, and nothing is stored here.
 *
 * Per question of the delegated themes there are three answers: the owner's answer now, the colleague's
 * answer, and the answer at the hand-out (kept on the owner's scan in `delegations`). Then:
 * - the colleague left it open, or gave the answer the owner has now: nothing to do;
 * - the colleague did not change the hand-out answer: nothing to do (the owner's own later change stays);
 * - the colleague changed it and the owner did not: a plain proposal;
 * - both changed it since the hand-out: a conflict. Conflicts come first.
 * "Changed" compares the option and the explanation. When the owner's record of the hand-out is missing
 * (the scan came back from a backup made before the hand-out), the hand-out answers are unknown, and every
 * question where the owner has an answer of their own counts as a conflict: both answers are shown.
 *
 * A return from another checklist version is first mapped with the content migrations (migrate-answers.ts);
 * answers that have no place any more are reported in `dropped`, never dropped silently. A return for
 * another scan, another checklist or a newer checklist version is refused. A return that was merged before
 * (same hand-out, same moment of sending) is reported as `alreadyMerged`, with nothing to do.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import { compareVersions, migrateScan } from '../domain/migrate-answers.ts';
import type { Answer, DelegationRecord, HandedAnswer, Scan } from '../domain/scan.ts';
import type { MessageRef } from '../i18n/message-ref.ts';
import { delegatedQuestionIds, scopeOf } from './delegation-envelope.ts';
import type { ReturnEnvelope } from './delegation-schema.ts';

/** One question where the colleague proposes another answer. */
export interface MergeItem {
	questionId: string;
	themeId: string;
	/** Both the owner and the colleague changed this answer since the hand-out. */
	conflict: boolean;
	/** The owner's answer now; null when there is none. */
	current: HandedAnswer | null;
	/** The colleague's answer. */
	proposed: HandedAnswer;
	/** The answer at the hand-out; null when there was none, or when it is not known. */
	atHandOut: HandedAnswer | null;
}

/** A returned answer that has no place in this checklist version (its question was removed or changed). */
export interface DroppedAnswer {
	questionId: string;
	/** The question's text, when the migration knows it. */
	questionText: string | null;
	value: string | null;
	/** The option's label, when the migration knows it. */
	answerLabel: string | null;
	note: string;
}

export interface MergeReport {
	handOutId: string;
	/** The colleague's role, as the return says. */
	role: string;
	/** The delegated themes (the owner's record, else the return's). */
	themes: string[];
	returnedAt: string;
	/** The owner's record of this hand-out, or null when the scan has none. */
	record: DelegationRecord | null;
	/** This very return was merged before: nothing new. */
	alreadyMerged: boolean;
	/** The proposals: conflicts first, then in checklist order. Empty when there is nothing new. */
	items: MergeItem[];
	/** Answers the colleague gave that need nothing (the same as now, or not changed since the hand-out). */
	unchanged: number;
	/** Returned answers that no longer have a place in this checklist version. */
	dropped: DroppedAnswer[];
	/** Returned answers to questions outside the delegated themes: ignored. */
	outside: number;
	/** The checklist version the return was mapped from, or null when it was this version. */
	mappedFrom: string | null;
}

export type MergeResult = { ok: true; report: MergeReport } | { ok: false; message: MessageRef };

/** An answer as option and explanation; null for "no answer" (nothing chosen and nothing written). */
function handed(answer: { value: string | null; note: string } | undefined | null): HandedAnswer | null {
	if (!answer || (answer.value === null && answer.note.trim() === '')) return null;
	return { value: answer.value, note: answer.note };
}

/** Two answers say the same: the same option and the same explanation (surrounding space aside). */
export function sameAnswer(a: HandedAnswer | null, b: HandedAnswer | null): boolean {
	if (a === null || b === null) return a === b;
	return a.value === b.value && a.note.trim() === b.note.trim();
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Answers given in checklist version `version`, brought to the checklist's version. Returns the mapped
 * answers and the ones that have no place any more.
 */
function mapAnswers(
	checklist: Checklist,
	scan: Scan,
	version: string,
	answers: Readonly<Record<string, Answer>>
): { answers: Record<string, Answer>; dropped: DroppedAnswer[] } {
	if (version === checklist.version) return { answers: { ...answers }, dropped: [] };
	const migration = migrateScan(checklist, { ...scan, checklistVersion: version, answers: { ...answers }, setAside: {}, plan: null });
	if (!migration.ok) return { answers: {}, dropped: [] };
	const setAside = migration.scan.setAside ?? {};
	const dropped = migration.keptAside.flatMap((key) => {
		const entry = own(setAside, key);
		return entry
			? [
					{
						questionId: entry.questionId,
						questionText: entry.questionText ?? null,
						value: entry.value,
						answerLabel: entry.answerLabel ?? null,
						note: entry.note
					}
				]
			: [];
	});
	return { answers: migration.scan.answers, dropped };
}

/** Works out what a return proposes for the owner's scan. Never changes the scan. */
export function prepareMerge(checklist: Checklist, scan: Scan, returned: ReturnEnvelope): MergeResult {
	if (returned.scanId !== scan.id) {
		return { ok: false, message: { key: 'delegation.errors.otherScan', params: [returned.organisation, scan.profile.organisation] } };
	}
	if (returned.checklistId !== checklist.id) return { ok: false, message: { key: 'delegation.errors.otherChecklist' } };
	const order = compareVersions(returned.checklistVersion, checklist.version);
	if (order === null || order > 0) return { ok: false, message: { key: 'delegation.errors.newerChecklist' } };

	const record = (scan.delegations ?? []).find((entry) => entry.id === returned.handOutId) ?? null;
	const themes = record ? [...record.themes] : [...returned.themes];
	const base: Record<string, Answer> | null = record
		? mapAnswers(
				checklist,
				scan,
				record.checklistVersion,
				Object.fromEntries(
					Object.entries(record.answersAtHandOut).map(([id, answer]) => [id, { ...answer, updatedAt: record.handedOutAt }])
				)
			).answers
		: null;
	const { answers: theirs, dropped } = mapAnswers(checklist, scan, returned.checklistVersion, returned.answers);
	const report: MergeReport = {
		handOutId: returned.handOutId,
		role: returned.role,
		themes,
		returnedAt: returned.returnedAt,
		record,
		alreadyMerged: false,
		items: [],
		unchanged: 0,
		dropped,
		outside: 0,
		mappedFrom: returned.checklistVersion === checklist.version ? null : returned.checklistVersion
	};
	if (record?.status === 'merged' && record.returnedAt === returned.returnedAt) {
		return { ok: true, report: { ...report, alreadyMerged: true, dropped: [] } };
	}

	const delegated = delegatedQuestionIds(checklist, scopeOf(scan), themes);
	const inDelegated = new Set(delegated);
	report.outside = Object.keys(theirs).filter((id) => !inDelegated.has(id)).length;
	const themeOf = new Map(checklist.themes.flatMap((theme) => theme.questions.map((question) => [question.id, theme.id] as const)));

	const items: MergeItem[] = [];
	for (const questionId of delegated) {
		const proposed = handed(own(theirs, questionId));
		if (proposed === null) continue;
		const current = handed(own(scan.answers, questionId));
		const atHandOut = base ? handed(own(base, questionId)) : null;
		if (sameAnswer(proposed, current) || (base && sameAnswer(proposed, atHandOut))) {
			report.unchanged++;
			continue;
		}
		const conflict = base ? !sameAnswer(current, atHandOut) : current !== null;
		items.push({ questionId, themeId: themeOf.get(questionId) ?? '', conflict, current, proposed, atHandOut });
	}
	// Conflicts first; within each group the checklist's order (the sort is stable).
	report.items = items.sort((a, b) => Number(b.conflict) - Number(a.conflict));
	return { ok: true, report };
}

/**
 * The owner's scan with the colleague's answers to `accepted` taken over (dated `now`), and the hand-out's
 * record brought up to date: 'merged' when `done` (every proposal handled), else 'returned'. Proposals not
 * in `accepted` leave the owner's answer as it is.
 */
export function acceptProposals(scan: Scan, report: MergeReport, accepted: readonly string[], now: string, done: boolean): Scan {
	const answers: Record<string, Answer> = { ...scan.answers };
	for (const item of report.items) {
		if (!accepted.includes(item.questionId)) continue;
		Object.defineProperty(answers, item.questionId, {
			value: { value: item.proposed.value, note: item.proposed.note, updatedAt: now },
			enumerable: true,
			configurable: true,
			writable: true
		});
	}
	const delegations = (scan.delegations ?? []).map((entry) =>
		entry.id === report.handOutId
			? { ...entry, status: done ? ('merged' as const) : ('returned' as const), returnedAt: report.returnedAt, mergedAt: done ? now : null }
			: entry
	);
	return { ...scan, answers, updatedAt: now, ...(scan.delegations ? { delegations } : {}) };
}
