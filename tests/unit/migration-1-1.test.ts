/**
 * Checklist 1.0.0 → 1.1.0: every answer of a 1.0.0 scan lands where the revision intends, or is kept
 * aside with its note. The intended mapping is written out here by hand (from the revision's table),
 * independently of the `migrations` in the YAML, so a mistake in either shows up as a difference.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import checklist from '../../checklists/kwartiermaken.yaml';
import { migrateScan } from '../../src/lib/domain/migrate-answers.ts';
import { NOT_APPLICABLE, UNKNOWN, type Answer, type Scan } from '../../src/lib/domain/scan.ts';
import { parseBackup } from '../../src/lib/files/read-backup.ts';
import { translate as inWords } from '../../src/lib/i18n/message-ref.ts';
import { nlAll as nl } from '../../src/lib/i18n/whole-catalogues.ts';

type OptionMap = Readonly<Record<string, string>>;
const MATURITY: OptionMap = { '0': '0', '1': '1', '2': '2', '3': '3', '4': '4' };
const SCORE: Readonly<Record<string, number>> = { '0': 0, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Same id, same scale: the answer stays as it is. */
const KEPT = [
	'k1-eigenaar', 'k1-verkenning', 'k1-visie', 'k2-plan', 'k2-mandaat', 'k2-werving', 'k3-netwerk', 'k4-vastleggen',
	'k4-groep', 'k4-kanalen', 'k5-evaluatie', 'k5-weerstand', 'k5-monitoring', 'k5-leernetwerk', 'x1-eenmalig',
	'x1-gebruikt', 'x2-zonder-taken', 'x2-collegas', 'e1-uitkering', 'e1-inschaling', 'e2-begrippen', 'e2-taal',
	'e3-terugkoppeling', 'e3-evaluatie', 'e3-benoemen', 'e4-training', 'e4-leidinggevenden', 'e4-duo', 'e5-rollen',
	'e5-passend', 'e5-huiselijk-geweld', 'e6-criteria', 'e6-opleiding', 'e6-welzijn', 'e7-processen'
];
/** Same id, another scale: old option → new option; an option not listed is kept aside. */
const RESCALED: Readonly<Record<string, OptionMap>> = {
	'k1-wegbereider': { '0': '0', '1': '1', '2': '2' },
	'k3-aantal': { '3': 'meer', '4': 'meer' },
	'e4-veranderd': { '0': 'nee', '1': 'nee', '2': 'deels', '3': 'ja', '4': 'ja' },
	'e7-eigenaar': { '0': 'nee', '1': 'nee', '2': 'deels', '3': 'ja', '4': 'ja' }
};
/** Merged: the sources (in order) with their option maps; the lowest score on the target wins. */
const MERGED: Readonly<Record<string, [string, OptionMap][]>> = {
	'k4-vroeg': [['k4-vroeg', MATURITY], ['x1-achteraf', { ja: '0', soms: '1' }]],
	'e1-regeling': [['e1-regeling', MATURITY], ['x1-bon', { ja: '0', soms: '1' }]],
	'k3-intervisie': [['k3-intervisie', MATURITY], ['x2-geen-steun', { ja: '0' }]],
	'e7-geld': [['e7-geld', MATURITY], ['x2-geld', { ja: '0', soms: '1' }]],
	'k2-functie': [['k2-functie', MATURITY], ['e2-functienaam', MATURITY]]
};
const REMOVED = ['e6-kaders'];

const OLD_IDS = [...KEPT, ...Object.keys(RESCALED), ...Object.values(MERGED).flatMap((sources) => sources.map(([id]) => id)), ...REMOVED];

const isSpecial = (value: string | null): boolean => value === null || value.startsWith('special:');
const translate = (value: string | null, map: OptionMap): string | null | undefined =>
	isSpecial(value) ? value : Object.hasOwn(map, value!) ? map[value!] : undefined;

interface Expected {
	answers: Record<string, { value: string | null; note: string }>;
	aside: string[];
}

