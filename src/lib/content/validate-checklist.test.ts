/**
 * The content validator against the real checklist and against broken copies of it.
 *
 * Broken copies are made by editing one line of the real YAML (or of the small fixture in
 * tests/fixtures/content/). The expected line and column are always computed from the edited
 * text, so the tests keep working when the content grows.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ChecklistSchema, type Checklist } from './checklist-schema.ts';
import { formatContentError, validateChecklistSource, type ContentError } from './validate-checklist.ts';

const REAL_FILE = 'checklists/kwartiermaken.yaml';
const REAL = readFileSync(new URL('../../../checklists/kwartiermaken.yaml', import.meta.url), 'utf8');
const MINIMAL_FILE = 'tests/fixtures/content/minimal.yaml';
const MINIMAL = readFileSync(new URL('../../../tests/fixtures/content/minimal.yaml', import.meta.url), 'utf8');

// ---------------------------------------------------------------------------------------------
// Helpers

/** An edited copy, with the offset of the edit in the new text. */
interface Edit {
	text: string;
	/** Offset of the inserted or replacing text in `text`. */
	at: number;
	/** The inserted or replacing text. */
	inserted: string;
}

function indexOfUnique(text: string, needle: string): number {
	const first = text.indexOf(needle);
	if (first < 0) throw new Error(`not found: ${JSON.stringify(needle)}`);
	if (text.indexOf(needle, first + 1) >= 0) throw new Error(`not unique: ${JSON.stringify(needle)}`);
	return first;
}

/** Replaces the first `search` at or after the (unique) `anchor`. */
function replaceAfter(text: string, anchor: string, search: string, replacement: string): Edit {
	const from = indexOfUnique(text, anchor);
	const at = text.indexOf(search, from);
	if (at < 0) throw new Error(`not found after ${JSON.stringify(anchor)}: ${JSON.stringify(search)}`);
	return { text: text.slice(0, at) + replacement + text.slice(at + search.length), at, inserted: replacement };
}

/** Inserts whole lines right after the line that holds the (unique) `anchor`. */
function insertLinesAfter(text: string, anchor: string, lines: string): Edit {
	const from = indexOfUnique(text, anchor);
	const at = text.indexOf('\n', from) + 1;
	return { text: text.slice(0, at) + lines + text.slice(at), at, inserted: lines };
}

/** Removes the first whole line at or after the (unique) `anchor` that contains `search`. */
function removeLineAfter(text: string, anchor: string, search: string): string {
	const from = indexOfUnique(text, anchor);
	const hit = text.indexOf(search, from);
	if (hit < 0) throw new Error(`not found: ${JSON.stringify(search)}`);
	const start = text.lastIndexOf('\n', hit) + 1;
	const end = text.indexOf('\n', hit) + 1;
	return text.slice(0, start) + text.slice(end);
}

