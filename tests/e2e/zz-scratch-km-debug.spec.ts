import { test, expect } from '@playwright/test';
import { loadChecklist } from './support/checklist.ts';
import { createScan, questionsInScope, NOTE_LABEL, saveStatus, SAVED_TEXT } from './support/scans.ts';
const checklist = loadChecklist();
test('debug', async ({ page }) => {
	await page.addInitScript(() => {
		const log = (k: string, v = '') => {
			const l = JSON.parse(sessionStorage.getItem('log') ?? '[]');
			l.push([performance.timeOrigin + performance.now(), k, v]);
			sessionStorage.setItem('log', JSON.stringify(l));
		};
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: any[]) {
			const v = args[0];
			log('put ' + this.name, typeof v?.note === 'string' ? v.note.slice(-20) : '');
			return (put as any).apply(this, args);
		};
		const get = IDBObjectStore.prototype.get;
		IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: any[]) {
			log('get ' + this.name);
			const r = (get as any).apply(this, args);
			r.addEventListener('success', () => log('get ok ' + this.name));
			return r;
		};
		const tr = IDBDatabase.prototype.transaction;
		IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: any[]) {
			const t = (tr as any).apply(this, args);
			const id = Math.random().toString(36).slice(2, 6);
			log('tx ' + id + ' ' + args[1], String(args[0]));
			t.addEventListener('complete', () => log('tx complete ' + id));
			t.addEventListener('abort', () => log('tx abort ' + id));
			return t;
		};
		document.addEventListener('input', (e) => log('input', (e.target as HTMLTextAreaElement).value.slice(-20)), true);
		window.addEventListener('pagehide', () => log('pagehide'));
	});
	const q0 = questionsInScope(checklist, 'quick', 'eerste')[0]!;
	const scanId = await createScan(page, checklist, { organisation: 'X', phase: 'eerste', mode: 'quick' });
	await page.goto(`/#/scan/${scanId}/vraag/${q0.id}`);
	await page.getByRole('radio').first().check();
	const note = page.getByLabel(NOTE_LABEL);
	await note.pressSequentially('bevestigd');
	await expect(saveStatus(page)).toHaveText(SAVED_TEXT);
	await page.evaluate(() => sessionStorage.setItem('log', '[]'));
	for (const delay of [0, 0]) {
		await note.focus(); await note.press('End');
		await note.pressSequentially(` tail${delay}`);
		if (delay) await page.waitForTimeout(delay);
		await page.reload();
		await expect(page.locator('main h1')).toBeVisible();
		await page.waitForTimeout(300);
		console.log(delay, JSON.stringify(await note.inputValue()));
	}
	const log = await page.evaluate(() => JSON.parse(sessionStorage.getItem('log') ?? '[]'));
	const t0 = log[0][0];
	for (const [t, k, v] of log) console.log(Math.round(t - t0), k, JSON.stringify(v));
});
