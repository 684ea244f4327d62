/**
 * The spreadsheet's columns, defined once: the export writes them, the import reads them, and the
 * guide sheet explains them. Each column names the content field it holds (`path`) and how its
 * cells are read (`kind`). What a field may hold is decided by the content schemas, never here.
 * Headers and explanations are read by editors: Dutch at B1.
 */
import {
  activityStatuses,
  buildingBlocks,
  complaints,
  healthDimensions,
  languages,
  organisationKinds,
  targetGroups,
  themes,
  weekdays,
  type Term,
} from '../taxonomy';
import type { CellKind, Choice } from './cells';

/** Lists that come from the content itself rather than from the vocabularies. */
export type ContentChoiceList = 'gebieden' | 'organisaties' | 'locaties';

export interface Column {
  header: string;
  /** The field in the content file; `id` is the file name, `body` the text under the frontmatter. */
  path: readonly string[] | 'id' | 'body';
  kind: CellKind;
  /** Allowed values for a dropdown and for reading labels: a fixed list, or one from the content. */
  choices?: readonly Choice[] | ContentChoiceList;
  /** The sheet cannot be read without it; optional columns may be left out of a sheet. */
  required?: boolean;
  /** One or two B1 sentences for the guide sheet and the cell's input message. */
  uitleg: string;
  width?: number;
}

export type SheetCollection = 'activiteiten' | 'organisaties' | 'locaties';

export interface SheetSpec {
  collection: SheetCollection;
  sheetName: string;
  /** One word for one row in messages: "activiteit", "organisatie", "plek". */
  rowNoun: string;
  columns: readonly Column[];
}

const terms = (list: { all: readonly Term[] }): Choice[] => list.all.map((term) => ({ id: term.id, label: term.label }));
const plain = (values: readonly string[]): Choice[] => values.map((id) => ({ id }));

export const YES_NO: readonly Choice[] = plain(['ja', 'nee']);
export const SCHEDULE_KINDS: readonly Choice[] = plain(['wekelijks', 'tweewekelijks', 'maandelijks', 'op-afspraak']);
export const COST_KINDS: readonly Choice[] = plain(['gratis', 'bedrag', 'anders']);
export const COST_UNITS: readonly Choice[] = plain(['keer', 'maand', 'jaar', 'cursus', 'maaltijd']);
export const LOCATION_KINDS: readonly Choice[] = plain(['gebouw', 'buiten', 'online', 'aan-huis']);
export const WEEKS: readonly Choice[] = plain(['1', '2', '3', '4', 'laatste']);

const code = (noun: string): Column => ({
  header: 'Code',
  path: 'id',
  kind: 'text',
  uitleg: `De vaste naam van de ${noun}. Verander deze niet. Bij een nieuwe ${noun} laat u dit leeg.`,
  width: 34,
});

