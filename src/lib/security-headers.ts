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

export const SECURITY_HEADERS: Record<string, string> = {
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
};
