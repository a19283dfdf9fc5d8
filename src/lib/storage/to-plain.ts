/**
 * Deep copy to plain, JSON-compatible data at the storage boundary.
 *
 * Svelte 5 `$state` objects are proxies, and IndexedDB's structured clone throws `DataCloneError` on them,
 * only on some code paths (svelte#15327, #11854). Copying everything that goes into storage makes that
 * impossible, whatever the caller passes. A proxy cannot be detected, but reading it through its
 * traps into fresh objects unwraps it.
 */

/** Thrown when a value cannot be stored as plain data; `path` says where, e.g. `answers.q1.note`. */
export class NotPlainDataError extends TypeError {
	override readonly name = 'NotPlainDataError';
	readonly path: string;

	constructor(path: string, reason: string) {
		super(`Kan niet opslaan: ${path || '(waarde)'} ${reason}.`);
		this.path = path;
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
			if (!Number.isFinite(value)) throw new NotPlainDataError(path, 'is geen eindig getal');
			return value;
		case 'undefined':
			return undefined;
		case 'function':
			throw new NotPlainDataError(path, 'is een functie');
		case 'symbol':
		case 'bigint':
			throw new NotPlainDataError(path, `is van het type ${typeof value}`);
	}
	if (value === null) return null;
	const object = value as object;
	if (depth > MAX_DEPTH) throw new NotPlainDataError(path, 'is te diep genest');
	if (seen.has(object)) throw new NotPlainDataError(path, 'verwijst naar zichzelf');
	seen.add(object);
	try {
		if (Array.isArray(object)) {
			// Like JSON: a hole or undefined in an array becomes null.
			return Array.from(object, (item, index) => copy(item, join(path, index), depth + 1, seen) ?? null);
		}
		const proto: unknown = Object.getPrototypeOf(object);
		if (proto !== Object.prototype && proto !== null) {
			// Dates, Maps, class instances: they would change shape in a JSON backup, so refuse them here.
			const name = (object as { constructor?: { name?: string } }).constructor?.name ?? 'onbekend';
			throw new NotPlainDataError(path, `is geen gewoon object (${name})`);
		}
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(object)) {
			if (FORBIDDEN_KEYS.has(key)) throw new NotPlainDataError(join(path, key), 'is een verboden sleutel');
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
