/**
 * Entry point: creates the wizard and mounts the app at once; storage opens meanwhile.
 * The app never waits for storage before it is shown: opening IndexedDB can hang (Safari on iPhone and
 * iPad), so it has a time limit, after which the app works in memory and says so.
 * Heavy parts (jsPDF, fonts) are not imported here; they load when the user asks for a PDF.
 */
import { mount } from 'svelte';
import checklist from '../checklists/kwartiermaken.yaml';
import App from './App.svelte';
import { openAppStorage } from './lib/app/app-storage.ts';
import { WizardApp } from './lib/app/wizard-app.svelte.ts';
import { STORAGE_OPEN_TIMEOUT_MS } from './lib/storage/open-storage.ts';
import './app.css';

const app = new WizardApp(checklist, openAppStorage({ timeoutMs: STORAGE_OPEN_TIMEOUT_MS }));
const target = document.getElementById('app');
if (!target) throw new Error('Missing #app element');
mount(App, { target, props: { app } });
app.start();