export const activitySheet: SheetSpec = {
  collection: 'activiteiten',
  sheetName: 'Activiteiten',
  rowNoun: 'activiteit',
  columns: [
    code('activiteit'),
    {
      header: 'Titel',
      path: ['titel'],
      kind: 'text',
      required: true,
      uitleg: 'De naam van de activiteit. Kort en duidelijk, zoals Wandelgroep Ens.',
      width: 32,
    },
    {
      header: 'Samenvatting',
      path: ['samenvatting'],
      kind: 'text',
      required: true,
      uitleg: 'Eén of twee korte zinnen. Wat doet u en voor wie is het?',
      width: 50,
    },
    {
      header: 'Tekst',
      path: 'body',
      kind: 'body',
      required: true,
      uitleg: 'Een paar korte zinnen over de activiteit. Een nieuwe regel maakt u met Alt en Enter.',
      width: 60,
    },
    {
      header: 'Organisatie',
      path: ['organisatie'],
      kind: 'choice',
      choices: 'organisaties',
      required: true,
      uitleg: 'Wie de activiteit geeft. Kies uit de lijst. Een nieuwe organisatie zet u eerst op het blad Organisaties.',
      width: 30,
    },
    {
      header: 'Plekken',
      path: ['locaties'],
      kind: 'list',
      choices: 'locaties',
      required: true,
      uitleg: 'Waar de activiteit is. Meer dan één? Zet een komma ertussen. Een nieuwe plek zet u eerst op het blad Plekken.',
      width: 34,
    },
    {
      header: 'Gebieden',
      path: ['gebieden'],
      kind: 'list',
      choices: 'gebieden',
      required: true,
      uitleg: 'Voor welke dorpen of wijken de activiteit is. Meer dan één? Zet een komma ertussen.',
      width: 24,
    },
    {
      header: "Thema's",
      path: ['themas'],
      kind: 'list',
      choices: terms(themes),
      required: true,
      uitleg: 'Eén tot drie thema’s uit de lijst, met een komma ertussen.',
      width: 24,
    },
    {
      header: 'Doelgroepen',
      path: ['doelgroepen'],
      kind: 'list',
      choices: terms(targetGroups),
      required: true,
      uitleg: 'Voor wie de activiteit is, met een komma ertussen.',
      width: 24,
    },
    {
      header: 'Leeftijd van',
      path: ['leeftijd', 'van'],
      kind: 'number',
      uitleg: 'Vanaf welke leeftijd, in jaren. Leeg als iedereen welkom is.',
      width: 10,
    },
    {
      header: 'Leeftijd tot',
      path: ['leeftijd', 'tot'],
      kind: 'number',
      uitleg: 'Tot en met welke leeftijd, in jaren. Leeg als iedereen welkom is.',
      width: 10,
    },
    {
      header: 'Bouwsteen',
      path: ['bouwsteen'],
      kind: 'choice',
      choices: terms(buildingBlocks),
      required: true,
      uitleg: 'Waar de activiteit het meest bij past. Kies uit de lijst.',
      width: 18,
    },
    {
      header: 'Dimensies',
      path: ['dimensies'],
      kind: 'list',
      choices: terms(healthDimensions),
      required: true,
      uitleg: 'Waar de activiteit bij helpt, met een komma ertussen.',
      width: 30,
    },
    {
      header: 'Soort rooster',
      path: ['rooster', 'soort'],
      kind: 'choice',
      choices: SCHEDULE_KINDS,
      required: true,
      uitleg: 'Elke week, om de week, elke maand of op afspraak. Kies uit de lijst.',
      width: 16,
    },
    {
      header: 'Eerste keer',
      path: ['rooster', 'eersteKeer'],
      kind: 'date',
      uitleg: 'Alleen bij om de week: een datum waarop de activiteit was of is.',
      width: 14,
    },
    {
      header: 'Weken',
      path: ['rooster', 'weken'],
      kind: 'weeks',
      choices: WEEKS,
      uitleg: 'Alleen bij elke maand: de hoeveelste keer in de maand. Bijvoorbeeld 1, 3 of laatste.',
      width: 10,
    },
    {
      header: 'Dagen',
      path: ['rooster', 'dagen'],
      kind: 'list',
      choices: plain(weekdays),
      uitleg: 'De dag of dagen, zoals dinsdag. Meer dagen? Zet een komma ertussen.',
      width: 20,
    },
    { header: 'Van', path: ['rooster', 'van'], kind: 'time', uitleg: 'Hoe laat het begint, zoals 10:00.', width: 8 },
    { header: 'Tot', path: ['rooster', 'tot'], kind: 'time', uitleg: 'Hoe laat het stopt, zoals 11:30.', width: 8 },
    {
      header: 'Periode van',
      path: ['rooster', 'periode', 'van'],
      kind: 'date',
      uitleg: 'Alleen als de activiteit niet het hele jaar is: de eerste dag.',
      width: 14,
    },
    {
      header: 'Periode tot',
      path: ['rooster', 'periode', 'tot'],
      kind: 'date',
      uitleg: 'Alleen als de activiteit niet het hele jaar is: de laatste dag.',
      width: 14,
    },
    {
      header: 'Stopt in schoolvakanties',
      path: ['rooster', 'pauzeInSchoolvakanties'],
      kind: 'yesNo',
      choices: YES_NO,
      uitleg: 'Schrijf ja of nee.',
      width: 12,
    },
    {
      header: 'Stopt op feestdagen',
      path: ['rooster', 'pauzeOpFeestdagen'],
      kind: 'yesNo',
      choices: YES_NO,
      uitleg: 'Schrijf ja of nee. Meestal ja.',
      width: 12,
    },
    {
      header: 'Opmerking over tijden',
      path: ['rooster', 'opmerking'],
      kind: 'text',
      uitleg: 'Extra uitleg over de tijden, in een korte zin.',
      width: 30,
    },
    {
      header: 'Kosten',
      path: ['kosten', 'soort'],
      kind: 'choice',
      choices: COST_KINDS,
      required: true,
      uitleg: 'gratis, bedrag of anders. Kies uit de lijst.',
      width: 10,
    },
    {
      header: 'Bedrag',
      path: ['kosten', 'bedrag'],
      kind: 'amount',
      uitleg: 'Alleen bij bedrag: het bedrag in euro, zoals 2,50.',
      width: 8,
    },
    {
      header: 'Per',
      path: ['kosten', 'per'],
      kind: 'choice',
      choices: COST_UNITS,
      uitleg: 'Alleen bij bedrag: per keer, maand, jaar, cursus of maaltijd.',
      width: 10,
    },
    {
      header: 'Uitleg kosten',
      path: ['kosten', 'toelichting'],
      kind: 'text',
      uitleg: 'Extra uitleg over de kosten. Bij anders is dit nodig.',
      width: 30,
    },
    {
      header: 'Aanmelden nodig',
      path: ['aanmelden', 'nodig'],
      kind: 'yesNo',
      choices: YES_NO,
      required: true,
      uitleg: 'Moet iemand zich eerst aanmelden? Schrijf ja of nee.',
      width: 12,
    },
    {
      header: 'Hoe meedoen',
      path: ['aanmelden', 'hoe'],
      kind: 'text',
      uitleg: 'Hoe iemand zich aanmeldt of meedoet, in een korte zin.',
      width: 30,
    },
    {
      header: 'Zonder verwijzing',
      path: ['zonderIndicatie'],
      kind: 'yesNo',
      choices: YES_NO,
      uitleg: 'Kan iedereen meedoen zonder brief van de gemeente of dokter? Meestal ja.',
      width: 12,
    },
    {
      header: 'Talen',
      path: ['talen'],
      kind: 'list',
      choices: terms(languages),
      uitleg: 'In welke talen de activiteit is, zoals nl. Meer talen? Zet een komma ertussen.',
      width: 10,
    },
    { header: 'Contact naam', path: ['contact', 'naam'], kind: 'text', uitleg: 'Naam van de contactpersoon.', width: 20 },
    {
      header: 'Contact telefoon',
      path: ['contact', 'telefoon'],
      kind: 'phone',
      uitleg: 'Telefoonnummer met cijfers en spaties, zoals 0527 123 456.',
      width: 16,
    },
    { header: 'Contact e-mail', path: ['contact', 'email'], kind: 'text', uitleg: 'E-mailadres, zoals info@voorbeeld.nl.', width: 30 },
    { header: 'Contact website', path: ['contact', 'website'], kind: 'text', uitleg: 'Webadres dat begint met https://.', width: 30 },
    {
      header: 'Klachten',
      path: ['welzijnOpRecept', 'klachten'],
      kind: 'list',
      choices: terms(complaints),
      uitleg: 'Alleen voor Welzijn op Recept: bij welke klachten dit helpt, met een komma ertussen.',
      width: 24,
    },
    {
      header: 'Tip voor verwijzers',
      path: ['welzijnOpRecept', 'tip'],
      kind: 'text',
      uitleg: 'Alleen voor Welzijn op Recept: één korte zin voor de huisarts of coach.',
      width: 40,
    },
    {
      header: 'Gecontroleerd op',
      path: ['laatstGecontroleerd'],
      kind: 'date',
      required: true,
      uitleg: 'De dag dat de redactie heeft nagevraagd dat de activiteit nog doorgaat.',
      width: 14,
    },
    {
      header: 'Bevestigd door aanbieder op',
      path: ['bevestigdDoorAanbieder'],
      kind: 'date',
      uitleg: 'Bent u de aanbieder? Zet hier de datum van vandaag als alles in deze rij klopt.',
      width: 14,
    },
    {
      header: 'Status',
      path: ['status'],
      kind: 'choice',
      choices: terms(activityStatuses),
      uitleg: 'actief, gepauzeerd of gestopt. Kies uit de lijst.',
      width: 12,
    },
  ],
};

