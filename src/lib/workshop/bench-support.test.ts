import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import realChecklist from '../../../checklists/kwartiermaken.yaml';
import { benchMergeAndAggregate, benchWorkshop, mergeEnvelopeTexts } from './bench-support.ts';
import { WorkshopSchema } from './workshop-schema.ts';

describe('bench support', () => {
	test('50 handed-in texts on the real checklist merge into 50 participants and a valid workshop', () => {
		const { workshop, texts } = benchWorkshop(realChecklist, 50);
		expect(texts).toHaveLength(50);
		const merged = mergeEnvelopeTexts(realChecklist, workshop, [...texts, texts[0]!, '{"type":"x"}'], '2025-03-01T12:00:00.000Z');
		expect(merged.outcomes.filter((outcome) => outcome === 'added')).toHaveLength(50);
		expect(merged.outcomes.slice(50)).toEqual(['kept-newer', 'refused']);
		expect(Object.keys(merged.workshop.participants)).toHaveLength(50);
		expect(v.safeParse(WorkshopSchema, merged.workshop).success).toBe(true);
	});

	test('benchMergeAndAggregate reports times and finds divergence', () => {
		const result = benchMergeAndAggregate(realChecklist, 50);
		expect(result.aggregate.handedIn.total).toBe(50);
		expect(result.aggregate.mostDivergent.length).toBeGreaterThan(0);
		expect(result.mergeMs).toBeGreaterThanOrEqual(0);
		expect(result.aggregateMs).toBeGreaterThanOrEqual(0);
	});
});
