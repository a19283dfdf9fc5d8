/**
 * Content migrations: carrying a scan's answers from the checklist version it was filled in with to
 * the version the app uses now.
 *
 * The checklist declares, per version step, what happened to its questions (`migrations` in the YAML,
 * described in checklists/README.md): a question renamed, split into several, merged into one,
 * removed, or its answer options renamed or replaced by another scale. `migrateScan` applies every step
 * between the scan's version and the checklist's version, in order, before anything is checked
 * against the current questions. An answer that still has no place afterwards (its question is gone,
 * or its option has no counterpart) is kept aside in `scan.setAside`, with its note and, when known,
 * the old question text: it is never deleted. Plan actions are left exactly as they are, also when the
 * question they came from was removed.
 *
 * Pure and deterministic: the same checklist and scan give the same result, and a scan that is
 * already at the current version with answers that all fit comes back unchanged (the same object),
 * so running it on every open costs nothing and changes nothing.
 */
import type { Checklist, Migration, MigrationChange, Question } from '../content/checklist-schema.ts';
import type { Answer, Scan, SetAsideAnswer } from './scan.ts';
import { LIMITS } from './scan-limits.ts';
import { answerChoices, questionText } from './scope.ts';

export type MigrationResult =
	| {
			ok: true;
			/** The scan at the checklist's version; the same object as the input when nothing changed. */
			scan: Scan;
			/** Keys in `scan.setAside` of the answers this run kept aside. */
			keptAside: string[];
			/** True when the scan differs from the input and should be saved. */
			changed: boolean;
	  }
	| {
			ok: false;
			/**
			 * 'newer-version': the scan was made with a newer checklist than this app has; 'other-checklist':
			 * it belongs to another checklist. In both cases nothing is changed.
			 */
			reason: 'newer-version' | 'other-checklist';
			scan: Scan;
			keptAside: [];
			changed: false;
	  };

/** An answer together with the question id it had in the scan's own version. */
interface Held {
	originId: string;
	answer: Answer;
	/** The value as the user chose it, when a step translated it to another option. */
	originalValue?: string | null;
}

/** Compares two versions "1.2.3"; null when either is not of that form. */
export function compareVersions(a: string, b: string): number | null {
	const parse = (version: string): number[] | null => {
		const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
		return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
	};
	const left = parse(a);
	const right = parse(b);
	if (!left || !right) return null;
	for (let i = 0; i < 3; i++) {
		const difference = (left[i] ?? 0) - (right[i] ?? 0);
		if (difference !== 0) return Math.sign(difference);
	}
	return 0;
}

/**
 * The version steps a scan at `version` goes through to reach the checklist's version, oldest first:
 * every step that ends after `version` and not after the checklist's version. A version between two
 * steps (for example 1.0.1, a text-only release) needs no step of its own: ids only change where a
 * step says so. A version that is not of the form 1.2.3 gets no steps.
 */
export function migrationSteps(checklist: Checklist, version: string): Migration[] {
	if (compareVersions(version, checklist.version) === null) return [];
	return (checklist.migrations ?? [])
		.filter(
			(step) =>
				(compareVersions(step.to, version) ?? 0) > 0 && (compareVersions(step.to, checklist.version) ?? 1) <= 0
		)
		.sort((a, b) => compareVersions(a.to, b.to) ?? 0);
}

/** Old question ids a change takes its answers from. */
export function sourcesOf(change: MigrationChange): string[] {
	switch (change.kind) {
		case 'merged':
			return [...change.questions];
		default:
			return [change.question];
	}
}

/** A copy of the answer with its option translated; null when the map has no entry for it. */
function recode(held: Held, map: Readonly<Record<string, string>> | undefined): Held | null {
	const value = held.answer.value;
	// "Weet ik niet", "Niet van toepassing" and a skipped question mean the same on every scale.
	if (!map || value === null || value.startsWith('special:')) return held;
	if (!Object.hasOwn(map, value)) return null;
	const next = map[value] as string;
	if (next === value) return held;
	return { originId: held.originId, answer: { ...held.answer, value: next }, originalValue: held.originalValue ?? value };
}

