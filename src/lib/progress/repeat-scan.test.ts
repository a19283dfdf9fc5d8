import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { BackupScanSchema, parseStoredScan } from '../domain/scan-schema.ts';
import type { Scan } from '../domain/scan.ts';
import { deepFreeze, fixtureChecklist, makeScan } from '../domain/test-fixtures.ts';
import { parseBackup } from '../files/read-backup.ts';
import { buildShareHash, readShareHash } from '../files/share-link.ts';
import { buildRepeatScan, canRepeat, copiedAnswerIds } from './repeat-scan.ts';

const EARLIER_ID = '11111111-1111-4111-8111-111111111111';
const NEW_ID = '22222222-2222-4222-8222-222222222222';
const NOW = '2026-11-30T09:00:00.000Z';

function earlierScan(): Scan {
	const scan = makeScan({ 'a-wegbereider': '3', 'a-plan': '1', 'b-werving': null });
	return deepFreeze({
		...scan,
		id: EARLIER_ID,
		profile: { ...scan.profile, focusAreas: ['armoede'] },
		answers: { ...scan.answers, 'a-plan': { value: '1', note: 'Nog geen plan', updatedAt: '2025-01-01T00:00:00.000Z' } },
		plan: { actions: [], createdAt: '2025-01-02T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' },
		themes: ['a', 'b', 'd']
	});
}

describe('buildRepeatScan', () => {
	test('starting empty: the profile, mode and themes are copied, the answers and plan are not, and it points back', () => {
		const repeat = buildRepeatScan(fixtureChecklist, earlierScan(), { id: NEW_ID, now: NOW, start: 'empty' });
		expect(repeat).toMatchObject({
			id: NEW_ID,
			repeatOf: EARLIER_ID,
			mode: 'full',
			profile: earlierScan().profile,
			themes: ['a', 'b', 'd'],
			answers: {},
			plan: null,
			createdAt: NOW,
			updatedAt: NOW,
			demo: false,
			checklistVersion: fixtureChecklist.version
		});
		// A valid scan: storage and backups take it as it is.
		expect(parseStoredScan(repeat)).toEqual(repeat);
		expect(v.is(BackupScanSchema, repeat)).toBe(true);
	});

	test('starting with the earlier answers: answered questions are copied with their notes and times, skipped ones are not', () => {
		const repeat = buildRepeatScan(fixtureChecklist, earlierScan(), { id: NEW_ID, now: NOW, start: 'copy' });
		expect(repeat.answers).toEqual({
			'a-wegbereider': { value: '3', note: '', updatedAt: '2025-01-01T00:00:00.000Z' },
			'a-plan': { value: '1', note: 'Nog geen plan', updatedAt: '2025-01-01T00:00:00.000Z' }
		});
		// The copy is the new scan's own: changing it cannot reach the earlier scan.
		expect(repeat.answers['a-plan']).not.toBe(earlierScan().answers['a-plan']);
		expect(copiedAnswerIds(repeat)).toEqual(['a-wegbereider', 'a-plan']);
	});

	test('an answer chosen again in the new scan is no longer "from the earlier scan"', () => {
		const repeat = buildRepeatScan(fixtureChecklist, earlierScan(), { id: NEW_ID, now: NOW, start: 'copy' });
		const confirmed: Scan = {
			...repeat,
			answers: { ...repeat.answers, 'a-plan': { value: '1', note: 'Nog geen plan', updatedAt: '2026-11-30T09:05:00.000Z' } }
		};
		expect(copiedAnswerIds(confirmed)).toEqual(['a-wegbereider']);
		// A scan that is no repeat has no copied answers, however old its answers are.
		expect(copiedAnswerIds({ ...confirmed, repeatOf: undefined })).toEqual([]);
	});

	test('a werksessie’s marks are not copied: the repeat is an ordinary scan', () => {
		const grouped: Scan = {
			...earlierScan(),
			workshop: { workshopId: '33333333-3333-4333-8333-333333333333', participants: 4, date: '2025-01-01' }
		};
		const repeat = buildRepeatScan(fixtureChecklist, grouped, { id: NEW_ID, now: NOW, start: 'copy' });
		expect(repeat.workshop).toBeUndefined();
		expect(repeat.participation).toBeUndefined();
	});

	test('answers of an older checklist version are brought to today’s questions first; what does not fit is not copied', () => {
		const checklist = structuredClone(fixtureChecklist);
		checklist.version = '1.1.0';
		const themeA = checklist.themes.find((theme) => theme.id === 'a')!;
		themeA.questions = themeA.questions.map((question) => (question.id === 'a-plan' ? { ...question, id: 'a-beleidsplan' } : question));
		checklist.caps = checklist.caps.filter((cap) => !('question' in cap.when));
		checklist.migrations = [{ from: '1.0.0', to: '1.1.0', changes: [{ kind: 'renamed', question: 'a-plan', to: 'a-beleidsplan' }] }];
		const earlier = { ...earlierScan(), answers: { ...earlierScan().answers, 'weg-vraag': { value: '2', note: '', updatedAt: '2025-01-01T00:00:00.000Z' } } };
		const repeat = buildRepeatScan(checklist, earlier, { id: NEW_ID, now: NOW, start: 'copy' });
		expect(Object.keys(repeat.answers).sort()).toEqual(['a-beleidsplan', 'a-wegbereider']);
		expect(repeat.checklistVersion).toBe('1.1.0');
		expect(repeat.setAside).toBeUndefined();
	});

	test('a hostile question id in the earlier scan never reaches Object.prototype', () => {
		const earlier = JSON.parse(JSON.stringify(earlierScan()).replace('"a-wegbereider"', '"__proto__"')) as Scan;
		const repeat = buildRepeatScan(fixtureChecklist, earlier, { id: NEW_ID, now: NOW, start: 'copy' });
		expect(({} as Record<string, unknown>).value).toBeUndefined();
		expect(Object.getPrototypeOf(repeat.answers)).toBe(Object.prototype);
	});
});

