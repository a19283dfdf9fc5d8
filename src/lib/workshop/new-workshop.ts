/**
 * Making a new werksessie from the facilitator's set-up, and the invitation that goes into the join
 * link. Pure: the caller gives the id and the time, so tests and storage decide those.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import {
	INVITE_TYPE,
	INVITE_VERSION,
	WORKSHOP_SCHEMA_VERSION,
	type Invite,
	type Workshop,
	type WorkshopSettings
} from './workshop-schema.ts';

/**
 * A new, empty workshop for this checklist. The display starts private: small groups and names
 * hidden (a role of one or two people is recognisable; names are only for the facilitator), no timer.
 * The settings are copied, so later changes to the form's object do not leak into the workshop.
 */
export function createWorkshop(
	checklist: Checklist,
	settings: WorkshopSettings,
	{ id, now }: { id: string; now: string }
): Workshop {
	return {
		id,
		schemaVersion: WORKSHOP_SCHEMA_VERSION,
		checklistId: checklist.id,
		checklistVersion: checklist.version,
		settings: copySettings(settings),
		participants: {},
		hands: {},
		discussion: {},
		consensus: {},
		display: { showSmallGroups: false, showNames: false, timerMinutes: 0 },
		resultScanId: null,
		createdAt: now,
		updatedAt: now
	};
}

/** The invitation for the join link: everything a participant's app needs, and nothing else. */
export function buildInvite(workshop: Workshop): Invite {
	return {
		type: INVITE_TYPE,
		version: INVITE_VERSION,
		workshopId: workshop.id,
		checklistId: workshop.checklistId,
		checklistVersion: workshop.checklistVersion,
		settings: copySettings(workshop.settings)
	};
}

function copySettings(settings: WorkshopSettings): WorkshopSettings {
	return {
		organisation: settings.organisation,
		date: settings.date,
		phase: settings.phase,
		scope: settings.scope,
		// Themes only mean something when the scope is 'themes'; elsewhere they are left empty.
		themes: settings.scope === 'themes' ? [...settings.themes] : [],
		roles: [...settings.roles],
		names: settings.names
	};
}
