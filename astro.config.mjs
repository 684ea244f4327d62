// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteMarkdownProcessor } from './src/lib/markdown-pipeline';

export default defineConfig({
  site: process.env.PREVENTIEKAART_SITE ?? 'https://preventiekaart.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
  // No prefetching or other extras: the site makes no request the visitor did not ask for.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    // Sätteri (Astro's default) with an allow-list sanitizer: see src/lib/markdown-pipeline.ts.
    processor: siteMarkdownProcessor(),
    // Bodies are plain B1 text; highlighted code would bring inline style attributes the sanitizer removes.
    syntaxHighlight: false,
  },
});
