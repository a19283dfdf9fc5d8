import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import type { Checklist, Figure, Source } from './checklist-schema.ts';
import { groupFiguresBySource } from './figure-groups.ts';

const SOURCES: Source[] = [
	{ id: 'a', title: 'Peiling', publisher: 'Movisie', year: 2018 },
	{ id: 'b', title: 'Onderzoek ervaringswerk', publisher: 'Movisie', year: 2020 },
	{ id: 'c', title: 'Actie Agenda' }
];
const figure = (id: string, sources: string[]): Figure => ({ id, value: '1', label: `figuur ${id}`, sources });

describe('groupFiguresBySource', () => {
	test('one group per source, each with all its figures, in the order the sources first appear', () => {
		const groups = groupFiguresBySource({
			sources: SOURCES,
			figures: [figure('f1', ['a']), figure('f2', ['b']), figure('f3', ['a']), figure('f4', ['c']), figure('f5', ['a'])]
		});
		expect(groups.map((group) => group.sources.map((source) => source.id))).toEqual([['a'], ['b'], ['c']]);
		expect(groups.map((group) => group.figures.map((f) => f.id))).toEqual([['f1', 'f3', 'f5'], ['f2'], ['f4']]);
		expect(new Set(groups.map((group) => group.key)).size).toBe(3);
	});

	test('figures with the same sources in another order share a group; a different set is its own group', () => {
		const groups = groupFiguresBySource({
			sources: SOURCES,
			figures: [figure('f1', ['b', 'a']), figure('f2', ['a', 'b']), figure('f3', ['a']), figure('f4', ['a', 'a'])]
		});
		expect(groups.map((group) => group.figures.map((f) => f.id))).toEqual([['f1', 'f2'], ['f3', 'f4']]);
		// The first figure's order is the one shown.
		expect(groups[0]!.sources.map((source) => source.id)).toEqual(['b', 'a']);
	});

	test('unknown source ids are left out; a figure with no known source is grouped apart', () => {
		const groups = groupFiguresBySource({
			sources: SOURCES,
			figures: [figure('f1', ['a', 'weg']), figure('f2', ['a']), figure('f3', ['weg'])]
		});
		expect(groups.map((group) => group.figures.map((f) => f.id))).toEqual([['f1', 'f2'], ['f3']]);
		expect(groups[1]!.sources).toEqual([]);
	});

	test('no figures, no groups', () => {
		expect(groupFiguresBySource({ sources: SOURCES, figures: [] })).toEqual([]);
	});

	test('the real checklist: every figure in exactly one group, and no source named twice', () => {
		const checklist = parse(readFileSync('checklists/kwartiermaken.yaml', 'utf8')) as Checklist;
		const groups = groupFiguresBySource(checklist);
		expect(groups.flatMap((group) => group.figures.map((f) => f.id)).sort()).toEqual(checklist.figures.map((f) => f.id).sort());
		const keys = groups.map((group) => group.key);
		expect(new Set(keys).size).toBe(keys.length);
		// Fewer groups than figures: the poll's nine figures share one heading.
		expect(groups.length).toBeLessThan(checklist.figures.length);
		expect(Math.max(...groups.map((group) => group.figures.length))).toBeGreaterThan(1);
	});
});
