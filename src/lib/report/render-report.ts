/**
 * Lays out the report model on A4 pages with jsPDF.
 *
 * Pure layout: jsPDF and autotable are passed in (type-only imports here), so this module costs
 * nothing in the main bundle and runs unchanged in Node tests. Only text, lines and rectangles are
 * drawn: no `html()`, no forms, no JavaScript, no images (each of those has carried security holes in jsPDF). Every string
 * goes through `toPdfText`, so characters the embedded font lacks show as a base letter or '?'
 * instead of silently disappearing.
 *
 * Page furniture (footer with "Pagina X van Y") is drawn in a second pass over all pages, after
 * the content, because the total is only known then. That also avoids `putTotalPages`, whose
 * placeholder replacement does not see text written with an embedded (hex-encoded) font.
 */
import type { jsPDF } from 'jspdf';
import type { UserOptions } from 'jspdf-autotable';
import type { ReportModel } from './report-model.ts';
import { toPdfLine, toPdfText } from './pdf-text.ts';
import { drawProgressSection } from './progress-section.ts';

/** The function form of jspdf-autotable: `autoTable(doc, options)`. */
export type AutoTableFn = (doc: jsPDF, options: UserOptions) => void;

/** Font family name the renderer uses; `create-report-pdf.ts` registers it as normal and bold. */
export const REPORT_FONT_FAMILY = 'KwartiermakerSans';

type Rgb = readonly [number, number, number];

const COLOR = {
	primary: [21, 66, 115],
	text: [26, 26, 26],
	muted: [84, 89, 95],
	rule: [200, 206, 214],
	track: [228, 233, 240],
	tint: [237, 242, 248],
	stripe: [246, 248, 251],
	high: [160, 32, 32],
	medium: [176, 96, 0],
	white: [255, 255, 255]
} as const satisfies Record<string, Rgb>;

/** Points to millimetres. */
const PT = 25.4 / 72;

const PAGE = { width: 210, height: 297 } as const;
const MARGIN = { left: 18, right: 18, top: 20, bottom: 22 } as const;
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const CONTENT_BOTTOM = PAGE.height - MARGIN.bottom;
/** Liberation Sans vertical metrics (hhea ascender/descender ÷ unitsPerEm). */
const ASCENT = 0.905;
const DESCENT = 0.212;
const LINE_FACTOR = 1.35;

const SIZE = { h1: 20, h2: 13.5, h3: 10.5, body: 10, small: 9, tiny: 8 } as const;

type FontStyle = 'normal' | 'bold';

interface TextStyle {
	size: number;
	style?: FontStyle;
	color?: Rgb;
}

/** Line height in mm for a font size in pt. */
function lineHeight(size: number): number {
	return size * PT * LINE_FACTOR;
}

/** Height in mm of `count` lines at `size` pt. */
function linesHeight(count: number, size: number): number {
	return count * lineHeight(size);
}

/**
 * A block up to this height (mm) is moved whole to the next page rather than split. Taller blocks
 * (a long toelichting) are split, keeping at least their first lines together.
 */
const KEEP_TOGETHER_MAX = 90;

/**
 * A section starts on a fresh page only when the page it would follow is already more than this share full.
 * Otherwise it runs on below the previous section, so no page is left mostly empty (a short "Risico's" tail
 * followed by a blank half page, for example).
 */
const NEW_PAGE_AFTER = 0.5;
/** Space above a section heading that runs on in the middle of a page. */
const SECTION_GAP = 9;

/** Offset from the top of a line box to the baseline, centring the glyph box in the line. */
function baselineOffset(size: number): number {
	const em = size * PT;
	return (lineHeight(size) - (ASCENT + DESCENT) * em) / 2 + ASCENT * em;
}

/** A cursor over the pages, with the few layout primitives the report needs. */
class Layout {
	y: number = MARGIN.top;

	constructor(readonly doc: jsPDF) {}

	font({ size, style = 'normal', color = COLOR.text }: TextStyle): void {
		this.doc.setFont(REPORT_FONT_FAMILY, style);
		this.doc.setFontSize(size);
		this.doc.setTextColor(color[0], color[1], color[2]);
	}

	newPage(): void {
		this.doc.addPage();
		this.y = MARGIN.top;
	}

	/** Starts a new page unless `height` mm still fit on this one. */
	ensure(height: number): void {
		if (this.y + height > CONTENT_BOTTOM) this.newPage();
	}

	gap(height: number): void {
		this.y = Math.min(this.y + height, CONTENT_BOTTOM);
	}

	/** Wraps text to `width` mm in the given style. Blank lines in the input are kept. */
	wrap(text: string, width: number, style: TextStyle): string[] {
		this.font(style);
		const clean = toPdfText(text).replace(/[ \u00a0]+$/gm, '');
		return this.doc.splitTextToSize(clean, width) as string[];
	}