/** The later of two ISO timestamps (they sort as text). */
function later(a: string, b: string): string {
	return a >= b ? a : b;
}

interface StepContext {
	questions: ReadonlyMap<string, Question>;
	checklist: Checklist;
	keepAside: (held: Held) => void;
}

/** The score of an option on the current checklist's question, or null (special answers, unknown question). */
function scoreOn(context: StepContext, questionId: string, value: string | null): number | null {
	const question = context.questions.get(questionId);
	if (!question || value === null) return null;
	const option = context.checklist.scales[question.scale]?.options.find((candidate) => candidate.id === value);
	return option ? option.score : null;
}

/**
 * One answer from several: by `rule`, the lowest score (on the new question's scale; answers without
 * a score only count when none has one) or the first question in the listed order that has an
 * answer. The notes are joined, so the user's explanations all stay; if they do not fit in one note,
 * the winner keeps its own note and the other answers with a note are kept aside.
 */
function merge(
	list: Held[],
	change: Extract<MigrationChange, { kind: 'merged' }>,
	context: StepContext
): Held {
	const answered = list.filter((held) => held.answer.value !== null);
	let winner = answered[0] ?? list[0]!;
	if (change.rule === 'lowest-score') {
		let best: number | null = null;
		for (const held of answered) {
			const score = scoreOn(context, change.into, held.answer.value);
			if (score !== null && (best === null || score < best)) {
				best = score;
				winner = held;
			}
		}
	}
	const notes = list.map((held) => held.answer.note).filter((note) => note.trim() !== '');
	let note = notes.join('\n\n');
	if (note.length > LIMITS.note) {
		note = winner.answer.note;
		for (const held of list) if (held !== winner && held.answer.note.trim() !== '') context.keepAside(held);
	}
	const updatedAt = list.map((held) => held.answer.updatedAt).reduce(later);
	const merged: Held = { originId: winner.originId, answer: { value: winner.answer.value, note, updatedAt } };
	if (winner.originalValue !== undefined) merged.originalValue = winner.originalValue;
	return merged;
}

/**
 * Applies one version step. Every change reads the answers as they were before the step, so two
 * questions can even swap ids. When two answers end up on one question, the newer one (by
 * `updatedAt`) stays and the other is kept aside.
 */
function applyStep(step: Migration, input: ReadonlyMap<string, Held>, context: StepContext): Map<string, Held> {
	const consumed = new Set(step.changes.flatMap(sourcesOf));
	const output = new Map<string, Held>();
	const put = (id: string, held: Held): void => {
		const there = output.get(id);
		if (!there) output.set(id, held);
		else if (held.answer.updatedAt > there.answer.updatedAt) {
			context.keepAside(there);
			output.set(id, held);
		} else context.keepAside(held);
	};

	for (const [id, held] of input) if (!consumed.has(id)) put(id, held);

	for (const change of step.changes) {
		switch (change.kind) {
			case 'renamed': {
				const held = input.get(change.question);
				if (!held) break;
				const moved = recode(held, change.options);
				if (moved) put(change.to, moved);
				else context.keepAside(held);
				break;
			}
			case 'split': {
				const held = input.get(change.question);
				if (!held) break;
				let placed = false;
				for (const target of change.into) {
					const copy = recode(held, target.options);
					if (copy) {
						put(target.question, copy);
						placed = true;
					}
				}
				if (!placed) context.keepAside(held);
				break;
			}
			case 'merged': {
				const list: Held[] = [];
				for (const id of change.questions) {
					const held = input.get(id);
					if (!held) continue;
					const moved = recode(held, change.options);
					if (moved) list.push(moved);
					else context.keepAside(held);
				}
				if (list.length > 0) put(change.into, merge(list, change, context));
				break;
			}
			case 'removed': {
				const held = input.get(change.question);
				if (held) context.keepAside(held);
				break;
			}
			case 'options': {
				const held = input.get(change.question);
				if (!held) break;
				const moved = recode(held, change.options);
				if (moved) put(change.question, moved);
				else context.keepAside(held);
				break;
			}
		}
	}
	return output;
}

