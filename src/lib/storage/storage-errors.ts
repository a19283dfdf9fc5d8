/**
 * Storage errors as the UI needs them: a small set of kinds, each with a clear Dutch message.
 *
 * Browsers report storage trouble in many shapes: Chrome may give `AbortError` for a full disk, Firefox
 * gives `QuotaExceededError` and later an `InvalidStateError`, Safari loses its connection with an
 * `UnknownError`. The rest of the app should not have to know these shapes, so everything that leaves the
 * storage layer is a `StorageError`.
 */

import type { MessageRef } from '../i18n/message-ref.ts';

export type StorageErrorKind = 'quota' | 'unavailable' | 'blocked' | 'version' | 'closed' | 'unknown';

/**
 * What each kind says to the user, as a key of the message catalogue (src/lib/i18n): the page puts it into
 * words in the user's language. Each text says what happened to the answers and what to do.
 */
export const STORAGE_ERROR_REFS: Readonly<Record<StorageErrorKind, MessageRef>> = {
	quota: { key: 'storage.errors.quota' },
	unavailable: { key: 'storage.errors.unavailable' },
	blocked: { key: 'storage.errors.blocked' },
	version: { key: 'storage.errors.version' },
	closed: { key: 'storage.errors.closed' },
	unknown: { key: 'storage.errors.unknown' }
};

/**
 * Said when the browser's storage did not answer in time (Safari on iPhone and iPad sometimes never
 * answers `indexedDB.open`). Kind 'unavailable': the app then works in memory.
 */
export const STORAGE_TIMEOUT: MessageRef = { key: 'storage.errors.timeout' };

/**
 * An error from the storage layer, with a kind the UI can switch on and `ref`, the catalogue key of what to
 * tell the user (null when `message` holds words of its own, such as a schema check's). `message` is the key
 * otherwise, for logs.
 */
export class StorageError extends Error {
	override readonly name = 'StorageError';
	readonly kind: StorageErrorKind;
	readonly ref: MessageRef | null;

	constructor(kind: StorageErrorKind, options: { ref?: MessageRef; message?: string; cause?: unknown } = {}) {
		const ref = options.message === undefined ? (options.ref ?? STORAGE_ERROR_REFS[kind]) : null;
		super(options.message ?? ref?.key ?? kind, { cause: options.cause });
		this.kind = kind;
		this.ref = ref;
	}
}

/** Where an error happened; the same DOMException name means different things at open and at write. */
export type StorageErrorPhase = 'open' | 'read' | 'write';

/** True for a `StorageError` (also one of the given kind, when `kind` is passed). */
export function isStorageError(error: unknown, kind?: StorageErrorKind): error is StorageError {
	return error instanceof StorageError && (kind === undefined || error.kind === kind);
}

function errorName(error: unknown): string {
	if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
		return error.name;
	}
	return '';
}

function errorMessage(error: unknown): string {
	if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
		return error.message;
	}
	return typeof error === 'string' ? error : '';
}

function errorCause(error: unknown): unknown {
	return typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
}

/** Quota shows up under several names: the standard one, Firefox's legacy one, and the legacy code 22. */
function isQuotaError(error: unknown): boolean {
	const name = errorName(error);
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
	const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
	return code === 22;
}

/**
 * True when the error means the connection itself is gone (closed, closing, killed by the browser), so a
 * fresh connection may succeed where this one failed. Firefox also wedges a database read-only after a
 * quota error and answers `InvalidStateError` until it is reopened (matrix-js-sdk storage notes).
 */
export function isConnectionLost(error: unknown): boolean {
	if (isStorageError(error)) return error.kind === 'closed';
	const name = errorName(error);
	if (name === 'InvalidStateError' || name === 'UnknownError') return true;
	return /connection.*(clos|lost)/i.test(errorMessage(error));
}

/**
 * The real reason a request failed. When a transaction is aborted (for example because the disk is full),
 * every request still pending fails with a plain `AbortError`, and only the transaction's own `error` says
 * why (`QuotaExceededError`). Without this, a full disk would be reported as an unknown problem.
 *
 * @param error what the request rejected with
 * @param transactionError the transaction's `error` (null when it was not aborted, or aborted by the app)
 */
export function abortReason(error: unknown, transactionError: unknown): unknown {
	return errorName(error) === 'AbortError' && transactionError ? transactionError : error;
}

/** A transaction's `error`, or null; older engines throw when it is read before the transaction finished. */
export function transactionErrorOf(tx: { readonly error: unknown }): unknown {
	try {
		return tx.error ?? null;
	} catch {
		return null;
	}
}

/**
 * Map any raw error (DOMException, TypeError, a StorageError already) to a `StorageError`.
 *
 * @param error what was thrown or what a request/transaction rejected with
 * @param phase 'open' when opening the database failed; some names mean "storage unavailable" only then
 */
export function toStorageError(error: unknown, phase: StorageErrorPhase = 'write'): StorageError {
	if (error instanceof StorageError) return error;
	const name = errorName(error);
	const message = errorMessage(error);

	if (isQuotaError(error)) return new StorageError('quota', { cause: error });
	// A transaction aborted because the disk was full reports AbortError; the real reason is in the cause
	// or, in Chrome, only in the message.
	if (name === 'AbortError' && (isQuotaError(errorCause(error)) || /quota/i.test(message))) {
		return new StorageError('quota', { cause: error });
	}
	// A newer app version created the database. Never delete it; tell the user to reload.
	if (name === 'VersionError') return new StorageError('version', { cause: error });
	// `indexedDB` missing, blocked by settings (SecurityError), or Firefox private mode, where open fails with
	// "A mutation operation was attempted on a database that did not allow mutations".
	if (name === 'SecurityError' || name === 'ReferenceError') {
		return new StorageError('unavailable', { cause: error });
	}
	if (/did not allow mutations/i.test(message)) return new StorageError('unavailable', { cause: error });
	if (phase === 'open' && (name === 'InvalidStateError' || name === 'UnknownError')) {
		return new StorageError('unavailable', { cause: error });
	}
	if (isConnectionLost(error)) return new StorageError('closed', { cause: error });
	return new StorageError('unknown', { cause: error });
}
