/**
 * The vocabularies of the sociale basis, defined once.
 * Schemas, pages, filters, search and exports all read these lists,
 * so a new theme or klacht is added here and nowhere else.
 * Labels and explanations are shown to residents: keep them at taalniveau B1.
 */

export interface Term<Id extends string = string> {
  readonly id: Id;
  /** Short Dutch label, shown on buttons, badges and headings. */
  readonly label: string;
  /** One or two B1 sentences that say what the term means. */
  readonly uitleg: string;
}

function defineTerms<const T extends readonly Term[]>(terms: T) {
  const ids = terms.map((term) => term.id) as unknown as readonly [T[number]['id'], ...T[number]['id'][]];
  const byId = new Map(terms.map((term) => [term.id, term] as const));
  return {
    all: terms,
    ids,
    get(id: T[number]['id']): T[number] {
      const term = byId.get(id);
      if (!term) throw new Error(`Unknown term id "${id}"`);
      return term;
    },
    label(id: T[number]['id']): string {
      return this.get(id).label;
    },
  };
}

export const themes = defineTerms([
  { id: 'ontmoeten', label: 'Ontmoeten', uitleg: 'Andere mensen leren kennen. Samen koffie drinken of een praatje maken.' },
  { id: 'bewegen', label: 'Bewegen en sport', uitleg: 'Samen wandelen, fietsen of sporten. Op uw eigen tempo.' },
  { id: 'samen-eten', label: 'Samen eten', uitleg: 'Samen koken of samen een warme maaltijd eten.' },
  { id: 'taal', label: 'Taal en lezen', uitleg: 'Beter Nederlands leren spreken, lezen of schrijven.' },
  { id: 'digitaal', label: 'Computer en telefoon', uitleg: 'Hulp bij de computer, de telefoon of DigiD.' },
  { id: 'geldzaken', label: 'Geld en post', uitleg: 'Hulp bij rekeningen, schulden, post en formulieren.' },
  { id: 'mantelzorg', label: 'Mantelzorg', uitleg: 'Steun als u zorgt voor iemand in uw familie of buurt.' },
  { id: 'geheugen', label: 'Geheugen en dementie', uitleg: 'Steun als uw geheugen minder wordt. Of als iemand bij u dementie heeft.' },
  { id: 'opvoeden', label: 'Opvoeden en opgroeien', uitleg: 'Steun voor ouders, kinderen en jongeren.' },
  {
    id: 'steun',
    label: 'Steun bij verdriet',
    uitleg: 'Praten met mensen die hetzelfde meemaken. Bijvoorbeeld na een verlies of bij ziekte.',
  },
  { id: 'hulp-thuis', label: 'Hulp in en om huis', uitleg: 'Hulp bij klusjes, een bezoek thuis of tips om niet te vallen.' },
  { id: 'meedoen', label: 'Vrijwilligerswerk en meedoen', uitleg: 'Iets doen voor een ander. Of meedoen in uw dorp of wijk.' },
  { id: 'creatief', label: 'Creatief en cultuur', uitleg: 'Samen zingen, schilderen, handwerken of muziek maken.' },
] as const);
export type ThemeId = (typeof themes.ids)[number];

export const targetGroups = defineTerms([
  { id: 'iedereen', label: 'Iedereen', uitleg: 'Voor alle inwoners.' },
  { id: 'kinderen', label: 'Kinderen', uitleg: 'Voor kinderen tot 12 jaar.' },
  { id: 'jongeren', label: 'Jongeren', uitleg: 'Voor jongeren van 12 tot 23 jaar.' },
  { id: 'ouders', label: 'Ouders', uitleg: 'Voor vaders, moeders en verzorgers.' },
  { id: 'volwassenen', label: 'Volwassenen', uitleg: 'Voor volwassenen.' },
  { id: 'ouderen', label: 'Ouderen', uitleg: 'Voor mensen van ongeveer 65 jaar en ouder.' },
  { id: 'mantelzorgers', label: 'Mantelzorgers', uitleg: 'Voor mensen die zorgen voor iemand in hun familie of buurt.' },
  { id: 'nieuwkomers', label: 'Nieuwkomers', uitleg: 'Voor mensen die nog niet lang in Nederland wonen.' },
  { id: 'mensen-met-dementie', label: 'Mensen met dementie', uitleg: 'Voor mensen met dementie en hun naasten.' },
  {
    id: 'mensen-met-een-beperking',
    label: 'Mensen met een beperking',
    uitleg: 'Voor mensen met een lichamelijke of verstandelijke beperking.',
  },
] as const);
export type TargetGroupId = (typeof targetGroups.ids)[number];

