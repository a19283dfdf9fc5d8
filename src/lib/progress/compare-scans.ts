/**
 * Progress between two scans of the same organisation: what changed from the earlier scan to the current
 * one. Used by the progress page, the PDF and the Word document (through the report model).
 *
 * Both scans are first brought to the checklist's current version (`migrateScan`), so a scan of last
 * year's checklist compares question by question with today's. An earlier answer that has no place in
 * today's checklist is not guessed at: it is listed as unmatched.
 *
 * What is compared:
 * - per maturity theme: the score then and now, and the level each score reaches on the checklist's level
 *   scale (the same thresholds as the overall level; caps only apply to the overall level);
 * - the overall score and level then and now (caps included, as on the results page);
 * - the answers that changed: questions both scans ask whose answer now differs from then (a question
 *   not answered yet in the current scan is counted, not listed: it has not changed, it is still open);
 * - risks (a pitfall that happens, or "Weet ik niet" on a pitfall) that appeared or went away;
 * - the earlier plan's actions with their status then, and their status now when the current plan has the
 *   same proposed action.
 *
 * Scans of different organisations can be compared when the user chooses so; `sameOrganisation` says
 * whether they are, so the page can say so. Pure: no clock, no I/O; content texts come from the checklist
 * (so they follow its language); interface words are left to the views.
 */
import type { Checklist, Question, Theme } from '../content/checklist-schema.ts';
import { migrateScan } from '../domain/migrate-answers.ts';
import type { ScanResults } from '../domain/results-types.ts';
import type { ActionStatus, Scan, ScanMode } from '../domain/scan.ts';
import { answerState, scoreScan } from '../domain/scoring.ts';
import { answerLabel, isInScope, isThemeInScope, questionText } from '../domain/scope.ts';

/** A score and the level it reaches. */
export interface ScoreAndLevel {
	/** 0–100, or null when nothing scorable was answered. */
	percent: number | null;
	levelId: string | null;
	levelLabel: string | null;
}

export interface ThemeProgress {
	themeId: string;
	title: string;
	kind: 'do' | 'extra';
	/** Null when the earlier scan did not ask this theme. */
	before: ScoreAndLevel | null;
	/** Null when the current scan does not ask this theme. */
	after: ScoreAndLevel | null;
	/** Percentage points from then to now, when both have a score. */
	change: number | null;
}

/** An answer as shown: the value and its label; both null when the question was not answered. */
export interface ShownAnswer {
	value: string | null;
	label: string | null;
}

export interface ChangedAnswer {
	themeId: string;
	themeTitle: string;
	questionId: string;
	/** The question as the current scan words it (its phase). */
	text: string;
	before: ShownAnswer;
	after: ShownAnswer;
}

export interface RiskChange {
	themeId: string;
	questionId: string;
	text: string;
	/** 'unknown': answered "Weet ik niet", so the pitfall may be happening. */
	severity: 'high' | 'medium' | 'unknown';
	/** The answer that made it a risk (then for a risk that went away, now for one that appeared). */
	answerLabel: string;
}

export interface EarlierAction {
	id: string;
	title: string;
	themeId: string | null;
	owner: string;
	/** YYYY-MM-DD or ''. */
	deadline: string;
	/** The status the earlier plan gave it. */
	status: ActionStatus;
	/** The status of the same proposed action in the current plan, or null when that plan does not have it. */
	statusNow: ActionStatus | null;
}

/** An earlier answer that has no place in today's checklist (its question was removed or changed). */
export interface UnmatchedAnswer {
	questionId: string;
	/** The question's text when the checklist or its migration still knows it. */
	questionText: string | null;
	/** The answer's label when known, else null (then `value` is what was stored). */
	answerLabel: string | null;
	value: string | null;
}

export interface ScanFacts {
	id: string;
	organisation: string;
	mode: ScanMode;
	createdAt: string;
	updatedAt: string;
	/** The version the scan was filled in with (before it was brought to today's version). */
	checklistVersion: string;
	complete: boolean;
	answered: number;
	inScope: number;
}

