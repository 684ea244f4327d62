/**
 * The one list of files under /data/ that the page /open-data/ shows. Add a new export here, with its
 * address, and the page lists it: a file that is not built is not in this list, so the page never links to
 * a file that does not exist (tests/e2e/open-data.test.ts checks every link).
 *
 * Inputs it reads: the gemeenten (`id`, `naam`) and the gebieden (`id`, `naam`, `gemeente`).
 */
import { gemeenteFeedPath } from '../export';
import { REFERRAL_INDEX_PATH } from '../referral/record';
import { gemeenteFeedUrl, totalFeedUrl } from './feed';
import {
  hsdsGemeenteUrl,
  hsdsRootUrl,
  hsdsServicesPageUrl,
  hsdsTaxonomiesUrl,
  hsdsTaxonomyTermsUrl,
  SERVICES_PER_PAGE,
} from './hsds/files';
import { activityCalendarUrl, gebiedCalendarUrl } from './ical';
import { MAP_OVERVIEW_URL } from '../map/overview';

/** The licence of all our data. CC0: anyone may use it without asking and without naming us, as the Dutch government advises for open data. */
export const DATA_LICENCE = { naam: 'CC0 1.0 (publiek domein)', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl' } as const;

export const coverageCsvUrl = '/data/dekking.csv';
/** The same table for one gemeente: "/data/dekking/noordoostpolder.csv". */
export const gemeenteCoverageCsvUrl = (gemeente: string) => `/data/dekking/${gemeente}.csv`;

export interface OpenDataCatalog {
  gemeenten: readonly { id: string; naam: string }[];
  gebieden: readonly { id: string; naam: string; gemeente: string }[];
}

export interface OpenDataLink {
  href: string;
  label: string;
}

export interface OpenDataFile {
  /** Used as the anchor on /open-data/. */
  id: string;
  titel: string;
  formaat: 'JSON' | 'CSV' | 'iCal' | 'RSS';
  /** What it holds and who it is for, in B1 Dutch. */
  uitleg: string[];
  /** Meant for others to use (true), or only for this website's own pages (false: its shape may change). */
  voorHergebruik: boolean;
  links: (catalog: OpenDataCatalog) => OpenDataLink[];
}

const perGemeente = (catalog: OpenDataCatalog, href: (id: string) => string): OpenDataLink[] =>
  catalog.gemeenten.map((gemeente) => ({ href: href(gemeente.id), label: gemeente.naam }));

export const openDataFiles: OpenDataFile[] = [
  {
    id: 'activiteiten',
    titel: 'Alle activiteiten',
    formaat: 'JSON',
    uitleg: [
      "Alle activiteiten in één bestand. Met de titel, een korte uitleg, de plek, de kosten, de thema's en de volgende data.",
      'Per gemeente is er ook een eigen bestand, met dezelfde velden. Dat is kleiner.',
      'Voor wie een eigen overzicht of website maakt. De namen van de velden blijven hetzelfde.',
    ],
    voorHergebruik: true,
    links: (catalog) => [{ href: '/data/activiteiten.json', label: 'Alle gemeenten' }, ...perGemeente(catalog, gemeenteFeedPath)],
  },
  {
    // The anchor "bestand-hsds" is the `profile` of the HSDS root document (hsds/files.ts): keep the id.
    id: 'hsds',
    titel: 'Alle activiteiten voor andere sociale kaarten',
    formaat: 'JSON',
    uitleg: [
      "Alle activiteiten in de vorm van HSDS 3.0. Dat is een internationale afspraak over de gegevens van een sociale kaart. Andere sociale kaarten en programma's voor verwijzen kunnen deze bestanden zo lezen.",
      `Elke gemeente heeft een eigen bestand. Het bestand met alle gemeenten is verdeeld in delen van ${SERVICES_PER_PAGE} activiteiten. Bovenin elk bestand staat hoeveel delen er zijn. Deel 2 heeft hetzelfde adres, met een 2 in plaats van een 1.`,
      'Elke activiteit, plek en organisatie heeft een vaste code. Die code blijft altijd hetzelfde. Zo kunt u de gegevens elke dag opnieuw ophalen en bijwerken.',
      'Wat we niet weten, vult het bestand niet in. Een activiteit op afspraak heeft dus geen vaste tijden. De tijden zijn in Nederlandse tijd. Stopt een activiteit in de schoolvakanties of op feestdagen? Dan staat dat in de notitie bij de tijden. En in de agenda van de activiteit.',
    ],
    voorHergebruik: true,
    links: (catalog) => [
      { href: hsdsServicesPageUrl(1), label: 'Alle gemeenten, deel 1' },
      ...perGemeente(catalog, hsdsGemeenteUrl),
      { href: hsdsTaxonomiesUrl, label: "Lijst van de thema's, doelgroepen en klachten" },
      { href: hsdsTaxonomyTermsUrl, label: "Alle thema's, doelgroepen en klachten met uitleg" },
      { href: hsdsRootUrl, label: 'Beginbestand met de versie van HSDS' },
    ],
  },
  {
    id: 'agenda',
    titel: 'Agenda per dorp of wijk',
    formaat: 'iCal',
    uitleg: [
      'De vaste tijden van de activiteiten, voor de agenda op uw telefoon of computer. Schoolvakanties en feestdagen staan er al uit.',
      'Activiteiten op afspraak staan er niet in. De agenda loopt een jaar vooruit.',
      `Elke activiteit heeft ook een eigen agenda: ${activityCalendarUrl('<activiteit>')}. U vindt de link op de pagina van de activiteit bij "Zet in mijn agenda".`,
    ],
    voorHergebruik: true,
    links: (catalog) => catalog.gebieden.map((gebied) => ({ href: gebiedCalendarUrl(gebied.id), label: gebied.naam })),
  },
  {
    id: 'nieuws',
    titel: 'Nieuw en gecontroleerd',
    formaat: 'RSS',
    uitleg: [
      'Welke activiteiten nieuw zijn of opnieuw zijn gecontroleerd. De nieuwste staan bovenaan, de laatste 50.',
      'Volg dit met een RSS-lezer. Of zet het op de website van uw gemeente of praktijk.',
    ],
    voorHergebruik: true,
    links: (catalog) => [{ href: totalFeedUrl, label: 'Alle gemeenten' }, ...perGemeente(catalog, gemeenteFeedUrl)],
  },
  {
    id: 'dekking',
    titel: 'Aanbod per dorp en thema',
    formaat: 'CSV',
    uitleg: [
      'Hoeveel activiteiten er zijn per dorp of wijk en per thema. Dezelfde tabel als op de pagina voor professionals. Voor alle gemeenten samen of per gemeente.',
      'Open het bestand in Excel. De kolommen zijn gescheiden met een puntkomma.',
    ],
    voorHergebruik: true,
    links: (catalog) => [{ href: coverageCsvUrl, label: 'Alle gemeenten' }, ...perGemeente(catalog, gemeenteCoverageCsvUrl)],
  },
  {
    id: 'zoeken',
    titel: 'Bestanden voor het zoeken',
    formaat: 'JSON',
    uitleg: [
      'De zoekfunctie van deze website zoekt in uw browser. Daarvoor laadt zij per gemeente een klein bestand met de activiteiten en hun woorden.',
      'Deze bestanden zijn voor de website zelf. De vorm kan veranderen. Gebruik liever het bestand met alle activiteiten.',
    ],
    voorHergebruik: false,
    links: () => [{ href: '/data/zoeken/index.json', label: 'Lijst van de zoekbestanden' }],
  },
  {
    id: 'verwijzen',
    titel: 'Bestanden voor het verwijzen',
    formaat: 'JSON',
    uitleg: [
      'De pagina Verwijzen zoekt activiteiten bij een klacht. Eerst laadt zij een lijst van de dorpen en wijken. Kiest u een dorp of wijk? Dan laadt zij alleen het bestand van die gemeente.',
      'Deze bestanden zijn voor de website zelf. De vorm kan veranderen.',
    ],
    voorHergebruik: false,
    links: () => [{ href: REFERRAL_INDEX_PATH, label: 'Lijst van de dorpen en wijken' }],
  },
  {
    id: 'kaart',
    titel: 'Bestanden voor de kaart',
    formaat: 'JSON',
    uitleg: [
      'De kaart van het hele land laadt eerst een klein bestand. Daarin staat per gemeente één punt met het aantal activiteiten.',
      'Kiest u een gemeente op de kaart? Dan laadt de kaart de plekken van die gemeente. Ze zijn voor de website zelf. De vorm kan veranderen.',
    ],
    voorHergebruik: false,
    links: () => [{ href: MAP_OVERVIEW_URL, label: 'Lijst van de gemeenten op de kaart' }],
  },
  {
    id: 'lijstje',
    titel: 'Bestanden voor Mijn lijstje',
    formaat: 'JSON',
    uitleg: [
      'Mijn lijstje laadt alleen de activiteiten die u bewaart. Daarvoor zijn de activiteiten over een paar kleine bestanden verdeeld.',
      'Ze zijn voor de website zelf. De vorm kan veranderen.',
    ],
    voorHergebruik: false,
    links: () => [{ href: '/data/lijstje/index.json', label: 'Lijst van de bestanden' }],
  },
];
