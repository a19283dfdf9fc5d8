/**
 * The data a user creates: a scan with its profile, answers and action plan.
 *
 * Everything here is plain, JSON-serialisable data (no classes, no Dates, no proxies), so it can
 * be stored in IndexedDB, exported to a file and compared in tests without conversion.
 */
import type { Horizon, PhaseId } from '../content/checklist-schema.ts';

/** Version of the stored shape of a scan. Raise it (and add a migration) when the shape changes. */
export const SCAN_SCHEMA_VERSION = 1;

/** The answer value for "Weet ik niet". Never collides with an option id (those have no colon). */
export const UNKNOWN = 'special:unknown';
/** The answer value for "Niet van toepassing". */
export const NOT_APPLICABLE = 'special:na';

export type ScanMode = 'quick' | 'full';

export interface ScanProfile {
	/** Name of the municipality or organisation. */
	organisation: string;
	/** Who fills in the scan. */
	filledInBy: string;
	/** Their role, e.g. "Beleidsmedewerker sociaal domein". */
	role: string;
	phase: PhaseId;
	/** Ids from the checklist's focusAreas. */
	focusAreas: string[];
}

/** One answer to one question. */
export interface Answer {
	/** An option id of the question's scale, UNKNOWN, NOT_APPLICABLE, or null when skipped. */
	value: string | null;
	/** Optional toelichting (explanation) in the user's own words. */
	note: string;
	/** ISO timestamp of the last change. */
	updatedAt: string;
}

export type ActionStatus = 'open' | 'bezig' | 'klaar';

/** One action in the editable action plan. */
export interface PlanAction {
	/** Unique within the plan. For a proposed action: the checklist action id; for a custom one: `eigen-<n>`. */
	id: string;
	/** The checklist action this came from, or null for an action the user added. */
	sourceActionId: string | null;
	themeId: string | null;
	questionId: string | null;
	title: string;
	why: string;
	firstStep: string;
	/** Role or name of the owner (eigenaar). */
	owner: string;
	/** Deadline as YYYY-MM-DD, or '' when none is set. */
	deadline: string;
	horizon: Horizon;
	status: ActionStatus;
	/** Why this action has its priority: 'risk' | 'precondition' | 'gap' | 'custom'. */
	priority: 'risk' | 'precondition' | 'gap' | 'custom';
	/**
	 * ISO timestamp of the last change to this action's own fields (not its place in the plan). When the
	 * same action is edited in two tabs, the newer edit wins. Data from before this field: the plan's updatedAt.
	 */
	updatedAt: string;
}

export interface ActionPlan {
	/** The plan in the user's order. */
	actions: PlanAction[];
	/** ISO timestamp of when the plan was first proposed from the answers. */
	createdAt: string;
	updatedAt: string;
}

/** A scan as stored and exported. Answers are kept per question id. */
export interface Scan {
	id: string;
	schemaVersion: number;
	checklistId: string;
	/** The checklist version the scan was filled in with. */
	checklistVersion: string;
	mode: ScanMode;
	profile: ScanProfile;
	answers: Record<string, Answer>;
	plan: ActionPlan | null;
	createdAt: string;
	updatedAt: string;
	/** True only for the demo scan (which lives in its own database). */
	demo: boolean;
}
