/**
 * The report as a Word document (.docx), for people who want to edit the plan or paste parts of it into
 * a collegevoorstel.
 *
 * Pure: the report model (`buildReportModel`, the same data and order as the PDF) goes in, a docx
 * `Document` comes out; packing it into a file is `create-word.ts`. Everything is built from Word's own
 * structure, not from looks: real heading styles (Heading 1-3, so Word's navigation pane and screen
 * readers see the outline), real lists, and real tables with a header row that repeats on every page.
 * That is what makes the document accessible and easy to edit. The document's language is set, so Word
 * checks spelling and reads it aloud in the right language.
 *
 * This module imports docx (about 1 MB unminified), so only the lazy Word chunk may import it.
 */
import {
	AlignmentType,
	Document,
	Footer,
	HeadingLevel,
	LevelFormat,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ParagraphChild
} from 'docx';
import type { Messages } from '../i18n/messages.ts';
import { LOCALES } from '../i18n/messages.ts';
import type { ReportModel } from './report-model.ts';

/** The Word document's own words (catalogue section `exports`); the rest is in the model. */
export type WordText = Messages['exports'];

/** The numbering definition the sources list uses (1., 2., …). */
const SOURCES_NUMBERING = 'sources';

/** The app's dark blue, as on screen and in the PDF (hex without '#', as Word wants it). */
const PRIMARY = '154273';
const MUTED = '54595F';

/**
 * Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF). docx escapes
 * markup characters itself, but one of these in a note would make Word refuse the whole file.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wordSafe(text: string): string {
	return text.replace(NOT_XML, '');
}

interface RunStyle {
	bold?: boolean;
	color?: string;
	size?: number;
}

/** Text runs for a text that may hold line breaks (a toelichting): one run per line, with a break between. */
function runs(text: string, style: RunStyle = {}): TextRun[] {
	return wordSafe(text)
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line, index) => new TextRun({ text: line, ...style, ...(index > 0 ? { break: 1 } : {}) }));
}

function paragraph(text: string, style: RunStyle = {}): Paragraph {
	return new Paragraph({ children: runs(text, style) });
}

/** 'Label: value', the label bold: the Word form of the PDF's two columns of label and value. */
function labelled(label: string, value: string, options: { bullet?: number } = {}): Paragraph {
	const children: ParagraphChild[] = [new TextRun({ text: `${wordSafe(label)}: `, bold: true }), ...runs(value)];
	return new Paragraph({ children, ...(options.bullet === undefined ? {} : { bullet: { level: options.bullet } }) });
}

function heading(text: string, level: (typeof HeadingLevel)['HEADING_1' | 'HEADING_2' | 'HEADING_3']): Paragraph {
	return new Paragraph({ heading: level, children: runs(text) });
}

function bullet(children: ParagraphChild[], level = 0): Paragraph {
	return new Paragraph({ children, bullet: { level } });
}

/** A header cell: bold white on the app's blue, as in the PDF's plan table. */
function headerCell(text: string): TableCell {
	return new TableCell({
		children: [new Paragraph({ children: runs(text, { bold: true, color: 'FFFFFF' }) })],
		shading: { type: ShadingType.CLEAR, fill: PRIMARY, color: 'auto' }
	});
}

function cell(children: Paragraph[]): TableCell {
	return new TableCell({ children });
}

/**
 * A table over the full width with a real header row: Word repeats it on every page and screen readers
 * read each cell with its column name. Rows do not break across pages.
 */
function table(head: string[], body: Paragraph[][][]): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({ tableHeader: true, cantSplit: true, children: head.map(headerCell) }),
			...body.map((cells) => new TableRow({ cantSplit: true, children: cells.map(cell) }))
		]
	});
}

type Block = Paragraph | Table;

function cover(model: ReportModel): Block[] {
	const { cover: c } = model;
	return [
		new Paragraph({ heading: HeadingLevel.TITLE, children: runs(c.title) }),
		paragraph(c.subtitle, { color: MUTED, size: 26 }),
		paragraph(c.organisation, { bold: true, size: 36 }),
		paragraph(c.lead),
		...c.fields.map((field) => labelled(field.label, field.value)),
		paragraph(c.privacy, { color: MUTED })
	];
}

