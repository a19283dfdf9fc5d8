/**
 * The scan repository's contract: everything the app stores about scans, behind one small async interface,
 * plus the pure helpers both implementations share, so they behave the same.
 *
 * Two implementations: IndexedDB (`idb-scan-repository.ts`, the real one) and memory
 * (`memory-scan-repository.ts`, the fallback when the browser stores nothing, and a stand-in for tests of
 * other modules). Everything going in is deep-copied to plain data first (`toPlain`), everything coming out
 * is a fresh copy, and every rejection is a `StorageError` with a message the UI can show.
 */
import { randomId } from '../app/uuid.ts';
import { planActionsOf, recordsForPlan, type PlanChanges } from '../domain/plan-merge.ts';
import type { ActionPlan, Answer, Scan, ScanMode, ScanProfile } from '../domain/scan.ts';
import * as v from 'valibot';
import { AnswerSchema, readStoredScan } from '../domain/scan-schema.ts';
import { FORBIDDEN_KEYS } from '../domain/safe-tree.ts';
import { nameWithSuffix } from '../domain/scan-name.ts';
import type { AnswerRecord, PlanActionRecord, ScanRecord, SessionRecord } from './db.ts';
import { StorageError, toStorageError } from './storage-errors.ts';
import { toPlain } from './to-plain.ts';

export type { SessionRecord } from './db.ts';

/** What the scan list needs, without loading every answer. */
export interface ScanSummary {
	id: string;
	organisation: string;
	mode: ScanMode;
	createdAt: string;
	updatedAt: string;
	/** Answers with a value (skipped questions, value null, do not count). */
	answeredCount: number;
	demo: boolean;
	/** Needed to work out the scan's questions, and so its progress. */
	profile: ScanProfile;
	/** The themes a werksessie scan is limited to (see Scan.themes); absent for an ordinary scan. */
	themes?: string[];
	/** True for a colleague's part of someone else's scan (themes handed out to them, see Scan.delegatedPart). */
	delegated?: true;
}

/**
 * Fields of a scan that `updateScanMeta` may change. The plan is not among them: it is saved per action
 * with `savePlanChanges`, so that two tabs editing the plan do not overwrite each other.
 */
export type ScanMetaPatch = Partial<Pick<Scan, 'profile' | 'mode' | 'updatedAt' | 'participation' | 'delegations' | 'delegatedPart'>>;

export interface ScanRepository {
	/** Which storage is behind this repository; 'memory' means nothing survives closing the tab. */
	readonly backend: 'indexeddb' | 'memory';
	/** All scans, most recently changed first. */
	listScans(): Promise<ScanSummary[]>;
	/** The scan with its answers, or null when there is none with this id. */
	getScan(id: string): Promise<Scan | null>;
	/** Store a new scan with its answers. Rejects if the id is taken (nothing is overwritten). */
	createScan(scan: Scan): Promise<void>;
	/** Change profile, mode and/or a participant's `participation`. Sets updatedAt to `patch.updatedAt`, or to now. */
	updateScanMeta(id: string, patch: ScanMetaPatch): Promise<void>;
	/** Change the organisation name and bump updatedAt. */
	renameScan(id: string, organisation: string): Promise<void>;
	/** Copy a scan with its answers and plan under `newId`; the name gets " (kopie)". Returns the copy. */
	duplicateScan(id: string, newId: string, now: string): Promise<Scan>;
	/** Delete a scan, its answers, plan actions and resume point, all or nothing. */
	deleteScan(id: string): Promise<void>;
	/** Delete every scan, answer, plan action and resume point in this database. */
	deleteAll(): Promise<void>;
	/**
	 * Record an answer in the write-ahead journal, synchronously, at the moment the user gives it and
	 * before `saveAnswer` is called. If the page goes away before the save commits, the next start writes
	 * it from the journal. Never throws; does nothing where nothing survives the page (memory).
	 */
	journalAnswer(scanId: string, questionId: string, answer: Answer): void;
	/**
	 * Save one answer and bump the scan's updatedAt. Resolves only after the writes committed (and, for
	 * IndexedDB, the answer was read back): only then may the UI say "Opgeslagen". Rejects when the scan
	 * does not exist, and then leaves no answer behind.
	 *
	 * The newest answer wins: when storage already holds a newer answer to this question (`updatedAt`, saved
	 * in another tab after this answer was given), that one stays and this one is not written. The decision
	 * is made inside the write transaction, so no other write can come in between. While the page is hidden
	 * or on its way out there is no time to read first: the answer is then written at once (see the
	 * IndexedDB implementation); the journal covers a reload in every case.
	 *
	 * @returns the answer storage holds now: this one, or the newer one that was kept
	 */
	saveAnswer(scanId: string, questionId: string, answer: Answer): Promise<Answer>;
	/** The stored answer to one question, or null. */
	getAnswer(scanId: string, questionId: string): Promise<Answer | null>;
	/** The scan's plan as stored now, or null when it has none (or the scan does not exist). */
	getPlan(scanId: string): Promise<ActionPlan | null>;
	/**
	 * Apply one tab's plan changes (from `diffPlan`) to the stored plan, per action, in one transaction
	 * (see domain/plan-merge.ts for the rules). Rejects when the scan does not exist.
	 *
	 * @returns the merged plan as stored now, with every other tab's changes
	 */
	savePlanChanges(scanId: string, changes: PlanChanges): Promise<ActionPlan>;
	/** Save where the wizard is. Does nothing when the scan no longer exists (so it cannot come back). */
	saveSession(scanId: string, location: string, machineVersion: number): Promise<void>;
	/** The saved resume point, or null. */
	getSession(scanId: string): Promise<SessionRecord | null>;
	/**
	 * Store a scan from a backup. Never overwrites: if the id is taken, the scan is stored under a new id.
	 *
	 * @returns the id the scan was stored under
	 */
	importScan(scan: Scan): Promise<string>;
	/**
	 * Replace a stored scan as a whole (record, answers and plan actions), in one transaction: answers and
	 * actions not in `scan` are removed. For a scan that a content migration brought to the current
	 * checklist version: stored half-way (new ids, old version), it would be migrated a second time.
	 * Rejects when the scan does not exist (a migration never brings a deleted scan back).
	 */
	replaceScan(scan: Scan): Promise<void>;
}

