#!/usr/bin/env node
// Starts a translation: `npm run translation:skeleton -- <language> [checklists/name.yaml]` writes
// checklists/name.<language>.yaml with every text of the structure, in Dutch, keyed by id, for a translator
// to overwrite. It never overwrites an existing file. See checklists/README.md, "Translations".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { stringify } from 'yaml';

const [language, structureFile = 'checklists/kwartiermaken.yaml'] = process.argv.slice(2);
if (!language || !/^[a-z]{2}$/.test(language)) {
	console.error('Gebruik: npm run translation:skeleton -- <taalcode van twee letters> [checklists/naam.yaml]');
	process.exit(1);
}
const target = structureFile.replace(/\.(ya?ml)$/, `.${language}.$1`);
if (existsSync(target)) {
	console.error(`${target} bestaat al; dit script overschrijft niets.`);
	process.exit(1);
}
const { module: validator } = await runnerImport('./src/lib/content/validate-checklist.ts');
const { module: skeleton } = await runnerImport('./src/lib/content/translation-skeleton.ts');
const { checklist, errors } = validator.validateChecklistSource(readFileSync(structureFile, 'utf8'), structureFile);
if (!checklist) {
	for (const error of errors) console.error(validator.formatContentError(error));
	process.exit(1);
}
const header = `# Texts of ${structureFile} in "${language}", keyed by id. Replace every text; keep every key.\n# See checklists/README.md, "Translations".\n\n`;
writeFileSync(target, header + stringify(skeleton.translationSkeleton(checklist, language), { lineWidth: 110 }));
console.log(`${target} geschreven. Vertaal elke tekst en voer daarna npm run check:content uit.`);
