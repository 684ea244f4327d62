import type { APIRoute } from 'astro';
import { siteConfig } from '../site.config';

// The web app manifest: the site can be put on a phone's home screen and opens like an app.
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: `${siteConfig.naam}: hulp en activiteiten dichtbij`,
      short_name: siteConfig.naam,
      lang: 'nl',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#00536b',
      icons: [
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any maskable' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
