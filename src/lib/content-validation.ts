/**
 * Parses one content file and validates it with its collection's schema,
 * returning problems that name the file, the field, the value and what to do.
 * The content layer uses the same schemas; this gives editors every error at once, in Dutch.
 */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { activiteitSchema, gebiedSchema, gemeenteSchema, locatieSchema, organisatieSchema, schooljaarSchema } from './schemas';
import { fieldPath, type ContentProblem } from './content-integrity';

export const collectionSchemas = {
  gemeenten: gemeenteSchema,
  gebieden: gebiedSchema,
  organisaties: organisatieSchema,
  locaties: locatieSchema,
  activiteiten: activiteitSchema,
  schoolvakanties: schooljaarSchema,
} as const;
export type CollectionName = keyof typeof collectionSchemas;

/** Collections whose files are Markdown with frontmatter; the others are YAML. */
export const markdownCollections: ReadonlySet<CollectionName> = new Set(['activiteiten']);

export interface ParsedFile<T> {
  data?: T;
  body?: string;
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

function parseYaml(file: string, source: string): { value?: unknown; problem?: ContentProblem } {
  try {
    // CORE_SCHEMA keeps dates as text: the default schema would turn 2026-02-30 into 2 March unnoticed.
    return { value: yaml.load(source, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    const yamlError = error as yaml.YAMLException;
    const line = yamlError.mark ? `, regel ${yamlError.mark.line + 1}` : '';
    return {
      problem: {
        file,
        field: `opmaak${line}`,
        message: `De YAML-opmaak klopt niet (${yamlError.reason ?? yamlError.message}). Controleer de inspringing, dubbele punten en aanhalingstekens.`,
      },
    };
  }
}

/**
 * Reads a file's bytes as UTF-8, the only encoding the build reads correctly: other encodings turn
 * letters such as é into question marks on the page. A byte order mark (BOM) is fine and dropped.
 */
export function decodeContentFile(file: string, bytes: Uint8Array): { text: string } | { problem: ContentProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      problem: {
        file,
        field: '(hele bestand)',
        message:
          'Dit bestand is niet opgeslagen als UTF-8. Open het in uw teksteditor, kies "Opslaan als" en kies bij codering UTF-8. ' +
          'Kijk daarna of letters als é en ë nog goed staan.',
      },
    };
  }
}

export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}

export function validateFile<C extends CollectionName>(
  collection: C,
  file: string,
  source: string,
): ParsedFile<z.output<(typeof collectionSchemas)[C]>> {
  // A byte order mark is invisible in editors; it must not hide the first "---".
  let frontmatter = source.replace(/^\uFEFF/, '');
  let body: string | undefined;
  if (markdownCollections.has(collection)) {
    const match = FRONTMATTER.exec(frontmatter);
    if (!match) {
      return {
        problems: [
          {
            file,
            field: '(hele bestand)',
            message: 'Het bestand moet beginnen met een regel "---", dan de velden, dan weer "---" en daarna de tekst.',
          },
        ],
      };
    }
    frontmatter = match[1]!;
    body = match[2];
  }
  const parsed = parseYaml(file, frontmatter);
  if (parsed.problem) return { problems: [parsed.problem] };
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return {
      problems: [
        { file, field: '(hele bestand)', message: 'Het bestand bevat geen velden. Schrijf op elke regel een veld, zoals "naam: Ens".' },
      ],
    };
  }
  const result = collectionSchemas[collection].safeParse(parsed.value);
  if (!result.success) return { problems: issuesToProblems(file, result.error.issues) };
  return { data: result.data as z.output<(typeof collectionSchemas)[C]>, body, problems: [] };
}
