/**
 * Werksessies (workshops) in backup files: the envelope's `workshops` list, written by
 * `buildWorkshopBackup` and read by `parseBackup`, including hostile and newer files.
 */
import { describe, expect, test } from 'vitest';
import checklist from '../../../checklists/kwartiermaken.yaml';
import { SCAN_SCHEMA_VERSION, type Scan } from '../domain/scan.ts';
import { enAll as en } from '../i18n/whole-catalogues.ts';
import { translate } from '../i18n/message-ref.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { makeStoredWorkshop } from '../storage/test-fixtures.ts';
import type { Workshop } from '../workshop/workshop-schema.ts';
import { BACKUP_TYPE, BACKUP_VERSION, buildBackup, buildWorkshopBackup, workshopBackupFileName } from './backup.ts';
import { MAX_BACKUP_WORKSHOPS, parseBackup, type ParseBackupResult } from './read-backup.ts';

const NOW = '2026-11-24T10:00:00.000Z';
const workshop = (): Workshop => makeStoredWorkshop({ checklistVersion: checklist.version });
const resultScan = (): Scan => ({
	id: '4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d',
	schemaVersion: SCAN_SCHEMA_VERSION,
	checklistId: checklist.id,
	checklistVersion: checklist.version,
	mode: 'quick',
	profile: { organisation: 'Gemeente Zwolle', filledInBy: '', role: '', phase: 'eerste', focusAreas: [] },
	answers: {},
	plan: null,
	createdAt: NOW,
	updatedAt: NOW,
	demo: false,
	setAside: {},
	workshop: { workshopId: makeStoredWorkshop().id, participants: 2, date: '2026-03-12' }
});

/** A workshop backup, changed by `edit` on its parsed form. */
function workshopBackupWith(edit: (backup: Record<string, any>) => void, scan: Scan | null = null): string {
	const backup = JSON.parse(buildWorkshopBackup(workshop(), scan, NOW)) as Record<string, any>;
	edit(backup);
	return JSON.stringify(backup);
}

function refusal(result: ParseBackupResult): string {
	expect(result.ok).toBe(false);
	if (result.ok) return '';
	const text = translate(nl, result.message);
	expect(text).not.toMatch(/backupFile\.|workshopStorage\./);
	return text;
}

function accepted(result: ParseBackupResult) {
	if (!result.ok) throw new Error(`Refused: ${translate(nl, result.message)}`);
	return result;
}

const NAMED = 'De werksessie van Gemeente Zwolle in de reservekopie';

describe('buildWorkshopBackup', () => {
	test('writes the backup envelope with the workshop in `workshops` and the settled scan in `scans`', () => {
		const parsed = JSON.parse(buildWorkshopBackup(workshop(), resultScan(), NOW)) as Record<string, unknown>;
		expect(Object.keys(parsed)).toEqual(['type', 'version', 'source', 'createdAt', 'scans', 'workshops']);
		expect(parsed).toMatchObject({ type: BACKUP_TYPE, version: BACKUP_VERSION, source: 'Kwartiermaker', createdAt: NOW });
		expect(parsed['scans']).toEqual([resultScan()]);
		expect(parsed['workshops']).toEqual([workshop()]);
		// Without a settled scan the list of scans is empty.
		expect((JSON.parse(buildWorkshopBackup(workshop(), null, NOW)) as { scans: unknown[] }).scans).toEqual([]);
	});

	test('a backup of one scan has no `workshops` key', () => {
		expect(JSON.parse(buildBackup(resultScan(), NOW))).not.toHaveProperty('workshops');
	});

	test('file name', () => {
		expect(workshopBackupFileName('Gemeente Zoë', new Date(2026, 2, 12))).toBe('kwartiermaken-werksessie-gemeente-zoe-2026-03-12.json');
	});
});