function summary(model: ReportModel, words: WordText): Block[] {
	const { summary: s, text, labels } = model;
	const blocks: Block[] = [
		heading(text.summaryHeading, HeadingLevel.HEADING_1),
		labelled(text.levelCaption, s.levelLabel),
		paragraph(s.levelDescription)
	];
	for (const line of [s.overall, s.uncertain, s.capNote]) if (line) blocks.push(paragraph(line));
	blocks.push(paragraph(s.progress, { color: MUTED }));

	// The profile per theme: the PDF's bar chart as a table, which is what Word and screen readers handle best.
	if (s.themeBars.length > 0) {
		blocks.push(heading(labels.themeScoresHeading, HeadingLevel.HEADING_2), paragraph(text.themeScoresNote, { color: MUTED }));
		blocks.push(
			table(
				[words.word.themeColumn, words.word.scoreColumn],
				s.themeBars.map((bar) => [
					[paragraph(bar.title)],
					[paragraph(bar.label, { bold: true }), ...(bar.note ? [paragraph(bar.note, { color: MUTED })] : [])]
				])
			)
		);
	}

	blocks.push(heading(labels.risksHeading, HeadingLevel.HEADING_2));
	if (s.risks.length === 0) blocks.push(paragraph(text.risksNone));
	for (const risk of s.risks) {
		blocks.push(
			bullet([new TextRun({ text: `${wordSafe(risk.severityLabel)}: `, bold: true }), ...runs(risk.text)]),
			bullet(runs(risk.answer, { color: MUTED }), 1)
		);
	}
	if (s.caps.length > 0) {
		blocks.push(heading(text.capsHeading, HeadingLevel.HEADING_2), ...s.caps.map((cap) => bullet(runs(cap))));
	}
	if (s.knowledgeGaps) {
		// Which questions were answered 'Weet ik niet', per theme: the list to find out, as in the PDF.
		blocks.push(heading(labels.gapsHeading, HeadingLevel.HEADING_2), paragraph(s.knowledgeGaps));
		for (const theme of s.knowledgeGapThemes) {
			blocks.push(bullet(runs(theme.title, { bold: true })), ...theme.questions.map((question) => bullet(runs(question), 1)));
		}
	}
	return blocks;
}

function plan(model: ReportModel, words: WordText): Block[] {
	const { plan: p, text } = model;
	const c = model.labels.plan;
	const blocks: Block[] = [heading(text.planHeading, HeadingLevel.HEADING_1), paragraph(p.intro)];
	if (p.rows.length === 0) return blocks;
	blocks.push(
		table(
			[c.number, c.title, c.priority, c.owner, c.deadline, c.status],
			p.rows.map((row) => [row.number, row.title, row.priority, row.owner, row.deadline, row.status].map((value) => [paragraph(value)]))
		)
	);
	// Every action once more in full, under its own heading: a part to copy into a collegevoorstel as it is.
	blocks.push(heading(text.planDetailsHeading, HeadingLevel.HEADING_2));
	for (const row of p.rows) {
		blocks.push(
			heading(words.word.actionTitle(row.number, row.title), HeadingLevel.HEADING_3),
			labelled(c.priority, row.priority, { bullet: 0 }),
			labelled(c.owner, row.owner, { bullet: 0 }),
			labelled(c.deadline, row.deadline, { bullet: 0 }),
			labelled(c.horizon, row.horizon, { bullet: 0 }),
			labelled(c.status, row.status, { bullet: 0 })
		);
		if (row.why !== '') blocks.push(labelled(c.why, row.why, { bullet: 0 }));
		if (row.firstStep !== '') blocks.push(labelled(c.firstStep, row.firstStep, { bullet: 0 }));
	}
	return blocks;
}

function answers(model: ReportModel): Block[] {
	const { text, labels } = model;
	const blocks: Block[] = [heading(text.answersHeading, HeadingLevel.HEADING_1)];
	for (const theme of model.themes) {
		blocks.push(heading(theme.title, HeadingLevel.HEADING_2), paragraph(theme.subtitle, { color: MUTED }));
		for (const item of theme.answers) {
			// The question as a list item, its answer and toelichting one level in.
			blocks.push(bullet(runs(item.text, { bold: true })));
			const answer = item.riskLabel ? `${item.answer} (${item.riskLabel.toLowerCase()})` : item.answer;
			blocks.push(labelled(labels.answer, answer, { bullet: 1 }));
			if (item.note !== '') blocks.push(labelled(labels.note, item.note, { bullet: 1 }));
		}
	}
	return blocks;
}

/** Progress since the earlier scan (a repeated scan): the same parts as the PDF's section, as tables and lists. */
function progress(model: ReportModel): Block[] {
	const section = model.progress;
	if (!section) return [];
	const cells = (values: string[]) => values.map((value) => [paragraph(value)]);
	const blocks: Block[] = [heading(section.heading, HeadingLevel.HEADING_1), paragraph(section.intro)];
	for (const note of [section.otherOrganisation, section.provisional]) if (note) blocks.push(paragraph(note, { color: MUTED }));
	blocks.push(heading(section.levelHeading, HeadingLevel.HEADING_2), paragraph(section.level));
	const c = section.themeColumns;
	blocks.push(
		heading(section.themesHeading, HeadingLevel.HEADING_2),
		table([c.theme, c.then, c.now, c.change], section.themes.map((row) => cells([row.theme, row.then, row.now, row.change])))
	);
	blocks.push(heading(section.answersHeading, HeadingLevel.HEADING_2));
	if (section.answersNone) blocks.push(paragraph(section.answersNone));
	if (section.answers.length > 0) {
		const a = section.answerColumns;
		blocks.push(table([a.question, a.then, a.now], section.answers.map((row) => cells([`${row.theme}: ${row.question}`, row.then, row.now]))));
	}
	if (section.openNow) blocks.push(paragraph(section.openNow, { color: MUTED }));
	blocks.push(heading(section.risksHeading, HeadingLevel.HEADING_2));
	blocks.push(heading(section.risksAppearedHeading, HeadingLevel.HEADING_3));
	if (section.risksAppearedNone) blocks.push(paragraph(section.risksAppearedNone));
	blocks.push(...section.risksAppeared.map((risk) => bullet(runs(risk))));
	blocks.push(heading(section.risksGoneHeading, HeadingLevel.HEADING_3));
	if (section.risksGoneNone) blocks.push(paragraph(section.risksGoneNone));
	blocks.push(...section.risksGone.map((risk) => bullet(runs(risk))));
	blocks.push(heading(section.actionsHeading, HeadingLevel.HEADING_2));
	if (section.actionsNone) blocks.push(paragraph(section.actionsNone));
	if (section.actions.length > 0) {
		const a = section.actionColumns;
		blocks.push(table([a.action, a.owner, a.then, a.now], section.actions.map((row) => cells([row.title, row.owner, row.then, row.now]))));
	}
	if (section.unmatched) {
		blocks.push(heading(section.unmatched.heading, HeadingLevel.HEADING_2), paragraph(section.unmatched.intro));
		blocks.push(...section.unmatched.items.map((item) => bullet(runs(item))));
	}
	return blocks;
}

