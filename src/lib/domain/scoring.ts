/**
 * Scoring: turns a scan's answers into results (theme percentages, level, risk flags, gaps).
 *
 * Pure and deterministic: no clock, no I/O, no randomness. Every rule is driven by the content
 * (scales, levels, caps, theme kinds and weights, the `scoring` thresholds); nothing here knows a
 * theme or question by id. checklists/README.md explains the rules to content editors.
 *
 * Rules in short:
 * - Only questions in scope for the scan's mode, phase and chosen themes count (`isInScope`, `scan.themes`).
 * - Maturity themes (kind `do` / `extra`, scales maturity, yesno and count): mean of score ÷ top
 *   score over the counted answers. "Weet ik niet" counts as the lowest score (0), so not knowing
 *   never makes a theme look better than the lowest answer. "Niet van toepassing" is left out.
 * - A theme is uncertain when "Weet ik niet" makes up at least `uncertainUnknownPercent` of its
 *   counted answers; the overall result is uncertain when it does over all maturity themes together.
 * - Overall percentage: the mean of the theme percentages, weighted by each theme's `weight`.
 * - Don'ts (kind `dont`) are never averaged: every answer below the top is a risk flag, and
 *   "Weet ik niet" is an unknown risk.
 * - Level: from the overall percentage, then lowered by every cap whose condition holds.
 */
import type { Checklist, Level, Question, ScaleOption, Theme } from '../content/checklist-schema.ts';
import type { AppliedCap, KnowledgeGap, RiskFlag, ScanResults, ThemeScore, UnknownRisk } from './results-types.ts';
import type { Scan } from './scan.ts';
import { NOT_APPLICABLE, UNKNOWN } from './scan.ts';
import { answerLabel, isInScope, isThemeInScope, questionsInScope, questionText, scaleOf, topScore } from './scope.ts';

/** The scoring thresholds used when a checklist does not set its own `scoring`. */
export const DEFAULT_SCORING = { strengthPercent: 75, uncertainUnknownPercent: 30 } as const;

/** The scoring thresholds of a checklist (its own, or the defaults). */
export function scoringRules(checklist: Checklist): { strengthPercent: number; uncertainUnknownPercent: number } {
	return checklist.scoring ?? DEFAULT_SCORING;
}

/** How much a maturity theme counts in the overall percentage; 1 when the content sets none. */
export function themeWeight(theme: Theme): number {
	return theme.weight ?? 1;
}

/** True when `unknown` of `counted` answers reaches the share that makes a result uncertain. */
function isUncertain(unknown: number, counted: number, thresholdPercent: number): boolean {
	return counted > 0 && unknown > 0 && (unknown / counted) * 100 >= thresholdPercent;
}

/**
 * How one question was answered, after checking the value against the question's choices.
 * - `option`: a scale option (scored).
 * - `unknown`: "Weet ik niet".
 * - `na`: "Niet van toepassing".
 * - `open`: no answer, or a value that is not a valid choice for this question.
 */
export type AnswerState =
	| { kind: 'option'; option: ScaleOption }
	| { kind: 'unknown' }
	| { kind: 'na' }
	| { kind: 'open' };

/**
 * Reads the answer to a question. A value that the question does not offer (for example a stale
 * answer after the content changed, or "Niet van toepassing" on a question that no longer allows
 * it) counts as open: the question is asked again instead of being scored on something the user
 * can no longer see or choose.
 */
export function answerState(checklist: Checklist, question: Question, value: string | null | undefined): AnswerState {
	if (value === null || value === undefined) return { kind: 'open' };
	if (answerLabel(checklist, question, value) === null) return { kind: 'open' };
	if (value === UNKNOWN) return { kind: 'unknown' };
	if (value === NOT_APPLICABLE) return { kind: 'na' };
	const option = scaleOf(checklist, question).options.find((candidate) => candidate.id === value);
	return option ? { kind: 'option', option } : { kind: 'open' };
}

/** The score of the chosen option, or null for "Weet ik niet", "Niet van toepassing", no answer or an invalid value. */
export function answerScore(checklist: Checklist, question: Question, value: string | null | undefined): number | null {
	const state = answerState(checklist, question, value);
	return state.kind === 'option' ? state.option.score : null;
}

/** The level with this id, or null if the checklist has no such level. */
export function levelById(checklist: Checklist, id: string | null | undefined): Level | null {
	if (id === null || id === undefined) return null;
	return checklist.levels.find((level) => level.id === id) ?? null;
}

