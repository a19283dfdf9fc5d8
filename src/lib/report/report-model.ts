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
import { formatDutchDate, formatShortDutchDate } from '../format.ts';

export { formatDutchDate, formatShortDutchDate };

/** Dutch texts of the report (B1, formal "u", like the app). All report wording lives here. */
export const REPORT_TEXT = {
	appName: 'Kwartiermaker',
	title: 'Actieplan ervaringswerk',
	/** Document property "subject"; a constant, so no user text ends up in the metadata. */
	subject: 'Resultaten van de zelfscan en actieplan voor het werken met ervaringswerkers',
	coverLead: 'Resultaten van de zelfscan en het actieplan voor het werken met ervaringswerkers.',
	coverPrivacy:
		'Dit rapport is gemaakt met Kwartiermaker. De antwoorden zijn alleen opgeslagen in de browser waarin de scan is ingevuld; er is niets naar een server gestuurd.',
	coverFields: {
		date: 'Datum',
		filledInBy: 'Ingevuld door',
		role: 'Functie of rol',
		scanType: 'Soort scan',
		phase: 'Fase',
		focusAreas: 'Werkvelden',
		version: 'Versie vragenlijst'
	},
	versionMismatch: (scanVersion: string, current: string) => `${scanVersion} (rapport gemaakt met versie ${current})`,
	scanType: { quick: 'Snelle scan', full: 'Volledige scan' } satisfies Record<ScanMode, string>,
	summaryHeading: 'Samenvatting',
	levelCaption: 'Uw niveau',
	noLevel: 'Nog geen niveau',
	noLevelDescription: 'Er zijn nog geen vragen beantwoord waarop een niveau kan worden bepaald.',
	overall: (percent: number) => `Gemiddelde score over de thema’s: ${percent}%`,
	overallWeighted: (percent: number) =>
		`Gemiddelde score over de thema’s: ${percent}% (thema’s met meer gewicht tellen zwaarder mee)`,
	uncertain: (percent: number) =>
		`Onzeker: bij ${percent}% van de antwoorden is ‘Weet ik niet’ gekozen. Dat telt als het laagste antwoord. Zoek die antwoorden uit, dan klopt het beeld beter.`,
	provisional: (answered: number, total: number) =>
		`Voorlopig resultaat: ${answered} van de ${total} vragen zijn beantwoord.`,
	complete: (total: number) => `Alle ${total} vragen zijn beantwoord.`,
	themeScoresHeading: 'Score per thema',
	themeScoresNote:
		'Percentage van de hoogst mogelijke score. ‘Weet ik niet’ telt als het laagste antwoord, ‘Niet van toepassing’ telt niet mee. ‘Onzeker’: bij veel vragen is het antwoord niet bekend.',
	/** The line under a bar when some answers are "Weet ik niet". */
	barNote: (unknown: number, counted: number, uncertain: boolean) =>
		`Weet ik niet: ${unknown} van ${counted}${uncertain ? ' – onzeker' : ''}`,
	noScore: 'nog geen antwoord',
	percent: (percent: number) => `${percent}%`,
	risksHeading: 'Risico’s',
	risksNone: 'Bij de beantwoorde vragen zijn geen risico’s gesignaleerd.',
	severity: { high: 'Hoog risico', medium: 'Aandachtspunt', unknown: 'Onbekend risico' } satisfies Record<
		RiskItem['severity'],
		string
	>,
	riskAnswer: (label: string) => `Antwoord: ${label}`,
	capsHeading: 'Wat uw niveau begrenst',
	capNote: 'Uw score is hoger dan dit niveau, maar er ontbreekt nog iets. Zie ‘Wat uw niveau begrenst’.',
	capLine: (levelLabel: string, reason: string) => `Hoogstens ‘${levelLabel}’: ${reason}`,
	gapsHeading: 'Weet ik niet',
	gaps: (count: number) =>
		count === 1
			? 'Bij 1 vraag is ‘Weet ik niet’ geantwoord. Zoek dit uit: het antwoord kan uw niveau veranderen.'
			: `Bij ${count} vragen is ‘Weet ik niet’ geantwoord. Zoek dit uit: de antwoorden kunnen uw niveau veranderen.`,
	planHeading: 'Actieplan',
	planIntro: (count: number) =>
		count === 1 ? '1 actie, in volgorde van prioriteit.' : `${count} acties, in volgorde van prioriteit.`,
	planEmpty: 'Er staan nog geen acties in het actieplan.',
	planColumns: {
		number: '#',
		title: 'Actie',
		owner: 'Eigenaar',
		deadline: 'Deadline',
		horizon: 'Termijn',
		status: 'Status'
	},
	planDetailsHeading: 'De acties uitgewerkt',
	why: 'Waarom',
	firstStep: 'Eerste stap',
	noValue: '–',
	horizon: { '0-3': '0–3 maanden', '3-12': '3–12 maanden', later: 'Later' } satisfies Record<Horizon, string>,
	status: { open: 'Open', bezig: 'Bezig', klaar: 'Klaar' } satisfies Record<ActionStatus, string>,
	answersHeading: 'Antwoorden per thema',
	answerCaption: 'Antwoord',
	noteCaption: 'Toelichting',
	notAnswered: 'Niet beantwoord',
	themeScore: (percent: number | null, uncertain = false) =>
		percent === null ? 'Score: nog geen antwoord' : `Score: ${percent}%${uncertain ? ' (onzeker)' : ''}`,
	themeRisks: (count: number) =>
		count === 0 ? 'Geen risico’s gesignaleerd' : count === 1 ? '1 risico gesignaleerd' : `${count} risico’s gesignaleerd`,
	sourcesHeading: 'Bronnen',
	sourcesIntro: 'De vragen en acties in dit rapport zijn gebaseerd op deze bronnen.',
	footer: (organisation: string) => `Kwartiermaker – ${organisation}`,
	page: (page: number, total: number) => `Pagina ${page} van ${total}`,
	documentTitle: (organisation: string) => `Actieplan ervaringswerk – ${organisation}`,
	/** Shown when the profile has no organisation name (the app requires one, old data may not). */
	unknownOrganisation: 'Organisatie onbekend'
} as const;

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
	sources: SourceItem[];
}