/** A key for `setAside` that is not taken yet: the question id, or the id with the version and a number. */
function freeKey(taken: ReadonlySet<string>, questionId: string, version: string): string {
	if (!taken.has(questionId)) return questionId;
	const base = `${questionId}@${version}`;
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}~${n}`)) return `${base}~${n}`;
}

function sameAnswers(a: Readonly<Record<string, Answer>>, b: Readonly<Record<string, Answer>>): boolean {
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/**
 * Brings a scan to the checklist's version. See the top of this file for the rules.
 *
 * Refused (nothing changed) when the scan belongs to another checklist, or was made with a newer
 * version of this checklist than the app has: its answers may use ids this version does not know
 * yet, and keeping them aside would take them away from the newer app.
 */
export function migrateScan(checklist: Checklist, scan: Scan): MigrationResult {
	if (scan.checklistId !== checklist.id) return { ok: false, reason: 'other-checklist', scan, keptAside: [], changed: false };
	const order = compareVersions(scan.checklistVersion, checklist.version);
	if (order !== null && order > 0) return { ok: false, reason: 'newer-version', scan, keptAside: [], changed: false };

	const fromVersion = scan.checklistVersion;
	const steps = migrationSteps(checklist, fromVersion);
	const questions = new Map(checklist.themes.flatMap((theme) => theme.questions.map((question) => [question.id, question] as const)));

	/** Old texts and labels the steps provide, for showing a kept-aside answer. */
	const previous = (questionId: string): { text?: string; labels?: Readonly<Record<string, string>> } => {
		for (const step of steps) {
			if (step.previous && Object.hasOwn(step.previous, questionId)) return step.previous[questionId] ?? {};
		}
		return {};
	};

	const setAside: Record<string, SetAsideAnswer> = Object.fromEntries(Object.entries(scan.setAside ?? {}));
	const taken = new Set(Object.keys(setAside));
	const keptAside: string[] = [];
	const keepAside = (held: Held): void => {
		const key = freeKey(taken, held.originId, fromVersion);
		taken.add(key);
		keptAside.push(key);
		const old = previous(held.originId);
		const current = questions.get(held.originId);
		const text = old.text ?? (current ? questionText(current, scan.profile.phase) : undefined);
		// The option as the user chose it, with the note as it stands now (merged notes included).
		const value = held.originalValue !== undefined ? held.originalValue : held.answer.value;
		const label = value !== null && old.labels && Object.hasOwn(old.labels, value) ? old.labels[value] : undefined;
		const entry: SetAsideAnswer = {
			questionId: held.originId,
			value,
			note: held.answer.note,
			updatedAt: held.answer.updatedAt,
			fromVersion,
			...(text !== undefined ? { questionText: text } : {}),
			...(label !== undefined ? { answerLabel: label } : {})
		};
		Object.defineProperty(setAside, key, { value: entry, enumerable: true, configurable: true, writable: true });
	};
	const context: StepContext = { questions, checklist, keepAside };

	let held = new Map<string, Held>(
		Object.entries(scan.answers).map(([id, answer]) => [id, { originId: id, answer }] as const)
	);
	for (const step of steps) held = applyStep(step, held, context);

	// Whatever does not fit the current questions is kept aside, never dropped.
	const kept: [string, Answer][] = [];
	for (const [id, entry] of held) {
		const question = questions.get(id);
		const value = entry.answer.value;
		const fits =
			question !== undefined &&
			(value === null || answerChoices(checklist, question).some((choice) => choice.value === value));
		if (fits) kept.push([id, entry.answer]);
		else keepAside(entry);
	}
	const answers: Record<string, Answer> = Object.fromEntries(kept);

	const changed =
		keptAside.length > 0 || scan.checklistVersion !== checklist.version || !sameAnswers(answers, scan.answers);
	if (!changed) return { ok: true, scan, keptAside, changed: false };
	return {
		ok: true,
		scan: { ...scan, checklistVersion: checklist.version, answers, setAside },
		keptAside,
		changed: true
	};
}
