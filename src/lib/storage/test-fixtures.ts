/**
 * Test data for the storage tests (imported by `*.test.ts` only, never by the app).
 */
import { IDBFactory } from 'fake-indexeddb';
import { SCAN_SCHEMA_VERSION, UNKNOWN, type Answer, type Scan } from '../domain/scan.ts';
import { WORKSHOP_SCHEMA_VERSION, type Workshop } from '../workshop/workshop-schema.ts';
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

/** The id of `makeStoredWorkshop`'s workshop. */
export const WORKSHOP_ID = '6f1e2d3c-4b5a-4c7d-8e9f-0a1b2c3d4e5f';

/**
 * A workshop that passes `WorkshopSchema`: two participants, a show of hands, a note and a settled
 * answer; override any field. (Storage tests only; the domain has its own `makeWorkshop`.)
 */
export function makeStoredWorkshop(overrides: Partial<Workshop> = {}): Workshop {
	return {
		id: WORKSHOP_ID,
		schemaVersion: WORKSHOP_SCHEMA_VERSION,
		checklistId: 'kwartiermaken',
		checklistVersion: '1.1.0',
		settings: {
			organisation: 'Gemeente Zwolle',
			date: '2026-03-12',
			phase: 'eerste',
			scope: 'quick',
			themes: [],
			roles: ['beleid', 'ervaringswerker'],
			names: 'optional'
		},
		participants: {
			'0b7e9c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d': {
				participantId: '0b7e9c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d',
				role: 'beleid',
				name: 'Anna <b>de Vries</b>',
				answers: { q1: { value: 'ja', note: 'Toelichting met ë en €' }, q2: { value: null, note: '' } },
				handedInAt: '2026-03-12T10:00:00.000Z',
				receivedAt: '2026-03-12T10:05:00.000Z',
				via: 'qr',
				fromVersion: '1.1.0'
			},
			'1c8f0d2b-3e4a-4b6c-9d7e-8f9a0b1c2d3e': {
				participantId: '1c8f0d2b-3e4a-4b6c-9d7e-8f9a0b1c2d3e',
				role: 'ervaringswerker',
				name: '',
				answers: { q1: { value: 'nee', note: '' } },
				handedInAt: '2026-03-12T10:01:00.000Z',
				receivedAt: '2026-03-12T10:06:00.000Z',
				via: 'file',
				fromVersion: '1.0.0'
			}
		},
		hands: { q3: { present: 5, byRole: false, counts: { all: { ja: 3, nee: 2 } }, updatedAt: '2026-03-12T10:10:00.000Z' } },
		discussion: { q1: { note: 'De groep was verdeeld.', updatedAt: '2026-03-12T10:20:00.000Z' } },
		consensus: { q1: { value: 'ja', reasoning: 'Na overleg', dissent: '', updatedAt: '2026-03-12T10:30:00.000Z' } },
		display: { showSmallGroups: false, showNames: false, timerMinutes: 0 },
		resultScanId: null,
		createdAt: '2026-03-12T09:00:00.000Z',
		updatedAt: '2026-03-12T10:30:00.000Z',
		...overrides
	};
}

/** One object store of a database dump (tests/fixtures/storage/*.json). */
export interface StoreDump {
	keyPath: string | string[];
	indexes: Record<string, string | string[]>;
	records: unknown[];
}

/** A database dump as `npm run fixtures` writes it. */
export interface DatabaseDump {
	database: string;
	version: number;
	stores: Record<string, StoreDump>;
}

/** Recreates a database exactly as the dump describes it (that version, those stores, those records), without the app's code. */
export async function seedDump(factory: IDBFactory, dump: DatabaseDump): Promise<void> {
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = factory.open(dump.database, dump.version);
		request.onupgradeneeded = () => {
			for (const [name, store] of Object.entries(dump.stores)) {
				const created = request.result.createObjectStore(name, { keyPath: store.keyPath });
				for (const [index, keyPath] of Object.entries(store.indexes)) created.createIndex(index, keyPath);
			}
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	const tx = db.transaction(Object.keys(dump.stores), 'readwrite');
	for (const [name, store] of Object.entries(dump.stores)) for (const record of store.records) tx.objectStore(name).put(record);
	await new Promise<void>((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}
