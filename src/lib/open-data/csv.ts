/**
 * The activities as CSV for people who work in Excel: /data/activiteiten.csv and one file per gemeente
 * (/data/activiteiten/<gemeente>.csv). Readable Dutch column names, one row per activity, picked from the
 * activity facts. Written like the editors' CSV (redactie/workbook.ts): UTF-8 with a byte order mark (so
 * Excel shows é and ë), ";" between cells and decimal commas, which is what Dutch Excel expects.
 * Stopped activities are left out: they are not listed on the site either; /data/activiteiten.json keeps them.
 */
import { stringify } from 'csv-stringify/sync';
import { activitiesInGemeente, type ActivityView, type Catalog } from '../catalog';
import { activityFacts, type ActivityFacts } from '../facts/activity-facts';
import { formatDate, formatTimeRange } from '../format';
import { activityStatuses, complaints, placeStatuses, targetGroups, themes } from '../taxonomy';

const yesNo = (value: boolean) => (value ? 'ja' : 'nee');
const wheelchairWords = { ja: 'ja', nee: 'nee', 'niet-van-toepassing': 'niet van toepassing' } as const;
/** Several values in one cell. */
const LIST = ' | ';
/** Dutch Excel reads "52,6362" as a number and "52.6362" as text or worse. */
const decimal = (value: number) => String(value).replace('.', ',');

/** The columns in order: the heading a reader sees, and how the cell is made from the facts. */
export const CSV_COLUMNS: readonly { heading: string; cell: (facts: ActivityFacts, siteUrl: string) => string }[] = [
  { heading: 'Naam', cell: (facts) => facts.titel },
  { heading: 'Samenvatting', cell: (facts) => facts.samenvatting },
  { heading: 'Webadres', cell: (facts, siteUrl) => new URL(facts.url, siteUrl).href },
  { heading: 'Status', cell: (facts) => activityStatuses.label(facts.status) },
  { heading: 'Gemeente', cell: (facts) => facts.gemeente.naam },
  { heading: 'Dorp of wijk', cell: (facts) => facts.gebieden.map((gebied) => gebied.naam).join(LIST) },
  { heading: 'Organisatie', cell: (facts) => facts.organisatie.naam },
  { heading: "Thema's", cell: (facts) => facts.themas.map((id) => themes.label(id)).join(LIST) },
  { heading: 'Voor wie', cell: (facts) => facts.doelgroepen.map((id) => targetGroups.label(id)).join(LIST) },
  {
    heading: 'Wanneer',
    cell: (facts) => [facts.roosterZin, ...facts.pauzes, ...(facts.roosterOpmerking ? [facts.roosterOpmerking] : [])].join(' '),
  },
  {
    heading: 'Volgende keer',
    cell: (facts) =>
      facts.komendeData[0]
        ? `${formatDate(facts.komendeData[0].date)}, ${formatTimeRange(facts.komendeData[0].van, facts.komendeData[0].tot)}`
        : '',
  },
  { heading: 'Waar', cell: (facts) => facts.plekken.map((place) => place.regel).join(LIST) },
  { heading: 'Breedtegraad', cell: (facts) => (facts.adressen[0] ? decimal(facts.adressen[0].lat) : '') },
  { heading: 'Lengtegraad', cell: (facts) => (facts.adressen[0] ? decimal(facts.adressen[0].lon) : '') },
  { heading: 'Rolstoel', cell: (facts) => wheelchairWords[facts.rolstoel] },
  { heading: 'Kosten', cell: (facts) => facts.kostenTekst },
  { heading: 'Gratis', cell: (facts) => yesNo(facts.gratis) },
  { heading: 'Aanmelden nodig', cell: (facts) => yesNo(facts.aanmeldenNodig) },
  { heading: 'Plek in de groep', cell: (facts) => (facts.plaats ? placeStatuses.label(facts.plaats.status) : '') },
  { heading: 'Welzijn op Recept', cell: (facts) => yesNo(facts.welzijnOpRecept) },
  { heading: 'Klachten', cell: (facts) => facts.klachten.map((id) => complaints.label(id)).join(LIST) },
  { heading: 'Telefoon', cell: (facts) => facts.contact.telefoon ?? '' },
  { heading: 'E-mail', cell: (facts) => facts.contact.email ?? '' },
  { heading: 'Website', cell: (facts) => facts.contact.website ?? '' },
  { heading: 'Laatst gecontroleerd', cell: (facts) => facts.gecontroleerdOp },
  { heading: 'Id', cell: (facts) => facts.id },
];

export function activitiesCsv(activities: readonly ActivityView[], siteUrl: string): string {
  const rows = activities.map((activity) => {
    const facts = activityFacts(activity);
    return CSV_COLUMNS.map((column) => column.cell(facts, siteUrl));
  });
  return stringify([CSV_COLUMNS.map((column) => column.heading), ...rows], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

/** Every listed activity of the site. */
export function siteCsv(catalog: Catalog, siteUrl: string): string {
  return activitiesCsv(
    catalog.activities.filter((activity) => activity.listed),
    siteUrl,
  );
}

/** The listed activities of one gemeente, also those it shares with a neighbour. */
export function gemeenteCsv(catalog: Catalog, gemeenteId: string, siteUrl: string): string {
  return activitiesCsv(activitiesInGemeente(catalog, gemeenteId), siteUrl);
}

export const csvPath = (gemeenteId?: string) => (gemeenteId ? `/data/activiteiten/${gemeenteId}.csv` : '/data/activiteiten.csv');