/** 1-based line and column of an offset, the way editors count. */
function positionOfOffset(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/** Position of `inner` inside the edit (default: the start of the edit). */
function positionIn(edit: Edit, inner?: string): { line: number; column: number } {
	const offset = inner === undefined ? 0 : edit.inserted.indexOf(inner);
	if (offset < 0) throw new Error(`${JSON.stringify(inner)} is not in the edit`);
	return positionOfOffset(edit.text, edit.at + offset);
}

/** Position of a (unique) needle, plus the offset of `inner` inside it. */
function positionOfText(text: string, needle: string, inner?: string): { line: number; column: number } {
	const offset = inner === undefined ? 0 : needle.indexOf(inner);
	return positionOfOffset(text, indexOfUnique(text, needle) + offset);
}

function validateReal(text: string) {
	return validateChecklistSource(text, REAL_FILE);
}

function errorsOf(text: string, file = REAL_FILE): ContentError[] {
	const result = validateChecklistSource(text, file);
	expect(result.checklist).toBeNull();
	expect(result.errors.length).toBeGreaterThan(0);
	return result.errors;
}

const realResult = validateReal(REAL);
if (!realResult.checklist) {
	throw new Error(`the real checklist must be valid:\n${realResult.errors.map(formatContentError).join('\n')}`);
}
const real: Checklist = realResult.checklist;

/** `themes[t].questions[q]` for a question id of the real checklist. */
function questionPath(questionId: string): string {
	for (const [t, theme] of real.themes.entries()) {
		const q = theme.questions.findIndex((question) => question.id === questionId);
		if (q >= 0) return `themes[${t}].questions[${q}]`;
	}
	throw new Error(`no question ${questionId}`);
}

function themeIndex(themeId: string): number {
	const index = real.themes.findIndex((theme) => theme.id === themeId);
	if (index < 0) throw new Error(`no theme ${themeId}`);
	return index;
}

// ---------------------------------------------------------------------------------------------

describe('the real checklist (checklists/kwartiermaken.yaml)', () => {
	const allQuestions = real.themes.flatMap((theme) => theme.questions);
	const sourceIds = new Set(real.sources.map((source) => source.id));

	test('validates without errors', () => {
		expect(realResult.errors).toEqual([]);
		expect(realResult.checklist).not.toBeNull();
	});

	test('has exactly 14 themes: k1–k5 (do), x1–x2 (dont), e1–e7 (extra)', () => {
		expect(real.themes.map((theme) => [theme.id, theme.kind])).toEqual([
			['k1', 'do'],
			['k2', 'do'],
			['k3', 'do'],
			['k4', 'do'],
			['k5', 'do'],
			['x1', 'dont'],
			['x2', 'dont'],
			['e1', 'extra'],
			['e2', 'extra'],
			['e3', 'extra'],
			['e4', 'extra'],
			['e5', 'extra'],
			['e6', 'extra'],
			['e7', 'extra']
		]);
	});

	test.each(real.themes.map((theme) => [theme.id, theme] as const))('theme %s has 3–6 questions and one quick question', (_id, theme) => {
		expect(theme.questions.length).toBeGreaterThanOrEqual(3);
		expect(theme.questions.length).toBeLessThanOrEqual(6);
		expect(theme.questions.filter((question) => question.quick === true)).toHaveLength(1);
	});

	test('the quick questions are shown in every phase', () => {
		for (const question of allQuestions.filter((q) => q.quick)) {
			expect(question.showIn, question.id).toBeUndefined();
		}
	});

	test('risk themes use a risk scale, the others a scored scale (maturity, yesno or count)', () => {
		for (const theme of real.themes) {
			for (const question of theme.questions) {
				const kind = real.scales[question.scale]?.kind;
				if (theme.kind === 'dont') expect(kind, question.id).toBe('risk');
				else expect(['maturity', 'yesno', 'count'], question.id).toContain(kind);
			}
		}
	});

	test('every question has help, at least one source and an action for every option below the top', () => {
		expect(allQuestions.length).toBeGreaterThan(0);
		for (const question of allQuestions) {
			expect(question.help.trim(), question.id).not.toBe('');
			expect(question.text.trim(), question.id).not.toBe('');
			expect(question.sources.length, question.id).toBeGreaterThanOrEqual(1);
			const scale = real.scales[question.scale];
			expect(scale, `${question.id}: scale ${question.scale}`).toBeDefined();
			if (!scale) continue;
			const top = Math.max(...scale.options.map((option) => option.score));
			const covered = new Set(question.actions.flatMap((action) => action.for));
			const belowTop = scale.options.filter((option) => option.score < top).map((option) => option.id);
			expect(belowTop.length).toBeGreaterThan(0);
			for (const optionId of belowTop) expect(covered.has(optionId), `${question.id} option ${optionId}`).toBe(true);
			// Actions are only proposed for answers that exist on the scale.
			for (const optionId of covered) expect(scale.options.map((o) => o.id), question.id).toContain(optionId);
		}
	});

	test('every action has a title, first step, owner and at least one source', () => {
		for (const action of allQuestions.flatMap((question) => question.actions)) {
			expect(action.title.trim(), action.id).not.toBe('');
			expect(action.firstStep.trim(), action.id).not.toBe('');
			expect(action.owner.trim(), action.id).not.toBe('');
			expect(action.sources.length, action.id).toBeGreaterThanOrEqual(1);
		}
	});

	test('every source id that is used is listed under sources', () => {
		const used = [
			...real.themes.flatMap((theme) => theme.sources),
			...allQuestions.flatMap((question) => question.sources),
			...allQuestions.flatMap((question) => question.actions.flatMap((action) => action.sources)),
			...real.figures.flatMap((figure) => figure.sources)
		];
		expect(used.length).toBeGreaterThan(0);
		expect(used.filter((id) => !sourceIds.has(id))).toEqual([]);
		expect(sourceIds.size).toBe(real.sources.length);
	});

	test('ids of themes, questions and actions are unique', () => {
		const ids = [
			...real.themes.map((theme) => theme.id),
			...allQuestions.map((question) => question.id),
			...allQuestions.flatMap((question) => question.actions.map((action) => action.id))
		];
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('the version is semantic (major.minor.patch)', () => {
		expect(real.version).toMatch(/^\d+\.\d+\.\d+$/);
	});

	test('levels start at 0 and go up', () => {
		expect(real.levels.length).toBeGreaterThanOrEqual(2);
		expect(real.levels[0]?.minPercent).toBe(0);
		for (let index = 1; index < real.levels.length; index++) {
			expect(real.levels[index]!.minPercent).toBeGreaterThan(real.levels[index - 1]!.minPercent);
		}
		expect(real.levels.at(-1)!.minPercent).toBeLessThanOrEqual(100);
	});

	test('caps refer to existing questions, answers and levels', () => {
		const levelIds = real.levels.map((level) => level.id);
		expect(real.caps.length).toBeGreaterThan(0);
		for (const cap of real.caps) {
			expect(levelIds, cap.id).toContain(cap.maxLevel);
			if ('question' in cap.when) {
				const { question: questionId, atMost } = cap.when;
				const question = allQuestions.find((q) => q.id === questionId);
				expect(question, `${cap.id}: ${questionId}`).toBeDefined();
				expect(real.scales[question!.scale]?.options.map((o) => o.id), cap.id).toContain(atMost);
				// A cap on a question that some phases hide could never be lifted in those phases.
				expect(question!.showIn, cap.id).toBeUndefined();
			} else if ('riskFlag' in cap.when) {
				expect(cap.when.riskFlag).toBe(true);
			} else {
				expect(cap.when.unknownRisk).toBe(true);
			}
		}
	});

	test('the minimal fixture is valid too', () => {
		expect(validateChecklistSource(MINIMAL, MINIMAL_FILE).errors).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------

describe('mistakes in a copy of the real checklist', () => {
	test('unknown source id', () => {
		const edit = replaceAfter(REAL, '      - id: k1-wegbereider\n', 'sources: [seed003]', 'sources: [P99]');
		const errors = errorsOf(edit.text);
		expect(errors).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit, 'P99'),
				field: `${questionPath('k1-wegbereider')}.sources[0]`,
				message: 'onbekende bron "P99" (staat niet in sources)'
			}
		]);
	});

	test('unknown source id in an action, as the second of two', () => {
		const edit = replaceAfter(REAL, '- id: k1-wegbereider-aanstellen\n', 'sources: [seed003, P01]', 'sources: [seed003, P1]');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit, 'P1]'),
				field: `${questionPath('k1-wegbereider')}.actions[0].sources[1]`,
				message: expect.stringContaining('onbekende bron "P1"')
			}
		]);
	});

	test('duplicate question id', () => {
		const edit = replaceAfter(REAL, '      - id: k1-eigenaar\n', 'k1-eigenaar', 'k1-wegbereider');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit),
				field: `${questionPath('k1-eigenaar')}.id`,
				message: 'dubbele id "k1-wegbereider" (ook gebruikt voor vraag k1-wegbereider)'
			}
		]);
	});

	test('duplicate action id', () => {
		const edit = replaceAfter(REAL, '- id: k1-wegbereider-hulp\n', 'k1-wegbereider-hulp', 'k1-wegbereider-aanstellen');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit),
				field: `${questionPath('k1-wegbereider')}.actions[1].id`,
				message: 'dubbele id "k1-wegbereider-aanstellen" (ook gebruikt voor actie k1-wegbereider-aanstellen)'
			}
		]);
	});

	test('an id used for a question and an action', () => {
		const edit = replaceAfter(REAL, '- id: k1-wegbereider-hulp\n', 'k1-wegbereider-hulp', 'k1-eigenaar');
		const [error, ...rest] = errorsOf(edit.text);
		expect(rest).toEqual([]);
		// The action comes first in the file, so the question is the duplicate.
		expect(error).toMatchObject({
			field: `${questionPath('k1-eigenaar')}.id`,
			message: 'dubbele id "k1-eigenaar" (ook gebruikt voor actie k1-eigenaar)',
			...positionOfText(edit.text, '\n      - id: k1-eigenaar\n', 'k1-eigenaar\n')
		});
	});

	test('missing action for an option (an option removed from `for`)', () => {
		const edit = replaceAfter(REAL, '- id: k1-wegbereider-vastleggen\n', "for: ['2', '3']", "for: ['2']");
		const path = questionPath('k1-wegbereider');
		// The wegbereider scale has its own labels; option '3' is "Een senior ervaringswerker".
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				// The error points at the question's list of actions: its first item.
				...positionOfText(edit.text, '          - id: k1-wegbereider-aanstellen\n', '- id'),
				field: `${path}.actions`,
				message: 'ontbrekende actie voor antwoord "3" (Een senior ervaringswerker)'
			}
		]);
	});

	test('action for an option that the scale does not have', () => {
		const edit = replaceAfter(REAL, '- id: k1-wegbereider-vastleggen\n', "for: ['2', '3']", "for: ['2', '3', '9']");
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit, "'9'"),
				field: `${questionPath('k1-wegbereider')}.actions[3].for[2]`,
				message: 'onbekend antwoord "9" voor schaal wegbereider'
			}
		]);
	});

	test('empty text (help: "")', () => {
		// Replace the whole folded `help: >-` block of the first question by an empty string.
		const from = indexOfUnique(REAL, '      - id: k1-wegbereider\n');
		const block = /^( +)help: >-\n(?:\1  .*\n)+/m;
		const match = block.exec(REAL.slice(from));
		expect(match).not.toBeNull();
		const at = from + match!.index;
		const inserted = `${match![1]}help: ""\n`;
		const edit: Edit = { text: REAL.slice(0, at) + inserted + REAL.slice(at + match![0].length), at, inserted };
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit, '""'),
				field: `${questionPath('k1-wegbereider')}.help`,
				message: 'mag niet leeg zijn'
			}
		]);
	});

	test('text of only spaces counts as empty', () => {
		const edit = replaceAfter(
			REAL,
			'      - id: k1-eigenaar\n',
			'text: "Eén directeur of manager is verantwoordelijk voor het kwartiermaken."',
			'text: "   "'
		);
		expect(errorsOf(edit.text)).toEqual([
			expect.objectContaining({ ...positionIn(edit, '"   "'), field: `${questionPath('k1-eigenaar')}.text`, message: 'mag niet leeg zijn' })
		]);
	});

	test('unknown scale', () => {
		const edit = replaceAfter(REAL, '      - id: k1-wegbereider\n', 'scale: wegbereider', 'scale: rijpheid');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit, 'rijpheid'),
				field: `${questionPath('k1-wegbereider')}.scale`,
				message: 'onbekende schaal "rijpheid" (kies uit maturity, wegbereider, yesno, aantal, risk)'
			}
		]);
	});

	test('risk scale in a do-theme', () => {
		const edit = replaceAfter(REAL, '      - id: k1-eigenaar\n', 'scale: maturity', 'scale: risk');
		const errors = errorsOf(edit.text);
		expect(errors).toContainEqual({
			file: REAL_FILE,
			...positionIn(edit, 'risk'),
			field: `${questionPath('k1-eigenaar')}.scale`,
			message: 'een do-thema gebruikt een schaal van soort maturity, yesno of count'
		});
	});

	test('scored scale in a dont-theme', () => {
		const edit = replaceAfter(REAL, '      - id: x1-gebruikt\n', 'scale: risk', 'scale: yesno');
		expect(errorsOf(edit.text)).toContainEqual({
			file: REAL_FILE,
			...positionIn(edit, 'yesno'),
			field: `${questionPath('x1-gebruikt')}.scale`,
			message: 'een dont-thema gebruikt een schaal van soort risk'
		});
	});

	test('unknown scale kind', () => {
		const edit = replaceAfter(REAL, '  aantal:\n', 'kind: count', 'kind: getal');
		expect(errorsOf(edit.text)).toEqual([
			expect.objectContaining({ ...positionIn(edit, 'getal'), field: 'scales.aantal.kind', message: 'kind moet maturity, yesno, count of risk zijn' })
		]);
	});

	test('a count scale must go up in the order shown', () => {
		const edit = replaceAfter(REAL, '  aantal:\n', "{ id: 'meer', score: 2,", "{ id: 'meer', score: 0,");
		expect(errorsOf(edit.text)).toContainEqual(
			expect.objectContaining({ field: 'scales.aantal.options[2].score', message: 'een count-schaal loopt op: elk antwoord scoort hoger dan het vorige' })
		);
	});

	test('a yesno scale has at most three answers', () => {
		const edit = insertLinesAfter(REAL, "      - { id: 'ja', score: 2, label: \"Ja\" }\n", "      - { id: 'zeker', score: 3, label: \"Zeker\" }\n");
		expect(errorsOf(edit.text)).toContainEqual(
			expect.objectContaining({ field: 'scales.yesno.options', message: 'een yesno-schaal heeft twee of drie antwoorden (nee, eventueel deels, ja)' })
		);
	});

	test('a dont-theme with a weight', () => {
		const edit = insertLinesAfter(REAL, '  - id: x1\n', '    weight: 2\n');
		expect(errorsOf(edit.text)).toEqual([
			expect.objectContaining({ ...positionIn(edit, '2'), field: `themes[${themeIndex('x1')}].weight`, message: 'een dont-thema telt niet mee in het gemiddelde: laat weight weg' })
		]);
	});

	test('extra themes that together outweigh the do themes', () => {
		// Lower the five do's to weight 1 (5) against the seven extra themes (7).
		const text = REAL.replace(/(\n  - id: k\d\n    kind: do\n    weight: )2\n/g, '$11\n');
		expect(text).not.toBe(REAL);
		expect(errorsOf(text)).toEqual([
			expect.objectContaining({ field: 'themes', message: 'de extra thema’s wegen samen zwaarder (7) dan de do-thema’s (5); verhoog de weight van de do-thema’s' })
		]);
	});

	test('a weight that is not a whole number from 1 to 10', () => {
		const edit = replaceAfter(REAL, '  - id: k1\n', 'weight: 2', 'weight: 0');
		expect(errorsOf(edit.text)).toEqual([
			expect.objectContaining({ ...positionIn(edit, '0'), field: `themes[${themeIndex('k1')}].weight`, message: 'weight is minstens 1' })
		]);
	});

	test('a glossary form used by two terms', () => {
		const edit = replaceAfter(REAL, '  - id: wegbereider\n', 'forms: ["wegbereiders"]', 'forms: ["wegbereiders", "ervaringswerkers"]');
		expect(errorsOf(edit.text)).toEqual([
			expect.objectContaining({ ...positionIn(edit, '"ervaringswerkers"'), message: '"ervaringswerkers" hoort al bij begrip ervaringswerker' })
		]);
	});

	test('a glossary term with an unknown source', () => {
		const edit = replaceAfter(REAL, '  - id: wegbereider\n', 'sources: [seed003]', 'sources: [P98]');
		expect(errorsOf(edit.text)).toEqual([
			expect.objectContaining({ ...positionIn(edit, 'P98'), message: 'onbekende bron "P98" (staat niet in sources)' })
		]);
	});

	test('what’s new for a version after the checklist', () => {
		const edit = replaceAfter(REAL, 'whatsNew:\n', 'version: 1.1.0', 'version: 1.2.0');
		expect(errorsOf(edit.text)).toEqual([
			expect.objectContaining({ ...positionIn(edit, '1.2.0'), field: 'whatsNew[0].version', message: 'versie 1.2.0 is nieuwer dan deze checklist (1.1.0)' })
		]);
	});

	test('a cap on an unknown risk is valid; a cap with another flag is not', () => {
		const edit = replaceAfter(REAL, '  - id: onbekend-risico\n', 'unknownRisk: true', 'unknownRisk: false');
		expect(errorsOf(edit.text)).toEqual([
			expect.objectContaining({ message: 'when moet { question, atMost }, { riskFlag: true } of { unknownRisk: true } zijn' })
		]);
	});

	test('a source without publisher, year and address is valid; a bad address is not', () => {
		expect(real.sources.find((source) => source.id === 'seed004')).toEqual({
			id: 'seed004',
			title: 'Inzet ervaringsdeskundigheid',
			publisher: 'Zorgalliantie en Werkplaats Sociaal Domein Nijmegen'
		});
		const edit = insertLinesAfter(REAL, '    publisher: "Zorgalliantie en Werkplaats Sociaal Domein Nijmegen"\n', '    url: zorgalliantie\n');
		expect(errorsOf(edit.text)).toEqual([expect.objectContaining({ ...positionIn(edit, 'zorgalliantie'), message: 'moet een webadres zijn' })]);
	});

	test('bad condition: unknown phase in showIn', () => {
		const edit = insertLinesAfter(REAL, '      - id: k1-eigenaar\n', '        showIn: [onbekend]\n');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit, 'onbekend'),
				field: `${questionPath('k1-eigenaar')}.showIn[0]`,
				message: 'onbekende fase (kies uit orienterend, eerste, structureel)'
			}
		]);
	});

	test('bad condition: unknown phase in textByPhase', () => {
		const edit = insertLinesAfter(REAL, '      - id: k1-eigenaar\n', '        textByPhase: { fout: x }\n');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				// Pointed at the key, not at the map that holds it.
				...positionIn(edit, 'fout'),
				field: `${questionPath('k1-eigenaar')}.textByPhase.fout`,
				message: 'onbekende fase in textByPhase (kies uit orienterend, eerste, structureel)'
			}
		]);
	});

	test('unknown field (typo `titel:`) is reported on the key, plus the missing `title`', () => {
		const edit = replaceAfter(REAL, '  - id: k1\n', '    title: ', '    titel: ');
		const t = themeIndex('k1');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				// A missing field points at the map it belongs in: the theme, at its first key.
				...positionOfText(edit.text, '  - id: k1\n', 'id'),
				field: `themes[${t}].title`,
				message: 'ontbreekt (verplicht veld)'
			},
			{
				file: REAL_FILE,
				...positionIn(edit, 'titel'),
				field: `themes[${t}].titel`,
				message: 'onbekend veld "titel"'
			}
		]);
	});

	test('YAML syntax error (bad indentation)', () => {
		const edit = replaceAfter(REAL, '  - id: k1\n', '    kind: do\n', '   kind: do\n');
		const errors = errorsOf(edit.text);
		for (const error of errors) {
			expect(error.message).toMatch(/^YAML klopt niet: /);
			expect(error.field).toBe('');
			expect(error.file).toBe(REAL_FILE);
		}
		expect(errors[0]).toMatchObject({ line: positionIn(edit).line });
		expect(formatContentError(errors[0]!)).toMatch(new RegExp(`^${REAL_FILE}:${positionIn(edit).line}:\\d+ \\(bestand\\): YAML klopt niet: `));
	});

	test('YAML syntax error: a key used twice', () => {
		const edit = insertLinesAfter(REAL, '      - id: k1-eigenaar\n', '        id: k1-eigenaar-twee\n');
		const errors = errorsOf(edit.text);
		expect(errors[0]).toMatchObject({ line: positionIn(edit).line, field: '' });
		expect(errors[0]?.message).toMatch(/^YAML klopt niet: /);
	});

	test('missing required field (owner of an action)', () => {
		const text = removeLineAfter(REAL, '- id: k1-wegbereider-aanstellen\n', 'owner: ');
		expect(errorsOf(text)).toEqual([
			{
				file: REAL_FILE,
				// Points at the action the field belongs in.
				...positionOfText(text, '- id: k1-wegbereider-aanstellen\n', 'id'),
				field: `${questionPath('k1-wegbereider')}.actions[0].owner`,
				message: 'ontbreekt (verplicht veld)'
			}
		]);
	});

	test('missing required field at the top (version)', () => {
		const text = removeLineAfter(REAL, '\nversion: ', 'version: ');
		expect(errorsOf(text)).toEqual([
			expect.objectContaining({ field: 'version', message: 'ontbreekt (verplicht veld)', line: positionOfText(text, '\nid: kwartiermaken', 'id').line })
		]);
	});

	test('two quick questions in a theme', () => {
		const edit = insertLinesAfter(REAL, '      - id: k1-eigenaar\n', '        quick: true\n');
		const t = themeIndex('k1');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				// Points at the theme's list of questions: its first item.
				...positionOfText(edit.text, '      - id: k1-wegbereider\n', '- id'),
				field: `themes[${t}].questions`,
				message: 'een thema heeft precies één vraag met quick: true (nu 2)'
			}
		]);
	});

	test('a theme without a quick question', () => {
		const edit = replaceAfter(REAL, '      - id: k1-wegbereider\n', '        quick: true\n', '');
		expect(errorsOf(edit.text)).toEqual([
			expect.objectContaining({ field: `themes[${themeIndex('k1')}].questions`, message: expect.stringContaining('(nu 0)') })
		]);
	});

	test('quick question with showIn', () => {
		// The quick question of k4 is not used by a cap, so only the quick rule fires.
		const quick = real.themes[themeIndex('k4')]!.questions.find((q) => q.quick)!;
		expect(real.caps.some((cap) => 'question' in cap.when && cap.when.question === quick.id)).toBe(false);
		const edit = insertLinesAfter(REAL, `      - id: ${quick.id}\n`, '        showIn: [eerste, structureel]\n');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit, '['),
				field: `${questionPath(quick.id)}.showIn`,
				message: 'een snelscan-vraag (quick) moet in elke fase zichtbaar zijn'
			}
		]);
	});

	test('cap with unknown question', () => {
		const edit = replaceAfter(REAL, '  - id: geen-plan\n', 'question: k2-plan,', 'question: k2-planning,');
		const capIndex = real.caps.findIndex((cap) => cap.id === 'geen-plan');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit, 'k2-planning'),
				field: `caps[${capIndex}].when.question`,
				message: 'onbekende vraag "k2-planning"'
			}
		]);
	});

	test('cap with unknown answer and unknown level', () => {
		const capIndex = real.caps.findIndex((cap) => cap.id === 'geen-plan');
		const first = replaceAfter(REAL, '  - id: geen-plan\n', "atMost: '1'", "atMost: '7'");
		const edit = replaceAfter(first.text, '  - id: geen-plan\n', 'maxLevel: voorbereiden', 'maxLevel: hemel');
		expect(errorsOf(edit.text)).toEqual([
			expect.objectContaining({ field: `caps[${capIndex}].when.atMost`, message: 'onbekend antwoord "7" voor schaal maturity', ...positionOfText(edit.text, "atMost: '7'", "'7'") }),
			expect.objectContaining({ field: `caps[${capIndex}].maxLevel`, message: 'onbekend niveau "hemel"', ...positionIn(edit, 'hemel') })
		]);
	});

	test('version that is not semantic', () => {
		const edit = replaceAfter(REAL, '\nversion: ', 'version: 1.1.0', "version: '1.0'");
		expect(errorsOf(edit.text)).toEqual([
			{ file: REAL_FILE, ...positionIn(edit, "'1.0'"), field: 'version', message: 'version moet de vorm 1.2.3 hebben' }
		]);
	});

	test('levels that do not go up', () => {
		const edit = replaceAfter(REAL, '  - id: opbouwen\n', 'minPercent: 50', 'minPercent: 20');
		const index = real.levels.findIndex((level) => level.id === 'opbouwen');
		expect(errorsOf(edit.text)).toEqual([
			{
				file: REAL_FILE,
				...positionIn(edit, '20'),
				field: `levels[${index}].minPercent`,
				message: 'niveaus moeten oplopen (hoger dan het vorige niveau)'
			}
		]);
	});

	test('several mistakes are all reported, sorted by line', () => {
		let text = replaceAfter(REAL, '      - id: k1-wegbereider\n', 'sources: [seed003]', 'sources: [P99]').text;
		text = replaceAfter(text, '  - id: geen-plan\n', 'question: k2-plan,', 'question: k2-planning,').text;
		const errors = errorsOf(text);
		expect(errors.map((error) => error.message)).toEqual(['onbekende vraag "k2-planning"', 'onbekende bron "P99" (staat niet in sources)']);
		expect(errors[0]!.line).toBeLessThan(errors[1]!.line);
	});
});

