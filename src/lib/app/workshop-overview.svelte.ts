/**
 * The facilitator's overview of one werksessie: the workshop as stored, its join link (the view draws the
 * join QR code from it), how many handed in per role, and "Werksessie verwijderen" with its confirmation.
 * Deleting removes the workshop with every participant's answers; the scan made from it stays (it is an
 * ordinary scan). Storage, clipboard and navigation are deps, so this runs in unit tests.
 *
 *   loading → ready | missing;  ready → deleting → (home) | ready with a problem
 */
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import { buildInvite } from '../workshop/new-workshop.ts';
import { sessionQuestions } from '../workshop/session-questions.ts';
import { ROLE_IDS, type RoleId, type Workshop } from '../workshop/workshop-schema.ts';
import type { WorkshopAppDeps } from './workshop-deps.ts';

export type OverviewStatus = 'loading' | 'ready' | 'missing' | 'deleting';

export type WorkshopOverviewDeps = Pick<WorkshopAppDeps, 'checklist' | 'joinLink' | 'go' | 'copy' | 'downloadWorkshopBackup'> & {
	workshops: Pick<WorkshopRepository, 'getWorkshop' | 'deleteWorkshop'>;
};

/** Handed-in answers per role: the session's roles in ROLE_IDS order, with zeros, plus any other role that handed in. */
export function handedInByRole(workshop: Workshop): { role: RoleId; count: number }[] {
	const counts = new Map<RoleId, number>();
	for (const participant of Object.values(workshop.participants)) counts.set(participant.role, (counts.get(participant.role) ?? 0) + 1);
	return ROLE_IDS.filter((role) => workshop.settings.roles.includes(role) || counts.has(role)).map((role) => ({
		role,
		count: counts.get(role) ?? 0
	}));
}

export class WorkshopOverview {
	status = $state<OverviewStatus>('loading');
	workshop = $state.raw<Workshop | null>(null);
	/** The join link; null while it is being made or when this browser cannot make it. */
	link = $state<string | null>(null);
	linkFailed = $state(false);
	/** After "Kopieer link": what happened. */
	notice = $state.raw<MessageRef | null>(null);
	/** After "Download back-up": the file name, or why it failed. */
	backupNotice = $state.raw<MessageRef | string | null>(null);
	confirmingDelete = $state(false);
	/** Why deleting failed. */
	problem = $state.raw<MessageRef | string | null>(null);
	readonly ready: Promise<void>;
	readonly #deps: WorkshopOverviewDeps;
	readonly #id: string;

	constructor(workshopId: string, deps: WorkshopOverviewDeps) {
		this.#deps = deps;
		this.#id = workshopId;
		this.ready = this.#load();
	}

	get handedIn(): { total: number; byRole: { role: RoleId; count: number }[] } {
		const workshop = this.workshop;
		if (!workshop) return { total: 0, byRole: [] };
		return { total: Object.keys(workshop.participants).length, byRole: handedInByRole(workshop) };
	}

	/** How many questions the session asks. */
	get questionCount(): number {
		return this.workshop ? sessionQuestions(this.#deps.checklist(), this.workshop.settings).length : 0;
	}

	async #load(): Promise<void> {
		const workshop = await this.#deps.workshops.getWorkshop(this.#id).catch(() => null);
		if (!workshop) {
			this.status = 'missing';
			return;
		}
		this.workshop = workshop;
		this.status = 'ready';
		try {
			this.link = await this.#deps.joinLink(JSON.stringify(buildInvite(workshop)));
		} catch {
			this.linkFailed = true;
		}
	}

	async copyLink(): Promise<void> {
		if (!this.link) return;
		try {
			await this.#deps.copy(this.link);
			this.notice = { key: 'workshopSetup.overview.copied' };
		} catch {
			this.notice = { key: 'workshopSetup.overview.copyFailed' };
		}
	}

	/** "Download back-up van deze werksessie": the workshop, its answers and its result scan in one file. */
	async downloadBackup(): Promise<void> {
		try {
			const fileName = await this.#deps.downloadWorkshopBackup(this.#id);
			this.backupNotice = { key: 'workshopSetup.overview.backupDone', params: [fileName] };
		} catch (error) {
			this.backupNotice = messageOfError(error) ?? { key: 'workshopSetup.overview.backupFailed' };
		}
	}

	askDelete(): void {
		this.problem = null;
		this.confirmingDelete = true;
	}

	cancelDelete(): void {
		this.confirmingDelete = false;
	}

	/** "Ja, verwijder de werksessie": deletes it with every participant's answers, then goes home. */
	async confirmDelete(): Promise<boolean> {
		if (!this.confirmingDelete || this.status !== 'ready') return false;
		this.status = 'deleting';
		try {
			await this.#deps.workshops.deleteWorkshop(this.#id);
			this.confirmingDelete = false;
			this.#deps.go({ name: 'home' });
			return true;
		} catch (error) {
			this.problem = messageOfError(error) ?? { key: 'workshopSetup.overview.deleteFailed' };
			this.status = 'ready';
			return false;
		}
	}
}