	/**
	 * Draws lines from the cursor, moving to a new page whenever the next line would not fit.
	 * `minLinesTogether` keeps the first lines together (no heading or label alone at a page end).
	 */
	lines(lines: string[], x: number, style: TextStyle, options: { minLinesTogether?: number } = {}): void {
		const height = lineHeight(style.size);
		this.ensure(height * Math.min(lines.length, options.minLinesTogether ?? 2));
		lines.forEach((line) => {
			if (this.y + height > CONTENT_BOTTOM) this.newPage();
			this.font(style);
			if (line !== '') {
				this.doc.text(line, x, this.y + baselineOffset(style.size));
			}
			this.y += height;
		});
	}

	/** Wrapped text over the full content width, then `after` mm of space. */
	paragraph(text: string, style: TextStyle, options: { after?: number } = {}): void {
		this.lines(this.wrap(text, CONTENT_WIDTH, style), MARGIN.left, style);
		this.gap(options.after ?? 0);
	}

	/** Share of the page's usable height that is used above the cursor (0 on a fresh page). */
	filled(): number {
		return (this.y - MARGIN.top) / (CONTENT_BOTTOM - MARGIN.top);
	}

	/**
	 * A section title. It starts a new page when asked (`newPage`, after the cover) or when the current page
	 * is already more than half full; otherwise it follows the previous section on the same page. Either way
	 * it is kept together with at least `keepWith` mm of what follows, so a title never ends a page.
	 */
	h1(text: string, keepWith: number, options: { newPage?: boolean } = {}): void {
		const style = { size: SIZE.h1, style: 'bold', color: COLOR.primary } as const;
		const lines = this.wrap(text, CONTENT_WIDTH, style);
		const height = linesHeight(lines.length, style.size) + 1 + 7;
		if (options.newPage || this.filled() > NEW_PAGE_AFTER) this.newPage();
		else if (this.y > MARGIN.top) this.gap(SECTION_GAP);
		this.ensure(height + keepWith);
		this.lines(lines, MARGIN.left, style);
		this.doc.setDrawColor(...COLOR.primary);
		this.doc.setLineWidth(0.6);
		this.doc.line(MARGIN.left, this.y + 1, MARGIN.left + 24, this.y + 1);
		this.gap(7);
	}

	/** A sub-heading, kept together with at least `keepWith` mm of what follows. */
	h2(text: string, keepWith = 18): void {
		const style = { size: SIZE.h2, style: 'bold', color: COLOR.primary } as const;
		const lines = this.wrap(text, CONTENT_WIDTH, style);
		this.ensure(lines.length * lineHeight(style.size) + keepWith);
		this.lines(lines, MARGIN.left, style);
		this.gap(1.5);
	}

	/**
	 * A label/value row: the label in a narrow column at `labelX`, the (pre-wrapped) value beside it
	 * at `valueX`. Long values run on over pages; the label is printed once, at the start.
	 */
	definition(label: string, valueLines: string[], labelX: number, valueX: number, valueStyle: TextStyle): void {
		const labelStyle = { size: SIZE.small, style: 'bold', color: COLOR.muted } as const;
		this.ensure(linesHeight(Math.min(valueLines.length, 2), valueStyle.size));
		this.font(labelStyle);
		// Align the label's baseline with the first value line's baseline.
		this.doc.text(toPdfLine(label), labelX, this.y + baselineOffset(valueStyle.size));
		this.lines(valueLines, valueX, valueStyle, { minLinesTogether: 1 });
	}

	/** A thin full-width line at the cursor. */
	rule(): void {
		this.doc.setDrawColor(...COLOR.rule);
		this.doc.setLineWidth(0.2);
		this.doc.line(MARGIN.left, this.y, PAGE.width - MARGIN.right, this.y);
	}
}

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

