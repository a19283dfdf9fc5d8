import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { fixtureChecklist } from '../domain/test-fixtures.ts';
import { buildInvite, createWorkshop } from './new-workshop.ts';
import { makeSettings, WORKSHOP_ID } from './test-fixtures.ts';
import { INVITE_TYPE, INVITE_VERSION, InviteSchema, WorkshopSchema } from './workshop-schema.ts';

const NOW = '2025-03-01T08:00:00.000Z';

describe('createWorkshop', () => {
	test('makes an empty workshop of the checklist version, private by default, that passes the schema', () => {
		const workshop = createWorkshop(fixtureChecklist, makeSettings(), { id: WORKSHOP_ID, now: NOW });
		expect(workshop).toMatchObject({
			id: WORKSHOP_ID,
			checklistId: fixtureChecklist.id,
			checklistVersion: fixtureChecklist.version,
			participants: {},
			hands: {},
			discussion: {},
			consensus: {},
			display: { showSmallGroups: false, showNames: false, timerMinutes: 0 },
			resultScanId: null,
			createdAt: NOW,
			updatedAt: NOW
		});
		expect(v.safeParse(WorkshopSchema, workshop).success).toBe(true);
	});

	test('copies the settings, and clears themes unless the scope is themes', () => {
		const settings = makeSettings({ scope: 'full', themes: ['a'] });
		const workshop = createWorkshop(fixtureChecklist, settings, { id: WORKSHOP_ID, now: NOW });
		expect(workshop.settings.themes).toEqual([]);
		settings.roles.push('bestuur');
		expect(workshop.settings.roles).toEqual(['beleid', 'management', 'ervaringswerker']);
		const themed = createWorkshop(fixtureChecklist, makeSettings({ scope: 'themes', themes: ['b'] }), { id: WORKSHOP_ID, now: NOW });
		expect(themed.settings.themes).toEqual(['b']);
	});
});

describe('buildInvite', () => {
	test('carries the workshop id, checklist and settings, and passes the invite schema', () => {
		const workshop = createWorkshop(fixtureChecklist, makeSettings({ scope: 'themes', themes: ['c'] }), { id: WORKSHOP_ID, now: NOW });
		const invite = buildInvite(workshop);
		expect(invite).toEqual({
			type: INVITE_TYPE,
			version: INVITE_VERSION,
			workshopId: WORKSHOP_ID,
			checklistId: fixtureChecklist.id,
			checklistVersion: fixtureChecklist.version,
			settings: workshop.settings
		});
		expect(invite.settings).not.toBe(workshop.settings);
		expect(v.safeParse(InviteSchema, invite).success).toBe(true);
	});
});
