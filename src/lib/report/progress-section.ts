/**
 * The "Voortgang" (progress) section of the report: what changed since the earlier scan this scan repeats.
 * Per theme the score and level then and now, the answers that changed, the risks that appeared or went
 * away, and the earlier plan's actions with their status.
 *
 * Two parts, like the werksessie section:
 * - `buildProgressSection`: pure, the words and figures as plain data (`ReportModel.progress`). The PDF
 *   draws it and a Word renderer can use the same data: every cell is already a string.
 * - `drawProgressSection`: draws that data with the report's own layout primitives (passed in, so this
 *   file does not depend on how render-report.ts lays out pages).
 *
 * The comparison itself is `compareScans` (progress/compare-scans.ts); this file only puts it into words.
 */
import type { jsPDF } from 'jspdf';
import type { UserOptions } from 'jspdf-autotable';
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import { formatDate, formatPercent } from '../i18n/format.ts';
import type { Language, Messages } from '../i18n/messages.ts';
import { compareScans, type RiskChange, type ScoreAndLevel } from '../progress/compare-scans.ts';
import { toPdfText } from './pdf-text.ts';

export interface ProgressThemeRow {
	theme: string;
	then: string;
	now: string;
	change: string;
}

export interface ProgressAnswerRow {
	theme: string;
	question: string;
	then: string;
	now: string;
}

export interface ProgressActionRow {
	title: string;
	owner: string;
	then: string;
	now: string;
}

/** The progress section as plain, already-worded data (for the PDF and the Word document). */
export interface ProgressReportSection {
	heading: string;
	/** 'Vergeleken met de scan van … van …'. */
	intro: string;
	/** Said when the earlier scan is of another organisation, else null. */
	otherOrganisation: string | null;
	/** Said when either scan is not complete, else null. */
	provisional: string | null;
	levelHeading: string;
	/** 'Toen: Opbouwen (55%). Nu: Verankeren (78%).' */
	level: string;
	themesHeading: string;
	themeColumns: { theme: string; then: string; now: string; change: string };
	themes: ProgressThemeRow[];
	answersHeading: string;
	answerColumns: { question: string; then: string; now: string };
	answers: ProgressAnswerRow[];
	/** Said when no answer changed, else null. */
	answersNone: string | null;
	/** Questions answered then and open now, as a sentence; null when none. */
	openNow: string | null;
	risksHeading: string;
	risksAppearedHeading: string;
	risksAppeared: string[];
	/** Said when no risk appeared, else null. */
	risksAppearedNone: string | null;
	risksGoneHeading: string;
	risksGone: string[];
	risksGoneNone: string | null;
	actionsHeading: string;
	actionColumns: { action: string; owner: string; then: string; now: string };
	actions: ProgressActionRow[];
	/** Said when the earlier scan had no plan actions, else null. */
	actionsNone: string | null;
	/** Earlier answers that have no place in today's checklist; null when there are none. */
	unmatched: { heading: string; intro: string; items: string[] } | null;
}

/**
 * The progress section for `scan` compared with `earlier`, or null when the two cannot be compared (another
 * checklist, a newer checklist version, the same scan).
 */
