/**
 * The running app as it arrives: `null` while its code, storage and checklist load, then the WizardApp.
 * The page frame and the start page are drawn from the first screen's small bundle before that; they fill
 * in (Mijn scans, the themes) when the app is there. `failed` is set when the app could not start at all.
 */
import type { WizardApp } from './wizard-app.svelte.ts';

export class AppBoot {
	app = $state.raw<WizardApp | null>(null);
	failed = $state(false);

	/** Waits for the app to start; never rejects (a failure sets `failed`). */
	async follow(starting: Promise<WizardApp>): Promise<void> {
		try {
			this.app = await starting;
		} catch (error) {
			this.failed = true;
			console.error(error);
		}
	}
}
