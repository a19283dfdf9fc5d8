import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { checklistPlugin } from './src/lib/content/vite-plugin-checklist.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './src/lib/security-headers.ts';

/**
 * Puts the CSP in the built index.html too, so the app is protected on a static host that sends
 * no headers. Build only: the dev server injects styles, which this policy would block.
 * frame-ancestors is left out because browsers ignore (and warn about) it in a meta tag.
 */
function cspMetaPlugin(): Plugin {
	const policy = CONTENT_SECURITY_POLICY.split('; ')
		.filter((directive) => !directive.startsWith('frame-ancestors'))
		.join('; ');
	return {
		name: 'kwartiermaker-csp-meta',
		apply: 'build',
		transformIndexHtml: () => [
			{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }
		]
	};
}

export default defineConfig({
	publicDir: 'static',
	plugins: [
		cspMetaPlugin(),
		checklistPlugin(),
		svelte(),
		svelteTesting(),
		VitePWA({
			// 'prompt', never 'autoUpdate': an automatic reload would throw away an answer being typed.
			registerType: 'prompt',
			injectRegister: false,
			manifest: {
				name: 'Kwartiermaker – zelfscan ervaringswerk',
				short_name: 'Kwartiermaker',
				lang: 'nl',
				start_url: '.',
				display: 'standalone',
				background_color: '#ffffff',
				theme_color: '#154273',
				icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }]
			},
			workbox: {
				// The PDF chunk and the fonts are precached too, so the plan can be printed offline.
				globPatterns: ['**/*.{js,css,html,svg,ttf,webmanifest}'],
				// jsPDF's optional helpers for .html() and SVG (html2canvas, DOMPurify, canvg) are
				// never loaded by this app, so they are not worth 380 kB of every user's cache.
				globIgnores: ['**/html2canvas-*.js', '**/purify.es-*.js', '**/index.es-*.js'],
				maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
				navigateFallback: 'index.html',
				cleanupOutdatedCaches: true
			}
		})
	],
	build: {
		target: 'es2022',
		sourcemap: false,
		chunkSizeWarningLimit: 600
	},
	preview: {
		headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...SECURITY_HEADERS }
	},
	test: {
		// Worker threads start faster than the default child processes: the unit and component layer of
		// `npm test` takes about a fifth less time on two cores.
		pool: 'threads',
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					// Pure modules in Node: each test file need not start in a fresh module graph, and reusing it per
					// worker saves about half of this layer's time on two cores.
					isolate: false,
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'dom',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['tests/setup/dom.ts', 'tests/setup/texts.ts']
				}
			}
		]
	}
});
