/**
 * The outcome of scoring a scan (see `scoring.ts`). Plain data, used by the results page,
 * the action plan and the PDF.
 */

/** Score of one maturity theme (kind do or extra). */
export interface ThemeScore {
	themeId: string;
	title: string;
	kind: 'do' | 'extra';
	/** How much this theme counts in the overall percentage (the content's `weight`, default 1). */
	weight: number;
	/**
	 * Mean score as a percentage of the scale's top (0–100) over the counted answers (scale options and
	 * "Weet ik niet", which counts as 0), or null when nothing was counted yet.
	 */
	percent: number | null;
	/** Questions in scope for this scan (mode and phase applied). */
	inScope: number;
	/** Questions answered with a scale option (counted in the score). */
	scored: number;
	/** Questions answered "Weet ik niet". */
	unknown: number;
	/** Questions answered "Niet van toepassing". */
	notApplicable: number;
	/** Questions not answered (skipped or not reached). */
	open: number;
	/** Share of the counted answers that is "Weet ik niet" (0–100, rounded), or null when nothing was counted. */
	unknownPercent: number | null;
	/** True when so much is unknown that the percentage says little (the content's `uncertainUnknownPercent`). */
	uncertain: boolean;
}

/** A "don't" that is (partly) happening. */
export interface RiskFlag {
	themeId: string;
	questionId: string;
	/** The question text as shown to the user (phase applied). */
	text: string;
	/** The option id chosen, e.g. 'ja' or 'soms'. */
	optionId: string;
	optionLabel: string;
	/** 'high' for the lowest option of the risk scale, 'medium' for the others below the top. */
	severity: 'high' | 'medium';
}

/** A risk question answered "Weet ik niet": the pitfall may be happening. */
export interface UnknownRisk {
	themeId: string;
	questionId: string;
	text: string;
}

/** A question answered "Weet ik niet". */
export interface KnowledgeGap {
	themeId: string;
	questionId: string;
	text: string;
}

/** A cap from the content that limited the level. */
export interface AppliedCap {
	capId: string;
	maxLevelId: string;
	reason: string;
}

export interface ScanResults {
	/** Mean of the theme percentages that have a score, weighted by theme weight; null if none. */
	overallPercent: number | null;
	/** True when "Weet ik niet" makes up too much of all counted maturity answers (see `ThemeScore.uncertain`). */
	uncertain: boolean;
	/** Share of all counted maturity answers that is "Weet ik niet" (0–100, rounded), or null. */
	unknownPercent: number | null;
	/** Level reached by the percentage alone. */
	uncappedLevelId: string | null;
	/** Level after caps; null when nothing scorable was answered yet. */
	levelId: string | null;
	appliedCaps: AppliedCap[];
	themes: ThemeScore[];
	riskFlags: RiskFlag[];
	/** Risk questions answered "Weet ik niet". */
	unknownRisks: UnknownRisk[];
	/** Risk questions answered with the top option ("nee"). */
	risksClear: number;
	/** Maturity themes at or above the content's strength threshold (`scoring.strengthPercent`). */
	strengths: ThemeScore[];
	knowledgeGaps: KnowledgeGap[];
	/** Counts over the whole scan, for "what is missing". */
	progress: { inScope: number; answered: number; open: number };
	/** Question ids in scope that have no answer yet. */
	openQuestionIds: string[];
	complete: boolean;
}
