import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Checklist } from '../../../src/lib/content/checklist-schema.ts';

/** The checklist as the tests see it: read straight from the YAML the build compiles. */
export function loadChecklist(): Checklist {
	return parse(readFileSync('checklists/kwartiermaken.yaml', 'utf8')) as Checklist;
}
