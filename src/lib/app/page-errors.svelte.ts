/**
 * Whether the page shows errors right now, so the browser-tab title can start with "Fout:" (as GOV.UK
 * does): screen-reader users hear the title first, and a title that stays the same after a failed submit
 * would sound as if nothing happened. The error summary (components/error-summary.svelte) registers while
 * it shows errors and unregisters when they are gone or it leaves the page; page-title.ts reads `active`.
 */
export class PageErrors {
	/**
	 * One token per error summary on screen, so unregistering twice cannot hide another summary's errors.
	 * A plain set: `register` runs inside the summary's effect, and reading reactive state there would make
	 * the effect depend on what it writes. Only the count is reactive.
	 */
	readonly #tokens = new Set<symbol>();
	#count = $state(0);

	/** True while at least one error summary shows errors. */
	get active(): boolean {
		return this.#count > 0;
	}

	/** Call when errors show; call the returned function when they are gone. */
	register(): () => void {
		const token = Symbol('error-summary');
		this.#tokens.add(token);
		this.#count = this.#tokens.size;
		return () => {
			if (this.#tokens.delete(token)) this.#count = this.#tokens.size;
		};
	}
}

/** The app's one store: every error summary and the title share it. */
export const pageErrors = new PageErrors();
