/**
 * A boundary that matters is a test: browser code must never pull in zod, the content schemas, the catalog
 * loader, the build-time builders (the activity facts and the outputs made from them) or Node modules: they
 * would bloat every page or break in the browser. This follows every value import (not `import type`, which
 * the bundler erases) from each script that runs in the browser: the <script> blocks of .astro files, the
 * component scripts next to them and the service worker. The one test of this boundary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const FORBIDDEN = [/^zod(\/|$)/, /^astro\/zod$/, /^astro:content$/, /^node:/, /^(fs|path|zlib|url|crypto)$/];
const FORBIDDEN_FILES = [
  /^src\/lib\/schemas\//,
  /^src\/data\//,
  /^src\/lib\/content-/,
  /^src\/lib\/catalog\.ts$/,
  // The activity facts and the build-time outputs picked from them: the browser reads their JSON instead.
  /^src\/lib\/facts\//,
  /^src\/lib\/(search|referral)\/build\.ts$/,
  /^src\/lib\/map\/points\.ts$/,
  /^src\/lib\/(export|json-ld|shortlist-data)\.ts$/,
];

function astroFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? astroFiles(join(folder, entry.name)) : entry.name.endsWith('.astro') ? [join(folder, entry.name)] : [],
  );
}

/** Value imports of a piece of code: `import x from`, `import { a, type B } from`, `import '…'`, `export … from`. */
function valueImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*(?:from\s*)?['"]([^'"]+)['"]/gm)) {
    if (match[2]) continue;
    found.push(match[4]!);
  }
  return found;
}

function resolveImport(specifier: string, fromFile: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), specifier);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && candidate.endsWith('.ts'));
}

function problemsFrom(entry: string, code: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, source: string, chain: string[]) => {
    for (const specifier of valueImports(source)) {
      if (FORBIDDEN.some((pattern) => pattern.test(specifier))) problems.push(`${[...chain, specifier].join(' → ')}`);
      const target = resolveImport(specifier, file);
      if (!target) continue;
      const path = relative(root, target);
      if (FORBIDDEN_FILES.some((pattern) => pattern.test(path))) {
        problems.push(`${[...chain, path].join(' → ')}`);
        continue;
      }
      if (seen.has(target)) continue;
      seen.add(target);
      visit(target, readFileSync(target, 'utf8'), [...chain, path]);
    }
  };
  visit(entry, code, [relative(root, entry)]);
  return problems;
}

const scriptEntries = [
  ...astroFiles(join(root, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => ({ file, code: match[1]! })),
  ),
  ...readdirSync(join(root, 'src/components'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(root, 'src/components', name))
    .map((file) => ({ file, code: readFileSync(file, 'utf8') })),
  { file: join(root, 'src/offline/service-worker.ts'), code: readFileSync(join(root, 'src/offline/service-worker.ts'), 'utf8') },
];

describe('browser code stays free of zod, schemas and Node', () => {
  it('finds the browser scripts', () => {
    expect(scriptEntries.length).toBeGreaterThan(10);
    expect(scriptEntries.map((entry) => relative(root, entry.file))).toEqual(
      expect.arrayContaining([
        'src/components/search-page.ts',
        'src/components/referral-tool.ts',
        'src/components/upcoming-dates.ts',
        'src/components/ReferralTool.astro',
      ]),
    );
  });

  it('reads value imports and skips type-only ones', () => {
    expect(valueImports("import type { A } from './schemas';\nimport { b, type C } from './format';\nimport './x';")).toEqual([
      './format',
      './x',
    ]);
  });

  it('notices a script that reaches the schemas, also through another module', () => {
    const fake = join(root, 'src/components/fake.ts');
    expect(problemsFrom(fake, "import { activiteitSchema } from '../lib/schemas';")).toEqual([
      'src/components/fake.ts → src/lib/schemas/index.ts',
    ]);
    expect(problemsFrom(fake, "import { x } from '../lib/content-validation';\nimport { readFileSync } from 'node:fs';")).toEqual([
      'src/components/fake.ts → src/lib/content-validation.ts',
      'src/components/fake.ts → node:fs',
    ]);
    expect(problemsFrom(fake, "import { activityFacts } from '../lib/facts/activity-facts';\nimport { z } from 'zod/v4';")).toEqual([
      'src/components/fake.ts → src/lib/facts/activity-facts.ts',
      'src/components/fake.ts → zod/v4',
    ]);
  });

  for (const { file, code } of scriptEntries) {
    it(relative(root, file), () => {
      expect(problemsFrom(file, code)).toEqual([]);
    });
  }
});
