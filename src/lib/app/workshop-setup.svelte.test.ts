import { describe, expect, test, vi } from 'vitest';
import { fixtureChecklist } from '../domain/test-fixtures.ts';
import { createMemoryWorkshopRepository } from '../storage/memory-workshop-repository.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import { readSessionDate, WorkshopSetup } from './workshop-setup.svelte.ts';

const ID = '33333333-3333-4333-8333-333333333333';
// Local time: the boxes show the facilitator's own day.
const NOW = new Date(2026, 2, 27, 9, 30);

function setup(workshops: Pick<WorkshopRepository, 'createWorkshop'> = createMemoryWorkshopRepository()) {
	const go = vi.fn();
	const form = new WorkshopSetup({ checklist: () => fixtureChecklist, now: () => NOW, newId: () => ID, go, workshops });
	return { form, go, workshops };
}

function fillValid(form: WorkshopSetup) {
	form.organisation = '  Gemeente Samen  ';
	form.phase = 'eerste';
	form.scope = 'quick';
	form.toggleRole('ervaringswerker', true);
	form.toggleRole('beleid', true);
	form.names = 'optional';
}

describe('readSessionDate (GOV.UK date input)', () => {
	test('a real day becomes YYYY-MM-DD, with leading zeros added', () => {
		expect(readSessionDate('7', '3', '2026')).toEqual({ ok: true, date: '2026-03-07' });
		expect(readSessionDate(' 29 ', '02', '2028')).toEqual({ ok: true, date: '2028-02-29' });
	});

	test('nothing typed asks for the date and marks all three boxes', () => {
		expect(readSessionDate('', ' ', '')).toEqual({
			ok: false,
			message: { key: 'workshopSetup.errors.dateMissing' },
			parts: ['day', 'month', 'year']
		});
	});

	test('a missing part is named, and only the empty boxes are marked', () => {
		expect(readSessionDate('', '3', '2026')).toEqual({ ok: false, message: { key: 'workshopSetup.errors.dateDay' }, parts: ['day'] });
		expect(readSessionDate('5', '', '')).toEqual({
			ok: false,
			message: { key: 'workshopSetup.errors.dateMonth' },
			parts: ['month', 'year']
		});
		expect(readSessionDate('5', '3', '')).toEqual({ ok: false, message: { key: 'workshopSetup.errors.dateYear' }, parts: ['year'] });
	});

	test('a day that does not exist, letters or a short year are refused', () => {
		const invalid = { ok: false, message: { key: 'workshopSetup.errors.dateInvalid' }, parts: ['day', 'month', 'year'] };
		expect(readSessionDate('30', '2', '2026')).toEqual(invalid);
		expect(readSessionDate('29', '2', '2026')).toEqual(invalid);
		expect(readSessionDate('1', '13', '2026')).toEqual(invalid);
		expect(readSessionDate('een', '3', '2026')).toEqual(invalid);
		expect(readSessionDate('-1', '3', '2026')).toEqual(invalid);
		expect(readSessionDate('1', '3', '26')).toEqual({ ok: false, message: { key: 'workshopSetup.errors.dateYearDigits' }, parts: ['year'] });
	});
});

describe('WorkshopSetup', () => {
	test('the date boxes start at today', () => {
		const { form } = setup();
		expect([form.day, form.month, form.year]).toEqual(['27', '3', '2026']);
	});

	test('an empty form names every missing field and stores nothing', async () => {
		const workshops = { createWorkshop: vi.fn(async () => {}) };
		const { form, go } = setup(workshops);
		form.day = '';
		form.month = '';
		form.year = '';
		expect(await form.submit()).toBe(false);
		expect(form.errors).toEqual({
			organisation: { key: 'workshopSetup.errors.organisation' },
			date: { key: 'workshopSetup.errors.dateMissing' },
			phase: { key: 'workshopSetup.errors.phase' },
			scope: { key: 'workshopSetup.errors.scope' },
			roles: { key: 'workshopSetup.errors.roles' },
			names: { key: 'workshopSetup.errors.names' }
		});
		expect(form.dateParts).toEqual(['day', 'month', 'year']);
		expect(form.attempt).toBe(1);
		expect(workshops.createWorkshop).not.toHaveBeenCalled();
		expect(go).not.toHaveBeenCalled();
	});

	test('a wrong date alone keeps the form from being stored', async () => {
		const workshops = { createWorkshop: vi.fn(async () => {}) };
		const { form } = setup(workshops);
		fillValid(form);
		form.day = '31';
		form.month = '4';
		expect(await form.submit()).toBe(false);
		expect(form.errors).toEqual({ date: { key: 'workshopSetup.errors.dateInvalid' } });
		expect(workshops.createWorkshop).not.toHaveBeenCalled();
	});

	test('a too long organisation name is refused with the limit', () => {
		const { form } = setup();
		fillValid(form);
		form.organisation = 'x'.repeat(500);
		expect(form.validate()).toBeNull();
		expect(form.errors.organisation?.key).toBe('workshopSetup.errors.organisationTooLong');
	});

	test('choosing themes needs at least one theme; only this checklist\'s themes are kept, in its order', () => {
		const { form } = setup();
		fillValid(form);
		form.scope = 'themes';
		expect(form.validate()).toBeNull();
		expect(form.errors).toEqual({ themes: { key: 'workshopSetup.errors.themes' } });
		form.toggleTheme('d', true);
		form.toggleTheme('a', true);
		form.themes = [...form.themes, 'not-a-theme'];
		expect(form.validate()?.themes).toEqual(['a', 'd']);
		form.toggleTheme('a', false);
		expect(form.validate()?.themes).toEqual(['d']);
	});

	test('themes ticked before switching back to the quick scan are not kept', () => {
		const { form } = setup();
		fillValid(form);
		form.toggleTheme('a', true);
		expect(form.validate()?.themes).toEqual([]);
	});

	test('a valid form stores the workshop with the settings and opens its overview', async () => {
		const workshops = createMemoryWorkshopRepository();
		const { form, go } = setup(workshops);
		fillValid(form);
		expect(await form.submit()).toBe(true);
		const stored = await workshops.getWorkshop(ID);
		expect(stored?.settings).toEqual({
			organisation: 'Gemeente Samen',
			date: '2026-03-27',
			phase: 'eerste',
			scope: 'quick',
			themes: [],
			// In ROLE_IDS order, whatever the order of ticking.
			roles: ['beleid', 'ervaringswerker'],
			names: 'optional'
		});
		expect(stored?.checklistId).toBe(fixtureChecklist.id);
		expect(stored?.createdAt).toBe(NOW.toISOString());
		expect(form.errors).toEqual({});
		expect(go).toHaveBeenCalledWith({ name: 'workshop', workshopId: ID, page: 'overview' });
	});

	test('when storing fails the form says so, keeps its values and does not navigate', async () => {
		const { form, go } = setup({
			createWorkshop: async () => {
				throw Object.assign(new Error('quota'), { ref: { key: 'storage.errors.quota' } });
			}
		});
		fillValid(form);
		expect(await form.submit()).toBe(false);
		expect(form.problem).toEqual({ key: 'storage.errors.quota' });
		expect(form.saving).toBe(false);
		expect(form.organisation).toBe('  Gemeente Samen  ');
		expect(go).not.toHaveBeenCalled();
	});
});