export function buildProgressSection(
	checklist: Checklist,
	earlier: Scan,
	scan: Scan,
	{ language, messages }: { language: Language; messages: Messages }
): ProgressReportSection | null {
	const result = compareScans(checklist, earlier, scan);
	if (!result.ok) return null;
	const comparison = result.comparison;
	const text = messages.progress;
	const percent = (value: number): string => formatPercent(value, language);
	const scoreLevel = (score: ScoreAndLevel | null): string => {
		if (!score) return text.notAsked;
		if (score.percent === null) return text.noScore;
		return score.levelLabel ? text.scoreLevel(percent(score.percent), score.levelLabel) : percent(score.percent);
	};
	const riskLine = (risk: RiskChange): string => {
		const severity =
			risk.severity === 'high' ? messages.results.riskHigh : risk.severity === 'medium' ? messages.results.riskMedium : messages.results.unknownRisk;
		return text.risk(severity, risk.text, risk.answerLabel);
	};
	const { before, after } = comparison.overall;
	const levelText = (score: ScoreAndLevel): string =>
		score.levelLabel && score.percent !== null ? text.levelScore(score.levelLabel, percent(score.percent)) : text.noLevel;

	return {
		heading: text.pdfHeading,
		intro: text.comparedWith(comparison.earlier.organisation, formatDate(comparison.earlier.updatedAt, language)),
		otherOrganisation: comparison.sameOrganisation ? null : text.otherOrganisation(comparison.earlier.organisation),
		provisional: comparison.earlier.complete && comparison.current.complete ? null : text.provisionalNote,
		levelHeading: text.levelHeading,
		level: text.level(levelText(before), levelText(after)),
		themesHeading: text.themesHeading,
		themeColumns: text.columns,
		themes: comparison.themes.map((theme) => ({
			theme: theme.title,
			then: scoreLevel(theme.before),
			now: scoreLevel(theme.after),
			change: theme.change === null ? '–' : text.change(theme.change)
		})),
		answersHeading: text.answersHeading,
		answerColumns: text.answerColumns,
		answers: comparison.changedAnswers.map((change) => ({
			theme: change.themeTitle,
			question: change.text,
			then: change.before.label ?? text.notAnswered,
			now: change.after.label ?? text.notAnswered
		})),
		answersNone: comparison.changedAnswers.length === 0 ? text.answersNone : null,
		openNow: comparison.openNow > 0 ? text.openNow(comparison.openNow) : null,
		risksHeading: text.risksHeading,
		risksAppearedHeading: text.risksAppeared,
		risksAppeared: comparison.risksAppeared.map(riskLine),
		risksAppearedNone: comparison.risksAppeared.length === 0 ? text.risksNoneAppeared : null,
		risksGoneHeading: text.risksGone,
		risksGone: comparison.risksGone.map(riskLine),
		risksGoneNone: comparison.risksGone.length === 0 ? text.risksNoneGone : null,
		actionsHeading: text.actionsHeading,
		actionColumns: text.actionColumns,
		actions: comparison.earlierActions.map((action) => ({
			title: action.title.trim(),
			owner: action.owner.trim() || '–',
			then: messages.plan.status[action.status],
			now: action.statusNow === null ? text.notInPlan : messages.plan.status[action.statusNow]
		})),
		actionsNone: comparison.earlierActions.length === 0 ? text.actionsNone : null,
		unmatched:
			comparison.unmatched.length === 0
				? null
				: {
						heading: text.unmatchedHeading,
						intro: text.unmatchedIntro,
						items: comparison.unmatched.map((item) =>
							text.unmatched(item.questionText ?? text.unknownQuestion(item.questionId), item.answerLabel ?? item.value ?? text.notAnswered)
						)
					}
	};
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

type Rgb = readonly [number, number, number];
interface PenStyle {
	size: number;
	style?: 'normal' | 'bold';
	color?: Rgb;
}

/** The few layout primitives of render-report.ts this section uses (its `Layout` has them all). */
export interface ProgressPen {
	readonly doc: jsPDF;
	y: number;
	/** A section title kept together with at least `keepWith` mm of what follows. */
	h1(text: string, keepWith: number): void;
	h2(text: string, keepWith?: number): void;
	paragraph(text: string, style: PenStyle, options?: { after?: number }): void;
	gap(height: number): void;
}

/** The report's look, handed over by render-report.ts so this section matches the rest. */
export interface ProgressLook {
	font: string;
	margin: { top: number; right: number; bottom: number; left: number };
	contentWidth: number;
	size: { body: number; small: number };
	color: { primary: Rgb; text: Rgb; muted: Rgb; rule: Rgb; stripe: Rgb; white: Rgb };
}

type AutoTable = (doc: jsPDF, options: UserOptions) => void;

/** Draws the progress section on a new page; nothing when there is none. */
export function drawProgressSection(pen: ProgressPen, autoTable: AutoTable, section: ProgressReportSection | null, look: ProgressLook): void {
	if (!section) return;
	const body = { size: look.size.body } as const;
	const muted = { size: look.size.small, color: look.color.muted } as const;
	const table = (head: string[], rows: string[][], widths: Record<number, number>): void => {
		autoTable(pen.doc, {
			startY: pen.y,
			margin: look.margin,
			tableWidth: look.contentWidth,
			head: [head],
			body: rows.map((row) => row.map((cell) => toPdfText(cell))),
			theme: 'grid',
			pageBreak: 'auto',
			rowPageBreak: 'avoid',
			showHead: 'everyPage',
			styles: {
				font: look.font,
				fontStyle: 'normal',
				fontSize: look.size.small,
				textColor: [...look.color.text],
				lineColor: [...look.color.rule],
				lineWidth: 0.2,
				cellPadding: { top: 2, bottom: 2, left: 2, right: 2 },
				valign: 'top',
				overflow: 'linebreak'
			},
			headStyles: { font: look.font, fontStyle: 'bold', fillColor: [...look.color.primary], textColor: [...look.color.white] },
			alternateRowStyles: { fillColor: [...look.color.stripe] },
			columnStyles: Object.fromEntries(Object.entries(widths).map(([column, width]) => [column, { cellWidth: width }]))
		});
		const finalY = (pen.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
		pen.y = (finalY ?? pen.y) + 6;
	};
	const list = (items: string[], none: string | null): void => {
		if (none) pen.paragraph(none, body, { after: 3 });
		for (const item of items) pen.paragraph(`• ${item}`, body, { after: 1.5 });
		pen.gap(2);
	};

	// Kept with the intro and the level's heading and line, so the title never ends a page.
	pen.h1(section.heading, 30);
	pen.paragraph(section.intro, body, { after: 2 });
	if (section.otherOrganisation) pen.paragraph(section.otherOrganisation, { size: look.size.body, style: 'bold' }, { after: 2 });
	if (section.provisional) pen.paragraph(section.provisional, muted, { after: 2 });

	pen.h2(section.levelHeading);
	pen.paragraph(section.level, body, { after: 4 });

	if (section.themes.length > 0) {
		pen.h2(section.themesHeading);
		const c = section.themeColumns;
		table([c.theme, c.then, c.now, c.change], section.themes.map((row) => [row.theme, row.then, row.now, row.change]), { 1: 38, 2: 38, 3: 38 });
	}

	pen.h2(section.answersHeading);
	if (section.answersNone) pen.paragraph(section.answersNone, body, { after: 3 });
	if (section.answers.length > 0) {
		const c = section.answerColumns;
		table([c.question, c.then, c.now], section.answers.map((row) => [row.question, row.then, row.now]), { 1: 36, 2: 36 });
	}
	if (section.openNow) pen.paragraph(section.openNow, muted, { after: 3 });

	pen.h2(section.risksHeading);
	pen.paragraph(section.risksAppearedHeading, { size: look.size.body, style: 'bold' }, { after: 1 });
	list(section.risksAppeared, section.risksAppearedNone);
	pen.paragraph(section.risksGoneHeading, { size: look.size.body, style: 'bold' }, { after: 1 });
	list(section.risksGone, section.risksGoneNone);

	pen.h2(section.actionsHeading);
	if (section.actionsNone) pen.paragraph(section.actionsNone, body, { after: 3 });
	if (section.actions.length > 0) {
		const c = section.actionColumns;
		table([c.action, c.owner, c.then, c.now], section.actions.map((row) => [row.title, row.owner, row.then, row.now]), { 1: 34, 2: 26, 3: 28 });
	}

	if (section.unmatched) {
		pen.h2(section.unmatched.heading);
		pen.paragraph(section.unmatched.intro, muted, { after: 2 });
		list(section.unmatched.items, null);
	}
}
