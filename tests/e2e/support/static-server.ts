/**
 * A small static server for the built app (dist/), with the same security headers as `npm start`,
 * whose sw.js the test can change while it runs: a "new version" of the app. Browsers fetch the
 * service worker script for an update check outside the page's network, where Playwright's routing
 * does not reach, so the changed bytes must really come from a server.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../src/lib/security-headers.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.ttf': 'font/ttf',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json'
};

export interface StaticServer {
	url: string;
	/** Appends text to sw.js from now on, so the browser sees a changed service worker. */
	setServiceWorkerSuffix(suffix: string): void;
	close(): Promise<void>;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
	let suffix = '';
	const base = normalize(root) + sep;
	const server = createServer((request, response) => {
		void (async () => {
			const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
			let file = normalize(join(root, path === '/' ? 'index.html' : path));
			if (!file.startsWith(base)) file = join(root, 'index.html');
			let body: Buffer;
			try {
				body = await readFile(file);
			} catch {
				file = join(root, 'index.html');
				body = await readFile(file);
			}
			if (path === '/sw.js' && suffix) body = Buffer.concat([body, Buffer.from(suffix)]);
			response.writeHead(200, {
				'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
				'Cache-Control': 'no-cache',
				'Content-Security-Policy': CONTENT_SECURITY_POLICY,
				...SECURITY_HEADERS
			});
			response.end(body);
		})().catch(() => {
			response.writeHead(500);
			response.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		setServiceWorkerSuffix(next) {
			suffix = next;
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
