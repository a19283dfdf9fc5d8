import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab until `target` has focus, proving it is reachable by keyboard in a sensible number
 * of steps. Never clicks and never calls focus().
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
	for (let i = 0; i < maxPresses; i++) {
		if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target, `reachable with Tab within ${maxPresses} presses`).toBeFocused();
}

/** Tabs to a radio group and selects the option with this label, using only arrow keys and Space. */
export async function chooseRadio(page: Page, groupName: string, label: string): Promise<void> {
	const radios = page.locator(`input[type=radio][name="${groupName}"]`);
	const target = page.getByRole('radio', { name: label, exact: true });
	// Tab lands on the checked radio of a group, or on the first one when none is checked.
	const checked = page.locator(`input[type=radio][name="${groupName}"]:checked`);
	const entry = (await checked.count()) > 0 ? checked : radios.first();
	await tabTo(page, entry);
	const count = await radios.count();
	for (let i = 0; i < count; i++) {
		if (await target.evaluate((element) => element === document.activeElement)) break;
		await page.keyboard.press('ArrowDown');
	}
	await expect(target).toBeFocused();
	await page.keyboard.press('Space');
	await expect(target).toBeChecked();
}
