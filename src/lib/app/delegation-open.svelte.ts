/**
 * The colleague opens a hand-out: from the link (`#/delegatie/1.<data>`) or from the .json file. This
 * state class reads and checks it once, shows who asks what, and on "Beginnen" creates the colleague's
 * own scan: limited to the delegated themes, with the owner's answers filled in and `delegatedPart` set
 * (see delegation/delegated-scan.ts). The question pages then work as for any scan: autosaved, offline.
 *
 *   empty   → (a file) reading            no link: the page offers a file input
 *   reading → ready | opened | refused
 *   ready   → starting → (the task list) | failed
 *   opened                                this browser opened the hand-out before: continue that scan
 *
 * A broken, hostile or newer-version hand-out ends in 'refused' with a message and stores nothing.
 */
import { delegatedQuestionIds, parseDelegationText } from '../delegation/delegation-envelope.ts';
import { readDelegationLink } from '../delegation/delegation-link.ts';
import type { DelegationEnvelope } from '../delegation/delegation-schema.ts';
import { handOutProblem, scanFromHandOut } from '../delegation/delegated-scan.ts';
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import type { DelegationDeps } from './delegation-deps.ts';
import { readDelegationFile } from './delegation-file.ts';

export type OpenDelegationStatus = 'empty' | 'reading' | 'refused' | 'ready' | 'opened' | 'starting' | 'failed';

export type OpenDelegationDeps = Pick<DelegationDeps, 'checklist' | 'now' | 'newId' | 'go' | 'createScan' | 'findDelegatedScan'>;

export class OpenDelegation {
	status = $state<OpenDelegationStatus>('empty');
	envelope = $state.raw<DelegationEnvelope | null>(null);
	/** This browser's scan for the hand-out, when it was opened before. */
	openedScanId = $state<string | null>(null);
	message = $state.raw<MessageRef | string | null>(null);
	readonly ready: Promise<void>;
	readonly #deps: OpenDelegationDeps;

	/** `hash` is the link's hash as it was in the address, or null when there was none. */
	constructor(hash: string | null, deps: OpenDelegationDeps) {
		this.#deps = deps;
		this.ready = hash === null ? Promise.resolve() : this.#read(() => readDelegationLink(hash));
	}

	/** How many questions the colleague is asked, in this app's checklist. */
	get questionCount(): number {
		const envelope = this.envelope;
		if (!envelope) return 0;
		return delegatedQuestionIds(this.#deps.checklist(), { mode: envelope.mode, phase: envelope.phase }, envelope.themes).length;
	}

	/** The delegated themes' titles, in checklist order. */
	get themeTitles(): string[] {
		const themes = new Set(this.envelope?.themes ?? []);
		return this.#deps.checklist().themes.filter((theme) => themes.has(theme.id)).map((theme) => theme.title);
	}

	/** "Bestand openen" on the page without a link. */
	openFile(file: Pick<File, 'size' | 'text'>): Promise<void> {
		return this.#read(() => readDelegationFile(file));
	}

	async #read(source: () => Promise<{ ok: true; text: string } | { ok: false; message: MessageRef }>): Promise<void> {
		this.status = 'reading';
		this.message = null;
		try {
			const read = await source();
			const parsed = read.ok ? parseDelegationText(read.text) : read;
			if (!parsed.ok) return this.#refuse(parsed.message);
			const problem = handOutProblem(this.#deps.checklist(), parsed.value);
			if (problem) return this.#refuse(problem);
			this.envelope = parsed.value;
			// One hand-out, one scan per browser: a second "Beginnen" would split the colleague's answers.
			this.openedScanId = await this.#deps.findDelegatedScan(parsed.value.handOutId).catch(() => null);
			this.status = this.openedScanId ? 'opened' : 'ready';
		} catch {
			this.#refuse({ key: 'delegation.errors.unexpected' });
		}
	}

	#refuse(message: MessageRef): void {
		this.envelope = null;
		this.message = message;
		this.status = 'refused';
	}

	/** "Beginnen": creates the colleague's scan and opens its task list. Resolves false when nothing was stored. */
	async start(): Promise<boolean> {
		const envelope = this.envelope;
		if (!envelope || (this.status !== 'ready' && this.status !== 'failed')) return false;
		this.status = 'starting';
		this.message = null;
		try {
			const scan = scanFromHandOut(envelope, this.#deps.newId(), this.#deps.now().toISOString());
			await this.#deps.createScan(scan);
			this.#deps.go({ name: 'tasks', scanId: scan.id });
			return true;
		} catch (error) {
			this.message = messageOfError(error) ?? { key: 'delegation.open.failed' };
			this.status = 'failed';
			return false;
		}
	}

	/** "Verder met uw antwoorden" when this browser opened the hand-out before. */
	continueOpened(): void {
		if (this.openedScanId) this.#deps.go({ name: 'tasks', scanId: this.openedScanId });
	}
}
