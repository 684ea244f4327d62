/**
 * Which files may be in content/, and under which names. Astro's loaders read only
 * `content/<collection>/**\/*.md` (activiteiten) or `**\/*.yaml` (the rest), case-sensitively:
 * any other file would be skipped without a word, so check:content reports every one of them.
 * Pure: gets the list of paths, so the script and the tests share it.
 */
import type { ContentProblem } from './content-integrity';
import { collectionSchemas, markdownCollections, type CollectionName } from './content-validation';
import { DATA_PATHS } from './taal/load';

/**
 * Files in content/ that are no collection entry but belong there. Editors may keep notes in
 * content/README.md: it sits outside every collection folder, so no loader reads it.
 */
export const OTHER_CONTENT_FILES: ReadonlyMap<string, string> = new Map([
  [DATA_PATHS.jargon, 'de lijst moeilijke woorden, gelezen door npm run check:taal'],
  ['content/README.md', 'uitleg voor redacteuren, de site leest dit bestand niet'],
]);

/** The id Astro gives an entry: the file name without extension, see src/content.config.ts. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ContentFile {
  /** Relative to the project root, with forward slashes: "content/gebieden/ens.yaml". */
  path: string;
  collection: CollectionName;
  id: string;
  /** Another file in the collection already has this id (hoofdletters tellen niet mee); not loaded. */
  duplicate: boolean;
}

export interface ContentPaths {
  /** The files Astro's loaders read, to be validated. */
  files: ContentFile[];
  /** Ids of files that only need a lower-case extension, so references to them are not reported too. */
  misnamedIds: Partial<Record<CollectionName, string[]>>;
  problems: ContentProblem[];
}

export function extensionOf(collection: CollectionName): '.md' | '.yaml' {
  return markdownCollections.has(collection) ? '.md' : '.yaml';
}

/** A name that would pass: "Wandelgroep Ëns (2)" → "wandelgroep-ens-2". */
export function suggestedName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isCollection(name: string | undefined): name is CollectionName {
  return name !== undefined && Object.hasOwn(collectionSchemas, name);
}

export function checkContentPaths(paths: readonly string[]): ContentPaths {
  const files: ContentFile[] = [];
  const misnamedIds: ContentPaths['misnamedIds'] = {};
  const problems: ContentProblem[] = [];
  const firstById = new Map<string, string>();
  const problem = (file: string, message: string) => problems.push({ file, field: 'bestandsnaam', message });

  for (const path of [...paths].sort()) {
    if (OTHER_CONTENT_FILES.has(path)) continue;
    const [top, collection, ...rest] = path.split('/');
    const fileName = rest.at(-1);
    if (top !== 'content' || !isCollection(collection) || fileName === undefined) {
      problem(
        path,
        `Dit bestand hoort niet in content/. De site leest alleen de mappen ${Object.keys(collectionSchemas).join(', ')}. ` +
          'Zet het bestand in de goede map, of haal het weg.',
      );
      continue;
    }
    const extension = extensionOf(collection);
    const dot = fileName.lastIndexOf('.');
    const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
    const actualExtension = dot > 0 ? fileName.slice(dot) : '';
    const wanted = `${suggestedName(stem) || 'nieuwe-naam'}${extension}`;

    if (actualExtension !== extension) {
      if (fileName.startsWith('.')) {
        problem(path, `"${fileName}" is een verborgen bestand dat uw computer soms maakt. De site gebruikt het niet. Haal het weg.`);
      } else if (actualExtension === '.yml' && extension === '.yaml') {
        problem(path, 'Gebruik de extensie .yaml in plaats van .yml.');
        (misnamedIds[collection] ??= []).push(stem);
      } else if (actualExtension.toLowerCase() === extension) {
        problem(
          path,
          `De extensie moet ${extension} zijn, in kleine letters. Anders leest de site het bestand niet. Noem het bestand "${wanted}".`,
        );
        (misnamedIds[collection] ??= []).push(stem);
      } else {
        problem(
          path,
          `De site leest dit bestand niet: in content/${collection}/ staan alleen ${extension}-bestanden. ` +
            `Hoort het hier? Sla het op als ${extension}-bestand, zoals "${wanted}". Anders haalt u het weg.`,
        );
      }
      continue;
    }

    for (const folder of rest.slice(0, -1)) {
      if (!SLUG.test(folder)) {
        problem(
          path,
          `De map "${folder}" mag alleen kleine letters, cijfers en streepjes hebben. Noem de map "${suggestedName(folder) || 'gemeente'}".`,
        );
      }
    }
    if (!SLUG.test(stem)) {
      problem(
        path,
        `De naam "${fileName}" mag alleen kleine letters, cijfers en streepjes hebben, zonder spaties of accenten. ` +
          `De naam wordt ook het webadres. Noem het bestand "${wanted}".`,
      );
    }

    const key = `${collection}/${stem.toLowerCase()}`;
    const first = firstById.get(key);
    if (first) {
      problem(
        path,
        `De naam "${stem}" bestaat al in ${first} (hoofdletters tellen niet mee). Elke naam in content/${collection}/ moet uniek zijn. Geef dit bestand een andere naam.`,
      );
    } else {
      firstById.set(key, path);
    }
    files.push({ path, collection, id: stem, duplicate: first !== undefined });
  }
  return { files, misnamedIds, problems };
}