function drawCover(layout: Layout, model: ReportModel): void {
	const { doc } = layout;
	const { cover } = model;
	const bandHeight = 78;
	doc.setFillColor(...COLOR.primary);
	doc.rect(0, 0, PAGE.width, bandHeight, 'F');

	layout.y = 26;
	layout.paragraph(model.appName.toUpperCase(), { size: SIZE.small, style: 'bold', color: COLOR.white }, { after: 4 });
	layout.paragraph(cover.title, { size: 28, style: 'bold', color: COLOR.white }, { after: 2 });
	// The checklist title can be long; at most two lines fit the band.
	const subtitle = layout.wrap(cover.subtitle, CONTENT_WIDTH, { size: 12.5 }).slice(0, 2);
	layout.lines(subtitle, MARGIN.left, { size: 12.5, color: COLOR.white });

	layout.y = bandHeight + 18;
	const orgStyle = { size: 22, style: 'bold', color: COLOR.text } as const;
	layout.lines(layout.wrap(cover.organisation, CONTENT_WIDTH, orgStyle).slice(0, 4), MARGIN.left, orgStyle);
	layout.gap(3);
	layout.paragraph(cover.lead, { size: 11, color: COLOR.muted }, { after: 10 });

	layout.rule();
	layout.gap(4);
	const fieldStyle = { size: SIZE.body } as const;
	for (const field of cover.fields) {
		const lines = layout.wrap(field.value, CONTENT_WIDTH - 45, fieldStyle);
		layout.definition(field.label, lines, MARGIN.left, MARGIN.left + 45, fieldStyle);
		layout.gap(2.2);
	}
	layout.gap(2);
	layout.rule();

	// Privacy note in a tinted box near the bottom of the cover.
	const noteStyle = { size: SIZE.small, color: COLOR.muted } as const;
	const noteLines = layout.wrap(cover.privacy, CONTENT_WIDTH - 10, noteStyle);
	const boxHeight = noteLines.length * lineHeight(noteStyle.size) + 8;
	const boxTop = Math.max(layout.y + 8, CONTENT_BOTTOM - boxHeight);
	if (boxTop + boxHeight <= CONTENT_BOTTOM) {
		doc.setFillColor(...COLOR.tint);
		doc.rect(MARGIN.left, boxTop, CONTENT_WIDTH, boxHeight, 'F');
		layout.y = boxTop + 4;
		layout.lines(noteLines, MARGIN.left + 5, noteStyle);
	} else {
		layout.gap(6);
		layout.paragraph(cover.privacy, noteStyle);
	}
}

function drawLevelBox(layout: Layout, model: ReportModel): void {
	const { doc } = layout;
	const { summary } = model;
	const inner = CONTENT_WIDTH - 12;
	const x = MARGIN.left + 7;
	const caption = { size: SIZE.small, style: 'bold', color: COLOR.muted } as const;
	const label = { size: 18, style: 'bold', color: COLOR.primary } as const;
	const body = { size: SIZE.body } as const;
	const strong = { size: SIZE.body, style: 'bold' } as const;
	const note = { size: SIZE.small, color: COLOR.muted } as const;

	const blocks: { lines: string[]; style: TextStyle; after: number }[] = [
		{ lines: layout.wrap(model.text.levelCaption, inner, caption), style: caption, after: 0.5 },
		{ lines: layout.wrap(summary.levelLabel, inner, label), style: label, after: 1.5 },
		{ lines: layout.wrap(summary.levelDescription, inner, body), style: body, after: 2.5 },
		...(summary.overall ? [{ lines: layout.wrap(summary.overall, inner, strong), style: strong, after: 1 }] : []),
		...(summary.uncertain ? [{ lines: layout.wrap(summary.uncertain, inner, body), style: body, after: 1 }] : []),
		...(summary.capNote ? [{ lines: layout.wrap(summary.capNote, inner, body), style: body, after: 1 }] : []),
		{ lines: layout.wrap(summary.progress, inner, note), style: note, after: 0 }
	];
	const height = blocks.reduce((sum, block) => sum + block.lines.length * lineHeight(block.style.size) + block.after, 0) + 10;
	layout.ensure(height);
	const top = layout.y;
	doc.setFillColor(...COLOR.tint);
	doc.rect(MARGIN.left, top, CONTENT_WIDTH, height, 'F');
	doc.setFillColor(...COLOR.primary);
	doc.rect(MARGIN.left, top, 1.6, height, 'F');
	layout.y = top + 5;
	for (const block of blocks) {
		layout.lines(block.lines, x, block.style);
		layout.gap(block.after);
	}
	layout.y = top + height + 8;
}

/**
 * Horizontal bar chart of the theme scores, drawn as vectors. The title and the percentage are
 * printed as text beside every bar, so the chart reads the same in black and white.
 */