function orDash(value: string): string {
	const trimmed = value.trim();
	return trimmed === '' ? REPORT_TEXT.noValue : trimmed;
}

/** The label of the answer given to a question; 'Niet beantwoord' when open or no longer valid. */
function answerText(checklist: Checklist, question: Question, value: string | null | undefined): string {
	if (value === null || value === undefined) return REPORT_TEXT.notAnswered;
	return answerLabel(checklist, question, value) ?? REPORT_TEXT.notAnswered;
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
	generatedAt: string
): ReportModel {
	const { profile, mode } = scan;
	const organisation = profile.organisation.trim() || REPORT_TEXT.unknownOrganisation;
	const levelLabelOf = (id: string | null): string | null =>
		checklist.levels.find((level) => level.id === id)?.label ?? null;

	// --- cover -------------------------------------------------------------------------------
	const fields: CoverField[] = [];
	const addField = (label: string, value: string): void => {
		if (value.trim() !== '') fields.push({ label, value: value.trim() });
	};
	const f = REPORT_TEXT.coverFields;
	addField(f.date, formatDutchDate(generatedAt));
	addField(f.filledInBy, profile.filledInBy);
	addField(f.role, profile.role);
	addField(f.scanType, REPORT_TEXT.scanType[mode]);
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
			severityLabel: REPORT_TEXT.severity[flag.severity],
			text: flag.text,
			answer: REPORT_TEXT.riskAnswer(flag.optionLabel)
		})),
		...results.unknownRisks.map((risk) => ({
			severity: 'unknown' as const,
			severityLabel: REPORT_TEXT.severity.unknown,
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
		owner: orDash(action.owner),
		deadline: formatShortDutchDate(action.deadline),
		horizon: REPORT_TEXT.horizon[action.horizon] ?? REPORT_TEXT.noValue,
		status: REPORT_TEXT.status[action.status] ?? REPORT_TEXT.noValue,
		why: action.why.trim(),
		firstStep: action.firstStep.trim()
	}));

	// --- answers per theme -------------------------------------------------------------------
	const flagByQuestion = new Map(results.riskFlags.map((flag) => [flag.questionId, flag]));
	const scoreByTheme = new Map(results.themes.map((theme) => [theme.themeId, theme]));
	const themes: ThemeSection[] = [];
	const citedSourceIds = new Set<string>();
	for (const theme of checklist.themes) {
		const questions = questionsInScope(theme, mode, profile.phase);
		if (questions.length === 0) continue;
		theme.sources.forEach((id) => citedSourceIds.add(id));
		const flags = questions.filter((question) => flagByQuestion.has(question.id)).length;
		themes.push({
			title: theme.title,
			subtitle:
				theme.kind === 'dont'
					? REPORT_TEXT.themeRisks(flags)
					: REPORT_TEXT.themeScore(scoreByTheme.get(theme.id)?.percent ?? null, scoreByTheme.get(theme.id)?.uncertain),
			answers: questions.map((question) => {
				question.sources.forEach((id) => citedSourceIds.add(id));
				const answer = scan.answers[question.id];
				const flag = flagByQuestion.get(question.id);
				return {
					text: questionText(question, profile.phase),
					answer: answerText(checklist, question, answer?.value),
					riskLabel: flag ? REPORT_TEXT.severity[flag.severity] : null,
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
						? REPORT_TEXT.overallWeighted(results.overallPercent)
						: REPORT_TEXT.overall(results.overallPercent),
			uncertain:
				results.uncertain && results.unknownPercent !== null ? REPORT_TEXT.uncertain(results.unknownPercent) : null,
			capNote: results.appliedCaps.length > 0 ? REPORT_TEXT.capNote : null,
			progress: results.complete ? REPORT_TEXT.complete(inScope) : REPORT_TEXT.provisional(answered, inScope),
			provisional: !results.complete,
			themeBars: results.themes.map((theme) => ({
				title: theme.title,
				percent: theme.percent,
				label: theme.percent === null ? REPORT_TEXT.noScore : REPORT_TEXT.percent(theme.percent),
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
		sources
	};
}
