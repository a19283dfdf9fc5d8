// @vitest-environment node
import { translate } from '../i18n/message-ref.ts';
import { nlAll as nl } from '../i18n/whole-catalogues.ts';
import { describe, expect, it } from 'vitest';
import {
	STORAGE_ERROR_REFS,
	StorageError,
	abortReason,
	isConnectionLost,
	toStorageError,
	transactionErrorOf
} from './storage-errors.ts';

const dom = (name: string, message = 'x') => new DOMException(message, name);

describe('toStorageError', () => {
	it.each([
		[dom('QuotaExceededError'), 'write', 'quota'],
		[Object.assign(dom('AbortError'), { cause: dom('QuotaExceededError') }), 'write', 'quota'],
		[dom('AbortError', 'Transaction aborted: quota exceeded'), 'write', 'quota'],
		[dom('AbortError'), 'write', 'unknown'],
		[dom('VersionError'), 'open', 'version'],
		[dom('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.'), 'open', 'unavailable'],
		[dom('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.'), 'write', 'unavailable'],
		[dom('InvalidStateError', 'The database connection is closing.'), 'write', 'closed'],
		[dom('UnknownError', 'Connection to Indexed Database server lost. Refresh the page to try again'), 'write', 'closed'],
		[dom('UnknownError'), 'open', 'unavailable'],
		[dom('SecurityError'), 'open', 'unavailable'],
		[new ReferenceError('indexedDB is not defined'), 'open', 'unavailable'],
		[dom('DataCloneError'), 'write', 'unknown'],
		[new TypeError('boom'), 'write', 'unknown'],
		['a string', 'write', 'unknown']
	] as const)('%s during %s → %s', (raw, phase, kind) => {
		const mapped = toStorageError(raw, phase);
		expect(mapped).toBeInstanceOf(StorageError);
		expect(mapped.kind).toBe(kind);
		expect(mapped.ref).toEqual(STORAGE_ERROR_REFS[kind]);
		expect(mapped.cause).toBe(raw);
	});

	it('passes a StorageError through unchanged', () => {
		const error = new StorageError('blocked');
		expect(toStorageError(error)).toBe(error);
	});

	it('says what happened and what to do when the disk is full or storage is missing', () => {
		expect(translate(nl, STORAGE_ERROR_REFS.quota)).toBe(
			'Uw apparaat heeft geen ruimte meer. Uw laatste antwoord is niet opgeslagen. Download een reservekopie.'
		);
		expect(translate(nl, STORAGE_ERROR_REFS.unavailable)).toBe(
			'Deze browser bewaart geen gegevens (bijvoorbeeld in een privévenster). Uw antwoorden blijven alleen bewaard zolang dit venster open is.'
		);
	});

	it('treats closing/lost connections as retryable, and nothing else', () => {
		expect(isConnectionLost(dom('InvalidStateError', 'The database connection is closing.'))).toBe(true);
		expect(isConnectionLost(dom('UnknownError'))).toBe(true);
		expect(isConnectionLost(new StorageError('closed'))).toBe(true);
		expect(isConnectionLost(dom('QuotaExceededError'))).toBe(false);
		expect(isConnectionLost(new StorageError('unknown'))).toBe(false);
	});
});

describe('abortReason', () => {
	it('reports a transaction aborted for a full disk as kind quota, not as a generic problem', () => {
		// What a pending request rejects with, and what the aborted transaction keeps as its error.
		const request = dom('AbortError', 'The transaction was aborted, so the request cannot be fulfilled.');
		const transaction = dom('QuotaExceededError', 'The quota has been exceeded.');
		expect(toStorageError(request).kind).toBe('unknown');
		const mapped = toStorageError(abortReason(request, transaction));
		expect(mapped.kind).toBe('quota');
		expect(mapped.ref).toEqual(STORAGE_ERROR_REFS.quota);
	});

	it('keeps the request’s own error when it is not an abort, or when the app aborted (no transaction error)', () => {
		const constraint = dom('ConstraintError');
		expect(abortReason(constraint, dom('QuotaExceededError'))).toBe(constraint);
		const abort = dom('AbortError');
		expect(abortReason(abort, null)).toBe(abort);
	});

	it('reads a transaction’s error safely, also where reading it throws', () => {
		const error = dom('QuotaExceededError');
		expect(transactionErrorOf({ error })).toBe(error);
		expect(transactionErrorOf({ error: null })).toBeNull();
		const throwing = {
			get error(): unknown {
				throw dom('InvalidStateError');
			}
		};
		expect(transactionErrorOf(throwing)).toBeNull();
	});
});
