/**
 * Announcing a new version of the app (a new service worker), without ever reloading on its own.
 *
 * The service worker is registered in 'prompt' mode: a new version waits until the user clicks "Nu
 * bijwerken". Two situations would still reload the page behind the user's back if left to the
 * register helper of vite-plugin-pwa: it reloads on every change of the controlling worker, also when
 * the user clicked "Nu bijwerken" in *another* tab (the new worker then takes over this tab too). A
 * reload in the middle of a question throws away what is being typed. So this class decides:
 * - the page reloads only after the user clicked here, and only after pending answers were written;
 * - when another tab activated the new version, the banner stays and says so; this page reloads when
 *   the user clicks, not before;
 * - when writing the pending answers fails, there is no reload at all (it would lose them); the
 *   banner says why.
 */
import type { MessageRef } from '../i18n/message-ref.ts';

export interface ServiceWorkerCallbacks {
	/** A new version is installed and waiting. */
	onNeedRefresh(): void;
	/** A new version took control of this page (after a click here or in another tab). */
	onNeedReload(): void;
}

export interface UpdatePromptDeps {
	/** Registers the service worker; returns the function that activates the waiting version. */
	register(callbacks: ServiceWorkerCallbacks): Promise<() => Promise<void>>;
	/** Writes every pending answer; rejects when that fails. */
	flush(): Promise<void>;
	/** Whether a service worker controls this page (not so on the very first visit). */
	controlled(): boolean;
	reload(): void;
}

export class UpdatePrompt {
	/** The banner is shown. */
	visible = $state(false);
	/** The new version already controls this page (activated in another tab); a reload finishes the update. */
	activated = $state(false);
	updating = $state(false);
	/** Why the update did not go ahead, as a catalogue key; the banner puts it into words. */
	problem = $state<MessageRef | null>(null);
	#activate: (() => Promise<void>) | null = null;
	#userAsked = false;
	readonly #deps: UpdatePromptDeps;
	constructor(deps: UpdatePromptDeps) {
		this.#deps = deps;
	}

	async start(): Promise<void> {
		this.#activate = await this.#deps.register({
			onNeedRefresh: () => {
				this.visible = true;
			},
			onNeedReload: () => {
				this.activated = true;
				this.visible = true;
				// Without a click here, another tab chose to update: never reload without the user.
				if (this.#userAsked) void this.#saveThenReload();
			}
		});
	}

	/** "Later": hides the banner; a later new version shows it again. */
	dismiss(): void {
		this.visible = false;
	}

	/** "Nu bijwerken": save, then activate the new version (which reloads) or just reload. */
	async update(): Promise<void> {
		if (this.updating) return;
		this.updating = true;
		this.problem = null;
		if (!(await this.#save())) return;
		if (this.activated || !this.#activate) {
			this.#deps.reload();
			return;
		}
		if (!this.#deps.controlled()) {
			// Nothing controls this page yet, so no take-over event will come: activate, then reload.
			await this.#activate();
			this.#deps.reload();
			return;
		}
		// The new version takes over, then onNeedReload reloads.
		this.#userAsked = true;
		await this.#activate();
	}

	async #saveThenReload(): Promise<void> {
		if (await this.#save()) this.#deps.reload();
	}

	async #save(): Promise<boolean> {
		try {
			await this.#deps.flush();
			return true;
		} catch {
			this.problem = { key: 'update.saveFailed' };
			this.updating = false;
			this.#userAsked = false;
			// The new version may already control the page; the next click only needs a reload.
			return false;
		}
	}
}
