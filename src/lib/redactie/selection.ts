/**
 * Which entries go into an export: everything, one gemeente, one organisation, or a chosen set
 * of activities (the check round). Organisations and places come along when an exported activity
 * names them, and for a gemeente also the ones that belong to it, so an editor can use them in a new row.
 */
import type { ContentEntries, Entry } from '../content-integrity';
import type { Activiteit, Locatie, Organisatie } from '../schemas';
import type { ChoiceLists } from './rows';

export interface Selection {
  gemeente?: string;
  organisatie?: string;
  /** Only these activities, such as those past their check date. */
  activityIds?: ReadonlySet<string>;
}

export interface SelectedEntries {
  activiteiten: Entry<Activiteit>[];
  organisaties: Entry<Organisatie>[];
  locaties: Entry<Locatie>[];
}

export function gemeenteOfGebied(entries: ContentEntries, gebiedId: string | undefined): string | undefined {
  return entries.gebieden.find((gebied) => gebied.id === gebiedId)?.data.gemeente;
}

const byFile = <T extends { file: string }>(a: T, b: T) => a.file.localeCompare(b.file);

export function selectEntries(entries: ContentEntries, selection: Selection): SelectedEntries {
  const inGemeente = (gebieden: readonly string[]) =>
    selection.gemeente === undefined || gebieden.some((gebied) => gemeenteOfGebied(entries, gebied) === selection.gemeente);
  const activiteiten = entries.activiteiten
    .filter((entry) => inGemeente(entry.data.gebieden))
    .filter((entry) => selection.organisatie === undefined || entry.data.organisatie === selection.organisatie)
    .filter((entry) => selection.activityIds === undefined || selection.activityIds.has(entry.id))
    .sort(byFile);
  const named = {
    organisaties: new Set(activiteiten.map((entry) => entry.data.organisatie)),
    locaties: new Set(activiteiten.flatMap((entry) => entry.data.locaties)),
  };
  const wholeGemeente = selection.organisatie === undefined && selection.activityIds === undefined;
  const organisaties = entries.organisaties
    .filter(
      (entry) =>
        named.organisaties.has(entry.id) ||
        (wholeGemeente && (selection.gemeente === undefined || entry.file.split('/')[2] === selection.gemeente)),
    )
    .sort(byFile);
  const locaties = entries.locaties
    .filter(
      (entry) =>
        named.locaties.has(entry.id) ||
        (wholeGemeente &&
          (selection.gemeente === undefined ||
            gemeenteOfGebied(entries, entry.data.gebied) === selection.gemeente ||
            entry.file.split('/')[2] === selection.gemeente)),
    )
    .sort(byFile);
  return { activiteiten, organisaties, locaties };
}

/** Dropdown lists for the workbook: every gebied, organisation and place of the whole site. */
export function contentChoiceLists(entries: ContentEntries): ChoiceLists {
  return {
    gebieden: entries.gebieden.map((entry) => ({ id: entry.id, label: entry.data.naam })).sort((a, b) => a.id.localeCompare(b.id)),
    organisaties: entries.organisaties.map((entry) => ({ id: entry.id, label: entry.data.naam })),
    locaties: entries.locaties.map((entry) => ({ id: entry.id, label: entry.data.naam })),
  };
}