export interface ScanComparison {
	earlier: ScanFacts;
	current: ScanFacts;
	/** True when the current scan was made as a repeat of the earlier one. */
	linked: boolean;
	/** True when both scans name the same organisation (or are linked). */
	sameOrganisation: boolean;
	overall: { before: ScoreAndLevel; after: ScoreAndLevel };
	themes: ThemeProgress[];
	changedAnswers: ChangedAnswer[];
	/** Questions both scans ask that were answered then and are not answered (yet) now. */
	openNow: number;
	risksAppeared: RiskChange[];
	risksGone: RiskChange[];
	earlierActions: EarlierAction[];
	unmatched: UnmatchedAnswer[];
}

export type CompareResult =
	| { ok: true; comparison: ScanComparison }
	/**
	 * 'same-scan': a scan compared with itself; 'other-checklist': a scan of another checklist;
	 * 'newer-version': a scan made with a newer checklist version than this app has.
	 */
	| { ok: false; reason: 'same-scan' | 'other-checklist' | 'newer-version' };

/** Index of the highest level whose `minPercent` the percentage reaches (as scoring.ts does). */
function levelFor(checklist: Checklist, percent: number | null): { levelId: string | null; levelLabel: string | null } {
	if (percent === null) return { levelId: null, levelLabel: null };
	let reached = checklist.levels[0] ?? null;
	for (const level of checklist.levels) if (level.minPercent <= percent) reached = level;
	return { levelId: reached?.id ?? null, levelLabel: reached?.label ?? null };
}

function overallOf(checklist: Checklist, results: ScanResults): ScoreAndLevel {
	const level = checklist.levels.find((candidate) => candidate.id === results.levelId) ?? null;
	return { percent: results.overallPercent, levelId: level?.id ?? null, levelLabel: level?.label ?? null };
}

function factsOf(scan: Scan, originalVersion: string, results: ScanResults): ScanFacts {
	return {
		id: scan.id,
		organisation: scan.profile.organisation,
		mode: scan.mode,
		createdAt: scan.createdAt,
		updatedAt: scan.updatedAt,
		checklistVersion: originalVersion,
		complete: results.complete,
		answered: results.progress.answered,
		inScope: results.progress.inScope
	};
}