/** Where each answer of a 1.0.0 scan should end up in 1.1.0. */
function expectedFor(old: Readonly<Record<string, Answer>>): Expected {
	const answers: Expected['answers'] = {};
	const aside: string[] = [];
	for (const id of KEPT) if (old[id]) answers[id] = { value: old[id].value, note: old[id].note };
	for (const [id, map] of Object.entries(RESCALED)) {
		const answer = old[id];
		if (!answer) continue;
		const value = translate(answer.value, map);
		if (value === undefined) aside.push(id);
		else answers[id] = { value, note: answer.note };
	}
	for (const [into, sources] of Object.entries(MERGED)) {
		const candidates: { value: string | null; note: string }[] = [];
		for (const [id, map] of sources) {
			const answer = old[id];
			if (!answer) continue;
			const value = translate(answer.value, map);
			if (value === undefined) aside.push(id);
			else candidates.push({ value, note: answer.note });
		}
		if (candidates.length === 0) continue;
		const scored = candidates.filter((candidate) => candidate.value !== null && Object.hasOwn(SCORE, candidate.value));
		const winner = scored.length > 0
			? scored.reduce((low, candidate) => (SCORE[candidate.value!]! < SCORE[low.value!]! ? candidate : low))
			: (candidates.find((candidate) => candidate.value !== null) ?? candidates[0]!);
		const note = candidates.map((candidate) => candidate.note).filter((text) => text.trim() !== '').join('\n\n');
		answers[into] = { value: winner.value, note };
	}
	for (const id of REMOVED) if (old[id]) aside.push(id);
	return { answers, aside: aside.sort() };
}

function scan10(answers: Record<string, string | null>, notes: Record<string, string> = {}): Scan {
	return {
		id: '0b7a4d0e-8a3c-4c55-9d7c-0d8f6f0e9a11',
		schemaVersion: 1,
		checklistId: 'kwartiermaken',
		checklistVersion: '1.0.0',
		mode: 'full',
		profile: { organisation: 'Gemeente Oud', filledInBy: '', role: '', phase: 'structureel', focusAreas: [] },
		answers: Object.fromEntries(
			Object.entries(answers).map(([id, value], index) => [id, { value, note: notes[id] ?? '', updatedAt: `2026-11-20T09:${String(index).padStart(2, '0')}:00.000Z` }])
		),
		plan: null,
		createdAt: '2026-11-20T09:00:00.000Z',
		updatedAt: '2026-11-20T10:00:00.000Z',
		demo: false,
		setAside: {}
	} as Scan;
}

function migrated(scan: Scan): Scan {
	const result = migrateScan(checklist, scan);
	if (!result.ok) throw new Error(result.reason);
	return result.scan;
}

const simplify = (answers: Readonly<Record<string, Answer>>) =>
	Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { value: answer.value, note: answer.note }]));

describe('the mapping table covers checklist 1.0.0', () => {
	const fixture = JSON.parse(readFileSync('tests/fixtures/backups/backup-v1-checklist-1.0.0.json', 'utf8')) as { scans: Scan[] };
	const oldIds = Object.keys(fixture.scans[0]!.answers).sort();

	test('every 1.0.0 question is in exactly one row', () => {
		expect([...OLD_IDS].sort()).toEqual(oldIds);
		expect(new Set(OLD_IDS).size).toBe(OLD_IDS.length);
	});

	test('every target is a question of 1.1.0', () => {
		const ids = new Set(checklist.themes.flatMap((theme) => theme.questions.map((question) => question.id)));
		for (const id of [...KEPT, ...Object.keys(RESCALED), ...Object.keys(MERGED)]) expect(ids.has(id), id).toBe(true);
		for (const id of REMOVED) expect(ids.has(id), id).toBe(false);
	});
});

