/**
 * A werksessie participant hands in: this state class builds the answers envelope from the scan as
 * storage holds it (after every pending write), and offers it three ways: a QR code (the view draws it,
 * in several frames when the notes make it large), a .json file and a link. It says how many of the
 * session's questions are answered, and records `participation.handedInAt` on the scan, so the participant
 * sees when they last handed in. Storage, clipboard and downloads are deps, so it runs in unit tests.
 *
 *   building → ready | failed | not-participant
 */
import { organisationSlug, isoDay } from '../files/file-names.ts';
import type { Scan } from '../domain/scan.ts';
import { scopedQuestions } from '../domain/scope.ts';
import type { MessageRef } from '../i18n/message-ref.ts';
import { buildAnswersEnvelope, serializeAnswersEnvelope } from '../workshop/answers-envelope.ts';
import type { ParticipantEnvelope } from '../workshop/workshop-schema.ts';
import type { WorkshopAppDeps } from './workshop-deps.ts';

export type HandInStatus = 'building' | 'ready' | 'failed' | 'not-participant';

export type HandInDeps = Pick<
	WorkshopAppDeps,
	'checklist' | 'now' | 'answersLink' | 'storedScan' | 'saveParticipation' | 'copy' | 'saveFile'
>;

/** `kwartiermaken-antwoorden-<organisation>-<role>-<day>.json`: recognisable among many on the facilitator's laptop. */
export function answersFileName(organisation: string, role: string, date: Date): string {
	return `kwartiermaken-antwoorden-${organisationSlug(organisation)}-${role}-${isoDay(date)}.json`;
}

export class HandIn {
	status = $state<HandInStatus>('building');
	envelope = $state.raw<ParticipantEnvelope | null>(null);
	/** The envelope as JSON: the file's content and what the QR code carries. */
	text = $state('');
	/** The answers link, or null when this browser cannot make it. */
	link = $state<string | null>(null);
	answered = $state(0);
	total = $state(0);
	/** Whether storing handedInAt worked; handing in works without it, so it is not an error. */
	recorded = $state(false);
	/** After "Kopieer link" or "Download bestand": what happened. */
	notice = $state.raw<MessageRef | null>(null);
	readonly ready: Promise<void>;
	readonly #deps: HandInDeps;
	#scan: Scan | null = null;

	constructor(shown: Scan, deps: HandInDeps) {
		this.#deps = deps;
		this.ready = this.#build(shown);
	}

	get open(): number {
		return this.total - this.answered;
	}

	async #build(shown: Scan): Promise<void> {
		if (!shown.participation) {
			this.status = 'not-participant';
			return;
		}
		try {
			const scan = await this.#deps.storedScan(shown);
			const participation = scan.participation;
			if (!participation) {
				this.status = 'not-participant';
				return;
			}
			const checklist = this.#deps.checklist();
			const envelope = buildAnswersEnvelope(scan, this.#deps.now().toISOString(), checklist);
			const questions = scopedQuestions(checklist, scan.mode, scan.profile.phase, scan.themes);
			this.total = questions.length;
			this.answered = questions.filter(({ question }) => envelope.answers[question.id] !== undefined).length;
			this.envelope = envelope;
			this.text = serializeAnswersEnvelope(envelope);
			this.#scan = scan;
			this.link = await this.#deps.answersLink(this.text).catch(() => null);
			this.status = 'ready';
			this.recorded = await this.#deps
				.saveParticipation(scan.id, { ...participation, handedInAt: envelope.handedInAt })
				.then(
					() => true,
					() => false
				);
		} catch {
			this.status = 'failed';
		}
	}

	/** "Download bestand": the envelope as a .json file. */
	async download(): Promise<void> {
		const envelope = this.envelope;
		if (!envelope || !this.#scan) return;
		const fileName = answersFileName(this.#scan.profile.organisation, envelope.role, this.#deps.now());
		await this.#deps.saveFile(new Blob([this.text], { type: 'application/json' }), fileName);
		this.notice = { key: 'workshopSetup.handIn.downloaded', params: [fileName] };
	}

	/** "Kopieer link". */
	async copyLink(): Promise<void> {
		if (!this.link) return;
		try {
			await this.#deps.copy(this.link);
			this.notice = { key: 'workshopSetup.handIn.copied' };
		} catch {
			this.notice = { key: 'workshopSetup.handIn.copyFailed' };
		}
	}
}
