// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteMarkdownProcessor } from './src/lib/markdown-pipeline';
import { siteConfig } from './src/site.config.ts';
import { metaCspDirectives } from './src/lib/security/headers.ts';

export default defineConfig({
  site: process.env.PREVENTIEKAART_SITE ?? 'https://preventiekaart.example',
  trailingSlash: 'always',
  // Scripts and styles always as files, never inline (and no images as data: URLs): then the policy the
  // host sends as a header (scripts/write-host-config.ts) needs no per-build hashes, only 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // /offline/ is only shown by the service worker when a page is not on the phone: not for search engines.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/offline/') })],
  // No prefetching or other extras: the site makes no request the visitor did not ask for.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    // Sätteri (Astro's default) with an allow-list sanitizer: see src/lib/markdown-pipeline.ts.
    processor: siteMarkdownProcessor(),
    // Content has no code to highlight, and Shiki's inline styles would break the policy below.
    syntaxHighlight: false,
  },
  // A strict Content-Security-Policy in a <meta> on every page: scripts and styles only from the site
  // itself or by hash (no 'unsafe-inline'), images only from the site and the tile host.
  // The host sends the same policy as a header, plus what a <meta> cannot carry: src/lib/security/headers.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...metaCspDirectives(siteConfig.kaart.tegels.url)],
    },
  },
});
