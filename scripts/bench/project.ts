/**
 * The two projects bench:build builds in a temporary folder, never in the repository:
 * - a copy of this site (its src/, public/, scripts/, configuration and the content/ files that are
 *   not generated) with synthetic content in content/. A copy, not an environment variable pointing
 *   the build at other content: every tool (Astro's loaders, check:content, check:taal, the CMS
 *   config, /redactie/ importing content/README.md) reads content/ from the project root, so the copy
 *   builds exactly as `npm run build` does, and a new tool that reads content/ is covered without
 *   a change;
 * - a bare Astro site: one Markdown collection with a title and description, one `[id].astro` page
 *   that renders the body in a minimal layout, and nothing else.
 * Both use the repository's node_modules through a folder of links, one per package, so Astro's and
 * Vite's caches (node_modules/.astro, node_modules/.vite) stay in the temporary project.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { contentFiles } from './synthetic';

/** What the site copy takes from the repository as it is. */
const COPIED = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'content/README.md',
  'content/taal',
  'content/schoolvakanties',
];

/** Caches and tool state that belong to one project, never shared. */
const OWN_STATE = new Set(['.astro', '.vite', '.vite-temp', '.cache', '.package-lock.json']);

function linkNodeModules(repo: string, project: string): void {
  const target = join(project, 'node_modules');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target);
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (!OWN_STATE.has(name)) symlinkSync(join(repo, 'node_modules', name), join(target, name));
  }
}

export interface AstroOptions {
  /** Astro `experimental` flags as "name" (true) or "name=value", such as "collectionStorage=chunked". */
  experimental?: readonly string[];
  /** The glob loaders' `deferRender` (Astro 7.1): Markdown rendered when a page renders it, not during content sync. */
  deferRender?: boolean;
}

/** A fresh copy of the site in `project`, without content/ collections (content.ts writes those) and without dist/. */
export function prepareSiteProject(repo: string, project: string, options: AstroOptions = {}): void {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const path of COPIED) if (existsSync(join(repo, path))) cpSync(join(repo, path), join(project, path), { recursive: true });
  linkNodeModules(repo, project);
  if (options.experimental?.length) enableExperimental(join(project, 'astro.config.mjs'), options.experimental);
  if (options.deferRender) enableDeferRender(join(project, 'src', 'content.config.ts'));
}

function enableDeferRender(contentConfig: string): void {
  const source = readFileSync(contentConfig, 'utf8');
  const changed = source.replace(/\bglob\(\{/g, 'glob({ deferRender: true,');
  if (changed === source) throw new Error(`${contentConfig}: no "glob({" to add deferRender to.`);
  writeFileSync(contentConfig, changed);
}

/** "collectionStorage=chunked" → collectionStorage: "chunked"; "incrementalBuild" → incrementalBuild: true. A value that reads as JSON is taken as JSON. */
export function experimentalEntry(flag: string): string {
  const [name, ...rest] = flag.split('=');
  if (!/^[A-Za-z]\w*$/.test(name!))
    throw new Error(`--astro-flag "${flag}": write a flag name, optionally with =value, such as collectionStorage=chunked.`);
  if (rest.length === 0) return `${name}: true`;
  const value = rest.join('=');
  try {
    return `${name}: ${JSON.stringify(JSON.parse(value))}`;
  } catch {
    return `${name}: ${JSON.stringify(value)}`;
  }
}

/** Switches on Astro `experimental` flags in a copied astro.config.mjs. */
export function enableExperimental(configFile: string, flags: readonly string[]): void {
  const source = readFileSync(configFile, 'utf8');
  const flagsText = flags.map(experimentalEntry).join(', ');
  const changed = source.replace(/defineConfig\(\{/, `defineConfig({\n  experimental: { ${flagsText} },`);
  if (changed === source) throw new Error(`${configFile}: no "defineConfig({" to add experimental flags to.`);
  if (/\bexperimental\s*:/.test(source)) throw new Error(`${configFile} sets "experimental" already; add the flags there by hand.`);
  writeFileSync(configFile, changed);
}

const BARE_CONFIG = `import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`;

const BARE_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './content/pages' }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
};
`;

// A plain but complete page, as any public site has: skip link, header with navigation, breadcrumbs,
// footer and a shared stylesheet. A page of only <h1> and body would make every real site look heavy.
const BARE_PAGE = `---
import { getCollection, render } from 'astro:content';
import '../styles.css';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { id: page.id }, props: { page } }));
}

const { page } = Astro.props;
const { Content } = await render(page);
const nav = ['Zoeken', 'Kaart', 'Thema', 'Gemeenten', 'Verwijzen', 'Voor professionals', 'Open data', 'Privacy', 'Toegankelijkheid'];
---
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{page.data.title}</title>
    <meta name="description" content={page.data.description} />
    <meta property="og:title" content={page.data.title} />
    <meta property="og:description" content={page.data.description} />
    <link rel="canonical" href={new URL(Astro.url.pathname, 'https://example.org')} />
  </head>
  <body>
    <a class="skip" href="#inhoud">Naar de inhoud</a>
    <header>
      <a href="/">Bare site</a>
      <nav aria-label="Hoofdmenu"><ul>{nav.map((label) => <li><a href={\`/\${label.toLowerCase().replaceAll(' ', '-')}/\`}>{label}</a></li>)}</ul></nav>
    </header>
    <nav aria-label="Kruimelpad"><ol><li><a href="/">Home</a></li><li><a href="/pages/">Pagina's</a></li><li aria-current="page">{page.data.title}</li></ol></nav>
    <main id="inhoud">
      <h1>{page.data.title}</h1>
      <p class="lead">{page.data.description}</p>
      <Content />
    </main>
    <footer><p>Een voorbeeld van een gewone website, om de bouwtijd mee te vergelijken.</p><ul>{nav.map((label) => <li>{label}</li>)}</ul></footer>
  </body>
</html>
`;

const BARE_STYLES = `body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #1a1a1a; }
.skip { position: absolute; left: -9999px; } .skip:focus { left: 1rem; top: 1rem; }
header, main, footer, nav[aria-label='Kruimelpad'] { max-width: 48rem; margin: 0 auto; padding: 0 1rem; }
header nav ul, footer ul, nav ol { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; }
a { color: #0b57d0; } a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.lead { font-size: 1.25rem; } footer { border-top: 1px solid #ccc; margin-top: 2rem; }
`;

/**
 * A bare Astro site with one page per synthetic activity: the same titles, summaries and bodies, so
 * both builds render the same Markdown.
 */
export function prepareBareProject(repo: string, project: string, activitiesDir: string): number {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'src', 'pages'), { recursive: true });
  mkdirSync(join(project, 'content', 'pages'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2));
  writeFileSync(join(project, 'astro.config.mjs'), BARE_CONFIG);
  writeFileSync(join(project, 'src', 'content.config.ts'), BARE_CONTENT_CONFIG);
  writeFileSync(join(project, 'src', 'pages', '[id].astro'), BARE_PAGE);
  writeFileSync(join(project, 'src', 'styles.css'), BARE_STYLES);
  linkNodeModules(repo, project);
  let pages = 0;
  for (const file of contentFiles(activitiesDir)) {
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
    if (!match) continue;
    const data = yaml.load(match[1]!) as { titel: string; samenvatting: string };
    const front = yaml.dump({ title: data.titel, description: data.samenvatting }, { lineWidth: -1 });
    writeFileSync(join(project, 'content', 'pages', file.slice(file.lastIndexOf('/') + 1)), `---\n${front}---\n${match[2]}`);
    pages += 1;
  }
  return pages;
}
