/**
 * The data a user creates: a scan with its profile, answers and action plan.
 *
 * Everything here is plain, JSON-serialisable data (no classes, no Dates, no proxies), so it can
 * be stored in IndexedDB, exported to a file and compared in tests without conversion.
 *
 * The shapes are defined once, as valibot schemas with their limits, in `scan-schema.ts`; the types
 * here are inferred from them.
 */
import type * as v from 'valibot';
import type {
	ActionPlanSchema,
	AnswerSchema,
	DelegatedPartSchema,
	DelegationRecordSchema,
	HandedAnswerSchema,
	PlanActionSchema,
	ScanProfileSchema,
	ScanSchema,
	SetAsideAnswerSchema
} from './scan-schema.ts';

export { SCAN_SCHEMA_VERSION } from './scan-limits.ts';

/** The answer value for "Weet ik niet". Never collides with an option id (those have no colon). */
export const UNKNOWN = 'special:unknown';
/** The answer value for "Niet van toepassing". */
export const NOT_APPLICABLE = 'special:na';

/** A scan as stored and exported. Answers are kept per question id. */
export type Scan = v.InferOutput<typeof ScanSchema>;
export type ScanMode = Scan['mode'];
export type ScanProfile = v.InferOutput<typeof ScanProfileSchema>;
/** One answer to one question. */
export type Answer = v.InferOutput<typeof AnswerSchema>;
/** An answer of an earlier checklist version that no longer maps to a question. */
export type SetAsideAnswer = v.InferOutput<typeof SetAsideAnswerSchema>;
/** One action in the editable action plan. */
export type PlanAction = v.InferOutput<typeof PlanActionSchema>;
export type ActionStatus = PlanAction['status'];
export type ActionPlan = v.InferOutput<typeof ActionPlanSchema>;
/** One hand-out of themes to a colleague, on the owner's scan (uitbesteden). */
export type DelegationRecord = v.InferOutput<typeof DelegationRecordSchema>;
/** On a colleague's scan made from a hand-out: who asked, for which scan, which themes. */
export type DelegatedPart = v.InferOutput<typeof DelegatedPartSchema>;
/** An answer as a hand-out carries it: option and explanation. */
export type HandedAnswer = v.InferOutput<typeof HandedAnswerSchema>;