/** Psychosocial complaints a huisarts can refer for through Welzijn op Recept. */
export const complaints = defineTerms([
  { id: 'eenzaamheid', label: 'Eenzaamheid', uitleg: 'Zich alleen voelen. Weinig contact met anderen.' },
  { id: 'somberheid', label: 'Somberheid', uitleg: 'Zich vaak down of somber voelen.' },
  { id: 'stress', label: 'Stress', uitleg: 'Veel spanning. Het is te veel.' },
  { id: 'piekeren', label: 'Piekeren', uitleg: 'Veel zorgen maken. Steeds blijven denken.' },
  { id: 'rouw', label: 'Rouw en verlies', uitleg: 'Verdriet na het verlies van iemand of iets.' },
  { id: 'weinig-bewegen', label: 'Weinig bewegen', uitleg: 'Te weinig beweging op een dag.' },
  { id: 'weinig-zingeving', label: 'Weinig zin in het leven', uitleg: 'Niet goed weten waarvoor u het doet.' },
  { id: 'geldzorgen', label: 'Geldzorgen', uitleg: 'Zorgen over geld, rekeningen of schulden.' },
  { id: 'overbelasting-mantelzorg', label: 'Zware zorg voor een ander', uitleg: 'Moe of op door de zorg voor een ander.' },
  { id: 'weinig-zelfvertrouwen', label: 'Weinig zelfvertrouwen', uitleg: 'Weinig geloof in uzelf.' },
  {
    id: 'lichamelijke-klachten',
    label: 'Klachten zonder duidelijke oorzaak',
    uitleg: 'Pijn of moeheid waar de dokter geen oorzaak voor vindt.',
  },
] as const);
export type ComplaintId = (typeof complaints.ids)[number];

/** The three building blocks of the sociale basis in the BUCH beleidskader. */
export const buildingBlocks = defineTerms([
  { id: 'verbondenheid', label: 'Verbondenheid', uitleg: 'Mensen kennen elkaar en doen dingen samen.' },
  { id: 'samenredzaamheid', label: 'Samen redzaam', uitleg: 'Mensen helpen elkaar in de buurt.' },
  { id: 'zelfredzaamheid', label: 'Zelf redzaam', uitleg: 'Mensen kunnen zelf hun leven goed regelen.' },
] as const);
export type BuildingBlockId = (typeof buildingBlocks.ids)[number];

/** The six dimensions of positieve gezondheid (Machteld Huber). */
export const healthDimensions = defineTerms([
  { id: 'lichaamsfuncties', label: 'Lichaam', uitleg: 'Hoe uw lichaam zich voelt en werkt.' },
  { id: 'mentaal-welbevinden', label: 'Gevoel en gedachten', uitleg: 'Hoe u zich voelt en hoe u met zorgen omgaat.' },
  { id: 'zingeving', label: 'Zin in het leven', uitleg: 'Wat u belangrijk vindt en waar u blij van wordt.' },
  { id: 'kwaliteit-van-leven', label: 'Kwaliteit van leven', uitleg: 'Of u genieten kunt en lekker in uw vel zit.' },
  { id: 'meedoen', label: 'Meedoen', uitleg: 'Contact met anderen en meedoen in de buurt.' },
  { id: 'dagelijks-leven', label: 'Dagelijks leven', uitleg: 'Zelf de dingen van elke dag kunnen doen.' },
] as const);
export type HealthDimensionId = (typeof healthDimensions.ids)[number];

/**
 * Which themes and dimensions of positieve gezondheid can help with each klacht. The one table: the referral
 * ranking and its reasons, and the search concepts of the klachten (search/concepts.ts) read it, so a search
 * for "somber" and a referral for somberheid find the same kinds of activities. Activities that name the
 * klacht in their own `welzijnOpRecept` block always rank above matches found through this table.
 * Dimensions are kept narrow on purpose: "mentaal-welbevinden" fits half the catalogue.
 */
export const complaintMatches: Readonly<Record<ComplaintId, { themes: readonly ThemeId[]; dimensions: readonly HealthDimensionId[] }>> = {
  eenzaamheid: { themes: ['ontmoeten', 'samen-eten', 'meedoen'], dimensions: ['meedoen'] },
  // Lotgenoten ("steun") help against somberheid as much as company does; search lacked it.
  somberheid: { themes: ['ontmoeten', 'bewegen', 'creatief', 'steun'], dimensions: ['mentaal-welbevinden'] },
  stress: { themes: ['bewegen', 'creatief', 'steun'], dimensions: ['mentaal-welbevinden'] },
  piekeren: { themes: ['steun', 'bewegen', 'creatief'], dimensions: ['mentaal-welbevinden'] },
  rouw: { themes: ['steun'], dimensions: [] },
  'weinig-bewegen': { themes: ['bewegen'], dimensions: ['lichaamsfuncties'] },
  'weinig-zingeving': { themes: ['meedoen', 'creatief'], dimensions: ['zingeving'] },
  geldzorgen: { themes: ['geldzaken'], dimensions: [] },
  'overbelasting-mantelzorg': { themes: ['mantelzorg'], dimensions: [] },
  'weinig-zelfvertrouwen': { themes: ['meedoen', 'creatief'], dimensions: [] },
  'lichamelijke-klachten': { themes: ['bewegen'], dimensions: ['lichaamsfuncties'] },
};