/** An organisation name as people write it differently: case, spaces around and in between. */
function normalisedName(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

function asks(scan: Scan, theme: Theme, question: Question): boolean {
	return isThemeInScope(theme, scan.themes) && isInScope(question, scan.mode, scan.profile.phase);
}

/** The answer as shown, or null/null when open (no answer, skipped, or a value the question does not offer). */
function shown(checklist: Checklist, question: Question, value: string | null | undefined): ShownAnswer {
	if (answerState(checklist, question, value).kind === 'open' || value === null || value === undefined) {
		return { value: null, label: null };
	}
	return { value, label: answerLabel(checklist, question, value) };
}

/** Every risk of a scan, by question id: flags (high, medium) and pitfalls answered "Weet ik niet". */
function risksOf(checklist: Checklist, results: ScanResults): Map<string, RiskChange> {
	const risks = new Map<string, RiskChange>();
	for (const flag of results.riskFlags) {
		risks.set(flag.questionId, {
			themeId: flag.themeId,
			questionId: flag.questionId,
			text: flag.text,
			severity: flag.severity,
			answerLabel: flag.optionLabel
		});
	}
	for (const risk of results.unknownRisks) {
		risks.set(risk.questionId, {
			themeId: risk.themeId,
			questionId: risk.questionId,
			text: risk.text,
			severity: 'unknown',
			answerLabel: checklist.special.unknown.label
		});
	}
	return risks;
}

/**
 * Compares an earlier scan with the current one. Refuses a scan compared with itself, a scan of another
 * checklist, and a scan of a newer checklist version than `checklist` (nothing is guessed).
 */
export function compareScans(checklist: Checklist, earlierScan: Scan, currentScan: Scan): CompareResult {
	if (earlierScan.id === currentScan.id) return { ok: false, reason: 'same-scan' };
	const earlierMigration = migrateScan(checklist, earlierScan);
	const currentMigration = migrateScan(checklist, currentScan);
	if (!earlierMigration.ok) return { ok: false, reason: earlierMigration.reason };
	if (!currentMigration.ok) return { ok: false, reason: currentMigration.reason };
	const earlier = earlierMigration.scan;
	const current = currentMigration.scan;
	const before = scoreScan(checklist, earlier);
	const after = scoreScan(checklist, current);

	// --- themes ----------------------------------------------------------------------------------
	const beforeByTheme = new Map(before.themes.map((theme) => [theme.themeId, theme]));
	const afterByTheme = new Map(after.themes.map((theme) => [theme.themeId, theme]));
	const themes: ThemeProgress[] = [];
	for (const theme of checklist.themes) {
		if (theme.kind === 'dont') continue;
		const then = beforeByTheme.get(theme.id);
		const now = afterByTheme.get(theme.id);
		if (!then && !now) continue;
		const scoreOf = (score: typeof then): ScoreAndLevel | null =>
			score ? { percent: score.percent, ...levelFor(checklist, score.percent) } : null;
		const beforeScore = scoreOf(then);
		const afterScore = scoreOf(now);
		themes.push({
			themeId: theme.id,
			title: theme.title,
			kind: theme.kind,
			before: beforeScore,
			after: afterScore,
			change:
				beforeScore?.percent !== null && beforeScore?.percent !== undefined && afterScore?.percent !== null && afterScore?.percent !== undefined
					? afterScore.percent - beforeScore.percent
					: null
		});
	}

	// --- answers ---------------------------------------------------------------------------------
	const changedAnswers: ChangedAnswer[] = [];
	let openNow = 0;
	for (const theme of checklist.themes) {
		for (const question of theme.questions) {
			if (!asks(earlier, theme, question) || !asks(current, theme, question)) continue;
			const then = shown(checklist, question, earlier.answers[question.id]?.value);
			const now = shown(checklist, question, current.answers[question.id]?.value);
			if (now.value === null) {
				if (then.value !== null) openNow++;
				continue;
			}
			if (now.value === then.value) continue;
			changedAnswers.push({
				themeId: theme.id,
				themeTitle: theme.title,
				questionId: question.id,
				text: questionText(question, current.profile.phase),
				before: then,
				after: now
			});
		}
	}

	// --- risks -----------------------------------------------------------------------------------
	const risksBefore = risksOf(checklist, before);
	const risksAfter = risksOf(checklist, after);
	const openAfter = new Set(after.openQuestionIds);
	const risksAppeared = [...risksAfter.values()].filter((risk) => !risksBefore.has(risk.questionId));
	// A risk has only gone when the current scan answered the question: an open question proves nothing.
	const askedNow = new Set(
		checklist.themes.flatMap((theme) => theme.questions.filter((question) => asks(current, theme, question)).map((question) => question.id))
	);
	const risksGone = [...risksBefore.values()].filter(
		(risk) => !risksAfter.has(risk.questionId) && askedNow.has(risk.questionId) && !openAfter.has(risk.questionId)
	);

	// --- the earlier plan ------------------------------------------------------------------------
	const currentBySource = new Map(
		(current.plan?.actions ?? []).filter((action) => action.sourceActionId !== null).map((action) => [action.sourceActionId, action])
	);
	const earlierActions: EarlierAction[] = (earlier.plan?.actions ?? []).map((action) => ({
		id: action.id,
		title: action.title,
		themeId: action.themeId,
		owner: action.owner,
		deadline: action.deadline,
		status: action.status,
		// Only a proposed action is "the same" in both plans; two own actions "eigen-1" are unrelated.
		statusNow: action.sourceActionId !== null ? (currentBySource.get(action.sourceActionId)?.status ?? null) : null
	}));

	// --- earlier answers without a place today ---------------------------------------------------
	const unmatched: UnmatchedAnswer[] = earlierMigration.keptAside.flatMap((key) => {
		const entry = earlier.setAside?.[key];
		if (!entry) return [];
		return [{ questionId: entry.questionId, questionText: entry.questionText ?? null, answerLabel: entry.answerLabel ?? null, value: entry.value }];
	});

	const linked = currentScan.repeatOf === earlierScan.id;
	return {
		ok: true,
		comparison: {
			earlier: factsOf(earlier, earlierScan.checklistVersion, before),
			current: factsOf(current, currentScan.checklistVersion, after),
			linked,
			sameOrganisation: linked || normalisedName(earlier.profile.organisation) === normalisedName(current.profile.organisation),
			overall: { before: overallOf(checklist, before), after: overallOf(checklist, after) },
			themes,
			changedAnswers,
			openNow,
			risksAppeared,
			risksGone,
			earlierActions,
			unmatched
		}
	};
}
