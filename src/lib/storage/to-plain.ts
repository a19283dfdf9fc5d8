/**
 * Deep copy to plain, JSON-compatible data at the storage boundary.
 *
 * Svelte 5 `$state` objects are proxies, and IndexedDB's structured clone throws `DataCloneError` on them,
 * only on some code paths (svelte#15327, #11854). Copying everything that goes into storage makes that
 * impossible, whatever the caller passes. A proxy cannot be detected, but reading it through its
 * traps into fresh objects unwraps it.
 */

import type { MessageRef } from '../i18n/message-ref.ts';

/** Why a value is not plain data; each has a text under `storage.notPlain` in the catalogue. */
export type NotPlainReason = 'notFinite' | 'function' | 'type' | 'tooDeep' | 'cycle' | 'notPlainObject' | 'forbiddenKey';

/** The same, for developers reading a log or a failing test (this error means a bug in the app). */
const REASONS: Readonly<Record<NotPlainReason, string>> = {
	notFinite: 'not a finite number',
	function: 'a function',
	type: 'has type',
	tooDeep: 'nested too deeply',
	cycle: 'refers to itself',
	notPlainObject: 'not a plain object but',
	forbiddenKey: 'a forbidden key'
};

/**
 * Thrown when a value cannot be stored as plain data; `path` says where, e.g. `answers.q1.note`. `message` is
 * technical English for developers; `ref` is what a page may show (storage wraps this error in a StorageError).
 */
export class NotPlainDataError extends TypeError {
	override readonly name = 'NotPlainDataError';
	readonly path: string;
	readonly reason: NotPlainReason;
	readonly ref: MessageRef;

	/** `detail`: the type or the constructor's name, for 'type' and 'notPlainObject'. */
	constructor(path: string, reason: NotPlainReason, detail?: string) {
		super(`Cannot store ${path || '(value)'}: ${REASONS[reason]}${detail === undefined ? '' : ` ${detail}`}`);
		this.path = path;
		this.reason = reason;
		this.ref = { key: `storage.notPlain.${reason}`, params: detail === undefined ? [path] : [path, detail] };
	}
}

// Deep enough for any scan; a deeper value is a bug (or a cycle that slipped past the check).
const MAX_DEPTH = 64;
// Keys that enable prototype pollution once the data is spread or merged elsewhere: a key named __proto__ would change every object in the page.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function join(path: string, key: string | number): string {
	return path === '' ? String(key) : `${path}.${key}`;
}

function copy(value: unknown, path: string, depth: number, seen: Set<object>): unknown {
	switch (typeof value) {
		case 'string':
		case 'boolean':
			return value;
		case 'number':
			// JSON (and so the backup file) would silently turn these into null.
			if (!Number.isFinite(value)) throw new NotPlainDataError(path, 'notFinite');
			return value;
		case 'undefined':
			return undefined;
		case 'function':
			throw new NotPlainDataError(path, 'function');
		case 'symbol':
		case 'bigint':
			throw new NotPlainDataError(path, 'type', typeof value);
	}
	if (value === null) return null;
	const object = value as object;
	if (depth > MAX_DEPTH) throw new NotPlainDataError(path, 'tooDeep');
	if (seen.has(object)) throw new NotPlainDataError(path, 'cycle');
	seen.add(object);
	try {
		if (Array.isArray(object)) {
			// Like JSON: a hole or undefined in an array becomes null.
			return Array.from(object, (item, index) => copy(item, join(path, index), depth + 1, seen) ?? null);
		}
		const proto: unknown = Object.getPrototypeOf(object);
		if (proto !== Object.prototype && proto !== null) {
			// Dates, Maps, class instances: they would change shape in a JSON backup, so refuse them here.
			const name = (object as { constructor?: { name?: string } }).constructor?.name ?? '?';
			throw new NotPlainDataError(path, 'notPlainObject', name);
		}
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(object)) {
			if (FORBIDDEN_KEYS.has(key)) throw new NotPlainDataError(join(path, key), 'forbiddenKey');
			const item = copy((object as Record<string, unknown>)[key], join(path, key), depth + 1, seen);
			// Like JSON: keys with undefined are left out.
			if (item !== undefined) out[key] = item;
		}
		return out;
	} finally {
		seen.delete(object);
	}
}

/**
 * Deep-copy a value into plain data: objects with Object (or null) prototype, arrays, strings, finite
 * numbers, booleans and null. Proxies (Svelte `$state`) are read through and come out as plain objects.
 * Keys holding `undefined` are dropped, like `JSON.stringify` does.
 *
 * @throws NotPlainDataError for functions, symbols, bigints, NaN/Infinity, Dates/Maps/class instances,
 *   cycles, and the keys `__proto__`, `constructor` and `prototype`
 */
export function toPlain<T>(value: T): T {
	return copy(value, '', 0, new Set()) as T;
}
