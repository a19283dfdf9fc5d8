import { describe, expect, test } from 'vitest';
import { PageErrors } from './page-errors.svelte.ts';

describe('PageErrors', () => {
	test('active while any registration is open', () => {
		const errors = new PageErrors();
		expect(errors.active).toBe(false);
		const first = errors.register();
		const second = errors.register();
		expect(errors.active).toBe(true);
		first();
		expect(errors.active).toBe(true);
		second();
		expect(errors.active).toBe(false);
	});

	test('unregistering twice does not hide another summary’s errors', () => {
		const errors = new PageErrors();
		const first = errors.register();
		const second = errors.register();
		first();
		first();
		expect(errors.active).toBe(true);
		second();
		expect(errors.active).toBe(false);
	});
});