describe('the 1.0.0 fixture backup opens in 1.1.0', () => {
	const text = readFileSync('tests/fixtures/backups/backup-v1-checklist-1.0.0.json', 'utf8');
	const original = (JSON.parse(text) as { scans: Scan[] }).scans[0]!;
	const result = parseBackup(text, checklist);
	if (!result.ok) throw new Error(inWords(nl, result.message));
	const scan = result.scans[0]!;
	const expected = expectedFor(original.answers);

	test('every answer is mapped as intended', () => {
		expect(scan.checklistVersion).toBe('1.1.0');
		expect(simplify(scan.answers)).toEqual(expected.answers);
	});

	test('the rest is kept aside with its note, the old question text and the old answer label', () => {
		const aside = Object.values(scan.setAside ?? {});
		expect(aside.map((entry) => entry.questionId).sort()).toEqual(expected.aside);
		expect(expected.aside.length).toBeGreaterThan(0);
		for (const entry of aside) {
			const old = original.answers[entry.questionId]!;
			expect(entry).toMatchObject({ value: old.value, note: old.note, fromVersion: '1.0.0' });
			expect(entry.questionText, entry.questionId).toBeTruthy();
			if (old.value !== null && !old.value.startsWith('special:')) expect(entry.answerLabel, entry.questionId).toBeTruthy();
		}
	});

	test('the plan comes back whole, also actions of removed questions', () => {
		expect(scan.plan?.actions.map((action) => action.id)).toEqual(original.plan?.actions.map((action) => action.id));
		expect(scan.plan?.actions.some((action) => action.id === 'e6-kaders-lezen')).toBe(true);
	});

	test('the warning names the old version and the kept-aside answers', () => {
		const warnings = result.warnings.map((warning) => inWords(nl, warning));
		expect(warnings[0]).toContain('versie 1.0.0');
		expect(warnings[1]).toMatch(new RegExp(`^${expected.aside.length} antwoorden passen niet meer`));
	});
});

describe('each changed question, option by option', () => {
	const cases: [string, Record<string, string | null>][] = [];
	// Every rescaled question had the 1.0.0 maturity scale.
	for (const id of Object.keys(RESCALED)) {
		for (const value of [...Object.keys(MATURITY), UNKNOWN, null]) cases.push([id, { [id]: value }]);
	}
	for (const sources of Object.values(MERGED)) {
		const [[target], [other, map]] = sources as [[string, OptionMap], [string, OptionMap]];
		const otherOptions = map === MATURITY ? Object.keys(MATURITY) : ['ja', 'soms', 'nee'];
		for (const value of [...otherOptions, UNKNOWN]) {
			cases.push([`${other} alone`, { [other]: value }]);
			cases.push([`${other} with ${target} 2`, { [target]: '2', [other]: value }]);
			cases.push([`${other} with ${target} unknown`, { [target]: UNKNOWN, [other]: value }]);
		}
	}
	cases.push(['a removed question', { 'e6-kaders': '3' }]);
	cases.push(['"Niet van toepassing" stays where the question allows it', { 'e1-inschaling': NOT_APPLICABLE, 'e5-huiselijk-geweld': NOT_APPLICABLE }]);

	test.each(cases)('%s: %j', (_name, answers) => {
		const notes = Object.fromEntries(Object.keys(answers).map((id) => [id, `Toelichting ${id}`]));
		const old = scan10(answers, notes);
		const result = migrated(old);
		const expected = expectedFor(old.answers);
		expect(simplify(result.answers)).toEqual(expected.answers);
		expect(Object.values(result.setAside ?? {}).map((entry) => entry.questionId).sort()).toEqual(expected.aside);
		// Nothing is lost: every note is in an answer or kept aside.
		const kept = [...Object.values(result.answers), ...Object.values(result.setAside ?? {})].map((entry) => entry.note).join('\n');
		for (const note of Object.values(notes)) expect(kept).toContain(note);
	});

	test('migrating twice changes nothing the second time', () => {
		const once = migrated(scan10({ 'k1-wegbereider': '4', 'x1-bon': 'ja', 'e1-regeling': '3', 'e6-kaders': '1' }));
		expect(migrateScan(checklist, once).changed).toBe(false);
	});
});