function drawThemeChart(layout: Layout, model: ReportModel): void {
	const { doc } = layout;
	const bars = model.summary.themeBars;
	const labelWidth = 70;
	const trackX = MARGIN.left + labelWidth + 4;
	const valueRight = PAGE.width - MARGIN.right;
	const trackWidth = valueRight - 16 - trackX;
	const barHeight = 5;
	const labelStyle = { size: SIZE.small } as const;
	const valueStyle = { size: SIZE.small, style: 'bold' } as const;
	const mutedStyle = { size: SIZE.tiny, color: COLOR.muted } as const;
	const axisHeight = 6;

	const rows = bars.map((bar) => {
		const lines = layout.wrap(bar.title, labelWidth, labelStyle).slice(0, 3);
		// How much is "Weet ik niet" goes under the title, in the label column.
		const noteLines = bar.note ? layout.wrap(bar.note, labelWidth, mutedStyle) : [];
		const textHeight = lines.length * lineHeight(labelStyle.size) + noteLines.length * lineHeight(mutedStyle.size);
		return { bar, lines, noteLines, height: Math.max(textHeight, barHeight) + 3.5 };
	});
	const total = rows.reduce((sum, row) => sum + row.height, 0) + axisHeight;
	// Keep a short chart whole; a tall one runs on row by row (the axis repeated), with at least its first
	// rows here, rather than leaving the rest of this page empty.
	const firstRows = rows.slice(0, 3).reduce((sum, row) => sum + row.height, 0) + axisHeight;
	layout.ensure(total <= KEEP_TOGETHER_MAX ? total : firstRows);

	const drawAxis = (): void => {
		layout.font(mutedStyle);
		for (const tick of [0, 25, 50, 75, 100]) {
			const tx = trackX + (trackWidth * tick) / 100;
			const align = tick === 0 ? 'left' : tick === 100 ? 'right' : 'center';
			doc.text(`${tick}%`, tx, layout.y + baselineOffset(mutedStyle.size), { align });
		}
		layout.y += axisHeight;
	};
	drawAxis();

	for (const row of rows) {
		if (layout.y + row.height > CONTENT_BOTTOM) {
			layout.newPage();
			drawAxis();
		}
		const top = layout.y;
		const textHeight = row.lines.length * lineHeight(labelStyle.size) + row.noteLines.length * lineHeight(mutedStyle.size);
		const rowInner = Math.max(textHeight, barHeight);
		// Label vertically centred on the bar.
		layout.y = top + (rowInner - textHeight) / 2;
		layout.lines(row.lines, MARGIN.left, labelStyle, { minLinesTogether: 1 });
		if (row.noteLines.length > 0) layout.lines(row.noteLines, MARGIN.left, mutedStyle, { minLinesTogether: 1 });
		const barTop = top + (rowInner - barHeight) / 2;

		doc.setFillColor(...COLOR.track);
		doc.rect(trackX, barTop, trackWidth, barHeight, 'F');
		// Quarter gridlines, in white over the track so they never compete with the bar.
		doc.setDrawColor(...COLOR.white);
		doc.setLineWidth(0.3);
		for (const tick of [25, 50, 75]) {
			const gx = trackX + (trackWidth * tick) / 100;
			doc.line(gx, barTop, gx, barTop + barHeight);
		}
		if (row.bar.percent !== null) {
			const width = (trackWidth * Math.max(0, Math.min(100, row.bar.percent))) / 100;
			if (width > 0) {
				doc.setFillColor(...COLOR.primary);
				doc.rect(trackX, barTop, width, barHeight, 'F');
			}
			layout.font(valueStyle);
			doc.text(toPdfLine(row.bar.label), valueRight, barTop + barHeight / 2 + SIZE.small * PT * 0.35, { align: 'right' });
		} else {
			doc.setDrawColor(...COLOR.rule);
			doc.setLineWidth(0.2);
			doc.rect(trackX, barTop, trackWidth, barHeight, 'S');
			layout.font(mutedStyle);
			doc.text(toPdfLine(row.bar.label), trackX + 2, barTop + barHeight / 2 + SIZE.tiny * PT * 0.35);
		}
		layout.y = top + row.height;
	}
	layout.gap(4);
}

function drawRisks(layout: Layout, model: ReportModel): void {
	const { doc } = layout;
	const { risks } = model.summary;
	// The heading stays with the first risk (label, two lines of text, the answer).
	layout.h2(model.labels.risksHeading, lineHeight(SIZE.tiny) + linesHeight(2, SIZE.body) + lineHeight(SIZE.small));
	if (risks.length === 0) {
		layout.paragraph(model.text.risksNone, { size: SIZE.body }, { after: 6 });
		return;
	}
	const indent = 6;
	for (const risk of risks) {
		const color: Rgb = risk.severity === 'high' ? COLOR.high : risk.severity === 'medium' ? COLOR.medium : COLOR.muted;
		const labelStyle = { size: SIZE.tiny, style: 'bold', color } as const;
		const textStyle = { size: SIZE.body } as const;
		const answerStyle = { size: SIZE.small, color: COLOR.muted } as const;
		const textLines = layout.wrap(risk.text, CONTENT_WIDTH - indent, textStyle);
		layout.ensure(lineHeight(labelStyle.size) + lineHeight(textStyle.size) * Math.min(2, textLines.length) + lineHeight(answerStyle.size));
		const top = layout.y;
		const page = doc.getNumberOfPages();
		layout.lines([toPdfLine(risk.severityLabel.toUpperCase())], MARGIN.left + indent, labelStyle);
		layout.lines(textLines, MARGIN.left + indent, textStyle, { minLinesTogether: 1 });
		layout.lines(layout.wrap(risk.answer, CONTENT_WIDTH - indent, answerStyle), MARGIN.left + indent, answerStyle, { minLinesTogether: 1 });
		// A coloured marker; the severity is also spelled out, so colour is never the only cue.
		const bottom = doc.getNumberOfPages() === page ? layout.y : CONTENT_BOTTOM;
		doc.setPage(page);
		doc.setFillColor(...color);
		doc.rect(MARGIN.left, top + 0.8, 1.6, bottom - top - 1.6, 'F');
		doc.setPage(doc.getNumberOfPages());
		layout.gap(3.5);
	}
	layout.gap(3);
}

