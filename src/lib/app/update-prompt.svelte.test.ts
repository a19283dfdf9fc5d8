import { describe, expect, test, vi } from 'vitest';
import { UpdatePrompt, type ServiceWorkerCallbacks, type UpdatePromptDeps } from './update-prompt.svelte.ts';

const SAVE_FAILED = { key: 'update.saveFailed' };

/** A fake service worker: the test plays the browser (a new version waits, then takes over). */
function setup({ controlled = true, flush = async () => {} }: { controlled?: boolean; flush?: () => Promise<void> } = {}) {
	let callbacks: ServiceWorkerCallbacks | null = null;
	const log: string[] = [];
	const deps: UpdatePromptDeps = {
		register: async (cb) => {
			callbacks = cb;
			return async () => {
				log.push('skip-waiting');
			};
		},
		flush: vi.fn(async () => {
			log.push('flush');
			await flush();
		}),
		controlled: () => controlled,
		reload: () => log.push('reload')
	};
	const prompt = new UpdatePrompt(deps);
	return {
		prompt,
		log,
		async start() {
			await prompt.start();
		},
		newVersionWaits: () => callbacks!.onNeedRefresh(),
		newVersionTakesOver: () => callbacks!.onNeedReload()
	};
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('UpdatePrompt', () => {
	test('a waiting version shows the banner and does nothing else', async () => {
		const sw = setup();
		await sw.start();
		expect(sw.prompt.visible).toBe(false);
		sw.newVersionWaits();
		expect(sw.prompt.visible).toBe(true);
		expect(sw.log).toEqual([]);
	});

	test('"Nu bijwerken": saves first, then activates; the reload comes when the new version took over', async () => {
		const sw = setup();
		await sw.start();
		sw.newVersionWaits();
		await sw.prompt.update();
		expect(sw.log).toEqual(['flush', 'skip-waiting']);
		sw.newVersionTakesOver();
		await settle();
		// Saved once more right before the reload: something may have been typed meanwhile.
		expect(sw.log).toEqual(['flush', 'skip-waiting', 'flush', 'reload']);
	});

	test('a new version activated from another tab never reloads this page by itself', async () => {
		const sw = setup();
		await sw.start();
		sw.newVersionWaits();
		sw.newVersionTakesOver();
		await settle();
		expect(sw.log).toEqual([]);
		expect(sw.prompt.visible).toBe(true);
		expect(sw.prompt.activated).toBe(true);
		// The user clicks when ready: save, then only a reload is needed.
		await sw.prompt.update();
		expect(sw.log).toEqual(['flush', 'reload']);
	});

	test('"Later" hides the banner without reloading, also when the new version takes over later', async () => {
		const sw = setup();
		await sw.start();
		sw.newVersionWaits();
		sw.prompt.dismiss();
		expect(sw.prompt.visible).toBe(false);
		sw.newVersionTakesOver();
		await settle();
		expect(sw.log).toEqual([]);
	});

	test('when saving fails there is no update and no reload, and the banner says why', async () => {
		let fail = true;
		const sw = setup({
			flush: async () => {
				if (fail) throw new Error('quota');
			}
		});
		await sw.start();
		sw.newVersionWaits();
		await sw.prompt.update();
		expect(sw.log).toEqual(['flush']);
		expect(sw.prompt.problem).toEqual(SAVE_FAILED);
		expect(sw.prompt.updating).toBe(false);
		fail = false;
		await sw.prompt.update();
		expect(sw.prompt.problem).toBeNull();
		expect(sw.log).toEqual(['flush', 'flush', 'skip-waiting']);
	});

	test('when the final save before the reload fails, the page stays', async () => {
		let fail = false;
		const sw = setup({
			flush: async () => {
				if (fail) throw new Error('quota');
			}
		});
		await sw.start();
		sw.newVersionWaits();
		await sw.prompt.update();
		fail = true;
		sw.newVersionTakesOver();
		await settle();
		expect(sw.log).not.toContain('reload');
		expect(sw.prompt.problem).toEqual(SAVE_FAILED);
	});

	test('a page that no service worker controls yet (first visit) activates and reloads itself', async () => {
		const sw = setup({ controlled: false });
		await sw.start();
		sw.newVersionWaits();
		await sw.prompt.update();
		expect(sw.log).toEqual(['flush', 'skip-waiting', 'reload']);
	});
});
