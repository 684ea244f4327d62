/**
 * Checks that need more than one entry: references between collections, unique ids,
 * places near their gebied, and the Markdown body (see markdown-body.ts).
 * The zod schemas check each entry on its own.
 * Pure: works on parsed entries, so the build and scripts/check-content.ts share it.
 */
import type { PlainDate } from './dates';
import { formatDistance, haversineMetres } from './geo';
import { checkMarkdownBody } from './markdown-body';
import type { Activiteit, Gebied, Gemeente, Locatie, Organisatie } from './schemas';
import { isPhysical } from './schemas';
import { closestMatch } from './text';

export { checkMarkdownBody } from './markdown-body';

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

/**
 * How far a place may lie from the centre of its gebied, in kilometres. The example places lie at most
 * 1 km from their centre, and a Dutch dorp or wijk with its outlying farms is rarely wider than 10 km.
 * A typo in the first decimal of the latitude moves a place 11 km, a place in the wrong province
 * is 50 km or more off: 10 km catches both and still leaves room for a walk that starts out of town.
 */
export const MAX_KM_FROM_GEBIED = 10;

function distanceProblem(
  file: string,
  coordinaten: { lat: number; lon: number },
  gebiedId: string,
  gebied: Gebied,
): ContentProblem | undefined {
  const metres = haversineMetres(coordinaten, gebied.centrum);
  if (metres <= MAX_KM_FROM_GEBIED * 1000) return undefined;
  return {
    file,
    field: 'coordinaten',
    message:
      `Deze plek ligt ${formatDistance(metres)} van het midden van gebied "${gebiedId}" (${gebied.naam}). ` +
      `Een plek mag hoogstens ${MAX_KM_FROM_GEBIED} km van het midden van zijn gebied liggen. ` +
      'Zoek het adres op een kaart en neem lat en lon opnieuw over, of kies bij "gebied" het goede dorp of de goede wijk.',
  };
}

/** A check date after today is a typo or a guess: the build and check:content both refuse it. */
export function checkReviewDates(activiteiten: readonly Entry<Activiteit>[], today: PlainDate): ContentProblem[] {
  return activiteiten.flatMap((entry) => {
    const dated = [
      { field: 'laatstGecontroleerd', date: entry.data.laatstGecontroleerd },
      { field: 'bevestigdDoorAanbieder', date: entry.data.bevestigdDoorAanbieder },
      { field: 'plaats.bevestigd', date: entry.data.plaats?.bevestigd },
      { field: 'reageertBinnen.bevestigd', date: entry.data.reageertBinnen?.bevestigd },
    ];
    return dated
      .filter((item): item is { field: string; date: PlainDate } => item.date !== undefined && item.date > today)
      .map((item) => ({
        file: entry.file,
        field: item.field,
        message: `De datum ${item.date} ligt na vandaag (${today}). Vul de dag in waarop iemand echt heeft gecontroleerd.`,
      }));
  });
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

  const gebiedById = new Map(content.gebieden.map((entry) => [entry.id, entry.data]));
  for (const { file, data } of content.locaties) {
    if (data.gebied !== undefined && !known.gebieden.has(data.gebied)) {
      problems.push(referenceProblem(file, 'gebied', data.gebied, 'gebieden', ids.gebieden));
    }
    const gebied = data.gebied === undefined ? undefined : gebiedById.get(data.gebied);
    if (isPhysical(data) && gebied) {
      const problem = distanceProblem(file, data.coordinaten, data.gebied, gebied);
      if (problem) problems.push(problem);
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
