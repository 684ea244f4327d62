// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: process.env.PREVENTIEKAART_SITE ?? 'https://preventiekaart.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap()],
  // No prefetching or other extras: the site makes no request the visitor did not ask for.
  prefetch: false,
  devToolbar: { enabled: false },
});
