/**
 * Entry point: shows the page frame at once, opens storage and loads the checklist (in the remembered
 * language) side by side, then starts the wizard. The app never waits for storage before it is shown: opening IndexedDB can hang (Safari on
 * iPhone and iPad), so it has a time limit, after which the app works in memory and says so.
 * The checklist and the heavy parts (jsPDF, fonts) are chunks of their own; the service worker precaches
 * them, so they load offline too.
 */
import { mount } from 'svelte';
import Root from './Root.svelte';
import { openAppStorage } from './lib/app/app-storage.ts';
import { WizardApp } from './lib/app/wizard-app.svelte.ts';
import { STORAGE_OPEN_TIMEOUT_MS } from './lib/storage/open-storage.ts';
import { loadChecklist } from './lib/content/load-checklist.ts';
import { language } from './lib/i18n/language.svelte.ts';
import './app.css';

const storage = openAppStorage({ timeoutMs: STORAGE_OPEN_TIMEOUT_MS });
// Dutch unless the user chose English on this device before; the English texts and checklist then load
// instead of the Dutch checklist (a URL or browser language only suggests English, see App.svelte).
const startLanguage = language.remembered() ?? 'nl';
const ready = Promise.all([loadChecklist(startLanguage), language.restore()]).then(([checklist]) => {
	const app = new WizardApp(checklist, storage);
	app.start();
	// The header's switch works while the app loads; then only the texts changed, so bring the checklist along.
	const chosen = language.remembered();
	if (chosen && chosen !== startLanguage) void app.setLanguage(chosen);
	// The rest of the texts (the werksessie screens) load right after the first screen, not before it.
	else void language.complete().catch(() => {});
	return app;
});
const target = document.getElementById('app');
if (!target) throw new Error('Missing #app element');
mount(Root, { target, props: { ready } });