function drawBullets(layout: Layout, items: string[], style: TextStyle): void {
	const indent = 5;
	for (const item of items) {
		const lines = layout.wrap(item, CONTENT_WIDTH - indent, style);
		layout.ensure(lineHeight(style.size) * Math.min(2, lines.length));
		layout.font(style);
		layout.doc.text('•', MARGIN.left + 1, layout.y + baselineOffset(style.size));
		layout.lines(lines, MARGIN.left + indent, style, { minLinesTogether: 1 });
		layout.gap(1.5);
	}
}

/**
 * Which questions were answered "Weet ik niet", per theme: the reader needs the questions to find the
 * answers, not only their number.
 */
function drawKnowledgeGaps(layout: Layout, model: ReportModel): void {
	const { summary } = model;
	if (!summary.knowledgeGaps) return;
	const themeStyle = { size: SIZE.body, style: 'bold' } as const;
	const body = { size: SIZE.body } as const;
	const first = summary.knowledgeGapThemes[0];
	const firstHeight = first ? lineHeight(themeStyle.size) + 1 + linesHeight(Math.min(2, first.questions.length), body.size) : 0;
	layout.h2(model.labels.gapsHeading, linesHeight(2, body.size) + 2 + firstHeight);
	layout.paragraph(summary.knowledgeGaps, body, { after: 3 });
	for (const theme of summary.knowledgeGapThemes) {
		const titleLines = layout.wrap(theme.title, CONTENT_WIDTH, themeStyle);
		const firstQuestion = layout.wrap(theme.questions[0] ?? '', CONTENT_WIDTH - 5, body);
		// A theme's name never ends a page: it goes with its first question.
		layout.ensure(linesHeight(titleLines.length, themeStyle.size) + 1 + linesHeight(Math.min(2, firstQuestion.length), body.size));
		layout.lines(titleLines, MARGIN.left, themeStyle);
		layout.gap(1);
		drawBullets(layout, theme.questions, body);
		layout.gap(2);
	}
	layout.gap(2);
}

function drawSummary(layout: Layout, model: ReportModel): void {
	const { summary } = model;
	layout.h1(model.text.summaryHeading, 40, { newPage: true });
	drawLevelBox(layout, model);

	if (summary.themeBars.length > 0) {
		layout.h2(model.labels.themeScoresHeading, 30);
		layout.paragraph(model.text.themeScoresNote, { size: SIZE.small, color: COLOR.muted }, { after: 3 });
		drawThemeChart(layout, model);
	}

	// Risks before caps: a risk is something happening now, a cap is its consequence for the level.
	drawRisks(layout, model);

	if (summary.caps.length > 0) {
		layout.h2(model.text.capsHeading);
		drawBullets(layout, summary.caps, { size: SIZE.body });
		layout.gap(4);
	}
	drawKnowledgeGaps(layout, model);
}