/**
 * Index of the highest level whose `minPercent` is at most `percent`. The validator makes the
 * first level start at 0, so every percentage reaches at least level 0.
 */
function levelIndexFor(checklist: Checklist, percent: number): number {
	let reached = 0;
	checklist.levels.forEach((level, index) => {
		if (level.minPercent <= percent) reached = index;
	});
	return reached;
}

/** Finds a question and its theme by id. */
function findQuestion(checklist: Checklist, questionId: string): { theme: Theme; question: Question } | null {
	for (const theme of checklist.themes) {
		const question = theme.questions.find((candidate) => candidate.id === questionId);
		if (question) return { theme, question };
	}
	return null;
}

/**
 * Scores a scan. Works on partial scans: results cover what is answered, and `progress`,
 * `openQuestionIds` and `complete` say what is missing.
 *
 * Percentages are kept unrounded while averaging and rounded (Math.round) only when exposed.
 * The level is looked up with the rounded overall percentage, so the percentage a user sees and
 * the level shown next to it never contradict each other (74.6 shows as 75% and reaches a level
 * that starts at 75).
 */
export function scoreScan(checklist: Checklist, scan: Scan): ScanResults {
	const { mode } = scan;
	const { phase } = scan.profile;
	const valueOf = (question: Question): string | null | undefined => scan.answers[question.id]?.value;

	const rules = scoringRules(checklist);
	const themes: ThemeScore[] = [];
	const weightedPercents: { percent: number; weight: number }[] = [];
	let countedTotal = 0;
	let unknownTotal = 0;
	const riskFlags: RiskFlag[] = [];
	const unknownRisks: UnknownRisk[] = [];
	const knowledgeGaps: KnowledgeGap[] = [];
	const openQuestionIds: string[] = [];
	let risksClear = 0;
	let inScopeTotal = 0;

	for (const theme of checklist.themes) {
		const questions = questionsInScope(theme, mode, phase, scan.themes);
		// A theme with no question in this scan (all hidden by phase or mode) has nothing to say,
		// so it is left out of `themes` rather than shown as an empty score.
		if (questions.length === 0) continue;
		inScopeTotal += questions.length;

		let ratioSum = 0;
		let scored = 0;
		let unknown = 0;
		let notApplicable = 0;
		let open = 0;

		for (const question of questions) {
			const state = answerState(checklist, question, valueOf(question));
			switch (state.kind) {
				case 'open':
					open++;
					openQuestionIds.push(question.id);
					break;
				case 'unknown':
					unknown++;
					knowledgeGaps.push({ themeId: theme.id, questionId: question.id, text: questionText(question, phase) });
					// Not knowing whether a pitfall happens is itself a risk; not knowing whether something is
					// arranged counts as the lowest answer (its ratio adds 0 to the sum).
					if (theme.kind === 'dont') unknownRisks.push({ themeId: theme.id, questionId: question.id, text: questionText(question, phase) });
					break;
				case 'na':
					notApplicable++;
					break;
				case 'option': {
					scored++;
					const scale = scaleOf(checklist, question);
					const top = topScore(scale);
					if (theme.kind === 'dont') {
						if (state.option.score >= top) {
							risksClear++;
						} else {
							const lowest = Math.min(...scale.options.map((option) => option.score));
							riskFlags.push({
								themeId: theme.id,
								questionId: question.id,
								text: questionText(question, phase),
								optionId: state.option.id,
								optionLabel: state.option.label,
								severity: state.option.score <= lowest ? 'high' : 'medium'
							});
						}
					} else {
						// A scale whose top is 0 is meaningless content; it scores 0 rather than NaN.
						ratioSum += top > 0 ? state.option.score / top : 0;
					}
					break;
				}
			}
		}

		// Don'ts are never averaged into anything: they only produce flags and `risksClear`.
		if (theme.kind === 'dont') continue;

		const counted = scored + unknown;
		const weight = themeWeight(theme);
		const rawPercent = counted > 0 ? (ratioSum / counted) * 100 : null;
		if (rawPercent !== null) weightedPercents.push({ percent: rawPercent, weight });
		countedTotal += counted;
		unknownTotal += unknown;
		themes.push({
			themeId: theme.id,
			title: theme.title,
			kind: theme.kind,
			weight,
			percent: rawPercent === null ? null : Math.round(rawPercent),
			inScope: questions.length,
			scored,
			unknown,
			notApplicable,
			open,
			unknownPercent: counted > 0 ? Math.round((unknown / counted) * 100) : null,
			uncertain: isUncertain(unknown, counted, rules.uncertainUnknownPercent)
		});
	}

	const weightSum = weightedPercents.reduce((sum, entry) => sum + entry.weight, 0);
	const overallPercent =
		weightSum > 0
			? Math.round(weightedPercents.reduce((sum, entry) => sum + entry.percent * entry.weight, 0) / weightSum)
			: null;

	let uncappedLevelId: string | null = null;
	let levelId: string | null = null;
	const appliedCaps: AppliedCap[] = [];

	if (overallPercent !== null) {
		const uncappedIndex = levelIndexFor(checklist, overallPercent);
		let finalIndex = uncappedIndex;
		for (const cap of checklist.caps) {
			const maxIndex = checklist.levels.findIndex((level) => level.id === cap.maxLevel);
			if (maxIndex < 0) continue; // unknown level: rejected by the validator, ignored here
			if (!capHolds(checklist, scan, cap.when, riskFlags.length > 0, unknownRisks.length > 0)) continue;
			finalIndex = Math.min(finalIndex, maxIndex);
			// Only caps that actually limit the level are reported. A cap whose maximum is at or above
			// the level the percentage reaches changes nothing, and "your level is limited to X" would
			// confuse a user who is below X anyway. When several caps limit the level, all of them are
			// listed (content order): fixing only the strictest one would not lift the level.
			if (maxIndex < uncappedIndex) {
				appliedCaps.push({ capId: cap.id, maxLevelId: cap.maxLevel, reason: cap.reason });
			}
		}
		uncappedLevelId = checklist.levels[uncappedIndex]?.id ?? null;
		levelId = checklist.levels[finalIndex]?.id ?? null;
	}

	const strengths = themes
		.filter((theme) => theme.percent !== null && theme.percent >= rules.strengthPercent)
		// Array.prototype.sort is stable, so equal percentages keep content order.
		.sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0));

	const open = openQuestionIds.length;
	return {
		overallPercent,
		uncappedLevelId,
		levelId,
		appliedCaps,
		themes,
		uncertain: isUncertain(unknownTotal, countedTotal, rules.uncertainUnknownPercent),
		unknownPercent: countedTotal > 0 ? Math.round((unknownTotal / countedTotal) * 100) : null,
		riskFlags,
		unknownRisks,
		risksClear,
		strengths,
		knowledgeGaps,
		progress: { inScope: inScopeTotal, answered: inScopeTotal - open, open },
		openQuestionIds,
		complete: open === 0
	};
}

