/**
 * Builds the web editor for editors into dist/admin/ (run by npm run build, after astro build):
 *   config.yml      generated from the schemas and vocabularies (src/lib/cms/config.ts), never by hand
 *   sveltia-cms.js  Sveltia CMS from node_modules, served by the site itself (no CDN)
 *   sveltia@<version>/locales/nl.json  the Dutch texts, which the bundle would fetch from unpkg.com
 *   fonts/*.woff2   the UI and icon fonts, which the bundle would fetch from cdn.jsdelivr.net (fontsource)
 *   index.html, taal.js                the page (scripts/cms/), with noindex and Dutch as default
 * Not an Astro page: Astro would add the site's strict policy in a <meta>, and the sitemap, the type
 * check and the page checks are for the public site, not for this third-party app.
 *   tsx scripts/write-cms-config.ts [--out dist/admin]
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { cmsConfig } from '../src/lib/cms/config';
import { cdnFonts, selfHostedBundle } from '../src/lib/cms/self-host';
import { siteConfig } from '../src/site.config';

const { values } = parseArgs({ options: { out: { type: 'string', default: join('dist', 'admin') } } });
const out = values.out!;

/** The gemeenten, from content/gemeenten/: one activities collection each. */
function gemeenten() {
  const folder = join('content', 'gemeenten');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const data = yaml.load(readFileSync(join(folder, name), 'utf8')) as { naam?: unknown };
      const id = name.replace(/\.yaml$/, '');
      return { id, naam: typeof data?.naam === 'string' ? data.naam : id };
    });
}

// The package exports no package.json; its main file lies in dist/.
const require = createRequire(import.meta.url);
const packageDir = dirname(dirname(require.resolve('@sveltia/cms')));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const original = readFileSync(join(packageDir, 'dist', 'sveltia-cms.js'), 'utf8');

let bundle: string;
try {
  bundle = selfHostedBundle(original);
} catch (error) {
  console.error(
    `De webeditor (@sveltia/cms ${version}) haalt iets anders van internet dan we verwachten: ${(error as Error).message} Pas src/lib/cms/self-host.ts aan.`,
  );
  process.exit(1);
}
mkdirSync(join(out, 'fonts'), { recursive: true });
mkdirSync(join(out, `sveltia@${version}`, 'locales'), { recursive: true });
mkdirSync(join(out, 'sveltia'), { recursive: true });
writeFileSync(join(out, 'sveltia-cms.js'), bundle);

// Each font comes from the same fontsource package (devDependencies) at the version the bundle names,
// so the copy is the very file the CDN would serve.
for (const font of cdnFonts(original)) {
  let fontDir: string;
  try {
    fontDir = dirname(require.resolve(`${font.fontPackage}/package.json`));
  } catch {
    console.error(`Het lettertype ${font.fontPackage} ontbreekt. Installeer het: npm install -D -E ${font.fontPackage}@${font.version}`);
    process.exit(1);
  }
  const installed = (JSON.parse(readFileSync(join(fontDir, 'package.json'), 'utf8')) as { version: string }).version;
  if (installed !== font.version) {
    console.error(
      `Sveltia CMS ${version} wil ${font.fontPackage} ${font.version}, maar ${installed} is geïnstalleerd. Run: npm install -D -E ${font.fontPackage}@${font.version}`,
    );
    process.exit(1);
  }
  copyFileSync(join(fontDir, 'files', font.file), join(out, 'fonts', font.file));
}

const chunks = join(packageDir, 'dist', 'chunks');
if (existsSync(chunks)) {
  mkdirSync(join(out, 'chunks'), { recursive: true });
  for (const name of readdirSync(chunks).filter((file) => file.endsWith('.js')))
    copyFileSync(join(chunks, name), join(out, 'chunks', name));
}
// The bundle asks <base>/package.json for a newer version; the answer is its own, so it asks nowhere else.
copyFileSync(join(packageDir, 'package.json'), join(out, 'sveltia', 'package.json'));
copyFileSync(join(packageDir, 'locales', 'nl.json'), join(out, `sveltia@${version}`, 'locales', 'nl.json'));
copyFileSync(join('scripts', 'cms', 'admin.html'), join(out, 'index.html'));
copyFileSync(join('scripts', 'cms', 'taal.js'), join(out, 'taal.js'));

const config = cmsConfig(siteConfig.webeditor, gemeenten());
writeFileSync(
  join(out, 'config.yml'),
  `# Written by scripts/write-cms-config.ts from src/lib/cms/config.ts at every build. Do not edit.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`,
);
console.log(`Webeditor in ${out}/: ${config.collections.length} collecties, Sveltia CMS ${version}.`);