function drawPlan(layout: Layout, autoTable: AutoTableFn, model: ReportModel): void {
	const { doc } = layout;
	const { plan, labels } = model;
	const tableHead = 9;
	const tableRow = 13;
	// The heading keeps the intro and, when there is a plan, the table's head and first rows with it.
	layout.h1(model.text.planHeading, linesHeight(2, SIZE.body) + 3 + (plan.rows.length > 0 ? tableHead + 2 * tableRow : 0));
	layout.paragraph(plan.intro, { size: SIZE.body, color: COLOR.muted }, { after: 3 });
	if (plan.rows.length === 0) return;

	const c = labels.plan;
	// The columns of the plan overview on screen: priority, owner, deadline and status; the time frame is in
	// the details below.
	autoTable(doc, {
		startY: layout.y,
		margin: { top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom, left: MARGIN.left },
		tableWidth: CONTENT_WIDTH,
		head: [[c.number, c.title, c.priority, c.owner, c.deadline, c.status]],
		body: plan.rows.map((row) => [
			row.number,
			toPdfText(row.title),
			row.priority,
			toPdfText(row.owner),
			row.deadline,
			row.status
		]),
		theme: 'grid',
		pageBreak: 'auto',
		rowPageBreak: 'avoid',
		showHead: 'everyPage',
		styles: {
			font: REPORT_FONT_FAMILY,
			fontStyle: 'normal',
			fontSize: SIZE.small,
			textColor: [...COLOR.text],
			lineColor: [...COLOR.rule],
			lineWidth: 0.2,
			cellPadding: { top: 2, bottom: 2, left: 2, right: 2 },
			valign: 'top',
			overflow: 'linebreak'
		},
		headStyles: { font: REPORT_FONT_FAMILY, fontStyle: 'bold', fillColor: [...COLOR.primary], textColor: [...COLOR.white], valign: 'middle' },
		alternateRowStyles: { fillColor: [...COLOR.stripe] },
		columnStyles: {
			0: { cellWidth: 9, halign: 'right' },
			1: { cellWidth: 'auto' },
			// Wide enough for 'Verbeterpunt', 'Beleidsmedewerker' and '17 augustus 2027' on one line.
			2: { cellWidth: 24 },
			3: { cellWidth: 34 },
			4: { cellWidth: 29 },
			5: { cellWidth: 22 }
		}
	});
	const finalY = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
	layout.y = (finalY ?? layout.y) + 10;

	// Every action in detail, the user's own ones too (marked by their priority label, 'Eigen actie').
	const titleStyle = { size: SIZE.h3, style: 'bold' } as const;
	const metaStyle = { size: SIZE.small, color: COLOR.muted } as const;
	const body = { size: SIZE.body } as const;
	const numberWidth = 9;
	const labelX = MARGIN.left + numberWidth;
	const valueX = labelX + 24;
	const valueWidth = PAGE.width - MARGIN.right - valueX;
	const blocks = plan.rows.map((row) => {
		const title = layout.wrap(row.title, CONTENT_WIDTH - numberWidth, titleStyle);
		const meta = layout.wrap(`${row.priority} · ${c.horizon}: ${row.horizon}`, CONTENT_WIDTH - numberWidth, metaStyle);
		const why = row.why === '' ? [] : layout.wrap(row.why, valueWidth, body);
		const step = row.firstStep === '' ? [] : layout.wrap(row.firstStep, valueWidth, body);
		const none = why.length === 0 && step.length === 0 ? layout.wrap(model.text.noDetails, CONTENT_WIDTH - numberWidth, metaStyle) : [];
		const head = linesHeight(title.length, titleStyle.size) + linesHeight(meta.length, metaStyle.size) + 1;
		const height =
			head +
			linesHeight(why.length, body.size) +
			(why.length > 0 && step.length > 0 ? 1 : 0) +
			linesHeight(step.length, body.size) +
			linesHeight(none.length, metaStyle.size);
		// Title and meta line always stay with the first lines of what follows.
		const keep = height <= KEEP_TOGETHER_MAX ? height : head + linesHeight(2, body.size);
		return { row, title, meta, why, step, none, keep };
	});
	layout.h2(model.text.planDetailsHeading, blocks[0]?.keep ?? 0);
	for (const block of blocks) {
		layout.ensure(block.keep);
		layout.font(titleStyle);
		doc.text(`${block.row.number}.`, MARGIN.left, layout.y + baselineOffset(titleStyle.size));
		layout.lines(block.title, labelX, titleStyle);
		layout.lines(block.meta, labelX, metaStyle, { minLinesTogether: 1 });
		layout.gap(1);
		if (block.why.length > 0) {
			layout.definition(c.why, block.why, labelX, valueX, body);
			if (block.step.length > 0) layout.gap(1);
		}
		if (block.step.length > 0) layout.definition(c.firstStep, block.step, labelX, valueX, body);
		if (block.none.length > 0) layout.lines(block.none, labelX, metaStyle, { minLinesTogether: 1 });
		layout.gap(5);
	}
}

function drawAnswers(layout: Layout, model: ReportModel): void {
	const questionStyle = { size: SIZE.body, style: 'bold' } as const;
	const body = { size: SIZE.body } as const;
	const subtitleStyle = { size: SIZE.small, color: COLOR.muted } as const;
	const labelWidth = 26;
	const valueX = MARGIN.left + labelWidth;
	const separator = 2.5;
	const themeHeading = (title: string): number =>
		linesHeight(layout.wrap(title, CONTENT_WIDTH, { size: SIZE.h2, style: 'bold' }).length, SIZE.h2) + 1.5 + lineHeight(subtitleStyle.size) + 3;
	// The section heading stays with the first theme's heading, subtitle and first answer.
	const firstQuestion = model.themes[0]?.answers[0];
	layout.h1(
		model.text.answersHeading,
		(model.themes[0] ? themeHeading(model.themes[0].title) : 0) +
			(firstQuestion ? linesHeight(layout.wrap(firstQuestion.text, CONTENT_WIDTH, questionStyle).length + 1, SIZE.body) + 1 : 0)
	);
	model.themes.forEach((theme, themeIndex) => {
		const items = theme.answers.map((item) => {
			const question = layout.wrap(item.text, CONTENT_WIDTH, questionStyle);
			const answerText = item.riskLabel ? `${item.answer} (${item.riskLabel.toLowerCase()})` : item.answer;
			const answer = layout.wrap(answerText, CONTENT_WIDTH - labelWidth, body);
			const note = item.note === '' ? [] : layout.wrap(item.note, CONTENT_WIDTH - labelWidth, body);
			// Question and answer always stay together, with the first lines of the note.
			const head = linesHeight(question.length, questionStyle.size) + 1 + linesHeight(answer.length, body.size);
			const noteHeight = note.length > 0 ? 1 + linesHeight(note.length, body.size) : 0;
			const minimum = head + (note.length > 0 ? 1 + linesHeight(Math.min(2, note.length), body.size) : 0);
			const height = head + noteHeight;
			return { question, answer, note, keep: height <= KEEP_TOGETHER_MAX ? height : minimum };
		});

		if (themeIndex > 0) layout.gap(4);
		layout.h2(theme.title, lineHeight(subtitleStyle.size) + 3 + (items[0]?.keep ?? 0));
		layout.paragraph(theme.subtitle, subtitleStyle, { after: 3 });
		items.forEach((item, index) => {
			if (index > 0) {
				layout.ensure(separator + item.keep);
				// No separator line at the top of a fresh page.
				if (layout.y > MARGIN.top) {
					layout.rule();
					layout.gap(separator);
				}
			} else {
				layout.ensure(item.keep);
			}
			layout.lines(item.question, MARGIN.left, questionStyle);
			layout.gap(1);
			layout.definition(model.labels.answer, item.answer, MARGIN.left, valueX, body);
			if (item.note.length > 0) {
				layout.gap(1);
				layout.definition(model.labels.note, item.note, MARGIN.left, valueX, body);
			}
			layout.gap(3);
		});
	});
}

