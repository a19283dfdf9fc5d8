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
import { formatDate, formatPercent, NO_DATE } from '../i18n/format.ts';
import type { Language, Messages } from '../i18n/messages.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { buildWorkshopSection, type WorkshopReportSection } from './workshop-section.ts';
import { buildProgressSection, type ProgressReportSection } from './progress-section.ts';

/**
 * The words of the report: the app's catalogue in one language. Risk levels, action statuses, priorities,
 * horizons, field labels and scan types are the screen's own keys, so the PDF uses the same words as the screen.
 */
export interface ReportLanguage {
	language: Language;
	messages: Messages;
}

/**
 * The labels the report uses for concepts the screen also shows, read from the screen's own catalogue keys
 * (results page, plan page, check page): one label per concept, so the PDF and the Word document say
 * exactly what the screen says. Renderers take every caption from here (or `model.labels`).
 */
export function reportLabels(messages: Messages) {
	const { fields } = messages.plan;
	return {
		severity: { high: messages.results.riskHigh, medium: messages.results.riskMedium, unknown: messages.results.unknownRisk },
		status: messages.plan.status,
		horizon: messages.plan.horizon,
		priority: messages.plan.priority,
		scanType: messages.scanType,
		/** Column headings of the plan table and captions of the action details. */
		plan: {
			number: messages.report.numberColumn,
			title: fields.title,
			priority: messages.report.priorityColumn,
			owner: fields.owner,
			deadline: fields.deadline,
			horizon: fields.horizon,
			status: fields.status,
			why: fields.why,
			firstStep: fields.firstStep
		},
		/** Captions in the answers section, as on the check page. */
		answer: messages.results.yourAnswer,
		note: messages.check.noteLabel,
		notAnswered: messages.check.notAnswered,
		/** Headings the results page uses for the same parts. */
		risksHeading: messages.results.risksHeading,
		themeScoresHeading: messages.results.themesHeading,
		gapsHeading: messages.results.gapsHeading,
		noScore: messages.results.chart.noScore,
		uncertain: messages.results.uncertain
	};
}

/** The labels of `reportLabels`, as the model carries them for the renderers. */
export type ReportLabels = ReturnType<typeof reportLabels>;

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
	/** '62%' or 'Nog geen score'. */
	label: string;
	/** 'Weet ik niet: 2 van 4' (with '· onzeker' when too much is unknown), as under the screen's bar; null when nothing is unknown. */
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

/**
 * One action of the plan, with every field already formatted for print. Every action of the plan is a row,
 * the proposed ones and the user's own (`own`), in the plan's order.
 */
export interface PlanRow {
	/** 1-based position, as text. */
	number: string;
	title: string;
	/** The screen's priority label: 'Valkuil', 'Voorwaarde', 'Verbeterpunt' or 'Eigen actie'. */
	priority: string;
	/** True for an action the user added to the plan themselves (priority 'custom'). */
	own: boolean;
	owner: string;
	/** '31 maart 2027' (formatDate, as on screen), or '–'. */
	deadline: string;
	horizon: string;
	status: string;
	/** '' when not filled in. */
	why: string;
	/** '' when not filled in. */
	firstStep: string;
}

/** The questions of one theme answered "Weet ik niet", in the checklist's order. */
export interface KnowledgeGapTheme {
	title: string;
	questions: string[];
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
		/** Which questions were answered "Weet ik niet", per theme (themes without one left out). */
		knowledgeGapThemes: KnowledgeGapTheme[];
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
	/** The report's own fixed words (headings, captions the screen does not have). */
	text: Messages['report'];
	/** Labels shared with the screen (statuses, priorities, field captions, headings): see `reportLabels`. */
	labels: ReportLabels;
}

/** 'Uw antwoord: Ja, dit gebeurt bij ons': a screen caption and its value. */
function labelled(label: string, value: string): string {
	return `${label}: ${value}`;
}

function orDash(value: string, text: Messages['report']): string {
	const trimmed = value.trim();
	return trimmed === '' ? text.noValue : trimmed;
}

