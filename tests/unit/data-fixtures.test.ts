/**
 * Data made by earlier releases must keep working: every backup in tests/fixtures/backups/ and every
 * IndexedDB dump in tests/fixtures/storage/ is read by today's app and migrated to today's checklist,
 * with every answer accounted for: restored (under its own or a migrated id) or kept aside, never lost.
 *
 * New fixtures come from `npm run fixtures` (tests/fixtures/make-fixtures.ts) and are picked up here
 * without a code change, so a new checklist or storage version is tested against all older data.
 */
import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import checklist from '../../checklists/kwartiermaken.yaml';
import { migrateScan, migrationSteps, sourcesOf } from '../../src/lib/domain/migrate-answers.ts';
import type { Scan } from '../../src/lib/domain/scan.ts';
import { parseStoredScan } from '../../src/lib/domain/scan-schema.ts';
import { parseBackup } from '../../src/lib/files/read-backup.ts';
import { translate } from '../../src/lib/i18n/message-ref.ts';
import { nlAll as nl } from '../../src/lib/i18n/whole-catalogues.ts';
import { DB_NAME, DB_VERSION, closeDb } from '../../src/lib/storage/db.ts';
import { createIdbScanRepository } from '../../src/lib/storage/idb-scan-repository.ts';
import { createIdbWorkshopRepository } from '../../src/lib/storage/idb-workshop-repository.ts';
import { seedDump, type DatabaseDump } from '../../src/lib/storage/test-fixtures.ts';
import { fixtureScan, loadRealChecklist } from '../fixtures/make-fixtures.ts';

const FIXTURES = 'tests/fixtures';
const filesIn = (folder: string): string[] =>
	readdirSync(join(FIXTURES, folder))
		.filter((name) => name.endsWith('.json'))
		.sort();

interface RawAnswer {
	value: string | null;
	note: string;
	updatedAt: string;
}

/**
 * Every answer of the original is in the result: under the same id with the same value (when its
 * question still exists unchanged), taken by a migration step, or kept aside with its note.
 */
function expectEveryAnswerAccountedFor(original: Record<string, RawAnswer>, fromVersion: string, result: Scan): void {
	const migrated = new Set(migrationSteps(checklist, fromVersion).flatMap((step) => step.changes.flatMap(sourcesOf)));
	const keptAside = Object.values(result.setAside ?? {});
	for (const [questionId, answer] of Object.entries(original)) {
		const restored = result.answers[questionId];
		const aside = keptAside.find((entry) => entry.questionId === questionId);
		const accounted =
			(restored !== undefined && !migrated.has(questionId) && restored.value === answer.value && restored.note === answer.note) ||
			migrated.has(questionId) ||
			(aside !== undefined && aside.note === answer.note);
		expect(accounted, `answer to ${questionId} (${JSON.stringify(answer)})`).toBe(true);
	}
}

describe.each(filesIn('backups'))('backup fixture %s', (file) => {
	const text = readFileSync(join(FIXTURES, 'backups', file), 'utf8');
	const raw = JSON.parse(text) as { scans: { id: string; checklistVersion: string; answers: Record<string, RawAnswer>; plan: { actions: { id: string }[] } | null }[] };

	test('restores into the current checklist with every answer accounted for', () => {
		const result = parseBackup(text, checklist);
		if (!result.ok) throw new Error(`${file} was refused: ${translate(nl, result.message)}`);
		expect(result.scans).toHaveLength(raw.scans.length);
		raw.scans.forEach((original, index) => {
			const scan = result.scans[index]!;
			expect(scan.id).toBe(original.id);
			expect(scan.checklistVersion).toBe(checklist.version);
			expectEveryAnswerAccountedFor(original.answers, original.checklistVersion, scan);
			// Plan actions are never dropped by a migration, also not when their question was removed.
			expect(scan.plan?.actions.map((action) => action.id) ?? []).toEqual(original.plan?.actions.map((action) => action.id) ?? []);
			if (original.checklistVersion === checklist.version) {
				// Same version: the answers come back exactly as they were saved.
				expect(scan.answers).toEqual(original.answers);
				expect(scan.setAside).toEqual({});
			}
		});
	});

	test('restoring is stable: migrating the restored scan again changes nothing', () => {
		const result = parseBackup(text, checklist);
		if (!result.ok) throw new Error(translate(nl, result.message));
		for (const scan of result.scans) expect(migrateScan(checklist, scan).changed).toBe(false);
	});
});

test('the 1.0.0 backup fixture is complete: every question answered, with notes and a plan', () => {
	const text = readFileSync(join(FIXTURES, 'backups', 'backup-v1-checklist-1.0.0.json'), 'utf8');
	const scan = (JSON.parse(text) as { scans: { checklistVersion: string; answers: Record<string, RawAnswer>; plan: { actions: unknown[] } }[] }).scans[0]!;
	expect(scan.checklistVersion).toBe('1.0.0');
	const values = Object.values(scan.answers);
	expect(values.length).toBeGreaterThanOrEqual(50);
	expect(values.every((answer) => answer.value !== null)).toBe(true);
	expect(values.some((answer) => answer.note.includes('€'))).toBe(true);
	expect(values.some((answer) => answer.value === 'special:unknown')).toBe(true);
	expect(scan.plan.actions.length).toBeGreaterThan(1);
});

