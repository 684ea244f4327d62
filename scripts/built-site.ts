/**
 * The file side of the size budgets (src/lib/budgets.ts): reads a built site from disk and the
 * gemeenten and gebieden that name the open-data downloads. Used by check:budgets and bench:build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { checkBudgets, openDataDownloads, type BudgetReport, type BuiltSite } from '../src/lib/budgets';
import type { OpenDataCatalog } from '../src/lib/open-data/files';

/** dist/ of a project root as a BuiltSite; gzip at level 6, as the host sends it (scripts/host/nginx.conf). */
export function builtSiteAt(dist: string): BuiltSite {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dist.length + 1)
        .split(sep)
        .join('/'),
    );
  return {
    files,
    read: (path) => readFileSync(join(dist, path), 'utf8'),
    gzipSize: (path) => gzipSync(readFileSync(join(dist, path)), { level: 6 }).length,
  };
}

/** The ids and names of content/gemeenten/ and content/gebieden/ (all the open-data links need), without loading every activity. */
export function openDataCatalogAt(root: string): OpenDataCatalog {
  const read = (collection: string) => {
    const folder = join(root, 'content', collection);
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({
        id: name.replace(/^.*[\\/]/, '').replace(/\.yaml$/, ''),
        data: yaml.load(readFileSync(join(folder, name), 'utf8')) as { naam?: string; gemeente?: string },
      }));
  };
  return {
    gemeenten: read('gemeenten').map(({ id, data }) => ({ id, naam: data.naam ?? id })),
    gebieden: read('gebieden').map(({ id, data }) => ({ id, naam: data.naam ?? id, gemeente: data.gemeente ?? '' })),
  };
}

/** The budget report of the site built in <root>/dist, or undefined when nothing is built there. */
export function budgetReportAt(root: string): BudgetReport | undefined {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) return undefined;
  return checkBudgets(builtSiteAt(dist), openDataDownloads(openDataCatalogAt(root)));
}
