import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/site.config';
import {
  ADMIN_API_ORIGIN,
  ADMIN_PATH,
  adminCsp,
  HASHED_ASSETS_CACHE,
  HASHED_ASSETS_PATH,
  headerCsp,
  hostConfigFiles,
  metaCspDirectives,
  netlifyHeadersFile,
  nginxHeadersFile,
  PAGES_CACHE,
  securityHeaders,
  tileOrigin,
} from '../../../src/lib/security/headers';

const PDOK = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

describe('tileOrigin', () => {
  it('takes the host of the tile template', () => {
    expect(tileOrigin(PDOK)).toBe('https://service.pdok.nl');
    expect(tileOrigin('https://tiles.example.nl:8443/{z}/{x}/{y}.png')).toBe('https://tiles.example.nl:8443');
  });

  it('refuses a template with a placeholder in the host, plain http and no address, naming the setting', () => {
    expect(() => tileOrigin('https://{s}.tile.example.nl/{z}/{x}/{y}.png')).toThrow(
      /kaart\.tegels\.url in src\/site\.config\.ts heeft \{…\} in de hostnaam/,
    );
    expect(() => tileOrigin('http://tiles.example.nl/{z}/{x}/{y}.png')).toThrow(/begint niet met https/);
    expect(() => tileOrigin('tegels')).toThrow(/is geen webadres/);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows images from the site and the tile host only, with no inline code anywhere', () => {
    const directives = metaCspDirectives('https://tiles.example.nl/{z}/{x}/{y}.png');
    expect(directives).toContain("img-src 'self' data: https://tiles.example.nl");
    expect(directives).toContain("default-src 'none'");
    expect(directives.join(';')).not.toMatch(/unsafe|frame-ancestors|script-src|style-src/);
  });

  it('sends in the header what the meta has, with scripts and styles from the site and no framing', () => {
    const header = headerCsp(PDOK).split('; ');
    expect(header).toEqual(expect.arrayContaining([...metaCspDirectives(PDOK)]));
    expect(header).toEqual(expect.arrayContaining(["script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"]));
    expect(header.join(';')).not.toContain('unsafe');
  });

  it('comes with the other security headers the issue asks for', () => {
    const headers = new Map(securityHeaders(PDOK));
    expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(headers.get('Permissions-Policy')).toMatch(/^geolocation=\(self\)/);
  });

  it('quotes header values for nginx', () => {
    expect(nginxHeadersFile(PDOK)).toContain(`add_header Content-Security-Policy "${headerCsp(PDOK)}" always;`);
  });
});

describe('the committed host files', () => {
  for (const [path, expected] of Object.entries(hostConfigFiles(siteConfig.kaart.tegels.url))) {
    it(`${path} is what src/lib/security/headers.ts makes (else run npm run write:host-config)`, () => {
      expect(readFileSync(path, 'utf8')).toBe(expected);
    });
  }
});

describe('scripts/host/nginx.conf', () => {
  const conf = readFileSync('scripts/host/nginx.conf', 'utf8');

  it('caches the hashed files a year and lets pages be checked again, as headers.ts says', () => {
    expect(conf).toContain(`location ${HASHED_ASSETS_PATH} {`);
    expect(conf).toContain(`add_header Cache-Control "${HASHED_ASSETS_CACHE}" always;`);
    expect(conf).toContain(`add_header Cache-Control "${PAGES_CACHE}" always;`);
    expect(readFileSync('public/_headers', 'utf8')).toContain(`${HASHED_ASSETS_PATH}*\n  Cache-Control: ${HASHED_ASSETS_CACHE}`);
  });

  it('includes the security headers in every block that sets a header of its own', () => {
    // nginx drops the server's add_header lines in a location that has one of its own.
    const blocks = conf.split(/\n\s*location /).slice(1);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks.filter((text) => text.includes('add_header'))) {
      // The web editor's block has its own policy (adminCsp) with the same other headers.
      const file = block.startsWith(`${ADMIN_PATH} `) ? 'admin-security-headers.conf' : 'security-headers.conf';
      expect(block).toContain(`include /etc/nginx/preventiekaart/${file};`);
    }
  });
});

describe('the web editor at /admin/', () => {
  it("gets its own policy instead of the site's, with the same other headers", () => {
    const site = new Map(securityHeaders(PDOK));
    const admin = new Map(securityHeaders(PDOK, `${ADMIN_PATH}index.html`));
    expect(admin.get('Content-Security-Policy')).toBe(adminCsp());
    expect(site.get('Content-Security-Policy')).toBe(headerCsp(PDOK));
    for (const name of site.keys()) if (name !== 'Content-Security-Policy') expect(admin.get(name)).toBe(site.get(name));
  });

  it('allows inline styles and the GitHub API, but no script or image from elsewhere', () => {
    const directives = new Map(
      adminCsp()
        .split('; ')
        .map((directive) => [directive.split(' ')[0], directive] as const),
    );
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directives.get('connect-src')).toBe(`connect-src 'self' data: ${ADMIN_API_ORIGIN}`);
    expect(directives.get('img-src')).not.toMatch(/https?:/);
    expect(directives.get('default-src')).toBe("default-src 'none'");
  });

  it("drops the site's policy for /admin/ on Cloudflare Pages before it sets its own", () => {
    expect(netlifyHeadersFile(PDOK)).toContain(`${ADMIN_PATH}*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${adminCsp()}`);
  });
});
