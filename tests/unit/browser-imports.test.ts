/**
 * A boundary that matters is a test: code that runs in the browser (the scripts of components and the
 * modules they import) never pulls in zod, the schemas or a Node module. Type-only imports are erased by
 * the bundler and do not count.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const components = join(root, 'src/components');

/** The modules a piece of code imports at run time (not `import type`), as written. */
function runtimeImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/^\s*(import|export)\s+(type\s)?([^'"]*?from\s*)?['"]([^'"]+)['"]/gm)) if (!match[2]) found.push(match[4]!);
  return found;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return [base, `${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
}

/** Every module reachable from the code, with the bare (package or node:) imports on the way. */
function reachable(entry: string, code: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string, source: string) => {
    for (const specifier of runtimeImports(source)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = resolveLocal(file, specifier);
      if (!target || !target.endsWith('.ts') || modules.has(target)) continue;
      modules.add(target);
      visit(target, readFileSync(target, 'utf8'));
    }
  };
  visit(entry, code);
  return { modules, packages };
}

const entries = readdirSync(components).flatMap((name) => {
  const file = join(components, name);
  if (name.endsWith('.ts')) return [{ file, code: readFileSync(file, 'utf8') }];
  if (!name.endsWith('.astro')) return [];
  // Only the client scripts: the frontmatter runs at build time.
  const scripts = [...readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  return scripts.map((code) => ({ file, code }));
});

describe('browser code', () => {
  it('has scripts to check', () => {
    expect(entries.map((entry) => relative(root, entry.file))).toEqual(expect.arrayContaining(['src/components/search-page.ts', 'src/components/ReferralTool.astro', 'src/components/upcoming-dates.ts']));
  });

  for (const { file, code } of entries) {
    it(`${relative(root, file)} imports no zod, schemas or Node modules`, () => {
      const { modules, packages } = reachable(file, code);
      expect([...packages].filter((name) => name === 'zod' || name.startsWith('zod/') || name.startsWith('node:'))).toEqual([]);
      expect([...modules].map((path) => relative(root, path)).filter((path) => path.startsWith('src/lib/schemas') || path.startsWith('src/data/'))).toEqual([]);
    });
  }
});
