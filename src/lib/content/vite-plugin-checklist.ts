/**
 * Vite plugin: turns `checklists/*.yaml` imports into validated JSON modules at build time.
 *
 * A checklist with a mistake fails the build (and the dev server) with the same file:line
 * messages as `npm run check:content`. The browser bundle only ever sees plain data.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentError, validateChecklistSource } from './validate-checklist.ts';

export function checklistPlugin(): Plugin {
	return {
		name: 'kwartiermaker-checklist',
		enforce: 'pre',
		transform(code, id) {
			const path = id.split('?')[0] ?? id;
			if (!path.endsWith('.yaml') && !path.endsWith('.yml')) return null;
			const file = relative(process.cwd(), path);
			const { checklist, errors } = validateChecklistSource(code, file);
			if (!checklist) {
				this.error(`Checklist bevat fouten:\n${errors.map(formatContentError).join('\n')}`);
			}
			return { code: `export default ${JSON.stringify(checklist)};`, map: null };
		}
	};
}
