/**
 * Entry point: opens storage, creates the wizard and mounts the app.
 * Heavy parts (jsPDF, fonts) are not imported here; they load when the user asks for a PDF.
 */
import { mount } from 'svelte';
import checklist from '../checklists/kwartiermaken.yaml';
import App from './App.svelte';
import { WizardApp } from './lib/app/wizard-app.svelte.ts';
import { openScanStorage } from './lib/storage/open-storage.ts';
import { DB_NAME, DEMO_DB_NAME } from './lib/storage/db.ts';
import { trackMigrations } from './lib/whats-new/track-migrations.ts';
import { createVersionNotes } from './lib/whats-new/version-notes.ts';
import { WHATS_NEW_CONTEXT, WhatsNewNotices } from './lib/whats-new/whats-new-notices.ts';
import './app.css';

async function boot(): Promise<void> {
	const [real, demo] = await Promise.all([openScanStorage(DB_NAME), openScanStorage(DEMO_DB_NAME)]);
	// Scans of an older checklist version are noted when opened, for the "Wat is er nieuw" notice.
	const whatsNew = new WhatsNewNotices(checklist, createVersionNotes());
	const app = new WizardApp(checklist, {
		repository: trackMigrations(real.repository, whatsNew),
		demoRepository: demo.repository,
		problem: real.error?.message ?? null
	});
	const target = document.getElementById('app');
	if (!target) throw new Error('Missing #app element');
	mount(App, { target, props: { app }, context: new Map([[WHATS_NEW_CONTEXT, whatsNew]]) });
	app.start();
}

void boot();
