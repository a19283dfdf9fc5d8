/**
 * The facilitator's "Antwoorden verzamelen" screen as a state class: answers come in by QR code (camera
 * or photo, through QrReader), as files (chosen or dropped, many at once) and as pasted links (one per
 * line). Each item is read and checked (parseAnswersEnvelope), then merged into the workshop with
 * addEnvelope inside one repository transaction (updateWorkshop). Items are handled one after another,
 * in the order they came in, so two quick additions never overwrite each other.
 *
 * Every item gets a status line: working, then the outcome (added, replaced an older hand-in, already
 * had this or newer, another session or checklist, too many) or the reason it was refused.
 */
import type { Checklist } from '../content/checklist-schema.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import type { WorkshopRepository } from '../storage/workshop-repository.ts';
import { parseAnswersEnvelope } from '../workshop/answers-envelope.ts';
import type { ReadPackedLinkResult } from '../workshop/packed-link.ts';
import { addEnvelope, outcomeMessage, type AddOutcome } from '../workshop/participants.ts';
import { ROLE_IDS, WORKSHOP_LIMITS, type AnswerSource, type RoleId, type Workshop } from '../workshop/workshop-schema.ts';
import { QrReader, browserQrReaderDeps, type QrReaderDeps } from './qr-reader.svelte.ts';

export type CollectStatus = 'loading' | 'ready' | 'missing';
export type CollectItemStatus = 'working' | AddOutcome | 'refused';

export interface CollectItem {
	id: number;
	via: AnswerSource;
	/** What the item is: a file's name (the user's own words) or a catalogue text ("Link 2", "QR-code"). */
	label: MessageRef | string;
	status: CollectItemStatus;
	/** The outcome or the reason it was refused. */
	message: MessageRef | string | null;
	/** Whose answers, once read. */
	who: { role: RoleId; name: string } | null;
	warnings: MessageRef[];
}

export interface CollectAnswersDeps {
	workshops: Pick<WorkshopRepository, 'getWorkshop' | 'updateWorkshop'>;
	checklist(): Checklist;
	now(): string;
	/** Reads an answers link (import() of workshop/answers-link.ts in the app). */
	readAnswersLink(hashOrUrl: string): Promise<ReadPackedLinkResult>;
	qr: QrReaderDeps;
}

/** A file's text; FileReader where Blob.text() is missing (older browsers, jsdom). */
function readText(file: Blob): Promise<string> {
	if (typeof file.text === 'function') return file.text();
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error ?? new Error('File could not be read'));
		reader.readAsText(file);
	});
}

/** Roughly "is this line an answers link": the reader gives the precise message. */
const LINK_LINE = /#?\/antwoorden\//;

export class CollectAnswers {
	status = $state<CollectStatus>('loading');
	workshop = $state.raw<Workshop | null>(null);
	/** Newest first, so the latest status line is at the top. */
	items = $state<CollectItem[]>([]);
	/** Shown at the links field when "Links toevoegen" found nothing to add. */
	linksError = $state<MessageRef | null>(null);
	readonly reader: QrReader;
	readonly ready: Promise<void>;

	readonly #workshopId: string;
	readonly #deps: CollectAnswersDeps;
	#queue: Promise<void> = Promise.resolve();
	#nextId = 1;
	#links = 0;

	constructor(workshopId: string, deps: CollectAnswersDeps) {
		this.#workshopId = workshopId;
		this.#deps = deps;
		this.reader = new QrReader(deps.qr, (text) => this.addText(text, 'qr', { key: 'workshopCollect.itemQr' }));
		this.ready = this.#load();
	}

