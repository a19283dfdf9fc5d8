/**
 * One "Download" button's state: idle, busy while the file is made, done with its file name, or failed.
 * The export choices (PDF and Word) each have one. The maker is injected, so this is tested without a
 * browser; the view turns the state into words of the current language.
 */
export type FileDownloadState = 'idle' | 'busy' | 'done' | 'error';

export class FileDownload {
	state = $state<FileDownloadState>('idle');
	/** The name of the file last offered; '' before that. */
	fileName = $state('');
	/** The error's own message when the maker gave one (e.g. the PDF's fonts could not load); else ''. */
	errorMessage = $state('');

	readonly #make: () => Promise<string>;

	/** `make` builds the file, starts its download and resolves with the file name. */
	constructor(make: () => Promise<string>) {
		this.#make = make;
	}

	get busy(): boolean {
		return this.state === 'busy';
	}

	/** Makes the file; a second click while busy does nothing. Never rejects: a failure becomes the 'error' state. */
	async start(): Promise<void> {
		if (this.state === 'busy') return;
		this.state = 'busy';
		this.errorMessage = '';
		try {
			this.fileName = await this.#make();
			this.state = 'done';
		} catch (error) {
			this.errorMessage = error instanceof Error ? error.message : '';
			this.state = 'error';
		}
	}
}