/** The label of the answer given to a question; 'Niet beantwoord' when open or no longer valid. */
function answerText(checklist: Checklist, question: Question, value: string | null | undefined, notAnswered: string): string {
	if (value === null || value === undefined) return notAnswered;
	return answerLabel(checklist, question, value) ?? notAnswered;
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
	// '62%', '62% (onzeker)' or 'Nog geen score', in the results screen's words.
	const scoreText = (value: number | null, uncertain: boolean): string =>
		value === null ? labels.noScore : uncertain ? `${percent(value)} (${labels.uncertain})` : percent(value);
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
			answer: labelled(labels.answer, flag.optionLabel)
		})),
		...results.unknownRisks.map((risk) => ({
			severity: 'unknown' as const,
			severityLabel: labels.severity.unknown,
			text: risk.text,
			answer: labelled(labels.answer, checklist.special.unknown.label)
		}))
	]
		// High risks first, then the others, then the unknown ones; content order otherwise (sort is stable).
		.sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
	const weighted = new Set(results.themes.map((theme) => theme.weight)).size > 1;
	const gapCount = results.knowledgeGaps.length;
	// The "Weet ik niet" questions grouped per theme, in the checklist's order (as the results page lists them).
	const knowledgeGapThemes: KnowledgeGapTheme[] = checklist.themes
		.map((theme) => ({
			title: theme.title,
			questions: results.knowledgeGaps.filter((gap) => gap.themeId === theme.id).map((gap) => gap.text)
		}))
		.filter((theme) => theme.questions.length > 0);

	// --- action plan -------------------------------------------------------------------------
	// Every action, the user's own ones too: they are part of the plan the reader is asked to carry out.
	const rows: PlanRow[] = (scan.plan?.actions ?? []).map((action, index) => ({
		number: String(index + 1),
		title: action.title.trim(),
		priority: labels.priority[action.priority] ?? REPORT_TEXT.noValue,
		own: action.priority === 'custom',
		owner: orDash(action.owner, REPORT_TEXT),
		// The same date as on screen ('31 maart 2027'), so the plan reads alike everywhere.
		deadline: formatDate(action.deadline, language) || NO_DATE,
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
					: REPORT_TEXT.themeScore(scoreText(scoreByTheme.get(theme.id)?.percent ?? null, scoreByTheme.get(theme.id)?.uncertain ?? false)),
			answers: questions.map((question) => {
				question.sources.forEach((id) => citedSourceIds.add(id));
				const answer = scan.answers[question.id];
				const flag = flagByQuestion.get(question.id);
				return {
					text: questionText(question, profile.phase),
					answer: answerText(checklist, question, answer?.value, labels.notAnswered),
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
						? messages.results.overallWeighted(percent(results.overallPercent))
						: messages.results.overall(percent(results.overallPercent)),
			uncertain:
				results.uncertain && results.unknownPercent !== null ? messages.results.uncertainOverall(percent(results.unknownPercent)) : null,
			capNote: results.appliedCaps.length > 0 ? REPORT_TEXT.capNote : null,
			progress: results.complete ? REPORT_TEXT.complete(inScope) : messages.results.partial(answered, inScope),
			provisional: !results.complete,
			themeBars: results.themes.map((theme) => ({
				title: theme.title,
				percent: theme.percent,
				label: theme.percent === null ? labels.noScore : percent(theme.percent),
				note:
					theme.unknown > 0 ? messages.results.chart.unknownNote(theme.unknown, theme.scored + theme.unknown, theme.uncertain) : null
			})),
			risks,
			caps: results.appliedCaps.map((cap) =>
				REPORT_TEXT.capLine(levelLabelOf(cap.maxLevelId) ?? cap.maxLevelId, cap.reason)
			),
			knowledgeGapCount: gapCount,
			knowledgeGaps: gapCount > 0 ? REPORT_TEXT.gaps(gapCount) : null,
			knowledgeGapThemes
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
		text: REPORT_TEXT,
		labels
	};
}
