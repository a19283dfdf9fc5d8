/**
 * Entry point: draws the page frame and the start page at once, from a small bundle, while the running app
 * (XState, storage, the checklist) loads beside it as a chunk of its own (see lib/app/start-app.ts). The
 * service worker precaches every chunk, so the app loads offline too.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { AppBoot } from './lib/app/app-boot.svelte.ts';
import { language } from './lib/i18n/language.svelte.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Missing #app element');

// Dutch unless the user chose English on this device before: then the English texts load before the first
// screen is drawn (a URL or browser language only suggests English, see App.svelte).
const startLanguage = language.remembered() ?? 'nl';
const starting = import('./lib/app/start-app.ts').then(({ startApp }) => startApp(startLanguage));
const boot = new AppBoot();
void language
	.restore()
	.catch(() => {})
	.then(() => {
		mount(App, { target, props: { boot } });
		void boot.follow(starting);
	});
