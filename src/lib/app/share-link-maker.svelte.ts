/**
 * "Deel via link" on a scan: makes the link, copies it to the clipboard and keeps it for a read-only
 * field. When the scan is too large for a link, or the browser cannot compress, it says so and the
 * page offers the backup file instead.
 */
import type { CreateShareLinkResult } from '../files/share-link.ts';

export type ShareLinkStatus = 'idle' | 'busy' | 'ready' | 'too-large' | 'unsupported' | 'failed';
export type CopyStatus = 'idle' | 'copied' | 'failed';

export interface ShareLinkMakerDeps {
	/** Longest link offered, in characters. */
	limit: number;
	/** Builds the link from what storage holds now. */
	create(): Promise<CreateShareLinkResult>;
	/** Puts text on the clipboard; rejects when the browser refuses. */
	copy(text: string): Promise<void>;
}

export class ShareLinkMaker {
	status = $state<ShareLinkStatus>('idle');
	copyStatus = $state<CopyStatus>('idle');
	url = $state('');
	/** Length of the link in characters, also when it was too long. */
	length = $state(0);
	/** Longest link offered, in characters. */
	readonly limit: number;
	readonly #deps: ShareLinkMakerDeps;

	constructor(deps: ShareLinkMakerDeps) {
		this.#deps = deps;
		this.limit = deps.limit;
	}

	/** Makes the link and copies it. A second call makes it again (answers may have changed). */
	async make(): Promise<void> {
		if (this.status === 'busy') return;
		this.status = 'busy';
		this.copyStatus = 'idle';
		this.url = '';
		let result: CreateShareLinkResult;
		try {
			result = await this.#deps.create();
		} catch {
			this.status = 'failed';
			return;
		}
		if (!result.ok) {
			this.status = result.reason;
			this.length = result.reason === 'too-large' ? result.length : 0;
			return;
		}
		this.url = result.url;
		this.length = result.length;
		this.status = 'ready';
		await this.copy();
	}

	/** Copies the link again; when the browser refuses, the page asks the user to copy it from the field. */
	async copy(): Promise<void> {
		if (this.status !== 'ready') return;
		this.copyStatus = 'idle';
		try {
			await this.#deps.copy(this.url);
			this.copyStatus = 'copied';
		} catch {
			this.copyStatus = 'failed';
		}
	}
}
