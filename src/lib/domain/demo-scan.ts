/**
 * The demo scan: a fictional municipality, about two thirds answered, for exploring the app.
 * It is built from the checklist (so it always fits the content) and lives in its own database.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import type { Answer, Scan } from './scan.ts';
import { SCAN_SCHEMA_VERSION, UNKNOWN } from './scan.ts';
import { scaleOf, scopedQuestions } from './scope.ts';

export const DEMO_ORGANISATION = 'Gemeente Voorbeeldstad (voorbeeld)';

/** Builds the demo scan deterministically: the same checklist gives the same demo. */
export function createDemoScan(checklist: Checklist, id: string, now: string): Scan {
	const profile = {
		organisation: DEMO_ORGANISATION,
		filledInBy: 'Sam de Vries (verzonnen)',
		role: 'Beleidsmedewerker sociaal domein',
		phase: 'eerste' as const,
		focusAreas: checklist.focusAreas.slice(0, 2).map((area) => area.id)
	};
	const answers: Record<string, Answer> = {};
	scopedQuestions(checklist, 'full', profile.phase).forEach(({ question }, index) => {
		// Leave every third question open, so the demo shows a scan in progress.
		if (index % 3 === 2) return;
		const options = [...scaleOf(checklist, question).options].sort((a, b) => a.score - b.score);
		const value = index % 7 === 3 ? UNKNOWN : (options[(index * 7 + 2) % options.length]?.id ?? null);
		answers[question.id] = {
			value,
			note: index % 4 === 0 ? 'Voorbeeldtoelichting: dit hebben we in het team besproken.' : '',
			updatedAt: now
		};
	});
	return {
		id,
		schemaVersion: SCAN_SCHEMA_VERSION,
		checklistId: checklist.id,
		checklistVersion: checklist.version,
		mode: 'full',
		profile,
		answers,
		plan: null,
		createdAt: now,
		updatedAt: now,
		demo: true
	};
}
