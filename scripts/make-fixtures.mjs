#!/usr/bin/env node
// Writes the data fixtures of this release (a backup file and an IndexedDB dump made by the app's own
// code) into tests/fixtures/, without overwriting existing ones: `npm run fixtures`.
// Run it once after raising the checklist version or the storage version, and commit the new files.
// idb needs the IndexedDB classes as globals; fake-indexeddb provides them in Node.
import 'fake-indexeddb/auto';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tests/fixtures/make-fixtures.ts');
const written = await module.writeFixtures();
console.log(written.length ? `Geschreven:\n${written.join('\n')}` : 'Niets nieuws: de fixtures van deze versie bestaan al.');
