/**
 * Writes the host configuration from src/lib/security/headers.ts, so the headers the host sends and
 * the policy in the pages come from one place:
 *   public/_headers            Netlify and Cloudflare Pages (copied into dist/ by the build)
 *   scripts/host/security-headers.conf nginx (included by scripts/host/nginx.conf, used by the Dockerfile)
 * tests/unit/host-config.test.ts fails when a committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { siteConfig } from '../src/site.config';
import { hostConfigFiles } from '../src/lib/security/headers';

for (const [path, text] of Object.entries(hostConfigFiles(siteConfig.kaart.tegels.url))) {
  writeFileSync(path, text);
  console.log(`${path} geschreven.`);
}