/**
 * The werksessie of a group's scan: who took part, where the answers differed most (per role, small
 * groups and names as the group chose), and what the group settled with reasoning and dissent.
 */
function drawWorkshop(layout: Layout, model: ReportModel): void {
	const section = model.workshop;
	if (!section) return;
	const body = { size: SIZE.body } as const;
	const muted = { size: SIZE.small, color: COLOR.muted } as const;
	const bold = { size: SIZE.body, style: 'bold' } as const;
	const labelWidth = 30;
	const valueX = MARGIN.left + labelWidth;
	layout.h1(section.heading, linesHeight(3, SIZE.body) + 3);
	layout.paragraph(section.intro, { size: SIZE.body, color: COLOR.muted }, { after: 3 });
	for (const fact of section.facts) {
		layout.definition(fact.label, layout.wrap(fact.value, CONTENT_WIDTH - labelWidth, body), MARGIN.left, valueX, body);
		layout.gap(1);
	}
	layout.gap(2);
	if (section.roles.length > 0) drawBullets(layout, section.roles, body);
	if (section.otherNote) layout.paragraph(section.otherNote, muted, { after: 2 });
	if (section.names) {
		layout.h2(section.names.heading);
		drawBullets(layout, section.names.list, body);
	}

	layout.gap(4);
	layout.h2(section.divergenceHeading);
	layout.paragraph(section.divergenceNote, muted, { after: 3 });
	if (section.divergenceNone) layout.paragraph(section.divergenceNone, body, { after: 3 });
	const c = section.columns;
	const columns = [MARGIN.left, MARGIN.left + 80, MARGIN.left + 105, MARGIN.left + 135];
	for (const item of section.divergence) {
		const question = layout.wrap(item.question, CONTENT_WIDTH, bold);
		const rowHeight = lineHeight(SIZE.small);
		layout.ensure(linesHeight(question.length + 1, SIZE.body) + rowHeight * (item.rows.length + 1));
		layout.paragraph(item.theme, muted);
		layout.lines(question, MARGIN.left, bold);
		layout.gap(1);
		const row = (cells: string[], style: TextStyle) => {
			layout.ensure(rowHeight);
			layout.font(style);
			cells.forEach((cell, index) => layout.doc.text(toPdfLine(cell), columns[index] ?? MARGIN.left, layout.y + baselineOffset(style.size)));
			layout.y += rowHeight;
		};
		row([c.group, c.people, c.median, c.spread], { size: SIZE.small, style: 'bold', color: COLOR.muted });
		for (const figures of item.rows) row([figures.group, figures.people, figures.median, figures.spread], { size: SIZE.small });
		layout.gap(4);
	}

	if (section.consensus.length === 0) return;
	layout.h2(section.consensusHeading);
	for (const item of section.consensus) {
		const question = layout.wrap(item.question, CONTENT_WIDTH, bold);
		layout.ensure(linesHeight(question.length + 2, SIZE.body));
		layout.lines(question, MARGIN.left, bold);
		layout.gap(1);
		layout.definition(section.labels.agreed, layout.wrap(item.answer, CONTENT_WIDTH - labelWidth, body), MARGIN.left, valueX, body);
		layout.gap(1);
		layout.definition(section.labels.reasoning, layout.wrap(item.reasoning, CONTENT_WIDTH - labelWidth, body), MARGIN.left, valueX, body);
		if (item.dissent !== '') {
			layout.gap(1);
			layout.definition(section.labels.dissent, layout.wrap(item.dissent, CONTENT_WIDTH - labelWidth, body), MARGIN.left, valueX, body);
		}
		layout.gap(4);
	}
}

