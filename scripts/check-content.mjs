#!/usr/bin/env node
// Validates checklist YAML files: `npm run check:content [-- file.yaml ...]`.
// Without arguments it checks every file in checklists/. Exits 1 and prints
// `file:line:column field: message` for each problem. A translation (`name.en.yaml`) is checked against
// its structure file beside it (`name.yaml`): every text present, no id that the structure lacks.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runnerImport } from 'vite';

const { module: validator } = await runnerImport('./src/lib/content/validate-checklist.ts');
const { module: translations } = await runnerImport('./src/lib/content/validate-translation.ts');

const args = process.argv.slice(2);
const files = args.length
	? args
	: readdirSync('checklists')
			.filter((name) => /\.ya?ml$/.test(name))
			.map((name) => join('checklists', name));

let failed = 0;
for (const file of files) {
	let source;
	try {
		source = readFileSync(file, 'utf8');
	} catch (error) {
		console.error(`${file}: kan het bestand niet lezen (${error.code ?? error.message})`);
		failed++;
		continue;
	}
	const translation = translations.translationFileInfo(file);
	let result;
	if (translation) {
		let structure;
		try {
			structure = { source: readFileSync(translation.structure, 'utf8'), file: relative(process.cwd(), translation.structure) };
		} catch (error) {
			console.error(`${file}: kan het bronbestand ${translation.structure} niet lezen (${error.code ?? error.message})`);
			failed++;
			continue;
		}
		result = translations.validateTranslationSource(structure, source, relative(process.cwd(), file), translation.language);
	} else {
		result = validator.validateChecklistSource(source, relative(process.cwd(), file));
	}
	const { checklist, errors } = result;
	if (checklist && translation) {
		console.log(`${file}: in orde (vertaling ${translation.language} van ${translation.structure}, versie ${checklist.version})`);
	} else if (checklist) {
		const questions = checklist.themes.reduce((n, t) => n + t.questions.length, 0);
		console.log(`${file}: in orde (versie ${checklist.version}, ${checklist.themes.length} thema's, ${questions} vragen)`);
	} else {
		failed++;
		for (const error of errors) console.error(validator.formatContentError(error));
		console.error(`${file}: ${errors.length} fout(en)`);
	}
}
process.exit(failed ? 1 : 0);