/**
 * Whether a cap's condition holds for this scan.
 *
 * `{ question, atMost }` holds when the question is in scope and
 * - it is answered with an option scoring at most the `atMost` option, or
 * - it is answered "Weet ik niet", or
 * - it is not answered (yet).
 * A precondition nobody can confirm counts as missing: a level should not be granted on the
 * strength of a precondition that may not be there. So in a partial scan an unanswered cap
 * question caps the level until it is answered (the UI should call the level provisional while
 * `complete` is false). "Niet van toepassing" does not trigger the cap: the user states the
 * precondition does not apply. A cap question outside the scan's scope (e.g. not in the quick
 * scan) does not trigger it either: we cannot hold against the user what we did not ask.
 *
 * `{ riskFlag: true }` holds when at least one risk flag was raised.
 * `{ unknownRisk: true }` holds when at least one risk question in scope is answered "Weet ik niet".
 */
function capHolds(
	checklist: Checklist,
	scan: Scan,
	when: Checklist['caps'][number]['when'],
	hasRiskFlag: boolean,
	hasUnknownRisk: boolean
): boolean {
	if ('riskFlag' in when) return hasRiskFlag;
	if ('unknownRisk' in when) return hasUnknownRisk;
	const found = findQuestion(checklist, when.question);
	if (!found || !isThemeInScope(found.theme, scan.themes) || !isInScope(found.question, scan.mode, scan.profile.phase)) return false;
	const state = answerState(checklist, found.question, scan.answers[found.question.id]?.value);
	switch (state.kind) {
		case 'open':
		case 'unknown':
			return true;
		case 'na':
			return false;
		case 'option': {
			const limit = scaleOf(checklist, found.question).options.find((option) => option.id === when.atMost);
			return limit !== undefined && state.option.score <= limit.score;
		}
	}
}