function drawSources(layout: Layout, model: ReportModel): void {
	if (model.sources.length === 0) return;
	layout.h1(model.text.sourcesHeading, linesHeight(2, SIZE.body) + 4 + linesHeight(3, SIZE.small));
	layout.paragraph(model.text.sourcesIntro, { size: SIZE.body, color: COLOR.muted }, { after: 4 });
	const numberWidth = 9;
	const width = CONTENT_WIDTH - numberWidth;
	const titleStyle = { size: SIZE.small, style: 'bold' } as const;
	const metaStyle = { size: SIZE.small } as const;
	const urlStyle = { size: SIZE.tiny, color: COLOR.primary } as const;
	model.sources.forEach((source, index) => {
		const titleLines = layout.wrap(source.title, width, titleStyle);
		const metaLines = source.citation ? layout.wrap(source.citation, width, metaStyle) : [];
		// URLs are plain text (no link annotations): the report must not open anything by itself.
		const urlLines = source.url ? layout.wrap(source.url, width, urlStyle) : [];
		const height =
			titleLines.length * lineHeight(titleStyle.size) +
			metaLines.length * lineHeight(metaStyle.size) +
			urlLines.length * lineHeight(urlStyle.size);
		layout.ensure(Math.min(height, 40));
		layout.font(titleStyle);
		layout.doc.text(`${index + 1}.`, MARGIN.left, layout.y + baselineOffset(titleStyle.size));
		layout.lines(titleLines, MARGIN.left + numberWidth, titleStyle, { minLinesTogether: 1 });
		layout.lines(metaLines, MARGIN.left + numberWidth, metaStyle, { minLinesTogether: 1 });
		layout.lines(urlLines, MARGIN.left + numberWidth, urlStyle, { minLinesTogether: 1 });
		layout.gap(3);
	});
}

/** Footer on every page: organisation on the left, "Pagina X van Y" on the right. */
function drawFooters(doc: jsPDF, model: ReportModel): void {
	const total = doc.getNumberOfPages();
	const style = { size: SIZE.tiny, color: COLOR.muted } as const;
	const ruleY = PAGE.height - 14;
	const baseline = PAGE.height - 9.5;
	for (let page = 1; page <= total; page++) {
		doc.setPage(page);
		doc.setDrawColor(...COLOR.rule);
		doc.setLineWidth(0.2);
		doc.line(MARGIN.left, ruleY, PAGE.width - MARGIN.right, ruleY);
		doc.setFont(REPORT_FONT_FAMILY, 'normal');
		doc.setFontSize(style.size);
		doc.setTextColor(...style.color);
		const pageLabel = model.text.page(page, total);
		const room = CONTENT_WIDTH - doc.getTextWidth(pageLabel) - 8;
		doc.text(fitLine(doc, toPdfLine(model.footerText), room), MARGIN.left, baseline);
		doc.text(pageLabel, PAGE.width - MARGIN.right, baseline, { align: 'right' });
	}
}

/** Shortens a one-line text with '…' until it fits `width` mm in the current font. */
function fitLine(doc: jsPDF, text: string, width: number): string {
	if (doc.getTextWidth(text) <= width) return text;
	let low = 0;
	let high = text.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (doc.getTextWidth(`${text.slice(0, mid).trimEnd()}…`) <= width) low = mid;
		else high = mid - 1;
	}
	return `${text.slice(0, low).trimEnd()}…`;
}

/**
 * Draws the whole report into `doc` (an empty A4 portrait jsPDF document in mm, with
 * `REPORT_FONT_FAMILY` registered as normal and bold). Sets the document properties and language.
 */
export function renderReport(doc: jsPDF, autoTable: AutoTableFn, model: ReportModel): void {
	// Metadata from constants; the title is the only field with user text (the organisation).
	doc.setProperties({
		title: toPdfLine(model.documentTitle),
		subject: model.text.subject,
		author: model.appName,
		creator: model.appName
	});
	// jsPDF's setLanguage only accepts codes from its own list, which has 'nl' and 'en' but not 'nl-NL';
	// an unknown code is silently ignored.
	doc.setLanguage(model.language);
	doc.setLineHeightFactor(LINE_FACTOR);

	const layout = new Layout(doc);
	drawCover(layout, model);
	drawSummary(layout, model);
	drawPlan(layout, autoTable, model);
	drawAnswers(layout, model);
	drawWorkshop(layout, model);
	drawProgressSection(layout, autoTable, model.progress, { font: REPORT_FONT_FAMILY, margin: MARGIN, contentWidth: CONTENT_WIDTH, size: SIZE, color: COLOR });
	drawSources(layout, model);
	drawFooters(doc, model);
}
