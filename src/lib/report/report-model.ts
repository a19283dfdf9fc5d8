/**
 * The content of the PDF report, as plain data.
 *
 * `buildReportModel` decides *what* the report says (texts, labels, order); `render-report.ts`
 * only decides *where* it goes on the page. Keeping the two apart means the wording can be tested
 * without a PDF, and the layout never has to know about checklists, scopes or scoring rules.
 *
 * Pure: no clock, no I/O. The generation date comes in as a string.
 */
import type { Checklist, Horizon, Question } from '../content/checklist-schema.ts';
import type { ScanResults } from '../domain/results-types.ts';
import type { ActionStatus, Scan, ScanMode } from '../domain/scan.ts';
import { answerLabel, questionsInScope, questionText } from '../domain/scope.ts';
import { formatDate, formatPercent } from '../i18n/format.ts';
import type { Language, Messages } from '../i18n/messages.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { buildWorkshopSection, type WorkshopReportSection } from './workshop-section.ts';
import { buildProgressSection, type ProgressReportSection } from './progress-section.ts';

/**
 * The words of the report: the app's catalogue in one language. Risk levels, action statuses, horizons and
 * scan types are the screen's own keys, so the PDF uses the same words as the screen.
 */
export interface ReportLanguage {
	language: Language;
	messages: Messages;
}

/** The labels the PDF uses for risk levels, action statuses and horizons, read from the catalogue. */
export function reportLabels(messages: Messages) {
	return {
		severity: { high: messages.results.riskHigh, medium: messages.results.riskMedium, unknown: messages.results.unknownRisk },
		status: messages.plan.status,
		horizon: messages.plan.horizon,
		scanType: messages.scanType
	};
}

/** One label/value line on the cover (empty profile fields are left out). */
export interface CoverField {
	label: string;
	value: string;
}

/** One bar of the theme-score chart (maturity themes only). */
export interface ThemeBar {
	title: string;
	/** 0–100, or null when nothing scorable was answered. */
	percent: number | null;
	/** '62%' or 'nog geen antwoord'. */
	label: string;
	/** 'Weet ik niet: 2 van 4' (with '– onzeker' when too much is unknown), or null when nothing is unknown. */
	note: string | null;
}

/** A risk flag as listed in the summary. */
export interface RiskItem {
	/** 'unknown' for a risk question answered "Weet ik niet": the pitfall may be happening. */
	severity: 'high' | 'medium' | 'unknown';
	severityLabel: string;
	text: string;
	answer: string;
}

/** One action of the plan, with every field already formatted for print. */
export interface PlanRow {
	/** 1-based position, as text. */
	number: string;
	title: string;
	owner: string;
	deadline: string;
	horizon: string;
	status: string;
	why: string;
	firstStep: string;
}

/** One question in scope with its answer, for the answers section. */
export interface AnswerItem {
	text: string;
	answer: string;
	/** Set when this answer raised a risk flag, e.g. 'Hoog risico'. */
	riskLabel: string | null;
	/** The user's toelichting, trimmed; '' when none. */
	note: string;
}

/** A theme in the answers section. */
export interface ThemeSection {
	title: string;
	/** 'Score: 62%' for maturity themes, '1 risico gesignaleerd' for don'ts. */
	subtitle: string;
	answers: AnswerItem[];
}

/** A source in the sources list. */
export interface SourceItem {
	title: string;
	/** '' when the source names no publisher. */
	publisher: string;
	/** Null when the source gives no date. */
	year: number | null;
	/** 'Publisher, 2022', the publisher or the year alone, or '' when the source gives neither. */
	citation: string;
	url: string;
}

/** Everything the report shows, in reading order. */
export interface ReportModel {
	/** Document title (metadata and cover). Contains the organisation name. */
	documentTitle: string;
	organisation: string;
	footerText: string;
	cover: {
		title: string;
		subtitle: string;
		lead: string;
		organisation: string;
		fields: CoverField[];
		privacy: string;
	};
	summary: {
		levelLabel: string;
		levelDescription: string;
		/** 'Gemiddelde score …: 62%', or null without a score. */
		overall: string | null;
		/** Said when the result is uncertain because too much is "Weet ik niet", else null. */
		uncertain: string | null;
		/** Said when caps hold the level below what the score reaches, else null. */
		capNote: string | null;
		/** Progress sentence ('Voorlopig resultaat: …' or 'Alle … beantwoord'). */
		progress: string;
		provisional: boolean;
		themeBars: ThemeBar[];
		risks: RiskItem[];
		caps: string[];
		knowledgeGapCount: number;
		/** Sentence about the knowledge gaps, or null when there are none. */
		knowledgeGaps: string | null;
	};
	plan: {
		intro: string;
		rows: PlanRow[];
	};
	themes: ThemeSection[];
	/** The werksessie a group's scan came from, while it is still on the device; else null. */
	workshop: WorkshopReportSection | null;
	/** What changed since the earlier scan this scan repeats (`scan.repeatOf`), while that scan is on the device; else null. */
	progress: ProgressReportSection | null;
	sources: SourceItem[];
	/** The report's language and its fixed words (headings, captions), for the layout. */
	language: Language;
	appName: string;
	text: Messages['report'];
}

