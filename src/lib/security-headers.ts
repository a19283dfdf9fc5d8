/**
 * The Content-Security-Policy the app is built and tested against. Served as a header by
 * `npm start` (vite preview); a static host should send the same header.
 *
 * No 'unsafe-inline' and no 'unsafe-eval': scripts and styles come only from the app's own files.
 * connect-src 'self' means nothing can be sent anywhere else, even by a bug.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data: blob:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-ancestors 'none'"
].join('; ');

/**
 * Permissions-Policy: the camera only for the app's own origin (the werksessie's collect screen reads QR
 * codes with it; a policy applies to the whole page, not to one route of a single-page app, so the app
 * itself opens the camera only there and only after a click). Everything else stays off.
 */
export const SECURITY_HEADERS: Record<string, string> = {
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()'
};