test('fixtures exist for the current checklist and storage version (after raising one: npm run fixtures)', () => {
	const current = loadRealChecklist();
	const backupFile = join(FIXTURES, 'backups', `backup-v1-checklist-${current.version}.json`);
	const storageFile = join(FIXTURES, 'storage', `db-v${DB_VERSION}-checklist-${current.version}.json`);
	expect(existsSync(backupFile), `${backupFile} is missing: run npm run fixtures and commit it`).toBe(true);
	expect(existsSync(storageFile), `${storageFile} is missing: run npm run fixtures and commit it`).toBe(true);
	// Same version, same questions: if this fails, question ids changed without raising the version.
	const fixture = JSON.parse(readFileSync(backupFile, 'utf8')) as { scans: Scan[] };
	expect(Object.keys(fixture.scans[0]!.answers).sort()).toEqual(Object.keys(fixtureScan(current).answers).sort());
});

test('the 1.0.0 backup restores into a later version that renames one question and removes another', () => {
	const text = readFileSync(join(FIXTURES, 'backups', 'backup-v1-checklist-1.0.0.json'), 'utf8');
	// What today's checklist makes of the backup (its own migrations included), as the baseline.
	const current = loadRealChecklist();
	const base = parseBackup(text, current);
	if (!base.ok) throw new Error(translate(nl, base.message));
	const baseScan = base.scans[0]!;
	const baseAside = Object.keys(baseScan.setAside ?? {}).length;

	// A next version that adds one step: a question renamed, another removed.
	const later = structuredClone(current);
	const [major, minor] = current.version.split('.').map(Number);
	const next = `${major}.${minor! + 1}.0`;
	const [renamed, removed] = [later.themes[0]!.questions[0]!, later.themes[1]!.questions.at(-1)!];
	const [oldId, removedId, removedText] = [renamed.id, removed.id, removed.text];
	renamed.id = `${oldId}-nieuw`;
	later.themes[1]!.questions.pop();
	later.caps = later.caps.map((cap) => ('question' in cap.when && cap.when.question === oldId ? { ...cap, when: { ...cap.when, question: renamed.id } } : cap));
	later.version = next;
	later.migrations = [
		...(current.migrations ?? []),
		{
			from: current.version,
			to: next,
			previous: { [removedId]: { text: removedText } },
			changes: [
				{ kind: 'renamed', question: oldId, to: renamed.id },
				{ kind: 'removed', question: removedId }
			]
		}
	];
	const result = parseBackup(text, later);
	if (!result.ok) throw new Error(translate(nl, result.message));
	const scan = result.scans[0]!;
	expect(scan.checklistVersion).toBe(next);
	expect(scan.answers[renamed.id]).toEqual(baseScan.answers[oldId]);
	expect(scan.answers[oldId]).toBeUndefined();
	expect(scan.setAside?.[removedId]).toEqual({ ...baseScan.answers[removedId], questionId: removedId, fromVersion: '1.0.0', questionText: removedText });
	expect(result.warnings.map((warning) => translate(nl, warning))).toEqual([
		`De scan is gemaakt met versie 1.0.0 van de vragenlijst. Deze app gebruikt versie ${next}. Kijk de antwoorden goed na.`,
		expect.stringMatching(new RegExp(`^${baseAside + 1} antwoord(en)? pas(t|sen) niet meer bij deze versie van de vragenlijst\\.`))
	]);
	expect(Object.keys(scan.answers)).toHaveLength(Object.keys(baseScan.answers).length - 1);
});

// ---------------------------------------------------------------------------------------------

const factories: IDBFactory[] = [];
afterEach(async () => {
	for (const factory of factories.splice(0)) await closeDb(DB_NAME, { indexedDB: factory });
});

describe.each(filesIn('storage'))('storage fixture %s', (file) => {
	const dump = JSON.parse(readFileSync(join(FIXTURES, 'storage', file), 'utf8')) as DatabaseDump;

	test('opens with today’s storage (upgrading it), passes the stored-scan schema and migrates with every answer accounted for', async () => {
		const factory = new IDBFactory();
		factories.push(factory);
		await seedDump(factory, dump);
		const repository = createIdbScanRepository(dump.database, { indexedDB: factory });
		const summaries = await repository.listScans();
		const ids = (dump.stores['scans']?.records ?? []).map((record) => (record as { id: string }).id);
		expect(summaries.map((summary) => summary.id).sort()).toEqual([...ids].sort());

		for (const id of ids) {
			const stored = await repository.getScan(id);
			const scan = parseStoredScan(stored);
			expect(scan, `stored scan ${id} fails the schema`).not.toBeNull();
			const original = Object.fromEntries(
				(dump.stores['answers']?.records ?? [])
					.map((record) => record as RawAnswer & { scanId: string; questionId: string })
					.filter((record) => record.scanId === id)
					.map((record) => [record.questionId, { value: record.value, note: record.note, updatedAt: record.updatedAt }])
			);
			expect(Object.keys(original).length).toBeGreaterThan(0);
			const migration = migrateScan(checklist, scan!);
			expect(migration.ok).toBe(true);
			expectEveryAnswerAccountedFor(original, scan!.checklistVersion, migration.scan);
		}

		// Werksessies (since storage version 4) come back exactly as stored, none skipped as damaged.
		const workshopRecords = dump.stores['workshops']?.records ?? [];
		const workshops = createIdbWorkshopRepository(dump.database, { indexedDB: factory });
		expect((await workshops.listWorkshops()).map((summary) => summary.id).sort()).toEqual(
			workshopRecords.map((record) => (record as { id: string }).id).sort()
		);
		for (const record of workshopRecords) expect(await workshops.getWorkshop((record as { id: string }).id)).toEqual(record);
	});
});
