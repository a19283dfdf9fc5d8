/**
 * The screen and the PDF must use the same words for the same concept. Both read the catalogue: the screen
 * shows `results.riskHigh`/`riskMedium`/`unknownRisk`, `plan.status.*` and `plan.horizon.*`; these tests
 * check that every risk, status and horizon the PDF prints is exactly that screen label, in both languages.
 */
import { describe, expect, it } from 'vitest';
import fixtureChecklist from '../../../tests/fixtures/report-checklist.yaml';
import { buildFullScan, NOW } from '../../../tests/fixtures/report-scan.ts';
import type { Checklist } from '../content/checklist-schema.ts';
import { UNKNOWN } from '../domain/scan.ts';
import { scoreScan } from '../domain/scoring.ts';
import { enAll as en } from '../i18n/whole-catalogues.ts';
import { formatDate } from '../i18n/format.ts';
import type { Language, Messages } from '../i18n/messages.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { buildReportModel, reportLabels } from './report-model.ts';

const checklist: Checklist = fixtureChecklist;

describe.each([
	['nl', nl],
	['en', en]
] as Array<[Language, Messages]>)('report labels in %s', (language, messages) => {
	it('the PDF label of every risk level, action status and horizon is the screen label', () => {
		const labels = reportLabels(messages);
		expect(labels.severity).toEqual({
			high: messages.results.riskHigh,
			medium: messages.results.riskMedium,
			unknown: messages.results.unknownRisk
		});
		expect(labels.status).toBe(messages.plan.status);
		expect(labels.horizon).toBe(messages.plan.horizon);
		expect(labels.scanType).toBe(messages.scanType);
		expect(labels.priority).toBe(messages.plan.priority);
		// Column headings and captions are the plan form's field labels and the results page's headings.
		const { fields } = messages.plan;
		expect(labels.plan).toMatchObject({
			title: fields.title,
			owner: fields.owner,
			deadline: fields.deadline,
			horizon: fields.horizon,
			status: fields.status,
			why: fields.why,
			firstStep: fields.firstStep
		});
		expect([labels.risksHeading, labels.themeScoresHeading, labels.gapsHeading]).toEqual([
			messages.results.risksHeading,
			messages.results.themesHeading,
			messages.results.gapsHeading
		]);
		expect([labels.answer, labels.note, labels.notAnswered]).toEqual([
			messages.results.yourAnswer,
			messages.check.noteLabel,
			messages.check.notAnswered
		]);
	});

	it('a built report prints those labels for each action and risk', () => {
		const { scan } = buildFullScan(checklist);
		// One risk question answered "Weet ik niet", so the report has an unknown risk too.
		const riskQuestion = checklist.themes.find((theme) => theme.kind === 'dont')?.questions[0];
		if (riskQuestion) scan.answers[riskQuestion.id] = { value: UNKNOWN, note: '', updatedAt: NOW };
		const results = scoreScan(checklist, scan);
		const model = buildReportModel(checklist, scan, results, NOW, { language, messages });

		const actions = scan.plan?.actions ?? [];
		expect(actions.length).toBeGreaterThan(2);
		model.plan.rows.forEach((row, index) => {
			const action = actions[index]!;
			expect(row.status).toBe(messages.plan.status[action.status]);
			expect(row.horizon).toBe(messages.plan.horizon[action.horizon]);
			expect(row.priority).toBe(messages.plan.priority[action.priority]);
			// The date as the plan page shows it (language.formatDate → formatDate), '–' without one.
			expect(row.deadline).toBe(formatDate(action.deadline, language) || '–');
		});
		const screen = { high: messages.results.riskHigh, medium: messages.results.riskMedium, unknown: messages.results.unknownRisk };
		expect(model.summary.risks.length).toBeGreaterThan(0);
		for (const risk of model.summary.risks) expect(risk.severityLabel).toBe(screen[risk.severity]);
		expect(new Set(model.summary.risks.map((risk) => risk.severity))).toContain('unknown');
	});

	it('the report is in that language: headings, page numbers, document title', () => {
		const { scan } = buildFullScan(checklist);
		const model = buildReportModel(checklist, scan, scoreScan(checklist, scan), NOW, { language, messages });
		expect(model.language).toBe(language);
		expect(model.text).toBe(messages.report);
		expect(model.cover.title).toBe(messages.report.title);
		expect(model.documentTitle).toBe(messages.report.documentTitle(model.organisation));
		expect(model.cover.fields[0]).toEqual({
			label: messages.report.coverFields.date,
			value: language === 'nl' ? '24 november 2026' : '24 November 2026'
		});
	});
});