	async #load(): Promise<void> {
		try {
			this.workshop = await this.#deps.workshops.getWorkshop(this.#workshopId);
		} catch {
			this.workshop = null;
		}
		this.status = this.workshop ? 'ready' : 'missing';
	}

	/** How many participants handed in, in total and per role (the session's roles first, zeros included). */
	get handedIn(): { total: number; byRole: { role: RoleId; count: number }[] } {
		const workshop = this.workshop;
		if (!workshop) return { total: 0, byRole: [] };
		const counts = new Map<RoleId, number>();
		for (const participant of Object.values(workshop.participants)) counts.set(participant.role, (counts.get(participant.role) ?? 0) + 1);
		const roles = ROLE_IDS.filter((role) => workshop.settings.roles.includes(role) || counts.has(role));
		return {
			total: Object.keys(workshop.participants).length,
			byRole: roles.map((role) => ({ role, count: counts.get(role) ?? 0 }))
		};
	}

	/** Adds the answers in `text` (an envelope as JSON, or an answers link). Resolves when it is handled. */
	addText(text: string, via: AnswerSource, label: MessageRef | string): Promise<void> {
		const item = this.#newItem(via, label);
		return this.#enqueue(item, async () => {
			if (LINK_LINE.test(text.slice(0, 200))) {
				const read = await this.#deps.readAnswersLink(text);
				if (!read.ok) return this.#refuse(item, read.message);
				return this.#merge(item, read.text);
			}
			return this.#merge(item, text);
		});
	}

	/** Chosen or dropped files, each an item of its own. */
	addFiles(files: Iterable<File>): Promise<void> {
		const all: Promise<void>[] = [];
		for (const file of files) {
			const item = this.#newItem('file', file.name);
			all.push(
				this.#enqueue(item, async () => {
					if (file.size > WORKSHOP_LIMITS.answersJsonBytes) return this.#refuse(item, { key: 'workshopCollect.fileTooLarge' });
					let text: string;
					try {
						text = await readText(file);
					} catch {
						return this.#refuse(item, { key: 'workshopCollect.fileUnreadable' });
					}
					return this.#merge(item, text);
				})
			);
		}
		return Promise.all(all).then(() => undefined);
	}

	/** "Links toevoegen": every non-empty line is a link. False (with linksError) when there was none. */
	addLinks(text: string): Promise<void> | false {
		const lines = text
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter((line) => line !== '');
		if (lines.length === 0) {
			this.linksError = { key: 'workshopCollect.linksEmpty' };
			return false;
		}
		this.linksError = null;
		return Promise.all(
			lines.map((line) => {
				const item = this.#newItem('link', { key: 'workshopCollect.itemLink', params: [++this.#links] });
				return this.#enqueue(item, async () => {
					const read = await this.#deps.readAnswersLink(line);
					if (!read.ok) return this.#refuse(item, read.message);
					return this.#merge(item, read.text);
				});
			})
		).then(() => undefined);
	}

	/** The page is leaving: stop the camera. */
	destroy(): void {
		this.reader.destroy();
	}

	#newItem(via: AnswerSource, label: MessageRef | string): CollectItem {
		const item: CollectItem = { id: this.#nextId++, via, label, status: 'working', message: null, who: null, warnings: [] };
		this.items = [item, ...this.items];
		return item;
	}

	/** Changes one item (items are replaced, not mutated, so the list re-renders). */
	#update(id: number, change: Partial<CollectItem>): void {
		this.items = this.items.map((item) => (item.id === id ? { ...item, ...change } : item));
	}

	#enqueue(item: CollectItem, work: () => Promise<void>): Promise<void> {
		const run = this.#queue.then(async () => {
			try {
				await work();
			} catch (error) {
				this.#refuse(item, messageOfError(error) ?? { key: 'workshopCollect.saveFailed' });
			}
		});
		this.#queue = run;
		return run;
	}

	#refuse(item: CollectItem, message: MessageRef | string): void {
		this.#update(item.id, { status: 'refused', message });
	}

	async #merge(item: CollectItem, text: string): Promise<void> {
		const parsed = parseAnswersEnvelope(text);
		if (!parsed.ok) return this.#refuse(item, parsed.message);
		const { envelope } = parsed;
		const who = { role: envelope.role, name: envelope.name };
		let outcome: AddOutcome = 'kept-newer';
		let warnings: MessageRef[] = [];
		const checklist = this.#deps.checklist();
		const now = this.#deps.now();
		try {
			this.workshop = await this.#deps.workshops.updateWorkshop(this.#workshopId, (workshop) => {
				const result = addEnvelope(workshop, envelope, checklist, { via: item.via, now });
				outcome = result.outcome;
				warnings = result.warnings;
				return result.workshop;
			});
		} catch (error) {
			this.#update(item.id, { status: 'refused', message: messageOfError(error) ?? { key: 'workshopCollect.saveFailed' }, who });
			return;
		}
		this.#update(item.id, { status: outcome, message: outcomeMessage(outcome), who, warnings });
	}
}

/** The app's collect dependencies: its workshop repository and checklist, the link reader and QR code loaded on demand. */
export function collectAnswersDeps(app: { workshops: CollectAnswersDeps['workshops']; checklist: Checklist }): CollectAnswersDeps {
	return {
		workshops: app.workshops,
		checklist: () => app.checklist,
		now: () => new Date().toISOString(),
		readAnswersLink: async (hashOrUrl) => (await import('../workshop/answers-link.ts')).readAnswersLink(hashOrUrl),
		qr: browserQrReaderDeps()
	};
}
