/**
 * The facilitator opened a participant's answers link (`#/antwoorden/1.<data>`): read it, show whose
 * answers for which session, and add them to that werksessie when it is on this device. Nothing is
 * stored before "Toevoegen"; a refused link changes nothing.
 *
 *   empty | reading → refused | missing (the session is not on this device) | preview
 *   preview → adding → done | failed (retry)
 */
import type { Checklist } from '../content/checklist-schema.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import { parseAnswersEnvelope } from '../workshop/answers-envelope.ts';
import type { ReadPackedLinkResult } from '../workshop/packed-link.ts';
import { addEnvelope, outcomeMessage, type AddOutcome } from '../workshop/participants.ts';
import type { ParticipantEnvelope, Workshop } from '../workshop/workshop-schema.ts';

export type AnswersLinkStatus = 'empty' | 'reading' | 'refused' | 'missing' | 'preview' | 'adding' | 'done' | 'failed';

export interface AnswersLinkDeps {
	workshops: Pick<WorkshopRepository, 'getWorkshop' | 'updateWorkshop'>;
	checklist(): Checklist;
	now(): string;
	readAnswersLink(hashOrUrl: string): Promise<ReadPackedLinkResult>;
}

export class AnswersLinkReceiver {
	status = $state<AnswersLinkStatus>('empty');
	envelope = $state.raw<ParticipantEnvelope | null>(null);
	workshop = $state.raw<Workshop | null>(null);
	message = $state.raw<MessageRef | string | null>(null);
	outcome = $state<AddOutcome | null>(null);
	warnings = $state.raw<MessageRef[]>([]);
	readonly ready: Promise<void>;
	readonly #deps: AnswersLinkDeps;

	/** `hash`: the link's hash as it was in the address (app.takeSharedHash()), or null. */
	constructor(hash: string | null, deps: AnswersLinkDeps) {
		this.#deps = deps;
		this.ready = hash === null ? Promise.resolve() : this.#read(hash);
	}

	async #read(hash: string): Promise<void> {
		this.status = 'reading';
		try {
			const read = await this.#deps.readAnswersLink(hash);
			if (!read.ok) return this.#refuse(read.message);
			const parsed = parseAnswersEnvelope(read.text);
			if (!parsed.ok) return this.#refuse(parsed.message);
			this.envelope = parsed.envelope;
			this.workshop = await this.#deps.workshops.getWorkshop(parsed.envelope.workshopId).catch(() => null);
			this.status = this.workshop ? 'preview' : 'missing';
		} catch {
			this.#refuse({ key: 'workshopQr.links.damaged' });
		}
	}

	#refuse(message: MessageRef): void {
		this.message = message;
		this.status = 'refused';
	}

	/** "Toevoegen aan de werksessie". */
	async add(): Promise<void> {
		const envelope = this.envelope;
		if ((this.status !== 'preview' && this.status !== 'failed') || !envelope) return;
		this.status = 'adding';
		let outcome: AddOutcome = 'kept-newer';
		let warnings: MessageRef[] = [];
		const checklist = this.#deps.checklist();
		const now = this.#deps.now();
		try {
			this.workshop = await this.#deps.workshops.updateWorkshop(envelope.workshopId, (workshop) => {
				const result = addEnvelope(workshop, envelope, checklist, { via: 'link', now });
				outcome = result.outcome;
				warnings = result.warnings;
				return result.workshop;
			});
		} catch (error) {
			this.message = messageOfError(error) ?? { key: 'workshopCollect.saveFailed' };
			this.status = 'failed';
			return;
		}
		this.outcome = outcome;
		this.warnings = warnings;
		this.message = outcomeMessage(outcome);
		this.status = 'done';
	}
}

/** The app's dependencies for the answers link page; the link reader loads on demand. */
export function answersLinkDeps(app: { workshops: AnswersLinkDeps['workshops']; checklist: Checklist }): AnswersLinkDeps {
	return {
		workshops: app.workshops,
		checklist: () => app.checklist,
		now: () => new Date().toISOString(),
		readAnswersLink: async (hashOrUrl) => (await import('../workshop/answers-link.ts')).readAnswersLink(hashOrUrl)
	};
}