function orDash(value: string, text: Messages['report']): string {
	const trimmed = value.trim();
	return trimmed === '' ? text.noValue : trimmed;
}

/** The label of the answer given to a question; 'Niet beantwoord' when open or no longer valid. */
function answerText(checklist: Checklist, question: Question, value: string | null | undefined, text: Messages['report']): string {
	if (value === null || value === undefined) return text.notAnswered;
	return answerLabel(checklist, question, value) ?? text.notAnswered;
}

/**
 * Builds the report model.
 *
 * `results` must be `scoreScan(checklist, scan)`. `generatedAt` is an ISO date or local
 * date-time; its calendar date is printed on the cover.
 */
export function buildReportModel(
	checklist: Checklist,
	scan: Scan,
	results: ScanResults,
	generatedAt: string,
	{ language, messages }: ReportLanguage,
	workshop: Workshop | null = null,
	earlier: Scan | null = null
): ReportModel {
	const REPORT_TEXT = messages.report;
	const labels = reportLabels(messages);
	const percent = (value: number): string => formatPercent(value, language);
	const { profile, mode } = scan;
	const organisation = profile.organisation.trim() || REPORT_TEXT.unknownOrganisation;
	const percentOrNull = (value: number | null): string | null => (value === null ? null : percent(value));
	const levelLabelOf = (id: string | null): string | null =>
		checklist.levels.find((level) => level.id === id)?.label ?? null;

	// --- cover -------------------------------------------------------------------------------
	const fields: CoverField[] = [];
	const addField = (label: string, value: string): void => {
		if (value.trim() !== '') fields.push({ label, value: value.trim() });
	};
	const f = REPORT_TEXT.coverFields;
	addField(f.date, formatDate(generatedAt, language));
	addField(f.filledInBy, profile.filledInBy);
	addField(f.role, profile.role);
	addField(f.scanType, labels.scanType[mode]);
	addField(f.phase, checklist.phases.find((phase) => phase.id === profile.phase)?.label ?? '');
	addField(
		f.focusAreas,
		profile.focusAreas
			.map((id) => checklist.focusAreas.find((area) => area.id === id)?.label)
			.filter((label): label is string => label !== undefined)
			.join(', ')
	);
	addField(
		f.version,
		scan.checklistVersion === checklist.version
			? checklist.version
			: REPORT_TEXT.versionMismatch(scan.checklistVersion, checklist.version)
	);

	// --- summary -----------------------------------------------------------------------------
	const level = checklist.levels.find((candidate) => candidate.id === results.levelId) ?? null;
	const { answered, inScope } = results.progress;
	const severityRank: Record<RiskItem['severity'], number> = { high: 0, medium: 1, unknown: 2 };
	const risks: RiskItem[] = [
		...results.riskFlags.map((flag) => ({
			severity: flag.severity,
			severityLabel: labels.severity[flag.severity],
			text: flag.text,
			answer: REPORT_TEXT.riskAnswer(flag.optionLabel)
		})),
		...results.unknownRisks.map((risk) => ({
			severity: 'unknown' as const,
			severityLabel: labels.severity.unknown,
			text: risk.text,
			answer: REPORT_TEXT.riskAnswer(checklist.special.unknown.label)
		}))
	]
		// High risks first, then the others, then the unknown ones; content order otherwise (sort is stable).
		.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
	const weighted = new Set(results.themes.map((theme) => theme.weight)).size > 1;
	const gapCount = results.knowledgeGaps.length;

	// --- action plan -------------------------------------------------------------------------
	const rows: PlanRow[] = (scan.plan?.actions ?? []).map((action, index) => ({
		number: String(index + 1),
		title: action.title.trim(),
		owner: orDash(action.owner, REPORT_TEXT),
		// The same date as on screen ('31 maart 2027'), so the plan reads alike everywhere.
		deadline: formatDate(action.deadline, language) || '–',
		horizon: labels.horizon[action.horizon] ?? REPORT_TEXT.noValue,
		status: labels.status[action.status] ?? REPORT_TEXT.noValue,
		why: action.why.trim(),
		firstStep: action.firstStep.trim()
	}));

	// --- answers per theme -------------------------------------------------------------------
	const flagByQuestion = new Map(results.riskFlags.map((flag) => [flag.questionId, flag]));
	const scoreByTheme = new Map(results.themes.map((theme) => [theme.themeId, theme]));
	const themes: ThemeSection[] = [];
	const citedSourceIds = new Set<string>();
	for (const theme of checklist.themes) {
		const questions = questionsInScope(theme, mode, profile.phase, scan.themes);
		if (questions.length === 0) continue;
		theme.sources.forEach((id) => citedSourceIds.add(id));
		const flags = questions.filter((question) => flagByQuestion.has(question.id)).length;
		themes.push({
			title: theme.title,
			subtitle:
				theme.kind === 'dont'
					? REPORT_TEXT.themeRisks(flags)
					: REPORT_TEXT.themeScore(
							percentOrNull(scoreByTheme.get(theme.id)?.percent ?? null),
							scoreByTheme.get(theme.id)?.uncertain ?? false
						),
			answers: questions.map((question) => {
				question.sources.forEach((id) => citedSourceIds.add(id));
				const answer = scan.answers[question.id];
				const flag = flagByQuestion.get(question.id);
				return {
					text: questionText(question, profile.phase),
					answer: answerText(checklist, question, answer?.value, REPORT_TEXT),
					riskLabel: flag ? labels.severity[flag.severity] : null,
					note: answer?.note.trim() ?? ''
				};
			})
		});
	}

	// --- sources -----------------------------------------------------------------------------
	// Only the sources behind what the report shows (themes, questions in scope, proposed actions),
	// in the checklist's order; all of them if nothing is cited.
	const actionSources = new Map(
		checklist.themes.flatMap((theme) =>
			theme.questions.flatMap((question) => question.actions.map((action) => [action.id, action.sources] as const))
		)
	);
	for (const action of scan.plan?.actions ?? []) {
		if (action.sourceActionId) actionSources.get(action.sourceActionId)?.forEach((id) => citedSourceIds.add(id));
	}
	const cited = checklist.sources.filter((source) => citedSourceIds.has(source.id));
	const sources: SourceItem[] = (cited.length > 0 ? cited : checklist.sources).map((source) => ({
		title: source.title,
		publisher: source.publisher ?? '',
		year: source.year ?? null,
		citation: [source.publisher, source.year].filter((part) => part !== undefined).join(', '),
		url: source.url ?? ''
	}));

	return {
		documentTitle: REPORT_TEXT.documentTitle(organisation),
		organisation,
		footerText: REPORT_TEXT.footer(organisation),
		cover: {
			title: REPORT_TEXT.title,
			subtitle: checklist.title,
			lead: REPORT_TEXT.coverLead,
			organisation,
			fields,
			privacy: REPORT_TEXT.coverPrivacy
		},
		summary: {
			levelLabel: level?.label ?? REPORT_TEXT.noLevel,
			levelDescription: level?.description ?? REPORT_TEXT.noLevelDescription,
			overall:
				results.overallPercent === null
					? null
					: weighted
						? REPORT_TEXT.overallWeighted(percent(results.overallPercent))
						: REPORT_TEXT.overall(percent(results.overallPercent)),
			uncertain:
				results.uncertain && results.unknownPercent !== null ? REPORT_TEXT.uncertain(percent(results.unknownPercent)) : null,
			capNote: results.appliedCaps.length > 0 ? REPORT_TEXT.capNote : null,
			progress: results.complete ? REPORT_TEXT.complete(inScope) : REPORT_TEXT.provisional(answered, inScope),
			provisional: !results.complete,
			themeBars: results.themes.map((theme) => ({
				title: theme.title,
				percent: theme.percent,
				label: theme.percent === null ? REPORT_TEXT.noScore : percent(theme.percent),
				note: theme.unknown > 0 ? REPORT_TEXT.barNote(theme.unknown, theme.scored + theme.unknown, theme.uncertain) : null
			})),
			risks,
			caps: results.appliedCaps.map((cap) =>
				REPORT_TEXT.capLine(levelLabelOf(cap.maxLevelId) ?? cap.maxLevelId, cap.reason)
			),
			knowledgeGapCount: gapCount,
			knowledgeGaps: gapCount > 0 ? REPORT_TEXT.gaps(gapCount) : null
		},
		plan: {
			intro: rows.length > 0 ? REPORT_TEXT.planIntro(rows.length) : REPORT_TEXT.planEmpty,
			rows
		},
		themes,
		// Only the workshop this scan was settled from, never another one.
		workshop: workshop && scan.workshop?.workshopId === workshop.id ? buildWorkshopSection(checklist, workshop, { language, messages }) : null,
		progress: earlier ? buildProgressSection(checklist, earlier, scan, { language, messages }) : null,
		sources,
		language,
		appName: messages.appName,
		text: REPORT_TEXT
	};
}