describe('parseBackup: werksessies', () => {
	test('round trip without a settled scan: the workshop comes back exactly, the scan list is empty', () => {
		const result = accepted(parseBackup(buildWorkshopBackup(workshop(), null, NOW), checklist));
		expect(result.scans).toEqual([]);
		expect(result.workshops).toStrictEqual([workshop()]);
		expect(result.warnings).toEqual([]);
	});

	test('round trip with the settled scan', () => {
		const result = accepted(parseBackup(buildWorkshopBackup(workshop(), resultScan(), NOW), checklist));
		expect(result.scans).toStrictEqual([resultScan()]);
		expect(result.workshops).toStrictEqual([workshop()]);
	});

	test('a backup of a scan gives no workshops', () => {
		expect(accepted(parseBackup(buildBackup(resultScan(), NOW), checklist)).workshops).toEqual([]);
	});

	test('markup in names and notes stays literal text', () => {
		const markup = '<img src=x onerror="alert(1)">';
		const text = workshopBackupWith((backup) => {
			const participant = Object.values(backup['workshops'][0].participants)[0] as Record<string, any>;
			participant['name'] = markup;
			backup['workshops'][0].discussion.q1.note = `<script>${markup}</script>`;
		});
		const [read] = accepted(parseBackup(text, checklist)).workshops;
		expect(Object.values(read!.participants).map((p) => p.name)).toContain(markup);
		expect(read!.discussion['q1']?.note).toBe(`<script>${markup}</script>`);
	});

	test('unknown keys are dropped; the result is made of fresh plain objects', () => {
		const text = workshopBackupWith((backup) => {
			backup['workshops'][0].extra = 'weg';
			backup['workshops'][0].settings.extra = 'weg';
		});
		const [read] = accepted(parseBackup(text, checklist)).workshops;
		expect(read).toStrictEqual(workshop());
		for (const object of [read, read!.settings, read!.participants, read!.display]) expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
	});

	test('a workshop from a newer release is refused with a message that names it', () => {
		const text = workshopBackupWith((backup) => (backup['workshops'][0].schemaVersion = 2));
		expect(refusal(parseBackup(text, checklist))).toBe(
			`${NAMED} is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.`
		);
		const result = parseBackup(text, checklist);
		expect(result.ok ? '' : translate(en, result.message)).toBe(
			'The workshop of Gemeente Zwolle in the backup was made with a newer version of Kwartiermaker. Update the app and try again.'
		);
	});

	test('without a readable organisation the message names its place', () => {
		const text = workshopBackupWith((backup) => {
			backup['workshops'] = [backup['workshops'][0], { ...backup['workshops'][0], schemaVersion: 9, settings: 3 }];
		});
		expect(refusal(parseBackup(text, checklist))).toBe('Werksessie 2 in de reservekopie is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.');
	});

	test('another checklist, or a newer checklist version, is refused', () => {
		expect(refusal(parseBackup(workshopBackupWith((backup) => (backup['workshops'][0].checklistId = 'iets-anders')), checklist))).toBe(
			`${NAMED} hoort bij een andere vragenlijst. Deze app kan die werksessie niet inlezen.`
		);
		expect(refusal(parseBackup(workshopBackupWith((backup) => (backup['workshops'][0].checklistVersion = '99.0.0')), checklist))).toBe(
			`${NAMED} is gemaakt met versie 99.0.0 van de vragenlijst. Deze app heeft versie ${checklist.version}. Werk de app bij en probeer het opnieuw.`
		);
	});

	test('prototype keys anywhere in a workshop refuse the whole file', () => {
		for (const key of ['__proto__', 'constructor', 'prototype']) {
			const text = buildWorkshopBackup(workshop(), resultScan(), NOW).replace('"participants": {', `"participants": {"${key}": {"polluted": true},`);
			expect(text).toContain(key);
			expect(refusal(parseBackup(text, checklist))).toBe(`Dit bestand is niet ingelezen, omdat het een onveilige veldnaam bevat ("${key}").`);
		}
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	test('wrong types are refused, and nothing of the file is imported', () => {
		expect(refusal(parseBackup(workshopBackupWith((backup) => (backup['workshops'] = { a: 1 })), checklist))).toBe(
			'Dit bestand is beschadigd: de lijst met werksessies klopt niet.'
		);
		expect(refusal(parseBackup(workshopBackupWith((backup) => (backup['workshops'] = [42])), checklist))).toBe(
			'De werksessie in de reservekopie klopt niet: het is geen werksessie.'
		);
		expect(refusal(parseBackup(workshopBackupWith((backup) => (backup['workshops'][0].settings.roles = 'beleid')), checklist))).toMatch(
			new RegExp(`^${NAMED} klopt niet: .+\\.$`)
		);
		expect(refusal(parseBackup(workshopBackupWith((backup) => (backup['workshops'][0].display.timerMinutes = '5'), resultScan()), checklist))).toMatch(
			new RegExp(`^${NAMED} klopt niet: `)
		);
		expect(refusal(parseBackup(workshopBackupWith((backup) => (backup['workshops'][0].id = 'geen-uuid')), checklist))).toMatch(/klopt niet/);
	});

	test('oversized: too long a name, too many participants, too many workshops', () => {
		const longName = workshopBackupWith((backup) => {
			(Object.values(backup['workshops'][0].participants)[0] as Record<string, any>)['name'] = 'x'.repeat(101);
		});
		expect(refusal(parseBackup(longName, checklist))).toMatch(/is te lang \(meer dan 100 tekens\)\.$/);

		const crowd = workshopBackupWith((backup) => {
			const [first] = Object.values(backup['workshops'][0].participants) as Record<string, any>[];
			backup['workshops'][0].participants = Object.fromEntries(
				Array.from({ length: 201 }, (_, i) => {
					const id = `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;
					return [id, { ...first, participantId: id }];
				})
			);
		});
		expect(refusal(parseBackup(crowd, checklist))).toMatch(/zijn te veel \(meer dan 200\)\.$/);

		const many = workshopBackupWith((backup) => (backup['workshops'] = Array.from({ length: MAX_BACKUP_WORKSHOPS + 1 }, () => backup['workshops'][0])));
		expect(refusal(parseBackup(many, checklist))).toBe('De reservekopie bevat te veel werksessies (meer dan 50).');
		// 50 is allowed.
		const fifty = workshopBackupWith((backup) => (backup['workshops'] = Array.from({ length: MAX_BACKUP_WORKSHOPS }, () => backup['workshops'][0])));
		expect(accepted(parseBackup(fifty, checklist)).workshops).toHaveLength(50);
	});

	test('a file with neither scans nor workshops holds nothing', () => {
		expect(refusal(parseBackup(workshopBackupWith((backup) => (backup['workshops'] = [])), checklist))).toBe('De reservekopie bevat geen scans.');
	});

	test('a bad scan next to a good workshop refuses the whole file', () => {
		const text = workshopBackupWith((backup) => (backup['scans'][0].mode = 'half'), resultScan());
		expect(refusal(parseBackup(text, checklist))).toMatch(/^De scan in de reservekopie klopt niet/);
	});

	test('share links read no workshops: a link needs a scan, and a workshop in it is not read', () => {
		expect(refusal(parseBackup(buildWorkshopBackup(workshop(), null, NOW), checklist, { workshops: false }))).toBe('De reservekopie bevat geen scans.');
		const both = accepted(parseBackup(buildWorkshopBackup(workshop(), resultScan(), NOW), checklist, { workshops: false }));
		expect(both.scans).toHaveLength(1);
		expect(both.workshops).toEqual([]);
		// A hostile (but key-safe) workshop list in a link changes nothing either.
		const junk = workshopBackupWith((backup) => (backup['workshops'] = 'x'), resultScan());
		expect(accepted(parseBackup(junk, checklist, { workshops: false })).workshops).toEqual([]);
	});
});