export const organisationKinds = defineTerms([
  { id: 'welzijn', label: 'Welzijnsorganisatie', uitleg: 'Een organisatie voor welzijn in de buurt.' },
  { id: 'vrijwilligers', label: 'Vrijwilligersorganisatie', uitleg: 'Een groep vrijwilligers.' },
  { id: 'sport', label: 'Sportvereniging', uitleg: 'Een club voor sport en bewegen.' },
  { id: 'cultuur', label: 'Cultuur', uitleg: 'Een bibliotheek, koor of andere cultuurclub.' },
  { id: 'zorg', label: 'Zorg', uitleg: 'Een zorgorganisatie.' },
  { id: 'bewonersinitiatief', label: 'Bewonersinitiatief', uitleg: 'Bewoners die samen iets organiseren.' },
  { id: 'kerk', label: 'Kerk', uitleg: 'Een kerk of geloofsgemeenschap.' },
  { id: 'gemeente', label: 'Gemeente', uitleg: 'De gemeente zelf.' },
] as const);
export type OrganisationKindId = (typeof organisationKinds.ids)[number];

export const areaKinds = defineTerms([
  { id: 'dorp', label: 'Dorp', uitleg: 'Een dorp.' },
  { id: 'wijk', label: 'Wijk', uitleg: 'Een wijk in een stad of groot dorp.' },
  { id: 'kern', label: 'Kern', uitleg: 'Een dorp of kern in de gemeente.' },
] as const);
export type AreaKindId = (typeof areaKinds.ids)[number];

export const languages = defineTerms([
  { id: 'nl', label: 'Nederlands', uitleg: 'Nederlands' },
  { id: 'en', label: 'Engels', uitleg: 'English' },
  { id: 'de', label: 'Duits', uitleg: 'Deutsch' },
  { id: 'ar', label: 'Arabisch', uitleg: 'العربية' },
  { id: 'tr', label: 'Turks', uitleg: 'Türkçe' },
  { id: 'pl', label: 'Pools', uitleg: 'Polski' },
  { id: 'uk', label: 'Oekraïens', uitleg: 'Українська' },
  { id: 'ti', label: 'Tigrinya', uitleg: 'ትግርኛ' },
  { id: 'nds', label: 'Twents', uitleg: 'Tweants' },
] as const);
export type LanguageId = (typeof languages.ids)[number];

/**
 * The words a visitor may type for a spoken language: Dutch names and adjectives, English names and the
 * native spelling (search folds diacritics, so "turkce" and "türkçe" are one). Dutch is left out: every
 * activity speaks it, and "nederlands" means learning Dutch (concepts.ts).
 */
export const languageSearchWords: Readonly<Record<Exclude<LanguageId, 'nl'>, readonly string[]>> = {
  en: ['engels', 'engelstalig', 'english'],
  de: ['duits', 'duitstalig', 'german', 'deutsch'],
  ar: ['arabisch', 'arabischtalig', 'arabic', 'العربية', 'عربي'],
  tr: ['turks', 'turkstalig', 'turkish', 'türkçe'],
  pl: ['pools', 'poolstalig', 'polish', 'polski'],
  uk: ['oekraiens', 'oekraïens', 'oekraienstalig', 'ukrainian', 'українська'],
  ti: ['tigrinya', 'tigrinia', 'tigrinisch', 'ትግርኛ'],
  nds: ['twents', 'twentse', 'tweants', 'nedersaksisch', 'streektaal', 'dialect'],
};

export const activityStatuses = defineTerms([
  { id: 'actief', label: 'Actief', uitleg: 'Deze activiteit gaat door.' },
  { id: 'gepauzeerd', label: 'Tijdelijk gestopt', uitleg: 'Deze activiteit is even gestopt. Later gaat hij weer door.' },
  { id: 'gestopt', label: 'Gestopt', uitleg: 'Deze activiteit is gestopt.' },
] as const);
export type ActivityStatusId = (typeof activityStatuses.ids)[number];

export const schoolHolidayRegions = ['noord', 'midden', 'zuid'] as const;
export type SchoolHolidayRegion = (typeof schoolHolidayRegions)[number];

export const weekdays = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
export type Weekday = (typeof weekdays)[number];

/**
 * Whether a group has room for someone new. Only a confirmed, recent "vrij" counts as room:
 * an expired or missing statement is unknown, never free (see availability.ts).
 */
export const placeStatuses = defineTerms([
  { id: 'vrij', label: 'Er is plek', uitleg: 'Er is plek. U kunt meedoen.' },
  { id: 'wachtlijst', label: 'Wachtlijst', uitleg: 'De groep is vol. U kunt op de wachtlijst.' },
  { id: 'vol', label: 'Vol', uitleg: 'De groep is vol. Er is nu geen plek.' },
] as const);
export type PlaceStatusId = (typeof placeStatuses.ids)[number];
