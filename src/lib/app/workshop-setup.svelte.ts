/**
 * The facilitator's set-up form of a werksessie (workshop), as a state class: the fields, the checks with
 * their messages (catalogue keys, so they follow a language switch), and "Werksessie maken", which builds
 * the workshop (domain: createWorkshop), stores it and opens its overview. Nothing is stored while a field
 * is wrong. Storage and navigation come in as deps, so the whole form runs in unit tests.
 */
import { readDateParts, type DatePart, type DatePartsProblem } from '../domain/date-parts.ts';
import type { Checklist, PhaseId } from '../content/checklist-schema.ts';
import { LIMITS } from '../domain/scan-limits.ts';
import { messageOfError, type MessageKey, type MessageRef } from '../i18n/message-ref.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import type { WorkshopAppDeps } from './workshop-deps.ts';
import { createWorkshop } from '../workshop/new-workshop.ts';
import {
	NAME_POLICIES,
	ROLE_IDS,
	WORKSHOP_SCOPES,
	type NamePolicy,
	type RoleId,
	type WorkshopScope,
	type WorkshopSettings
} from '../workshop/workshop-schema.ts';

export type SetupField = 'organisation' | 'date' | 'phase' | 'scope' | 'themes' | 'roles' | 'names';
export type { DatePart };

/** The clock starts the date boxes at today and gives createdAt; `go` opens the new workshop's overview. */
export type WorkshopSetupDeps = Pick<WorkshopAppDeps, 'checklist' | 'now' | 'newId' | 'go'> & {
	workshops: Pick<WorkshopRepository, 'createWorkshop'>;
};

/** The date as typed in the three boxes: a day, or what is wrong and which boxes to mark. */
export type DateReading = { ok: true; date: string } | { ok: false; message: MessageRef; parts: DatePart[] };

const err = (key: MessageKey, ...params: number[]): MessageRef => (params.length ? { key, params } : { key });

/** The set-up form's words for each problem of the date boxes. */
const DATE_MESSAGES: Record<DatePartsProblem, MessageKey> = {
	missing: 'workshopSetup.errors.dateMissing',
	noDay: 'workshopSetup.errors.dateDay',
	noMonth: 'workshopSetup.errors.dateMonth',
	noYear: 'workshopSetup.errors.dateYear',
	yearDigits: 'workshopSetup.errors.dateYearDigits',
	invalid: 'workshopSetup.errors.dateInvalid'
};

/**
 * Reads the GOV.UK date input (dag, maand, jaar) of the session's date (see domain/date-parts.ts): a date
 * is required.
 */
export function readSessionDate(day: string, month: string, year: string): DateReading {
	const reading = readDateParts({ day, month, year });
	return reading.ok ? reading : { ok: false, message: err(DATE_MESSAGES[reading.problem]), parts: reading.parts };
}

export class WorkshopSetup {
	organisation = $state('');
	day = $state('');
	month = $state('');
	year = $state('');
	phase = $state<string | null>(null);
	scope = $state<string | null>(null);
	themes = $state<string[]>([]);
	roles = $state<string[]>([]);
	names = $state<string | null>(null);

	/** Per field, what is wrong (after a submit). */
	errors = $state.raw<Partial<Record<SetupField, MessageRef>>>({});
	/** The date boxes to mark as wrong. */
	dateParts = $state.raw<DatePart[]>([]);
	/** Raised on every submit, so the error summary takes focus again. */
	attempt = $state(0);
	saving = $state(false);
	/** Why storing failed, or null. */
	problem = $state.raw<MessageRef | string | null>(null);

	readonly #deps: WorkshopSetupDeps;

	constructor(deps: WorkshopSetupDeps) {
		this.#deps = deps;
		// GOV.UK: a date box starts empty unless the answer is likely; a session is usually set up the same day.
		const today = deps.now();
		this.day = String(today.getDate());
		this.month = String(today.getMonth() + 1);
		this.year = String(today.getFullYear());
	}

	/** Checks every field; fills `errors` and `dateParts`. Returns the settings when all is well. */
	validate(): WorkshopSettings | null {
		const errors: Partial<Record<SetupField, MessageRef>> = {};
		const organisation = this.organisation.trim();
		if (!organisation) errors.organisation = err('workshopSetup.errors.organisation');
		else if (organisation.length > LIMITS.organisation) errors.organisation = err('workshopSetup.errors.organisationTooLong', LIMITS.organisation);

		const date = readSessionDate(this.day, this.month, this.year);
		if (!date.ok) errors.date = date.message;
		this.dateParts = date.ok ? [] : date.parts;

		const checklist = this.#deps.checklist();
		const phase = checklist.phases.find((item) => item.id === this.phase)?.id ?? null;
		if (!phase) errors.phase = err('workshopSetup.errors.phase');

		const scope = (WORKSHOP_SCOPES as readonly string[]).includes(this.scope ?? '') ? (this.scope as WorkshopScope) : null;
		if (!scope) errors.scope = err('workshopSetup.errors.scope');
		// Only themes of this checklist, in its order.
		const themes = scope === 'themes' ? checklist.themes.map((theme) => theme.id).filter((id) => this.themes.includes(id)) : [];
		if (scope === 'themes' && themes.length === 0) errors.themes = err('workshopSetup.errors.themes');

		const roles = ROLE_IDS.filter((role) => this.roles.includes(role));
		if (roles.length === 0) errors.roles = err('workshopSetup.errors.roles');

		const names = (NAME_POLICIES as readonly string[]).includes(this.names ?? '') ? (this.names as NamePolicy) : null;
		if (!names) errors.names = err('workshopSetup.errors.names');

		this.errors = errors;
		if (Object.keys(errors).length > 0 || !date.ok || !phase || !scope || !names) return null;
		return { organisation, date: date.date, phase: phase as PhaseId, scope, themes, roles: roles as RoleId[], names };
	}

	/** "Werksessie maken": checks, builds, stores, then opens the overview. Resolves false when nothing was stored. */
	async submit(): Promise<boolean> {
		if (this.saving) return false;
		this.attempt++;
		this.problem = null;
		const settings = this.validate();
		if (!settings) return false;
		this.saving = true;
		try {
			const workshop = createWorkshop(this.#deps.checklist(), settings, {
				id: this.#deps.newId(),
				now: this.#deps.now().toISOString()
			});
			await this.#deps.workshops.createWorkshop(workshop);
			this.#deps.go({ name: 'workshop', workshopId: workshop.id, page: 'overview' });
			return true;
		} catch (error) {
			this.problem = messageOfError(error) ?? err('workshopSetup.errors.saveFailed');
			return false;
		} finally {
			this.saving = false;
		}
	}

	toggleTheme(id: string, on: boolean): void {
		this.themes = on ? [...this.themes.filter((theme) => theme !== id), id] : this.themes.filter((theme) => theme !== id);
	}

	toggleRole(id: string, on: boolean): void {
		this.roles = on ? [...this.roles.filter((role) => role !== id), id] : this.roles.filter((role) => role !== id);
	}
}
