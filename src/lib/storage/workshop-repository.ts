/**
 * Where werksessies (workshops) are kept: the contract that the IndexedDB and the in-memory
 * implementations share, and helpers both use.
 *
 * A workshop is stored as one record (store `workshops` in the app's database): set-up, handed-in
 * answers, counted hands, notes and the settled answers. Every change is a read-modify-write inside one
 * transaction (`updateWorkshop`), so two quick changes (a count and a note) can never overwrite each
 * other. What goes in and what comes out is checked against `WorkshopSchema`.
 */
import * as v from 'valibot';
import { inspectTree } from '../domain/safe-tree.ts';
import { WORKSHOP_LIMITS, WorkshopSchema, type Workshop } from '../workshop/workshop-schema.ts';
import { LIMITS } from '../domain/scan-limits.ts';
import { StorageError } from './storage-errors.ts';

/** One line in the list of workshops. */
export interface WorkshopSummary {
	id: string;
	organisation: string;
	/** The day of the session, YYYY-MM-DD. */
	date: string;
	/** Participants whose answers were handed in. */
	participants: number;
	/** True once the consensus was turned into a scan. */
	settled: boolean;
	resultScanId: string | null;
	updatedAt: string;
}

export interface WorkshopRepository {
	/** Which storage is behind it; 'memory' means nothing survives closing the tab. */
	readonly backend: 'indexeddb' | 'memory';
	/** All workshops, most recently changed first. Damaged records are left out. */
	listWorkshops(): Promise<WorkshopSummary[]>;
	/** The workshop, or null when there is none with this id (or it is damaged or from a newer release). */
	getWorkshop(id: string): Promise<Workshop | null>;
	/** Store a new workshop. Rejects when the id is taken or the workshop does not pass the schema. */
	createWorkshop(workshop: Workshop): Promise<void>;
	/**
	 * Change a workshop: `change` gets the stored workshop and returns the new one, inside one transaction.
	 * `updatedAt` is set to now. The result must pass the schema, or nothing is written (rejects).
	 * Rejects when the workshop does not exist. Resolves with the workshop as stored, after the commit.
	 */
	updateWorkshop(id: string, change: (workshop: Workshop) => Workshop): Promise<Workshop>;
	/** Delete a workshop with every participant's answers in it. The scan made from it stays. */
	deleteWorkshop(id: string): Promise<void>;
	/** Delete every workshop (for "Alles verwijderen"). */
	deleteAllWorkshops(): Promise<void>;
	/**
	 * Store a workshop from a backup. A workshop with the same id that is already here is kept as it is
	 * (its id is in every participant's answers, so it cannot be renamed): then 'exists'.
	 */
	importWorkshop(workshop: Workshop): Promise<'added' | 'exists'>;
}

export interface WorkshopRepositoryOptions {
	/** The clock, as an ISO timestamp. */
	now?: () => string;
}

export function workshopNotFound(id: string): StorageError {
	return new StorageError('unknown', {
		ref: { key: 'workshop.notFound' },
		cause: new Error(`Workshop not found: ${id}`)
	});
}

export function workshopIdTaken(id: string): StorageError {
	return new StorageError('unknown', {
		ref: { key: 'storage.errors.idTaken' },
		cause: new Error(`Workshop id already exists: ${id}`)
	});
}

/**
 * A workshop checked against the schema, as a fresh plain object (nothing the caller keeps can change it
 * later), or null when it is damaged, unsafe or from a newer release.
 */
export function readWorkshop(raw: unknown): Workshop | null {
	try {
		if (inspectTree(raw, { maxDepth: LIMITS.depth, maxValues: WORKSHOP_LIMITS.workshopValues }) !== null) return null;
		const parsed = v.safeParse(WorkshopSchema, raw);
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

/** `readWorkshop` for data going in: throws (and so writes nothing) when the workshop does not pass. */
export function checkedWorkshop(workshop: unknown): Workshop {
	const checked = readWorkshop(workshop);
	if (!checked) {
		throw new StorageError('unknown', { ref: { key: 'problems.saveFailed' }, cause: new Error('Workshop does not pass the schema') });
	}
	return checked;
}

export function summarizeWorkshop(workshop: Workshop): WorkshopSummary {
	return {
		id: workshop.id,
		organisation: workshop.settings.organisation,
		date: workshop.settings.date,
		participants: Object.keys(workshop.participants).length,
		settled: workshop.resultScanId !== null,
		resultScanId: workshop.resultScanId,
		updatedAt: workshop.updatedAt
	};
}

export function byWorkshopUpdatedAtDesc(a: WorkshopSummary, b: WorkshopSummary): number {
	return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}