function workshop(model: ReportModel): Block[] {
	const section = model.workshop;
	if (!section) return [];
	const blocks: Block[] = [heading(section.heading, HeadingLevel.HEADING_1), paragraph(section.intro)];
	blocks.push(...section.facts.map((fact) => labelled(fact.label, fact.value)));
	blocks.push(...section.roles.map((role) => bullet(runs(role))));
	if (section.otherNote) blocks.push(paragraph(section.otherNote, { color: MUTED }));
	if (section.names) {
		blocks.push(heading(section.names.heading, HeadingLevel.HEADING_2), ...section.names.list.map((name) => bullet(runs(name))));
	}
	blocks.push(heading(section.divergenceHeading, HeadingLevel.HEADING_2), paragraph(section.divergenceNote, { color: MUTED }));
	if (section.divergenceNone) blocks.push(paragraph(section.divergenceNone));
	const c = section.columns;
	for (const item of section.divergence) {
		blocks.push(heading(item.question, HeadingLevel.HEADING_3), paragraph(item.theme, { color: MUTED }));
		blocks.push(
			table(
				[c.group, c.people, c.median, c.spread],
				item.rows.map((row) => [row.group, row.people, row.median, row.spread].map((value) => [paragraph(value)]))
			)
		);
	}
	if (section.consensus.length > 0) {
		blocks.push(heading(section.consensusHeading, HeadingLevel.HEADING_2));
		for (const item of section.consensus) {
			blocks.push(heading(item.question, HeadingLevel.HEADING_3));
			blocks.push(labelled(section.labels.agreed, item.answer), labelled(section.labels.reasoning, item.reasoning));
			if (item.dissent !== '') blocks.push(labelled(section.labels.dissent, item.dissent));
		}
	}
	return blocks;
}

function sources(model: ReportModel): Block[] {
	if (model.sources.length === 0) return [];
	return [
		heading(model.text.sourcesHeading, HeadingLevel.HEADING_1),
		paragraph(model.text.sourcesIntro),
		...model.sources.map(
			(source) =>
				new Paragraph({
					numbering: { reference: SOURCES_NUMBERING, level: 0 },
					// The address as plain text, as in the PDF: the document opens nothing by itself.
					children: runs([source.title, source.citation, source.url].filter((part) => part !== '').join('. '))
				})
		)
	];
}

/** The whole report as a Word document, in the PDF's order: cover, summary, plan, answers, werksessie, sources. */
export function renderWord(model: ReportModel, words: WordText): Document {
	const language = LOCALES[model.language];
	return new Document({
		// Metadata: the title holds the organisation, as in the PDF; the rest are constants.
		title: wordSafe(model.documentTitle),
		subject: model.text.subject,
		creator: model.appName,
		description: model.text.subject,
		styles: {
			default: {
				document: { run: { language: { value: language }, font: 'Arial', size: 22 } },
				heading1: { run: { color: PRIMARY, bold: true, size: 36 }, paragraph: { keepNext: true, spacing: { before: 360, after: 120 } } },
				heading2: { run: { color: PRIMARY, bold: true, size: 28 }, paragraph: { keepNext: true, spacing: { before: 240, after: 120 } } },
				heading3: { run: { bold: true, size: 24 }, paragraph: { keepNext: true, spacing: { before: 200, after: 80 } } },
				title: { run: { color: PRIMARY, bold: true, size: 52 } }
			}
		},
		numbering: {
			config: [
				{
					reference: SOURCES_NUMBERING,
					levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }]
				}
			]
		},
		sections: [
			{
				footers: { default: new Footer({ children: [paragraph(model.footerText, { color: MUTED, size: 18 })] }) },
				children: [...cover(model), ...summary(model, words), ...plan(model, words), ...answers(model), ...workshop(model), ...progress(model), ...sources(model)]
			}
		]
	});
}
