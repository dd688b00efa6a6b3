/**
 * The security headers every page is served with, written in one place. Static hosts that read a
 * _headers file (Netlify, Cloudflare Pages) get them all from dist/_headers. GitHub Pages, where the
 * site is deployed, reads no such file, so every page also carries what a meta element can: the
 * Content Security Policy and the referrer policy. The browser tests serve pages with these headers
 * and fail on any violation.
 */

/** No inline script or style; Pagefind's WebAssembly is the one thing compiled at run time. */
const policy: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
  'upgrade-insecure-requests': '',
};

const written = (directives: [string, string][]) =>
  directives.map(([name, value]) => (value ? `${name} ${value}` : name)).join('; ');

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': written(Object.entries(policy)),
  'Referrer-Policy': REFERRER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** The policy as a meta element can carry it: browsers ignore frame-ancestors there, and warn. */
export const metaContentSecurityPolicy = written(Object.entries(policy).filter(([name]) => name !== 'frame-ancestors'));

/** dist/_headers, in the format Netlify and Cloudflare Pages read. */
export const headersFile = (): string =>
  [
    '# Security headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Written from src/lib/publish/security-headers.ts.',
    '/*',
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
