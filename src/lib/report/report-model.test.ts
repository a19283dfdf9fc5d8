import { describe, expect, it } from 'vitest';
import fixtureChecklist from '../../../tests/fixtures/report-checklist.yaml';
import { buildFullScan, NOW, ORGANISATION } from '../../../tests/fixtures/report-scan.ts';
import type { Checklist } from '../content/checklist-schema.ts';
import type { Scan } from '../domain/scan.ts';
import { UNKNOWN } from '../domain/scan.ts';
import { scoreScan } from '../domain/scoring.ts';
import { formatDate, formatShortDate } from '../i18n/format.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { buildReportModel } from './report-model.ts';

const REPORT_TEXT = nl.report;
const DUTCH = { language: 'nl' as const, messages: nl };
const formatDutchDate = (iso: string) => formatDate(iso, 'nl');
const formatShortDutchDate = (iso: string) => formatShortDate(iso, 'nl');

const checklist: Checklist = fixtureChecklist;

function model(scan: Scan, generatedAt = NOW) {
	return buildReportModel(checklist, scan, scoreScan(checklist, scan), generatedAt, DUTCH);
}

/** A scan with every answer at the top, except the given ones. */
function scanWith(answers: Record<string, string | null>, mode: 'quick' | 'full' = 'full'): Scan {
	const { scan } = buildFullScan(checklist, { mode });
	for (const theme of checklist.themes) {
		for (const question of theme.questions) {
			const top = theme.kind === 'dont' ? 'nee' : '3';
			const current = scan.answers[question.id];
			if (current) current.value = top;
		}
	}
	for (const [id, value] of Object.entries(answers)) {
		const current = scan.answers[id];
		if (current) current.value = value;
		else scan.answers[id] = { value, note: '', updatedAt: NOW };
	}
	return scan;
}

describe('Dutch dates', () => {
	it('writes the month out', () => {
		expect(formatDutchDate('2026-11-24T10:15:00')).toBe('24 november 2026');
		expect(formatDutchDate('2027-01-05')).toBe('5 januari 2027');
		expect(formatDutchDate('2027-03-31T23:59:59.000Z')).toBe('31 maart 2027');
		expect(formatDutchDate('')).toBe('');
		expect(formatDutchDate('gisteren')).toBe('');
		expect(formatDutchDate('2027-13-01')).toBe('');
	});

	it('abbreviates months for table cells and shows a dash for no deadline', () => {
		expect(formatShortDutchDate('2027-03-31')).toBe('31 mrt 2027');
		expect(formatShortDutchDate('2027-05-01')).toBe('1 mei 2027');
		expect(formatShortDutchDate('')).toBe('–');
	});
});