export interface RepositoryOptions {
	/** ISO timestamp for "now"; injectable for tests. */
	now?: () => string;
	/** New ids for imports that clash with an existing scan. */
	createId?: () => string;
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers (both implementations use these, so they behave the same)

const COPY_SUFFIX = ' (kopie)';

export function defaultNow(): string {
	return new Date().toISOString();
}

/** A random UUID, in the form the app's links accept. */
export const defaultCreateId = randomId;

export function notFound(id: string): StorageError {
	return new StorageError('unknown', {
		ref: { key: 'storage.errors.notFound' },
		cause: new Error(`Scan not found: ${id}`)
	});
}

export function idTaken(id: string): StorageError {
	return new StorageError('unknown', {
		ref: { key: 'storage.errors.idTaken' },
		cause: new Error(`Scan id already exists: ${id}`)
	});
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Light shape check of an answer going in (a whole scan is checked against the scan schema). */
export function assertAnswer(answer: unknown, where: string): asserts answer is Answer {
	if (
		!isRecord(answer) ||
		(answer.value !== null && typeof answer.value !== 'string') ||
		typeof answer.note !== 'string' ||
		typeof answer.updatedAt !== 'string'
	) {
		throw new TypeError(`Invalid answer at ${where}`);
	}
}

/**
 * A scan as it comes out of storage, checked against the one scan schema (domain/scan-schema.ts). A record
 * written by a newer app version, or one that is damaged, is refused with a message the user can read; it
 * is left as it is in storage, so nothing is overwritten that this version does not understand.
 */
export function checkedScan(assembled: unknown): Scan {
	const result = readStoredScan(assembled);
	if (!result.ok) throw new StorageError(result.problem === 'newer' ? 'version' : 'unknown', { ref: result.message });
	return result.scan;
}

/** Copy an incoming scan to plain data and check it against the scan schema. */
export function plainScan(scan: Scan): Scan {
	const plain = toPlain(scan);
	const result = readStoredScan(plain);
	if (!result.ok) throw new TypeError(`Invalid scan: ${result.message.key}`);
	return result.scan;
}

export function splitScan(scan: Scan): { record: ScanRecord; answers: AnswerRecord[]; planActions: PlanActionRecord[] } {
	const { answers, plan, ...rest } = scan;
	return {
		record: { ...rest, plan: plan ? { createdAt: plan.createdAt, updatedAt: plan.updatedAt } : null },
		planActions: plan ? recordsForPlan(plan).map((record) => ({ ...record, scanId: scan.id })) : [],
		answers: Object.entries(answers).map(([questionId, answer]) => ({
			scanId: scan.id,
			questionId,
			value: answer.value,
			note: answer.note,
			updatedAt: answer.updatedAt
		}))
	};
}

export function assembleScan(record: ScanRecord, answers: AnswerRecord[], planActions: PlanActionRecord[]): Scan {
	// unmigrated… stay in storage only; they are not part of the Scan shape.
	const { unmigratedAnswers: _unmigrated, unmigratedPlanActions: _unmigratedPlan, plan: _plan, ...scan } = record;
	return {
		...scan,
		plan: assemblePlan(record, planActions),
		// A broken answer record (an old bug, another program) is left out, and left as it is in storage, so
		// one bad record never makes the whole scan unreadable. fromEntries defines own properties.
		answers: Object.fromEntries(answers.filter(isUsableAnswer).map((a) => [a.questionId, answerOf(a)]))
	};
}

/** True for an answer record with a safe question id and the shape of an answer (the scan schema's). */
function isUsableAnswer(record: AnswerRecord): boolean {
	return (
		typeof record.questionId === 'string' &&
		!FORBIDDEN_KEYS.has(record.questionId) &&
		v.is(AnswerSchema, { value: record.value, note: record.note, updatedAt: record.updatedAt })
	);
}

/** The plan of a stored scan record and its action records; null when the scan has no plan. */
export function assemblePlan(record: ScanRecord, planActions: PlanActionRecord[]): ActionPlan | null {
	if (!record.plan) return null;
	const actions = planActionsOf(planActions.map(({ scanId: _scanId, ...rest }) => rest));
	return { actions, createdAt: record.plan.createdAt, updatedAt: record.plan.updatedAt };
}

/** The Answer part of a stored answer record. */
export function answerOf(record: AnswerRecord): Answer {
	return { value: record.value, note: record.note, updatedAt: record.updatedAt };
}

/**
 * The answer to keep when `incoming` is saved over `stored`: the newest one. On a tie the incoming one is
 * written (it is the same moment; most likely the same answer written again, say by a retry).
 */
export function newestAnswer(stored: AnswerRecord | undefined, incoming: AnswerRecord): AnswerRecord {
	return stored && stored.updatedAt > incoming.updatedAt ? stored : incoming;
}

/** Light shape check of plan changes coming in (they come from `diffPlan` in this app). */
export function assertPlanChanges(changes: unknown): asserts changes is PlanChanges {
	if (
		!isRecord(changes) ||
		!isRecord(changes.meta) ||
		typeof changes.meta.createdAt !== 'string' ||
		typeof changes.meta.updatedAt !== 'string' ||
		!Array.isArray(changes.order) ||
		!changes.order.every((id) => typeof id === 'string') ||
		!Array.isArray(changes.put) ||
		!changes.put.every((action) => isRecord(action) && typeof action.id === 'string' && typeof action.updatedAt === 'string') ||
		!Array.isArray(changes.remove) ||
		!changes.remove.every((entry) => isRecord(entry) && typeof entry.id === 'string' && typeof entry.at === 'string') ||
		!Array.isArray(changes.move) ||
		!changes.move.every((id) => typeof id === 'string')
	) {
		throw new TypeError('Invalid plan changes');
	}
}

export function summarize(record: ScanRecord, answeredCount: number): ScanSummary {
	return {
		id: record.id,
		organisation: record.profile.organisation,
		mode: record.mode,
		createdAt: record.createdAt,
		updatedAt: record.updatedAt,
		answeredCount,
		demo: record.demo,
		profile: record.profile,
		...(Array.isArray(record.themes) ? { themes: record.themes } : {}),
		...(record.delegatedPart ? { delegated: true as const } : {})
	};
}

/**
 * True when a stored scan record has the fields the scan list needs. A broken or foreign record (a bug, an old version, another app) is
 * left out of the list, and left as it is in storage, instead of hiding every other scan behind an error.
 */
export function isListable(record: unknown): record is ScanRecord {
	return (
		isRecord(record) &&
		typeof record.id === 'string' &&
		isRecord(record.profile) &&
		typeof record.profile.organisation === 'string' &&
		(record.mode === 'quick' || record.mode === 'full') &&
		typeof record.createdAt === 'string' &&
		typeof record.updatedAt === 'string'
	);
}

export function byUpdatedAtDesc(a: ScanSummary, b: ScanSummary): number {
	if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Only the allowed fields; a patch carrying `id` or `answers` must not change those. */
export function pickMeta(patch: ScanMetaPatch): ScanMetaPatch {
	const plain = toPlain(patch);
	const picked: ScanMetaPatch = {};
	if (plain.profile !== undefined) picked.profile = plain.profile;
	if (plain.mode !== undefined) picked.mode = plain.mode;
	if (plain.updatedAt !== undefined) picked.updatedAt = plain.updatedAt;
	// A werksessie participant's scan records when it was handed in.
	if (plain.participation !== undefined) picked.participation = plain.participation;
	// Themes handed to a colleague (the owner's scan), and the colleague's side of a hand-out.
	if (plain.delegations !== undefined) picked.delegations = plain.delegations;
	if (plain.delegatedPart !== undefined) picked.delegatedPart = plain.delegatedPart;
	return picked;
}

export function duplicateRecord(record: ScanRecord, newId: string, now: string): ScanRecord {
	// Hand-outs of themes stay with the original: the colleague's answers can only be merged back into it.
	const { unmigratedAnswers: _unmigrated, unmigratedPlanActions: _unmigratedPlan, delegations: _delegations, ...rest } = record;
	return toPlain({
		...rest,
		id: newId,
		profile: { ...rest.profile, organisation: nameWithSuffix(rest.profile.organisation, COPY_SUFFIX) },
		createdAt: now,
		updatedAt: now
	});
}

export function later(a: string, b: string): string {
	return a > b ? a : b;
}

/** Map whatever a method throws to a StorageError, so callers only ever see one error type. */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toStorageError(error);
	}
}