export const organisationSheet: SheetSpec = {
  collection: 'organisaties',
  sheetName: 'Organisaties',
  rowNoun: 'organisatie',
  columns: [
    code('organisatie'),
    { header: 'Naam', path: ['naam'], kind: 'text', required: true, uitleg: 'De naam van de organisatie.', width: 36 },
    {
      header: 'Soort',
      path: ['soort'],
      kind: 'choice',
      choices: terms(organisationKinds),
      required: true,
      uitleg: 'Wat voor organisatie dit is. Kies uit de lijst.',
      width: 18,
    },
    { header: 'Website', path: ['website'], kind: 'text', uitleg: 'Webadres dat begint met https://.', width: 36 },
    { header: 'Telefoon', path: ['telefoon'], kind: 'phone', uitleg: 'Telefoonnummer met cijfers en spaties.', width: 16 },
    { header: 'E-mail', path: ['email'], kind: 'text', uitleg: 'E-mailadres.', width: 32 },
  ],
};

export const locationSheet: SheetSpec = {
  collection: 'locaties',
  sheetName: 'Plekken',
  rowNoun: 'plek',
  columns: [
    code('plek'),
    { header: 'Naam', path: ['naam'], kind: 'text', required: true, uitleg: 'De naam van het gebouw of de plek, of Online.', width: 36 },
    {
      header: 'Soort',
      path: ['soort'],
      kind: 'choice',
      choices: LOCATION_KINDS,
      required: true,
      uitleg: 'gebouw, buiten, online of aan-huis. Kies uit de lijst.',
      width: 12,
    },
    {
      header: 'Straat',
      path: ['adres', 'straat'],
      kind: 'text',
      uitleg: 'Straatnaam zonder huisnummer. Leeg bij online of aan-huis.',
      width: 26,
    },
    { header: 'Huisnummer', path: ['adres', 'huisnummer'], kind: 'houseNumber', uitleg: 'Huisnummer, zoals 12 of 12a.', width: 10 },
    { header: 'Postcode', path: ['adres', 'postcode'], kind: 'postcode', uitleg: 'Postcode, zoals 8307 AB.', width: 10 },
    { header: 'Plaats', path: ['adres', 'plaats'], kind: 'text', uitleg: 'De woonplaats zoals op een brief.', width: 16 },
    {
      header: 'Gebied',
      path: ['gebied'],
      kind: 'choice',
      choices: 'gebieden',
      uitleg: 'Het dorp of de wijk. Kies uit de lijst.',
      width: 20,
    },
    {
      header: 'Breedtegraad',
      path: ['coordinaten', 'lat'],
      kind: 'number',
      uitleg: 'De eerste waarde van de plek op de kaart, zoals 52.6381.',
      width: 12,
    },
    {
      header: 'Lengtegraad',
      path: ['coordinaten', 'lon'],
      kind: 'number',
      uitleg: 'De tweede waarde van de plek op de kaart, zoals 5.8338.',
      width: 12,
    },
    {
      header: 'Rolstoel',
      path: ['toegankelijkheid', 'rolstoel'],
      kind: 'yesNo',
      choices: YES_NO,
      uitleg: 'Kan iemand met een rolstoel zonder hulp naar binnen? Schrijf ja of nee.',
      width: 10,
    },
    {
      header: 'Aangepast toilet',
      path: ['toegankelijkheid', 'aangepastToilet'],
      kind: 'yesNo',
      choices: YES_NO,
      uitleg: 'Is er een toilet voor mensen met een rolstoel? Schrijf ja of nee.',
      width: 10,
    },
    {
      header: 'Ringleiding',
      path: ['toegankelijkheid', 'ringleiding'],
      kind: 'yesNo',
      choices: YES_NO,
      uitleg: 'Is er een ringleiding voor een hoorapparaat? Schrijf ja of nee.',
      width: 10,
    },
    {
      header: 'Parkeren',
      path: ['toegankelijkheid', 'parkeren'],
      kind: 'yesNo',
      choices: YES_NO,
      uitleg: 'Kunt u vlakbij gratis parkeren? Schrijf ja of nee.',
      width: 10,
    },
    {
      header: 'Openbaar vervoer',
      path: ['toegankelijkheid', 'openbaarVervoer'],
      kind: 'text',
      uitleg: 'De bus of trein het dichtst bij, zoals Bushalte Ens Centrum, 200 meter.',
      width: 30,
    },
  ],
};

/** In the order of the workbook: organisations and places first, so new ones exist before an activity names them. */
export const SHEETS: readonly SheetSpec[] = [activitySheet, organisationSheet, locationSheet];
export const GUIDE_SHEET = 'Uitleg';
export const LISTS_SHEET = 'Lijsten';

export function pathKey(path: Column['path']): string {
  return typeof path === 'string' ? `(${path})` : path.join('.');
}

/** "Titel", "titel " and "TITEL" are the same header; so are a column's dotted field path and its header. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function columnForHeader(spec: SheetSpec, header: string): Column | undefined {
  const key = headerKey(header);
  return spec.columns.find(
    (column) => headerKey(column.header) === key || (typeof column.path !== 'string' && headerKey(column.path.join('.')) === key),
  );
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
