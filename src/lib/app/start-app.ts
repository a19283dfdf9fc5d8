/**
 * Starts the running app: opens storage and loads the checklist (in the remembered language) side by side,
 * then builds and starts the wizard. This module and everything it pulls in (XState, storage, the
 * checklist) is a chunk of its own that main.ts loads right after the first screen is drawn, so the start
 * page shows before any of it has arrived.
 *
 * The app never waits for storage before it is shown: opening IndexedDB can hang (Safari on iPhone and
 * iPad), so it has a time limit, after which the app works in memory and says so.
 */
import { openAppStorage } from './app-storage.ts';
import { WizardApp } from './wizard-app.svelte.ts';
import { STORAGE_OPEN_TIMEOUT_MS } from '../storage/open-storage.ts';
import { loadChecklist } from '../content/load-checklist.ts';
import { language } from '../i18n/language.svelte.ts';
import type { Language } from '../i18n/messages.ts';

export async function startApp(startLanguage: Language): Promise<WizardApp> {
	const storage = openAppStorage({ timeoutMs: STORAGE_OPEN_TIMEOUT_MS });
	const checklist = await loadChecklist(startLanguage);
	const app = new WizardApp(checklist, storage);
	app.start();
	// The header's switch works while the app loads; then only the texts changed, so bring the checklist along.
	const chosen = language.remembered();
	if (chosen && chosen !== startLanguage) void app.setLanguage(chosen);
	// The rest of the texts (every page but the start page) load right after the first screen, not before it.
	else void language.complete().catch(() => {});
	return app;
}
