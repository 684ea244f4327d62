/**
 * The site's security headers and Content-Security-Policy, in one place.
 *
 * - Astro writes the policy into a <meta> element on every page (`security.csp` in astro.config.mjs,
 *   from `metaCspDirectives`) and adds the hashes of its own script and style files.
 * - The host sends the same policy as a header (`headerCsp`), plus what a <meta> cannot carry
 *   (frame-ancestors). Both policies apply; a page must satisfy each. The header needs no hashes
 *   because the build writes every script and style to a file (see astro.config.mjs).
 * - `scripts/write-host-config.ts` turns `securityHeaders` into public/_headers (Netlify, Cloudflare
 *   Pages) and scripts/host/security-headers.conf (nginx); a unit test checks those files are up to date.
 *
 * Pure: it reads only the tile URL it is given, so the config, scripts and tests share it.
 */

/** The origin of an XYZ tile template such as https://service.pdok.nl/…/{z}/{x}/{y}.png. */
export function tileOrigin(tileUrl: string): string {
  // A {s} subdomain template cannot be allowed by one CSP source; refuse it instead of breaking the map.
  if (/^[a-z]+:\/\/[^/]*[{}]/i.test(tileUrl)) {
    throw new Error(
      `kaart.tegels.url in src/site.config.ts heeft {…} in de hostnaam: ${tileUrl}. Gebruik één vaste hostnaam. Anders laat de beveiliging (CSP) de kaart niet toe.`,
    );
  }
  let url: URL;
  try {
    url = new URL(tileUrl);
  } catch {
    throw new Error(`kaart.tegels.url in src/site.config.ts is geen webadres: ${tileUrl}. Vul een adres in dat begint met https://.`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`kaart.tegels.url in src/site.config.ts begint niet met https://: ${tileUrl}. Kaarttegels moeten via https komen.`);
  }
  return url.origin;
}

/**
 * Every directive except script-src and style-src, which Astro writes itself with its hashes.
 * Nothing loads from another host except the map tiles; forms post only to the site.
 */
export function metaCspDirectives(tileUrl: string) {
  return [
    "default-src 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'self'",
    // Search shards, the open-data feed and the referral data come from the site itself.
    "connect-src 'self'",
    // data: because Leaflet cancels a tile download by pointing the <img> at a 1×1 data: GIF;
    // a data: image makes no request, so nothing leaves the page.
    `img-src 'self' data: ${tileOrigin(tileUrl)}`,
    "manifest-src 'self'",
  ] as const;
}

/**
 * The policy the host sends: the meta policy with 'self' for scripts and styles (no inline code at all,
 * and no 'unsafe-inline'), plus frame-ancestors, which browsers ignore in a <meta>.
 */
export function headerCsp(tileUrl: string): string {
  return [...metaCspDirectives(tileUrl), "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"].join('; ');
}

export type Header = readonly [name: string, value: string];

/** The web editor for editors (Sveltia CMS, scripts/write-cms-config.ts): a third-party app with its own policy. */
export const ADMIN_PATH = '/admin/';
/** GitHub's API, where the editor reads content and saves commits (backend in src/site.config.ts). */
export const ADMIN_API_ORIGIN = 'https://api.github.com';

/**
 * The policy for /admin/ only. Sveltia CMS sets styles inline (Svelte transitions and its UI kit), so
 * style-src needs 'unsafe-inline'; scripts still come only from the site (the bundle is served from
 * /admin/). It talks to the GitHub API and nothing else: no avatars, fonts, locales or status pages
 * from other hosts. blob: and data: are the previews it makes in the page itself.
 */
export function adminCsp(): string {
  return [
    "default-src 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // data: for the logo it reads from a data: URL; no request leaves the page.
    `connect-src 'self' data: ${ADMIN_API_ORIGIN}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers for every response; under /admin/ the editor's policy replaces the site's. */
export function securityHeaders(tileUrl: string, path = '/'): Header[] {
  return [
    ['Content-Security-Policy', path.startsWith(ADMIN_PATH) ? adminCsp() : headerCsp(tileUrl)],
    // A year, this host only: a gemeente's other subdomains are not ours to decide.
    ['Strict-Transport-Security', 'max-age=31536000'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    // "Wat is dichtbij?" may ask for the position; nothing else may use the device's sensors.
    ['Permissions-Policy', 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()'],
  ];
}

/** Files under /_astro/ have a content hash in their name, so a browser may keep them for a year. */
export const HASHED_ASSETS_PATH = '/_astro/';
export const HASHED_ASSETS_CACHE = 'public, max-age=31536000, immutable';
/** Pages and data change with every daily build: the browser checks for a newer copy each time. */
export const PAGES_CACHE = 'no-cache';

const GENERATED_NOTE =
  'Written by scripts/write-host-config.ts from src/lib/security/headers.ts: change those, then run npm run write:host-config.';

/**
 * public/_headers for Netlify and Cloudflare Pages. They compress by themselves and let pages be
 * revalidated by default; Cache-Control is set only under /_astro/, because both hosts join a header
 * from several matching rules into one value.
 */
export function netlifyHeadersFile(tileUrl: string): string {
  const line = ([name, value]: Header) => `  ${name}: ${value}`;
  return [
    `# ${GENERATED_NOTE}`,
    '/*',
    ...securityHeaders(tileUrl).map(line),
    `${HASHED_ASSETS_PATH}*`,
    line(['Cache-Control', HASHED_ASSETS_CACHE]),
    // Both hosts would join the two policies, and the browser enforces each: "! name" (Cloudflare Pages)
    // first drops the site's policy. Netlify has no such line: see "Web editor" in README.md.
    `${ADMIN_PATH}*`,
    '  ! Content-Security-Policy',
    line(['Content-Security-Policy', adminCsp()]),
    '',
  ].join('\n');
}

/**
 * scripts/host/security-headers.conf for nginx: include it in every location that sets its own headers,
 * because a location with an add_header of its own drops the server's add_header lines.
 */
export function nginxHeadersFile(tileUrl: string, path = '/'): string {
  const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  return [
    `# ${GENERATED_NOTE}`,
    ...securityHeaders(tileUrl, path).map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
    '',
  ].join('\n');
}

/** The generated host files, by their path from the project root (written by scripts/write-host-config.ts). */
export function hostConfigFiles(tileUrl: string): Record<string, string> {
  return {
    'public/_headers': netlifyHeadersFile(tileUrl),
    'scripts/host/security-headers.conf': nginxHeadersFile(tileUrl),
    'scripts/host/admin-security-headers.conf': nginxHeadersFile(tileUrl, ADMIN_PATH),
  };
}
