/**
 * Test data for the storage tests (imported by `*.test.ts` only, never by the app).
 */
import { IDBFactory } from 'fake-indexeddb';
import { SCAN_SCHEMA_VERSION, UNKNOWN, type Answer, type Scan } from '../domain/scan.ts';
import { DB_NAME, closeDb } from './db.ts';
import { createIdbScanRepository, type IdbRepositoryOptions } from './idb-scan-repository.ts';

const factories: IDBFactory[] = [];

/** A new, empty fake IndexedDB, so each test starts with no databases. */
export function freshFactory(): IDBFactory {
	const factory = new IDBFactory();
	factories.push(factory);
	return factory;
}

/** Closes the connections opened on every factory from `freshFactory` (call in afterEach). */
export async function closeFreshFactories(): Promise<void> {
	for (const factory of factories.splice(0)) await closeDb(DB_NAME, { indexedDB: factory });
}

/** Repositories opened by `idbTestRepository`, closed by `closeIdbTestRepositories`. */
const openedRepositories: Array<{ name: string; factory: IDBFactory }> = [];

/**
 * An IndexedDB repository on its own fake IndexedDB (or the one given), so tests never share a database.
 * Call `closeIdbTestRepositories` in afterEach, so no connection outlives its test.
 */
export function idbTestRepository(options: IdbRepositoryOptions & { name?: string; factory?: IDBFactory } = {}) {
	const factory = options.factory ?? new IDBFactory();
	const name = options.name ?? DB_NAME;
	openedRepositories.push({ name, factory });
	return { factory, repository: createIdbScanRepository(name, { ...options, indexedDB: factory }) };
}

/** Closes the connections of every repository from `idbTestRepository` (call in afterEach). */
export async function closeIdbTestRepositories(): Promise<void> {
	for (const { name, factory } of openedRepositories.splice(0)) await closeDb(name, { indexedDB: factory });
}

/** A deterministic answer. */
export function makeAnswer(value: string | null, updatedAt = '2025-01-02T10:00:00.000Z', note = ''): Answer {
	return { value, note, updatedAt };
}

/** A complete scan with two answers and a small plan; override any field. */
export function makeScan(overrides: Partial<Scan> = {}): Scan {
	return {
		id: 'scan-1',
		schemaVersion: SCAN_SCHEMA_VERSION,
		checklistId: 'kwartiermaken',
		checklistVersion: '1.0.0',
		mode: 'quick',
		profile: {
			organisation: 'Gemeente Zwolle',
			filledInBy: 'Sam',
			role: 'Beleidsmedewerker sociaal domein',
			phase: 'eerste',
			focusAreas: ['werving']
		},
		answers: {
			q1: makeAnswer('ja', '2025-01-02T10:00:00.000Z', 'Eerste toelichting'),
			q2: makeAnswer(UNKNOWN, '2025-01-02T10:01:00.000Z'),
			q3: makeAnswer(null, '2025-01-02T10:02:00.000Z')
		},
		plan: {
			actions: [
				{
					id: 'a1',
					sourceActionId: 'a1',
					themeId: 't1',
					questionId: 'q1',
					title: 'Stel een kwartiermaker aan',
					why: 'Omdat',
					firstStep: 'Bel',
					owner: 'Teamleider',
					deadline: '',
					horizon: '0-3',
					status: 'open',
					priority: 'gap',
					updatedAt: '2025-01-02T11:00:00.000Z'
				}
			],
			createdAt: '2025-01-02T11:00:00.000Z',
			updatedAt: '2025-01-02T11:00:00.000Z'
		},
		createdAt: '2025-01-01T09:00:00.000Z',
		updatedAt: '2025-01-02T10:02:00.000Z',
		demo: false,
		...overrides
	};
}

/** A Map-backed stand-in for localStorage; set `full` to make every write throw QuotaExceededError. */
export function fakeLocalStorage() {
	const data = new Map<string, string>();
	const storage = {
		full: false,
		data,
		getItem: (key: string): string | null => data.get(key) ?? null,
		setItem: (key: string, value: string): void => {
			if (storage.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			data.set(key, value);
		},
		removeItem: (key: string): void => void data.delete(key)
	};
	return storage;
}
