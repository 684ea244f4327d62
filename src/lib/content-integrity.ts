/**
 * Checks that need more than one entry: references between collections,
 * unique ids and the Markdown body. The zod schemas check each entry on its own.
 * Pure: works on parsed entries, so the build and scripts/check-content.ts share it.
 */
import type { Activiteit, Gebied, Gemeente, Locatie, Organisatie } from './schemas';
import { isPhysical } from './schemas';
import { closestMatch } from './text';

export interface Entry<T> {
  id: string;
  /** Path relative to the project root, used in messages. */
  file: string;
  data: T;
  body?: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export interface ContentEntries {
  gemeenten: Entry<Gemeente>[];
  gebieden: Entry<Gebied>[];
  organisaties: Entry<Organisatie>[];
  locaties: Entry<Locatie>[];
  activiteiten: Entry<Activiteit>[];
}

/** A field path for editors: ["rooster", "dagen", 1] → "rooster.dagen (nummer 2)". */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(hele bestand)';
  return path
    .map((segment, index) => (typeof segment === 'number' ? ` (nummer ${segment + 1})` : `${index > 0 ? '.' : ''}${String(segment)}`))
    .join('')
    .replace(/\) \./g, ').');
}

function referenceProblem(
  file: string,
  field: string,
  value: string,
  collection: keyof ContentEntries,
  known: readonly string[],
): ContentProblem {
  const suggestion = closestMatch(value, known);
  return {
    file,
    field,
    message:
      `"${value}" bestaat niet in content/${collection}/.` +
      (suggestion ? ` Bedoelt u "${suggestion}"?` : '') +
      ` Schrijf de naam van een bestand in content/${collection}/ (zonder .yaml of .md), of maak dat bestand eerst aan.`,
  };
}

/** Raw HTML and script links are not allowed in bodies: editors write Markdown only. */
export function checkMarkdownBody(file: string, body: string | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const text = body ?? '';
  if (text.trim() === '') {
    problems.push({ file, field: 'tekst', message: 'De tekst onder de tweede --- is leeg. Schrijf een paar korte zinnen over de activiteit.' });
  }
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const html = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?>|<!--/i.exec(line);
    if (html) {
      problems.push({
        file,
        field: `tekst, regel ${index + 1}`,
        message: `HTML-code "${html[0]}" is niet toegestaan. Schrijf gewone tekst. Gebruik Markdown voor opmaak, zoals **vet** of een lijst met "- ".`,
      });
    }
    // A script link is a link target such as "](javascript:…)" or "<javascript:…>", not the word "JavaScript: …".
    const scriptLink = /(\]\(\s*|[<"'=]|^|\s)((?:javascript|vbscript|data):[^\s"'<>]+)/i.exec(line);
    if (scriptLink) {
      problems.push({
        file,
        field: `tekst, regel ${index + 1}`,
        message: `De link "${scriptLink[1]!.startsWith('](') ? scriptLink[2]!.replace(/\)$/, '') : scriptLink[2]}" is niet toegestaan. Gebruik alleen links die beginnen met https://, mailto: of tel:.`,
      });
    }
  });
  return problems;
}

function duplicateIds(collection: keyof ContentEntries, entries: Entry<unknown>[]): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) {
      problems.push({
        file: entry.file,
        field: 'bestandsnaam',
        message: `De naam "${entry.id}" bestaat al in ${first}. Elke naam in content/${collection}/ moet uniek zijn. Geef dit bestand een andere naam.`,
      });
    } else {
      seen.set(entry.id, entry.file);
    }
  }
  return problems;
}

/**
 * `existingIds` may name entries that exist as files but failed their schema,
 * so that one broken file does not also report every reference to it as missing.
 */
export function checkIntegrity(
  content: ContentEntries,
  existingIds: Partial<Record<keyof ContentEntries, readonly string[]>> = {},
): ContentProblem[] {
  const idsOf = (collection: keyof ContentEntries) => [
    ...new Set([...content[collection].map((entry) => entry.id), ...(existingIds[collection] ?? [])]),
  ];
  const ids = {
    gemeenten: idsOf('gemeenten'),
    gebieden: idsOf('gebieden'),
    organisaties: idsOf('organisaties'),
    locaties: idsOf('locaties'),
  };
  const known = {
    gemeenten: new Set(ids.gemeenten),
    gebieden: new Set(ids.gebieden),
    organisaties: new Set(ids.organisaties),
  };
  const locationsById = new Map(content.locaties.map((entry) => [entry.id, entry.data]));
  const problems: ContentProblem[] = [];

  for (const collection of Object.keys(content) as (keyof ContentEntries)[]) {
    problems.push(...duplicateIds(collection, content[collection]));
  }

  for (const { file, data } of content.gebieden) {
    if (!known.gemeenten.has(data.gemeente)) {
      problems.push(referenceProblem(file, 'gemeente', data.gemeente, 'gemeenten', ids.gemeenten));
    }
  }

  for (const { file, data } of content.locaties) {
    if (data.gebied !== undefined && !known.gebieden.has(data.gebied)) {
      problems.push(referenceProblem(file, 'gebied', data.gebied, 'gebieden', ids.gebieden));
    }
  }

  for (const { file, data, body } of content.activiteiten) {
    if (!known.organisaties.has(data.organisatie)) {
      problems.push(referenceProblem(file, 'organisatie', data.organisatie, 'organisaties', ids.organisaties));
    }
    data.gebieden.forEach((gebied, index) => {
      if (!known.gebieden.has(gebied)) {
        problems.push(referenceProblem(file, fieldPath(['gebieden', index]), gebied, 'gebieden', ids.gebieden));
      }
    });
    data.locaties.forEach((locatieId, index) => {
      const locatie = locationsById.get(locatieId);
      if (!locatie) {
        if (ids.locaties.includes(locatieId)) return;
        problems.push(referenceProblem(file, fieldPath(['locaties', index]), locatieId, 'locaties', ids.locaties));
      } else if (isPhysical(locatie) && !data.gebieden.includes(locatie.gebied)) {
        problems.push({
          file,
          field: fieldPath(['locaties', index]),
          message: `De plek "${locatieId}" ligt in gebied "${locatie.gebied}", maar dat gebied staat niet bij "gebieden". Zet "${locatie.gebied}" bij gebieden, of kies een andere plek.`,
        });
      }
    });
    problems.push(...checkMarkdownBody(file, body));
  }
  return problems;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((problem) => `- ${problem.file}, veld "${problem.field}": ${problem.message}`);
  return `De inhoud heeft ${problems.length === 1 ? '1 fout' : `${problems.length} fouten`}. Verbeter ${problems.length === 1 ? 'deze' : 'deze fouten'} en probeer het opnieuw:\n${lines.join('\n')}`;
}
