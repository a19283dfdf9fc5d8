/**
 * The page for a received share link, as a small state holder: read the link, show what it holds,
 * and add it as a new scan only when the user says so.
 *
 *   empty      no link data (the page was opened without one, or the data was already used)
 *   reading →  preview | refused
 *   preview →  adding → added | failed          ("Toevoegen als nieuwe scan")
 *   preview →  declined                          ("Niet toevoegen")
 *   failed  →  adding (retry) | declined
 *
 * Nothing is stored before "Toevoegen"; a refused link changes nothing.
 */
import { messageOfError, type MessageRef } from '../i18n/message-ref.ts';
import type { ReadShareLinkResult } from '../files/share-link.ts';
import type { Scan } from '../domain/scan.ts';

export type ShareReceiverStatus = 'empty' | 'reading' | 'preview' | 'refused' | 'adding' | 'added' | 'declined' | 'failed';

export interface SharedScanPreview {
	scan: Scan;
	/** What to check after adding (catalogue keys, from the backup reader). */
	warnings: MessageRef[];
	sharedAt: string | null;
}

export interface ShareReceiverDeps {
	/** Reads and checks the link's hash; never stores anything. */
	read(hash: string): Promise<ReadShareLinkResult>;
	/** Stores the scan without overwriting any; resolves with the id and name it got. */
	add(scan: Scan): Promise<{ id: string; name: string }>;
}

export class ShareReceiver {
	status = $state<ShareReceiverStatus>('empty');
	preview = $state.raw<SharedScanPreview | null>(null);
	/** Why the link was refused or adding failed: a catalogue key or the reader's own words. */
	message = $state<MessageRef | string>('');
	/** The stored scan after 'added'. */
	added = $state.raw<{ id: string; name: string } | null>(null);
	readonly #deps: ShareReceiverDeps;
	readonly ready: Promise<void>;

	/** `hash` is the link's hash as it was in the address, or null when there was none. */
	constructor(hash: string | null, deps: ShareReceiverDeps) {
		this.#deps = deps;
		this.ready = hash === null ? Promise.resolve() : this.#read(hash);
	}

	async #read(hash: string): Promise<void> {
		this.status = 'reading';
		let result: ReadShareLinkResult;
		try {
			result = await this.#deps.read(hash);
		} catch {
			this.message = { key: 'shareLink.errors.damaged' };
			this.status = 'refused';
			return;
		}
		if (result.ok) {
			this.preview = { scan: result.scan, warnings: result.warnings, sharedAt: result.sharedAt };
			this.status = 'preview';
		} else {
			this.message = result.message;
			this.status = 'refused';
		}
	}

	/** "Toevoegen als nieuwe scan". */
	async add(): Promise<void> {
		if ((this.status !== 'preview' && this.status !== 'failed') || !this.preview) return;
		this.status = 'adding';
		try {
			this.added = await this.#deps.add(this.preview.scan);
			this.status = 'added';
		} catch (error) {
			this.message = messageOfError(error) ?? '';
			this.status = 'failed';
		}
	}

	/** "Niet toevoegen": nothing is stored. */
	decline(): void {
		if (this.status !== 'preview' && this.status !== 'failed') return;
		this.status = 'declined';
	}
}
