import { describe, expect, it, vi } from 'vitest';
import { AppBoot } from './app-boot.svelte.ts';
import type { WizardApp } from './wizard-app.svelte.ts';

describe('AppBoot', () => {
	it('has no app until the start resolves, then the started app', async () => {
		const boot = new AppBoot();
		const app = { started: true } as unknown as WizardApp;
		let finish = (_app: WizardApp) => {};
		const following = boot.follow(new Promise<WizardApp>((resolve) => (finish = resolve)));
		expect(boot.app).toBeNull();
		expect(boot.failed).toBe(false);
		finish(app);
		await following;
		expect(boot.app).toBe(app);
		expect(boot.failed).toBe(false);
	});

	it('marks a start that failed (a chunk that did not load) without rejecting', async () => {
		const boot = new AppBoot();
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		await expect(boot.follow(Promise.reject(new Error('chunk missing')))).resolves.toBeUndefined();
		expect(boot.app).toBeNull();
		expect(boot.failed).toBe(true);
		expect(error).toHaveBeenCalled();
		error.mockRestore();
	});
});
