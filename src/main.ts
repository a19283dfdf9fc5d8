/**
 * Entry point: opens storage, creates the wizard and mounts the app.
 * Heavy parts (jsPDF, fonts) are not imported here; they load when the user asks for a PDF.
 */
import { mount } from 'svelte';
import checklist from '../checklists/kwartiermaken.yaml';
import App from './App.svelte';
import { WizardApp } from './lib/app/wizard-app.svelte.ts';
import { openScanStorage } from './lib/storage/open-storage.ts';
import { createCrossTab } from './lib/storage/cross-tab.ts';
import { DB_NAME, DEMO_DB_NAME } from './lib/storage/db.ts';
import './app.css';

async function boot(): Promise<void> {
	const [real, demo] = await Promise.all([openScanStorage(DB_NAME), openScanStorage(DEMO_DB_NAME)]);
	const app = new WizardApp(checklist, {
		repository: real.repository,
		demoRepository: demo.repository,
		problem: real.error?.message ?? null
	}, { crossTab: createCrossTab() });
	const target = document.getElementById('app');
	if (!target) throw new Error('Missing #app element');
	mount(App, { target, props: { app } });
	app.start();
}

void boot();
