/**
 * The in-memory scan repository, with the same behaviour as the IndexedDB one (see scan-repository.ts).
 */
import { applyPlanChanges } from '../domain/plan-merge.ts';
import type { Scan } from '../domain/scan.ts';
import type { AnswerRecord, PlanActionRecord, ScanRecord, SessionRecord } from './db.ts';
import {
	answerOf,
	assemblePlan,
	assembleScan,
	assertAnswer,
	assertPlanChanges,
	checkedScan,
	byUpdatedAtDesc,
	defaultCreateId,
	defaultNow,
	duplicateRecord,
	guard,
	idTaken,
	later,
	newestAnswer,
	notFound,
	pickMeta,
	plainScan,
	splitScan,
	summarize,
	type RepositoryOptions,
	type ScanRepository
} from './scan-repository.ts';
import { toPlain } from './to-plain.ts';

/**
 * A repository that keeps everything in memory, with the same behaviour as the IndexedDB one. Used when
 * the browser stores nothing (private window), and in tests of other modules.
 *
 * @param options injected clock and id generator
 */
export function createMemoryScanRepository(options: RepositoryOptions = {}): ScanRepository {
	const now = options.now ?? defaultNow;
	const createId = options.createId ?? defaultCreateId;
	const scans = new Map<string, ScanRecord>();
	const answers = new Map<string, Map<string, AnswerRecord>>();
	const sessions = new Map<string, SessionRecord>();
	/** Plan actions (and tombstones) per scan, by action id. */
	const planActions = new Map<string, Map<string, PlanActionRecord>>();

	function answersOf(scanId: string): AnswerRecord[] {
		return [...(answers.get(scanId)?.values() ?? [])];
	}

	function actionsOf(scanId: string): PlanActionRecord[] {
		return [...(planActions.get(scanId)?.values() ?? [])];
	}

	/** Store a whole scan; every value is already a private copy. */
	function put(scan: Scan): void {
		const { record, answers: list, planActions: actionList } = splitScan(scan);
		scans.set(record.id, record);
		answers.set(record.id, new Map(list.map((a) => [a.questionId, a])));
		planActions.set(record.id, new Map(actionList.map((a) => [a.actionId, a])));
	}

	function mustGet(id: string): ScanRecord {
		const record = scans.get(id);
		if (!record) throw notFound(id);
		return record;
	}

	return {
		backend: 'memory',

		listScans: () =>
			guard(async () =>
				[...scans.values()]
					.map((r) => toPlain(summarize(r, answersOf(r.id).filter((a) => a.value !== null).length)))
					.sort(byUpdatedAtDesc)
			),

		getScan: (id) =>
			guard(async () => {
				const record = scans.get(id);
				return record ? checkedScan(toPlain(assembleScan(record, answersOf(id), actionsOf(id)))) : null;
			}),

		getAnswer: (scanId, questionId) =>
			guard(async () => {
				const record = answers.get(scanId)?.get(questionId);
				return record ? answerOf(record) : null;
			}),

		getPlan: (scanId) =>
			guard(async () => {
				const record = scans.get(scanId);
				return record ? toPlain(assemblePlan(record, actionsOf(scanId))) : null;
			}),

		savePlanChanges: (scanId, changes) =>
			guard(async () => {
				const plain = toPlain(changes);
				assertPlanChanges(plain);
				const record = mustGet(scanId);
				const applied = applyPlanChanges(actionsOf(scanId), record.plan, plain);
				const map = planActions.get(scanId) ?? new Map<string, PlanActionRecord>();
				for (const action of applied.records) map.set(action.actionId, toPlain({ ...action, scanId }));
				planActions.set(scanId, map);
				scans.set(scanId, { ...record, plan: applied.meta, updatedAt: later(record.updatedAt, applied.meta.updatedAt) });
				return toPlain(applied.plan);
			}),

		createScan: (scan) =>
			guard(async () => {
				const plain = plainScan(scan);
				if (scans.has(plain.id)) throw idTaken(plain.id);
				put(plain);
			}),

		updateScanMeta: (id, patch) =>
			guard(async () => {
				const picked = pickMeta(patch);
				const record = mustGet(id);
				scans.set(id, { ...record, ...picked, updatedAt: picked.updatedAt ?? now() });
			}),

		renameScan: (id, organisation) =>
			guard(async () => {
				if (typeof organisation !== 'string') throw new TypeError('organisation must be a string');
				const record = mustGet(id);
				scans.set(id, { ...record, profile: { ...record.profile, organisation }, updatedAt: now() });
			}),

		duplicateScan: (id, newId, when) =>
			guard(async () => {
				const record = mustGet(id);
				if (scans.has(newId)) throw idTaken(newId);
				const copy = toPlain(
					assembleScan(
						duplicateRecord(record, newId, when),
						answersOf(id).map((a) => ({ ...a, scanId: newId })),
						actionsOf(id)
					)
				);
				put(toPlain(copy));
				return copy;
			}),

		deleteScan: (id) =>
			guard(async () => {
				scans.delete(id);
				answers.delete(id);
				planActions.delete(id);
				sessions.delete(id);
			}),

		deleteAll: () =>
			guard(async () => {
				scans.clear();
				answers.clear();
				planActions.clear();
				sessions.clear();
			}),

		// Nothing here outlives the page, so there is nothing to journal either.
		journalAnswer: () => {},

		saveAnswer: (scanId, questionId, answer) =>
			guard(async () => {
				const plain = toPlain(answer);
				assertAnswer(plain, questionId);
				const record = mustGet(scanId);
				const map = answers.get(scanId) ?? new Map<string, AnswerRecord>();
				const incoming: AnswerRecord = { scanId, questionId, value: plain.value, note: plain.note, updatedAt: plain.updatedAt };
				const newest = newestAnswer(map.get(questionId), incoming);
				if (newest === incoming) {
					map.set(questionId, incoming);
					answers.set(scanId, map);
					scans.set(scanId, { ...record, updatedAt: later(record.updatedAt, plain.updatedAt) });
				}
				return answerOf(newest);
			}),

		saveSession: (scanId, location, machineVersion) =>
			guard(async () => {
				if (!scans.has(scanId)) return;
				sessions.set(scanId, toPlain({ scanId, location, machineVersion, savedAt: now() }));
			}),

		getSession: (scanId) =>
			guard(async () => {
				const session = sessions.get(scanId);
				return session ? toPlain(session) : null;
			}),

		replaceScan: (scan) =>
			guard(async () => {
				const plain = plainScan(scan);
				mustGet(plain.id);
				put(plain);
			}),

		importScan: (scan) =>
			guard(async () => {
				const plain = plainScan(scan);
				for (const id of [plain.id, createId(), createId(), createId()]) {
					if (!scans.has(id)) {
						put({ ...plain, id });
						return id;
					}
				}
				throw idTaken(plain.id);
			})
	};
}
