import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { caddyConfig, hostingFiles, nginxConfig } from '../../scripts/hosting-templates.ts';

describe('hosting configuration', () => {
	test('the committed files are exactly what the generator makes from the headers (run `npm run hosting`)', () => {
		for (const [path, text] of Object.entries(hostingFiles())) {
			expect(readFileSync(path, 'utf8'), path).toBe(text);
		}
	});

	test('nginx sends every security header, also in the locations that set their own headers', () => {
		const config = nginxConfig();
		const names = ['Content-Security-Policy', ...Object.keys(SECURITY_HEADERS)];
		for (const name of names) {
			// nginx drops the server's add_header lines in a location with add_header of its own, so each
			// of the three places must list them all.
			expect(config.split(`add_header ${name} `).length - 1, name).toBe(3);
		}
		expect(config).toContain(CONTENT_SECURITY_POLICY);
	});

	test('Caddy sends every security header with its value', () => {
		const config = caddyConfig();
		expect(config).toContain(`Content-Security-Policy "${CONTENT_SECURITY_POLICY}"`);
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(config).toContain(`${name} "${value}"`);
	});
});
