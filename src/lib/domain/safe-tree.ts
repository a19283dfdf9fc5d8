/**
 * A walk over untrusted, parsed data (JSON from a file or a link, a record read back from IndexedDB)
 * before any schema sees it.
 *
 * Two things a schema cannot protect against are checked here:
 * - keys named `__proto__`, `constructor` or `prototype`: copying such a key with plain JavaScript
 *   can change the prototype of every object in the page, so data that carries one is refused,
 *   also where the key would later be stripped as unknown;
 * - size and depth: a list of a million items or ten thousand levels of nesting must give a clear
 *   "too large" answer, not a stack overflow or a frozen tab.
 *
 * The walk uses an explicit stack (no recursion) and never spreads a large array into a function call,
 * because both overflow the call stack on hostile input.
 */

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface TreeLimits {
	/** Deepest nesting of objects and arrays; the root object is level 1. */
	maxDepth: number;
	/** Most values (objects, arrays and primitives together) in the whole tree. */
	maxValues: number;
}

export type TreeProblem = { problem: 'depth' } | { problem: 'values' } | { problem: 'key'; key: string };

/** The first problem found in the tree, or null when the tree is safe to hand to a schema. */
export function inspectTree(root: unknown, limits: TreeLimits): TreeProblem | null {
	if (typeof root !== 'object' || root === null) return null;
	const stack: { value: object; depth: number }[] = [{ value: root, depth: 1 }];
	let values = 1;
	for (let entry = stack.pop(); entry; entry = stack.pop()) {
		if (entry.depth > limits.maxDepth) return { problem: 'depth' };
		const { value, depth } = entry;
		if (Array.isArray(value)) {
			values += value.length;
			if (values > limits.maxValues) return { problem: 'values' };
			for (const child of value as unknown[]) {
				if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
			}
			continue;
		}
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) return { problem: 'key', key };
			values += 1;
			if (values > limits.maxValues) return { problem: 'values' };
			const child: unknown = (value as Record<string, unknown>)[key];
			if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
		}
	}
	return null;
}
