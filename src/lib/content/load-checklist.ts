/**
 * Loads the checklist in one language. Temporary stub: the English checklist is written on another branch,
 * which replaces this file; until then both languages get the Dutch checklist (same ids, so answers fit).
 */
import type { Checklist } from './checklist-schema.ts';

export type ContentLanguage = 'nl' | 'en';

export function loadChecklist(language: ContentLanguage): Promise<Checklist> {
	void language;
	return import('../../../checklists/kwartiermaken.yaml').then((module) => module.default);
}
