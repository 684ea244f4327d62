/** The place index of the real example content, so search tests follow content/ instead of a copy of it. */
import { resolve } from 'node:path';
import { loadContentFiles } from '../../../scripts/content-files';
import type { PlaceInput } from '../../../src/lib/search/places';

export function contentPlaces(): PlaceInput {
  const { entries, problems } = loadContentFiles(resolve(import.meta.dirname, '../../..'));
  if (problems.length > 0) throw new Error(`content/ has problems: ${JSON.stringify(problems)}`);
  return {
    gemeenten: entries.gemeenten.map(({ id, data }) => ({ id, naam: data.naam })),
    gebieden: entries.gebieden.map(({ id, data }) => ({
      id,
      naam: data.naam,
      gemeente: data.gemeente,
      aliases: [...(data.ookBekendAls ?? [])],
    })),
  };
}
