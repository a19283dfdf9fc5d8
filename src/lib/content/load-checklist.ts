/**
 * Loads the checklist in one language. Each language is a chunk of its own (a dynamic import), so the
 * first screen carries no checklist and English is only downloaded when the user switches to it; the
 * service worker precaches both, so either works offline.
 *
 * The English checklist is the Dutch structure with the texts of `checklists/kwartiermaken.en.yaml` laid
 * over it at build time (see vite-plugin-checklist.ts): the same ids, scales and scores, so answers and
 * plans stored by id stay valid when the language changes.
 */
import type { Checklist } from './checklist-schema.ts';

export type ContentLanguage = 'nl' | 'en';

const LOADERS: Record<ContentLanguage, () => Promise<{ default: Checklist }>> = {
	nl: () => import('../../../checklists/kwartiermaken.yaml'),
	en: () => import('../../../checklists/kwartiermaken.en.yaml')
};

export async function loadChecklist(language: ContentLanguage): Promise<Checklist> {
	const module = await LOADERS[language]();
	return module.default;
}