// ---------------------------------------------------------------------------------------------

describe('mistakes in the minimal fixture', () => {
	test('a cap on a question that some phases hide', () => {
		const edit = replaceAfter(MINIMAL, '  - id: geen-plan\n', 'question: m1-plan,', 'question: m1-evaluatie,');
		expect(errorsOf(edit.text, MINIMAL_FILE)).toEqual([
			{
				file: MINIMAL_FILE,
				...positionIn(edit, 'm1-evaluatie'),
				field: 'caps[0].when.question',
				message: 'een begrenzing kan niet leunen op een vraag die in sommige fases verborgen is'
			}
		]);
	});

	test('an unknown source in a figure and an unknown field in an action', () => {
		let edit = replaceAfter(MINIMAL, '  - id: cijfer-1\n', 'sources: [bron1]', 'sources: [bron9]');
		const figure = positionIn(edit, 'bron9');
		edit = insertLinesAfter(edit.text, '          - id: m1-budget-regelen\n', '            eigenaar: Manager\n');
		expect(errorsOf(edit.text, MINIMAL_FILE)).toEqual([
			{ file: MINIMAL_FILE, ...positionIn(edit, 'eigenaar'), field: 'themes[0].questions[1].actions[0].eigenaar', message: 'onbekend veld "eigenaar"' }
		]);
		// Schema errors stop the check before cross-references; after fixing them the source shows.
		const fixed = replaceAfter(edit.text, '          - id: m1-budget-regelen\n', '            eigenaar: Manager\n', '');
		expect(errorsOf(fixed.text, MINIMAL_FILE)).toEqual([
			{ file: MINIMAL_FILE, ...figure, field: 'figures[0].sources[0]', message: 'onbekende bron "bron9" (staat niet in sources)' }
		]);
	});

	test('a duplicate source id', () => {
		const edit = replaceAfter(MINIMAL, '  - id: bron2\n', 'id: bron2', 'id: bron1');
		const errors = errorsOf(edit.text, MINIMAL_FILE);
		expect(errors.at(-1)).toEqual({ file: MINIMAL_FILE, ...positionIn(edit, 'bron1'), field: 'sources[1].id', message: 'dubbele bron-id "bron1"' });
		// bron2 no longer exists, so every use of it is reported as well.
		const uses = (edit.text.match(/\bbron2\b/g) ?? []).length;
		expect(errors.slice(0, -1)).toEqual(Array.from({ length: uses }, () => expect.objectContaining({ message: 'onbekende bron "bron2" (staat niet in sources)' })));
	});

	test('a theme with too few questions', () => {
		const start = indexOfUnique(MINIMAL, '      - id: r1-alleen\n');
		const end = indexOfUnique(MINIMAL, '\nfigures:');
		const text = MINIMAL.slice(0, start) + MINIMAL.slice(end + 1);
		expect(errorsOf(text, MINIMAL_FILE)).toEqual([
			expect.objectContaining({
				field: 'themes[1].questions',
				message: 'een thema heeft 3 tot 6 vragen',
				...positionOfText(text, '      - id: r1-buhne\n', '- id')
			})
		]);
	});

	test('a source year written as text', () => {
		const edit = replaceAfter(MINIMAL, '  - id: bron1\n', 'year: 2021', "year: '2021'");
		expect(errorsOf(edit.text, MINIMAL_FILE)).toEqual([
			{ file: MINIMAL_FILE, ...positionIn(edit, "'2021'"), field: 'sources[0].year', message: 'jaar moet een getal zijn' }
		]);
	});

	// Every message must be Dutch: a content editor does not read valibot's English defaults
	// ("Invalid key: Expected never but received …"), and a wrong type is not an unknown field.
	test.each([
		['unknown field in a scale option', "      - { id: '0', score: 0, label: Nee }", "      - { id: '0', score: 0, label: Nee, lable: Nee }", 'lable', 'scales.maturity.options[0].lable', 'onbekend veld "lable"'],
		['unknown field in a level', '  - { id: laag, label: Laag,', '  - { id: laag, labl: Laag, label: Laag,', 'labl', 'levels[0].labl', 'onbekend veld "labl"'],
		['unknown field in a source', '    year: 2021\n', '    jaar: 2021\n', 'jaar', 'sources[0].jaar', 'onbekend veld "jaar"'],
		['a negative score', "      - { id: '1', score: 1, label: Deels }", "      - { id: '1', score: -1, label: Deels }", '-1', 'scales.maturity.options[1].score', 'moet minstens 0 zijn, niet -1'],
		['a level above 100%', 'minPercent: 50', 'minPercent: 150', '150', 'levels[1].minPercent', 'mag hoogstens 100 zijn, niet 150'],
		['a text where a list belongs', 'focusAreas:\n  - { id: armoede, label: Armoede }', 'focusAreas: armoede', 'armoede', 'focusAreas', 'moet een lijst zijn, niet "armoede"'],
		['a text where a theme belongs', '  - id: r1\n', '  - r0\n  - id: r1\n', 'r0', 'themes[1]', 'moet velden bevatten (naam: waarde), niet "r0"']
	])('%s gives a Dutch message', (_name, search, replacement, inner, field, message) => {
		const edit = replaceAfter(MINIMAL, search, search, replacement);
		const errors = errorsOf(edit.text, MINIMAL_FILE);
		expect(errors).toEqual([{ file: MINIMAL_FILE, ...positionIn(edit, inner), field, message }]);
	});

	test('an empty file', () => {
		const errors = errorsOf('', MINIMAL_FILE);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toEqual({ file: MINIMAL_FILE, line: 1, column: 1, field: '', message: 'het bestand is leeg (geen velden gevonden)' });
	});
});

