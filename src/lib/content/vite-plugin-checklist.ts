/**
 * Vite plugin: turns `checklists/*.yaml` imports into validated JSON modules at build time.
 *
 * A structure file (`kwartiermaken.yaml`) becomes the Dutch checklist. A translation file
 * (`kwartiermaken.en.yaml`, texts only) becomes the checklist in that language: the plugin reads the
 * structure file beside it and lays the texts over it. Each file is its own module, so each language is
 * its own chunk and English is only downloaded when someone chooses it.
 *
 * A checklist or translation with a mistake fails the build (and the dev server) with the same
 * file:line messages as `npm run check:content`. The browser bundle only ever sees plain data.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentError, validateChecklistSource } from './validate-checklist.ts';
import { translationFileInfo, validateTranslationSource } from './validate-translation.ts';

export function checklistPlugin(): Plugin {
	return {
		name: 'kwartiermaker-checklist',
		enforce: 'pre',
		transform(code, id) {
			const path = id.split('?')[0] ?? id;
			if (!path.endsWith('.yaml') && !path.endsWith('.yml')) return null;
			const file = relative(process.cwd(), path);
			const translation = translationFileInfo(path);
			let result;
			if (translation) {
				// The structure is part of this module: a change to it must rebuild the translated checklist too.
				this.addWatchFile(translation.structure);
				const structure = { source: readFileSync(translation.structure, 'utf8'), file: relative(process.cwd(), translation.structure) };
				result = validateTranslationSource(structure, code, file, translation.language);
			} else {
				result = validateChecklistSource(code, file);
			}
			if (!result.checklist) {
				this.error(`Checklist bevat fouten:\n${result.errors.map(formatContentError).join('\n')}`);
			}
			return { code: `export default ${JSON.stringify(result.checklist)};`, map: null };
		}
	};
}
