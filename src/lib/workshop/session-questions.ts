/**
 * Which questions a werksessie asks. The facilitator chooses the quick scan, the full scan, or the
 * full questions of some themes; participants answer exactly these on their own scan (which carries
 * the same mode, phase and themes, so the ordinary question pages show them), and the facilitator's
 * collecting, counting and discussion use the same list. One function, so they can never disagree.
 */
import type { Checklist, Question, Theme } from '../content/checklist-schema.ts';
import type { ScanMode } from '../domain/scan.ts';
import { scopedQuestions } from '../domain/scope.ts';
import type { WorkshopSettings } from './workshop-schema.ts';

/** The scan mode and theme choice of a session, as they go onto a participant's scan and the result scan. */
export function sessionScope(settings: WorkshopSettings): { mode: ScanMode; themes: string[] | undefined } {
	if (settings.scope === 'quick') return { mode: 'quick', themes: undefined };
	if (settings.scope === 'full') return { mode: 'full', themes: undefined };
	return { mode: 'full', themes: [...settings.themes] };
}

/** Every question the session asks, with its theme, in content order (the phase decides `showIn`). */
export function sessionQuestions(
	checklist: Checklist,
	settings: WorkshopSettings
): { theme: Theme; question: Question }[] {
	const { mode, themes } = sessionScope(settings);
	return scopedQuestions(checklist, mode, settings.phase, themes);
}

/** The ids of the session's questions, for quick membership checks. */
export function sessionQuestionIds(checklist: Checklist, settings: WorkshopSettings): Set<string> {
	return new Set(sessionQuestions(checklist, settings).map(({ question }) => question.id));
}
