import { describe, expect, test } from 'vitest';
import type { Scan } from '../domain/scan.ts';
import { BACKUP_TYPE, backupFileName, buildBackup } from './backup.ts';

const scan: Scan = {
	id: '0b7a4d0e-8a3c-4c55-9d7c-0d8f6f0e9a11',
	schemaVersion: 1,
	checklistId: 'kwartiermaken',
	checklistVersion: '1.0.0',
	mode: 'quick',
	profile: { organisation: 'Gemeente Zoë', filledInBy: '', role: '', phase: 'eerste', focusAreas: ['armoede'] },
	answers: { 'k1-wegbereider': { value: '2', note: '“Toelichting” met €', updatedAt: '2026-11-24T10:00:00.000Z' } },
	plan: null,
	createdAt: '2026-11-24T09:00:00.000Z',
	updatedAt: '2026-11-24T10:00:00.000Z',
	demo: false
};

describe('backup', () => {
	test('is self-describing JSON that holds the whole scan losslessly', () => {
		const parsed = JSON.parse(buildBackup(scan, '2026-11-24T11:00:00.000Z'));
		expect(parsed.type).toBe(BACKUP_TYPE);
		expect(parsed.version).toBe(1);
		expect(parsed.createdAt).toBe('2026-11-24T11:00:00.000Z');
		expect(parsed.scans).toEqual([scan]);
	});

	test('file name uses the organisation slug and the local date', () => {
		expect(backupFileName('Gemeente Zoë', new Date(2026, 10, 24, 23, 30))).toBe('kwartiermaken-reservekopie-gemeente-zoe-2026-11-24.json');
	});
});