describe('buildReportModel', () => {
	it('fills the cover from the profile and the checklist', () => {
		const { scan } = buildFullScan(checklist);
		const cover = model(scan).cover;
		expect(cover.title).toBe('Actieplan ervaringswerk');
		expect(cover.organisation).toBe(ORGANISATION);
		expect(cover.subtitle).toBe(checklist.title);
		expect(Object.fromEntries(cover.fields.map((field) => [field.label, field.value]))).toEqual({
			Datum: '24 november 2026',
			'Ingevuld door': 'Anouk de Vries',
			'Functie of rol': 'Beleidsmedewerker sociaal domein',
			'Soort scan': 'Volledige scan',
			Fase: 'Eerste ervaringswerkers in dienst',
			Werkvelden: 'Armoede en schulden, Ggz en psychische gezondheid',
			'Versie vragenlijst': '1.2.0'
		});
	});

	it('leaves out empty profile fields and notes an older checklist version', () => {
		const { scan } = buildFullScan(checklist, { mode: 'quick' });
		const older: Scan = {
			...scan,
			checklistVersion: '1.1.0',
			profile: { ...scan.profile, filledInBy: '  ', role: '', focusAreas: [], organisation: '  ' }
		};
		const result = model(older);
		const labels = result.cover.fields.map((field) => field.label);
		expect(labels).not.toContain('Ingevuld door');
		expect(labels).not.toContain('Functie of rol');
		expect(labels).not.toContain('Werkvelden');
		expect(result.cover.fields.find((field) => field.label === 'Soort scan')?.value).toBe('Snelle scan');
		expect(result.cover.fields.find((field) => field.label === 'Versie vragenlijst')?.value).toBe(
			'1.1.0 (rapport gemaakt met versie 1.2.0)'
		);
		expect(result.organisation).toBe(REPORT_TEXT.unknownOrganisation);
		expect(result.documentTitle).toBe(`Actieplan ervaringswerk – ${REPORT_TEXT.unknownOrganisation}`);
	});

	it('lists the plan with Dutch horizon, status and deadline labels', () => {
		const { scan } = buildFullScan(checklist);
		const rows = model(scan).plan.rows;
		expect(rows.length).toBe(scan.plan?.actions.length);
		expect(rows.map((row) => row.number)).toEqual(rows.map((_, index) => String(index + 1)));
		const custom = rows.at(-1);
		expect(custom).toMatchObject({
			title: 'Eigen actie: organiseer een “open dag” voor inwoners met ervaringskennis',
			priority: 'Eigen actie',
			own: true,
			owner: 'Kwartiermaker',
			deadline: '31 maart 2027',
			horizon: '3 tot 12 maanden',
			status: 'Nog niet begonnen'
		});
		expect(rows.map((row) => row.status)).toEqual(expect.arrayContaining(['Nog niet begonnen', 'Bezig', 'Klaar']));
		expect(rows.map((row) => row.horizon)).toEqual(expect.arrayContaining(['0 tot 3 maanden', 'Later']));
		expect(rows.filter((row) => row.deadline === '–').length).toBeGreaterThan(0);
		// Proposed actions carry their priority label and are not marked as the user's own.
		const actions = scan.plan?.actions ?? [];
		rows.forEach((row, index) => {
			expect(row.own).toBe(actions[index]?.priority === 'custom');
			expect(row.priority).toBe(nl.plan.priority[actions[index]?.priority ?? 'custom']);
		});
		expect(rows.filter((row) => !row.own).length).toBeGreaterThan(2);
	});

	it('shows a dash for an empty owner and says so when the plan is empty', () => {
		const { scan } = buildFullScan(checklist);
		const plan = scan.plan;
		if (!plan) throw new Error('fixture has no plan');
		const first = plan.actions[0];
		if (!first) throw new Error('fixture plan is empty');
		plan.actions[0] = { ...first, owner: ' ' };
		expect(model(scan).plan.rows[0]?.owner).toBe('–');
		const empty = model({ ...scan, plan: null }).plan;
		expect(empty.rows).toEqual([]);
		expect(empty.intro).toBe(REPORT_TEXT.planEmpty);
	});

	it('summarises level, theme scores, risks (high first), caps and knowledge gaps', () => {
		const scan = scanWith({ 'k1-plan': '0', 'k4-onbetaald': 'soms', 'k4-overvragen': 'ja', 'k3-scholing': UNKNOWN });
		const { summary } = model(scan);
		expect(summary.levelLabel).toBe('Beginnen');
		expect(summary.levelDescription).toBe(checklist.levels[1]?.description);
		// The screen's sentence (results page), not a wording of the PDF's own.
		expect(summary.overall).toBe(nl.results.overall(summary.overall?.match(/\d+%/)?.[0] ?? 'missing'));
		expect(summary.risks.map((risk) => risk.severityLabel)).toEqual(['Groot risico', 'Risico']);
		expect(summary.risks[0]?.answer).toBe('Uw antwoord: Ja, dit gebeurt');
		expect(summary.caps).toEqual([
			`Hoogstens ‘Beginnen’: ${checklist.caps[0]?.reason}`,
			`Hoogstens ‘Bouwen’: ${checklist.caps[1]?.reason}`
		]);
		expect(summary.capNote).toBe(REPORT_TEXT.capNote);
		expect(summary.knowledgeGapCount).toBe(1);
		expect(summary.knowledgeGaps).toContain('Bij 1 vraag');
		// Which question, under its theme: not only how many.
		const scholing = checklist.themes.flatMap((theme) => theme.questions).find((question) => question.id === 'k3-scholing');
		expect(summary.knowledgeGapThemes).toEqual([{ title: 'Begeleiding en ontwikkeling', questions: [scholing?.text] }]);
		expect(summary.themeBars.map((bar) => bar.title)).toEqual([
			'Draagvlak en wegbereiders',
			'Functie, werving en arbeidsvoorwaarden',
			'Begeleiding en ontwikkeling',
			'Samenwerking in de regio'
		]);
		expect(summary.themeBars[1]).toEqual({ title: 'Functie, werving en arbeidsvoorwaarden', percent: 100, label: '100%', note: null });
		// k3-scholing "Weet ik niet": the theme says how much is unknown.
		expect(summary.themeBars[2]?.note).toMatch(/^Weet ik niet: 1 van \d+/);
		expect(summary.provisional).toBe(false);
	});

	it('lists unknown risks after the known ones, with the "Weet ik niet" answer', () => {
		const { summary, themes } = model(scanWith({ 'k4-onbetaald': UNKNOWN, 'k4-overvragen': 'soms' }));
		expect(summary.risks.map((risk) => [risk.severity, risk.severityLabel, risk.answer])).toEqual([
			['medium', 'Risico', 'Uw antwoord: Soms'],
			['unknown', 'Onbekend risico', 'Uw antwoord: Weet ik niet']
		]);
		// An unknown risk is no flag: the answers section does not mark it as one.
		const dont = themes[3];
		expect(dont?.subtitle).toBe('1 risico gesignaleerd');
	});

	it('says when the result is uncertain, and marks uncertain themes', () => {
		const maturity = checklist.themes.filter((theme) => theme.kind !== 'dont').flatMap((theme) => theme.questions);
		const unknownAll = Object.fromEntries(maturity.map((question) => [question.id, UNKNOWN]));
		const { summary, themes } = model(scanWith(unknownAll));
		expect(summary.uncertain).toBe(nl.results.uncertainOverall('100%'));
		// The note under each bar is the one under the screen's bars.
		expect(summary.themeBars.every((bar) => bar.note?.endsWith('· onzeker'))).toBe(true);
		// Every "Weet ik niet" question is listed, grouped under its theme in the checklist's order.
		expect(summary.knowledgeGapThemes.map((theme) => theme.title)).toEqual(
			checklist.themes.filter((theme) => theme.kind !== 'dont').map((theme) => theme.title)
		);
		expect(summary.knowledgeGapThemes.flatMap((theme) => theme.questions)).toHaveLength(maturity.length);
		expect(themes[0]?.subtitle).toBe('Score: 0% (onzeker)');
		expect(model(scanWith({})).summary.uncertain).toBeNull();
	});

	it('mentions the weights only when themes weigh differently', () => {
		expect(model(scanWith({})).summary.overall).toMatch(/^Gemiddelde score op de thema’s: \d+%\.$/);
		const weighted: Checklist = {
			...checklist,
			themes: checklist.themes.map((theme, index) => (index === 0 ? { ...theme, weight: 2 } : theme))
		};
		const scan = scanWith({});
		const summary = buildReportModel(weighted, scan, scoreScan(weighted, scan), NOW, DUTCH).summary;
		expect(summary.overall).toMatch(/^Gemiddelde score op de thema’s: \d+%\. Thema’s met meer gewicht tellen zwaarder mee\.$/);
	});

	it('marks a partial scan as provisional and shows themes without a score', () => {
		const { scan } = buildFullScan(checklist, { mode: 'quick' });
		const partial: Scan = { ...scan, answers: { 'k1-wegbereider': { value: '1', note: '', updatedAt: NOW } } };
		const { summary } = model(partial);
		expect(summary.provisional).toBe(true);
		expect(summary.progress).toBe(nl.results.partial(1, 5));
		expect(summary.themeBars.filter((bar) => bar.percent === null).map((bar) => bar.label)).toEqual([
			'Nog geen score',
			'Nog geen score',
			'Nog geen score'
		]);
		expect(summary.risks).toEqual([]);
		expect(summary.capNote).toBeNull();
		expect(summary.knowledgeGaps).toBeNull();
		expect(summary.knowledgeGapThemes).toEqual([]);
	});

	it('lists the questions in scope per theme with answer labels and notes', () => {
		const scan = scanWith({ 'k4-alibi': 'ja', 'k5-leren': null });
		const note = scan.answers['k1-bestuur'];
		if (note) note.note = '  Besproken met de wethouder.  ';
		const { themes } = model(scan);
		expect(themes.map((theme) => theme.title)).toEqual(checklist.themes.map((theme) => theme.title));
		const k1 = themes[0];
		expect(k1?.subtitle).toBe('Score: 100%');
		expect(k1?.answers[1]).toEqual({
			text: 'Steunt het college of bestuur het werken met ervaringswerkers zichtbaar?',
			answer: 'Ja, helemaal',
			riskLabel: null,
			note: 'Besproken met de wethouder.'
		});
		const dont = themes[3];
		expect(dont?.subtitle).toBe('1 risico gesignaleerd');
		expect(dont?.answers[0]).toMatchObject({ answer: 'Ja, dit gebeurt', riskLabel: 'Groot risico' });
		expect(themes[4]?.answers[1]?.answer).toBe(nl.check.notAnswered);
	});

	it('applies mode and phase: quick scans show one question per theme, phase wording is used', () => {
		const { scan } = buildFullScan(checklist, { mode: 'quick' });
		expect(model(scan).themes.map((theme) => theme.answers.length)).toEqual([1, 1, 1, 1, 1]);

		const full = buildFullScan(checklist).scan;
		const orienterend: Scan = { ...full, profile: { ...full.profile, phase: 'orienterend' } };
		const themes = model(orienterend).themes;
		// k2-werving is only asked from phase "eerste" on.
		expect(themes[1]?.answers.map((answer) => answer.text)).not.toContain(
			'Werft u ervaringswerkers via kanalen die zij zelf gebruiken?'
		);
		expect(themes[4]?.answers[2]?.text).toBe('Weet u hoe u later gaat meten wat ervaringswerk oplevert?');
	});

	it('lists the cited sources, with or without a year', () => {
		const { scan } = buildFullScan(checklist);
		expect(model(scan).sources.map((source) => source.citation)).toEqual([
			'Landelijk Kenniscentrum Ervaringswerk, 2023',
			'Vereniging van Voorbeeldgemeenten, 2022',
			'Beroepsvereniging Ervaringswerk, 2021',
			'Kenniscentrum Herstel, 2024'
		]);
		const undated: Checklist = {
			...checklist,
			sources: checklist.sources.map((source, index) => {
				if (index !== 0) return source;
				const { year: _year, ...rest } = source;
				return rest;
			})
		};
		const first = buildReportModel(undated, scan, scoreScan(undated, scan), NOW, DUTCH).sources[0];
		expect(first).toMatchObject({ year: null, citation: 'Landelijk Kenniscentrum Ervaringswerk' });
	});

	it('leaves out the publisher and address a source does not give', () => {
		const { scan } = buildFullScan(checklist);
		const bare: Checklist = {
			...checklist,
			sources: checklist.sources.map((source, index) => (index === 0 ? { id: source.id, title: source.title, year: 2020 } : index === 1 ? { id: source.id, title: source.title } : source))
		};
		const [first, second] = buildReportModel(bare, scan, scoreScan(bare, scan), NOW, DUTCH).sources;
		expect(first).toMatchObject({ publisher: '', citation: '2020', url: '' });
		expect(second).toMatchObject({ publisher: '', year: null, citation: '', url: '' });
	});

	it('is pure: the same input gives the same model, and the input is not changed', () => {
		const { scan, results } = buildFullScan(checklist);
		const before = JSON.stringify({ scan, results });
		const a = buildReportModel(checklist, scan, results, NOW, DUTCH);
		const b = buildReportModel(checklist, scan, results, NOW, DUTCH);
		expect(a).toEqual(b);
		expect(JSON.stringify({ scan, results })).toBe(before);
	});
});