describe('migrations', () => {
	const VALID = [
		'migrations:',
		'  - from: 1.0.0',
		'    to: 2.0.0',
		'    changes:',
		'      - { kind: renamed, question: m1-begroting, to: m1-geld }',
		'  - from: 2.0.0',
		'    to: 2.1.0',
		'    previous:',
		"      m1-oud: { text: Een oude vraag, labels: { '0': Nee } }",
		'    changes:',
		'      - { kind: renamed, question: m1-planning, to: m1-plan }',
		'      - kind: split',
		'        question: m1-geld',
		'        into:',
		'          - { question: m1-budget }',
		"          - { question: m1-evaluatie, options: { '0': '0', '1': '2' } }",
		'      - { kind: merged, questions: [r1-a, r1-b], into: r1-alleen, rule: lowest-score }',
		'      - { kind: removed, question: m1-oud }',
		'      - { kind: options, question: r1-buhne, options: { wel: ja, niet: nee } }',
		''
	].join('\n');
	const withMigrations = `${MINIMAL.trimEnd()}\n\n${VALID}`;

	test('a chain of two valid steps passes', () => {
		const result = validateChecklistSource(withMigrations, MINIMAL_FILE);
		expect(result.errors).toEqual([]);
		expect(result.checklist?.migrations?.map((step) => `${step.from}→${step.to}`)).toEqual(['1.0.0→2.0.0', '2.0.0→2.1.0']);
	});

	test.each([
		[
			'the last step does not end at the file version',
			'    to: 2.1.0',
			'    to: 2.2.0',
			'2.2.0',
			'migrations[1].to',
			'de laatste stap moet eindigen bij de versie van dit bestand (2.1.0)'
		],
		[
			'a step that goes down',
			'    to: 2.0.0',
			'    to: 0.9.0',
			'0.9.0',
			'migrations[0].to',
			'moet hoger zijn dan from (1.0.0)'
		],
		[
			'a new question that does not exist',
			'to: m1-plan }',
			'to: m1-plannen }',
			'm1-plannen',
			'migrations[1].changes[0].to',
			'onbekende vraag "m1-plannen" (staat niet in deze versie)'
		],
		[
			'an option the new question does not have',
			"{ '0': '0', '1': '2' }",
			"{ '0': '0', '1': '7' }",
			"'7'",
			'migrations[1].changes[1].into[1].options.1',
			'onbekend antwoord "7" voor vraag m1-evaluatie'
		],
		[
			'a removed question that still exists',
			'{ kind: removed, question: m1-oud }',
			'{ kind: removed, question: r1-plan }',
			'r1-plan',
			'migrations[1].changes[3].question',
			'vraag "r1-plan" bestaat nog in deze versie; haal hem weg of kies een andere soort wijziging'
		],
		[
			'an old question used twice in one step',
			'{ kind: removed, question: m1-oud }',
			'{ kind: removed, question: m1-planning }',
			'm1-planning',
			'migrations[1].changes[3].question',
			'vraag "m1-planning" staat al eerder in deze stap als oude vraag'
		],
		[
			'an earlier step mapping to a question that is neither here nor mapped on later',
			'to: m1-geld }',
			'to: m1-centen }',
			'm1-centen',
			'migrations[0].changes[0].to',
			'vraag "m1-centen" staat niet in deze versie en wordt in geen latere stap omgezet'
		],
		[
			'an unknown kind of change',
			'{ kind: removed, question: m1-oud }',
			'{ kind: weg, question: m1-oud }',
			'weg',
			'migrations[1].changes[3].kind',
			'kind moet renamed, split, merged, removed of options zijn'
		],
		[
			'a merge without a rule',
			', rule: lowest-score }',
			' }',
			'',
			'migrations[1].changes[2].rule',
			'ontbreekt (verplicht veld)'
		]
	])('%s', (_name, search, replacement, inner, field, message) => {
		const edit = replaceAfter(withMigrations, 'migrations:', search, replacement);
		const errors = errorsOf(edit.text, MINIMAL_FILE);
		// A missing field is reported on the map that should hold it.
		const position = inner ? positionIn(edit, inner) : positionOfText(edit.text, '{ kind: merged');
		expect(errors).toEqual([{ file: MINIMAL_FILE, ...position, field, message }]);
	});

	test('the example in checklists/README.md has the right shape', () => {
		const readme = readFileSync(new URL('../../../checklists/README.md', import.meta.url), 'utf8');
		const section = readme.slice(readme.indexOf('### Example'));
		const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
		const yaml = block.slice(block.indexOf('migrations:'));
		const parsed = parse(yaml) as { migrations: unknown };
		const result = v.safeParse(ChecklistSchema.entries.migrations, parsed.migrations);
		expect(result.issues ?? []).toEqual([]);
		expect((parsed.migrations as { changes: { kind: string }[] }[])[0]!.changes.map((change) => change.kind)).toEqual([
			'renamed',
			'split',
			'merged',
			'removed',
			'options'
		]);
	});

	test('proposed action texts must fit the limits of the action plan', () => {
		const edit = replaceAfter(MINIMAL, '          - id: m1-plan-maken\n', 'title: Maak een plan', `title: ${'x'.repeat(201)}`);
		expect(errorsOf(edit.text, MINIMAL_FILE)).toEqual([
			expect.objectContaining({ field: 'themes[0].questions[0].actions[0].title', message: 'is te lang voor het actieplan (201 tekens, hoogstens 200)' })
		]);
	});
});

describe('formatContentError', () => {
	test('formats like a compiler: file:line:col field: message', () => {
		expect(
			formatContentError({ file: 'checklists/a.yaml', line: 212, column: 9, field: 'themes[3].questions[1].sources[0]', message: 'onbekende bron "P99"' })
		).toBe('checklists/a.yaml:212:9 themes[3].questions[1].sources[0]: onbekende bron "P99"');
	});

	test('names the file when there is no field', () => {
		expect(formatContentError({ file: 'a.yaml', line: 3, column: 1, field: '', message: 'YAML klopt niet: x' })).toBe(
			'a.yaml:3:1 (bestand): YAML klopt niet: x'
		);
	});
});
