/**
 * The check round: which activities are past their check date, per gemeente and organisation,
 * with whom to ask. "Past its date" is the site's own freshness (catalog.ts): the same activities
 * that residents see a warning on, or soon will. Stopped activities are left out.
 */
import { FRESHNESS_DAYS, freshness, lastChecked, type Freshness } from '../catalog';
import type { ContentEntries } from '../content-integrity';
import { daysBetween, type PlainDate } from '../dates';
import { formatDate, plural } from '../format';
import { gemeenteOfGebied } from './selection';

export interface DueActivity {
  id: string;
  titel: string;
  file: string;
  checkedOn: PlainDate;
  days: number;
  freshness: Exclude<Freshness, 'recent'>;
  /** Whom to ask about this activity: its own contact. */
  contact: string;
}

export interface DueOrganisation {
  id: string;
  naam: string;
  /** The organisation's own phone and e-mail. */
  contact: string;
  activities: DueActivity[];
}

export interface DueGemeente {
  id: string;
  naam: string;
  organisations: DueOrganisation[];
}

const contactLine = (contact: {
  naam?: string | undefined;
  telefoon?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
}) =>
  [contact.naam, contact.telefoon, contact.email, contact.naam || contact.telefoon || contact.email ? undefined : contact.website]
    .filter(Boolean)
    .join(', ') || 'geen contact bekend';

export function checkRound(entries: ContentEntries, today: PlainDate, options: { gemeente?: string } = {}): DueGemeente[] {
  const gemeenten = new Map<string, DueGemeente>();
  for (const entry of entries.activiteiten) {
    if (entry.data.status === 'gestopt') continue;
    const checkedOn = lastChecked(entry.data);
    const state = freshness(checkedOn, today);
    if (state === 'recent') continue;
    const gemeenteId = gemeenteOfGebied(entries, entry.data.gebieden[0]) ?? '';
    if (options.gemeente !== undefined && gemeenteId !== options.gemeente) continue;
    let gemeente = gemeenten.get(gemeenteId);
    if (!gemeente) {
      gemeente = {
        id: gemeenteId,
        naam: entries.gemeenten.find((item) => item.id === gemeenteId)?.data.naam ?? gemeenteId,
        organisations: [],
      };
      gemeenten.set(gemeenteId, gemeente);
    }
    let organisation = gemeente.organisations.find((item) => item.id === entry.data.organisatie);
    if (!organisation) {
      const data = entries.organisaties.find((item) => item.id === entry.data.organisatie)?.data;
      organisation = {
        id: entry.data.organisatie,
        naam: data?.naam ?? entry.data.organisatie,
        contact: data ? contactLine({ telefoon: data.telefoon, email: data.email, website: data.website }) : 'geen contact bekend',
        activities: [],
      };
      gemeente.organisations.push(organisation);
    }
    organisation.activities.push({
      id: entry.id,
      titel: entry.data.titel,
      file: entry.file,
      checkedOn,
      days: daysBetween(checkedOn, today),
      freshness: state,
      contact: contactLine(entry.data.contact),
    });
  }
  const byName = (a: { naam: string }, b: { naam: string }) => a.naam.localeCompare(b.naam, 'nl');
  const result = [...gemeenten.values()].sort(byName);
  for (const gemeente of result) {
    gemeente.organisations.sort(byName);
    for (const organisation of gemeente.organisations)
      organisation.activities.sort((a, b) => a.checkedOn.localeCompare(b.checkedOn) || a.titel.localeCompare(b.titel, 'nl'));
  }
  return result;
}

/** The list for the redactie, in B1 Dutch. */
export function formatCheckRound(round: readonly DueGemeente[], today: PlainDate): string {
  const count = round.flatMap((gemeente) => gemeente.organisations.flatMap((organisation) => organisation.activities)).length;
  if (count === 0) return `Alle activiteiten zijn in het afgelopen half jaar gecontroleerd. Vandaag is het ${formatDate(today)}.`;
  const lines = [
    `${plural(count, 'activiteit moet', 'activiteiten moeten')} opnieuw gecontroleerd worden. Vandaag is het ${formatDate(today)}.`,
    `Een activiteit is aan de beurt na ${FRESHNESS_DAYS.recent} dagen. Na ${FRESHNESS_DAYS.stale} dagen ziet iedereen een waarschuwing op de pagina.`,
  ];
  for (const gemeente of round) {
    lines.push('', `Gemeente ${gemeente.naam}`);
    for (const organisation of gemeente.organisations) {
      lines.push(`  ${organisation.naam} (${organisation.contact})`);
      for (const activity of organisation.activities) {
        const warning = activity.freshness === 'verouderd' ? ', bezoekers zien een waarschuwing' : '';
        lines.push(
          `    - ${activity.titel}: gecontroleerd op ${formatDate(activity.checkedOn)}, ${activity.days} dagen geleden${warning}. Vraag het aan: ${activity.contact}.`,
        );
      }
    }
  }
  return lines.join('\n');
}
