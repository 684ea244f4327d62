// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: process.env.PREVENTIEKAART_SITE ?? 'https://preventiekaart.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // /offline/ is only shown by the service worker when a page is not on the phone: not for search engines.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/offline/') })],
  // No prefetching or other extras: the site makes no request the visitor did not ask for.
  prefetch: false,
  devToolbar: { enabled: false },
});