describe('canRepeat', () => {
	test('an ordinary scan can be repeated; the demo and a participant’s own answers cannot', () => {
		expect(canRepeat(earlierScan())).toBe(true);
		expect(canRepeat({ ...earlierScan(), demo: true })).toBe(false);
		expect(
			canRepeat({
				...earlierScan(),
				participation: {
					workshopId: '33333333-3333-4333-8333-333333333333',
					participantId: '44444444-4444-4444-8444-444444444444',
					role: 'beleid',
					name: '',
					handedInAt: null
				}
			})
		).toBe(false);
	});

	test('a colleague’s delegated part cannot be repeated: the owner’s scan is the one to follow up', () => {
		expect(
			canRepeat({
				...earlierScan(),
				delegatedPart: {
					handOutId: '55555555-5555-4555-8555-555555555555',
					scanId: '66666666-6666-4666-8666-666666666666',
					askedBy: { name: 'Sam', role: '', organisation: 'Gemeente Samen' },
					role: 'beleidsmedewerker',
					note: '',
					themes: ['a'],
					handedOutAt: '2026-11-01T09:00:00.000Z',
					returnedAt: null
				}
			})
		).toBe(false);
	});
});

describe('repeatOf in a backup file', () => {
	const file = (repeatOf: unknown) =>
		JSON.stringify({
			type: 'kwartiermaker-backup',
			version: 1,
			scans: [{ ...buildRepeatScan(fixtureChecklist, earlierScan(), { id: NEW_ID, now: NOW, start: 'copy' }), repeatOf }]
		});

	test('is kept when a backup is read back', () => {
		const result = parseBackup(file(EARLIER_ID), fixtureChecklist);
		expect(result.ok && result.scans[0]?.repeatOf).toBe(EARLIER_ID);
	});

	test.each<[string, unknown]>([
		['a number', 7],
		['an empty text', ''],
		['an object', { id: EARLIER_ID }],
		['an oversized text', 'x'.repeat(201)]
	])('as %s refuses the file with a message, and changes nothing', (_name, value) => {
		const result = parseBackup(file(value), fixtureChecklist);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message.key).toBe('backupFile.errors.scanInvalid');
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	test('with a __proto__ key beside it, the file is refused and Object.prototype is untouched', () => {
		const hostile = file(EARLIER_ID).replace('"repeatOf"', '"__proto__":{"x":1},"repeatOf"');
		expect(parseBackup(hostile, fixtureChecklist).ok).toBe(false);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	test('markup in it refuses the file; nothing of it is kept', () => {
		const result = parseBackup(file('<img src=x onerror=alert(1)>'), fixtureChecklist);
		expect(result.ok).toBe(false);
	});
});

describe('repeatOf in a share link', () => {
	test('comes through a link unchanged', async () => {
		const repeat = buildRepeatScan(fixtureChecklist, earlierScan(), { id: NEW_ID, now: NOW, start: 'copy' });
		const result = await readShareHash(await buildShareHash(repeat, NOW), fixtureChecklist);
		expect(result.ok && result.scan.repeatOf).toBe(EARLIER_ID);
	});
});
