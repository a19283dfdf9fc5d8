/**
 * How a source is named in the app: "Publisher (year), Title". Publisher and year are left out
 * when the source does not give them, without leaving empty brackets or a stray comma.
 */
import type { Source } from './checklist-schema.ts';

export function sourceLabel(source: Pick<Source, 'title' | 'publisher' | 'year'>): string {
	const year = source.year === undefined ? '' : ` (${source.year})`;
	if (source.publisher) return `${source.publisher}${year}, ${source.title}`;
	return `${source.title}${year}`;
}
