/**
 * Names the app gives to scans it makes from another scan, such as a restored copy
 * ("Gemeente X (teruggezet)").
 */
import { LIMITS } from './scan-limits.ts';

/**
 * `name` with `suffix` behind it, within LIMITS.organisation. When the whole does not fit, the name is
 * cut, never the suffix: a copy whose suffix was cut off would look exactly like the original.
 * A letter made of two UTF-16 code units (such as an emoji) is never cut in half.
 */
export function nameWithSuffix(name: string, suffix: string, max: number = LIMITS.organisation): string {
	if (name.length + suffix.length <= max) return name + suffix;
	let base = name.slice(0, Math.max(0, max - suffix.length));
	const last = base.charCodeAt(base.length - 1);
	if (last >= 0xd800 && last <= 0xdbff) base = base.slice(0, -1);
	return base.trimEnd() + suffix;
}
