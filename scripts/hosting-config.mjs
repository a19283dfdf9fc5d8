#!/usr/bin/env node
// Writes hosting/nginx.conf and hosting/Caddyfile from src/lib/security-headers.ts (see
// scripts/hosting-templates.ts). A unit test fails when the committed files differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer } from 'vite';

const vite = await createServer({ configFile: false, appType: 'custom', logLevel: 'error', server: { middlewareMode: true, hmr: false } });
try {
	const { hostingFiles } = await vite.ssrLoadModule('/scripts/hosting-templates.ts');
	for (const [path, text] of Object.entries(hostingFiles())) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
		console.log(`wrote ${path}`);
	}
} finally {
	await vite.close();
}
