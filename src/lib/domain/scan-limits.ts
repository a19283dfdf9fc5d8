/**
 * The constants and limits of the data a user creates: versions, `LIMITS`, the status and horizon
 * lists, and the deadline rule. The schemas in `scan-schema.ts` use them, and so do the forms and the
 * plan editing; this module has no valibot, so the first screen can use it without loading the schemas.
 */

/** Version of the stored shape of a scan. Raise it (and add a migration) when the shape changes. */
export const SCAN_SCHEMA_VERSION = 1;

/** `type` of a backup file (and of the data in a share link). */
export const BACKUP_TYPE = 'kwartiermaker-backup';
/** Version of the backup envelope. Raise it (and add a step in read-backup.ts) when it changes. */
export const BACKUP_VERSION = 1;

/**
 * Every limit on stored data, in one place. Lengths count UTF-16 code units, the same as the HTML
 * `maxlength` attribute and `String.length`.
 *
 * The limits are at least what the app itself ever let a user enter (or produced itself, such as a
 * name with " (teruggezet)"), so no backup or stored scan made by an earlier release is refused.
 */
export const LIMITS = {
	/** Name of the municipality or organisation. */
	organisation: 200,
	/** The name of whoever fills in the scan. */
	filledInBy: 200,
	/** Their role. */
	role: 200,
	/** A toelichting (note) on one answer. */
	note: 10_000,
	/** Ids: question, theme, action, checklist, focus area, option. */
	id: 200,
	/** The texts of one plan action. */
	action: { title: 200, why: 1000, firstStep: 1000, owner: 200 },
	/** Deadlines of plan actions, as YYYY-MM-DD (inclusive). The form's date field uses the same range. */
	deadline: { min: '2000-01-01', max: '2100-12-31' },
	/** Actions in one plan. */
	planActions: 1000,
	/** Themes a scan can be limited to (a werksessie's choice of themes). */
	themes: 100,
	/** A werksessie participant's name (also in WORKSHOP_LIMITS.name). */
	participantName: 100,
	/** Focus areas (werkvelden) ticked in a profile. */
	focusAreas: 100,
	/** Answers in one scan. A checklist has far fewer questions; this only stops absurd input. */
	answers: 2000,
	/** Answers kept aside from earlier checklist versions. */
	setAside: 2000,
	/** Scans in one backup file. */
	backupScans: 200,
	/** Werksessies (workshops) in one backup file. */
	backupWorkshops: 50,
	/** Deepest nesting of objects and arrays in a backup or stored scan. A real backup uses 6 levels. */
	depth: 20,
	/** Most values in one backup file; a full backup of 200 scans stays far below this. */
	backupValues: 500_000
} as const;

/** Statuses of a plan action, in the order the form offers them. */
export const ACTION_STATUSES = ['open', 'bezig', 'klaar'] as const;
/** Why an action has its place in the plan. */
export const ACTION_PRIORITIES = ['risk', 'precondition', 'gap', 'custom'] as const;
/** Quick scan (one question per theme) or full scan. */
export const SCAN_MODES = ['quick', 'full'] as const;
/**
 * When an action should be done, in months: a proposed action's horizon in the checklist
 * (`HorizonSchema`) and a plan action's horizon both use this list.
 */
export const HORIZONS = ['0-3', '3-12', 'later'] as const;

/**
 * What is wrong with a deadline: 'format' (not YYYY-MM-DD), 'day' (no such day, such as 30 February),
 * 'range' (outside LIMITS.deadline), or null when it is '' (no deadline) or a good day.
 */
export function deadlineProblem(value: string): 'format' | 'day' | 'range' | null {
	if (value === '') return null;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return 'format';
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	// UTC avoids time-zone surprises; an impossible day rolls over into another month.
	const date = new Date(Date.UTC(year, month - 1, day));
	if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'day';
	if (value < LIMITS.deadline.min || value > LIMITS.deadline.max) return 'range';
	return null;
}
