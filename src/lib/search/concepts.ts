/**
 * The search vocabulary: how residents say things (B1, with common typos) mapped onto the
 * vocabularies of taxonomy.ts. Defined once; the query side and, later, the index side read it.
 * Pure and browser-safe.
 */
import { complaintMatches, type ComplaintId, type TargetGroupId, type ThemeId } from '../taxonomy';
import { isStopWord, tokens } from './normalise';

export interface Concept {
  /** Stable name for tests and debugging; not shown to residents. */
  readonly id: string;
  /** Words and phrases as residents type them, already in normalised form. */
  readonly words: readonly string[];
  readonly themes?: readonly ThemeId[];
  readonly complaints?: readonly ComplaintId[];
  readonly targetGroups?: readonly TargetGroupId[];
  /** Extra index words that activities use for the same thing ("inloop", "buurtkamer"). */
  readonly terms?: readonly string[];
}

const familyMembers = [
  'man',
  'vrouw',
  'moeder',
  'vader',
  'partner',
  'ouders',
  'kind',
  'zoon',
  'dochter',
  'oma',
  'opa',
  'broer',
  'zus',
  'buurvrouw',
  'buurman',
  'schoonmoeder',
  'schoonvader',
];
const careFor = familyMembers.flatMap((member) => [`zorgen voor ${member}`, `zorg voor ${member}`, `zorgen voor mijn ${member}`]);

/**
 * A concept that names a klacht also finds the themes that can help with it, from the one table in
 * taxonomy.ts (`complaintMatches`) that the referral tool ranks with: "somber" finds what a verwijzer finds
 * for somberheid.
 */
function withComplaintThemes(concept: Concept): Concept {
  if (!concept.complaints) return concept;
  const themes = new Set([...(concept.themes ?? []), ...concept.complaints.flatMap((id) => complaintMatches[id].themes)]);
  return { ...concept, themes: [...themes] };
}

export const concepts: readonly Concept[] = (
  [
    {
      id: 'eenzaam',
      words: [
        'eenzaam',
        'eenzaamheid',
        'alleen',
        'alleen zijn',
        'alleenstaand',
        'niemand',
        'niemand praten',
        'niemand om mee te praten',
        'weinig contact',
        'geen contact',
        'geen vrienden',
        'weinig vrienden',
        'vrienden maken',
        'nieuwe mensen',
        'sociaal isolement',
        'isolement',
        'geisoleerd',
        'vereenzaming',
        'vereenzamen',
        'sociale eenzaamheid',
        'emotionele eenzaamheid',
        'sociaal netwerk',
        'sociale contacten',
      ],
      themes: ['ontmoeten'],
      complaints: ['eenzaamheid'],
      terms: ['ontmoeting'],
    },
    {
      id: 'ontmoeten',
      words: [
        'ontmoeten',
        'ontmoeting',
        'mensen ontmoeten',
        'gezelschap',
        'gezellig',
        'gezelligheid',
        'contact',
        'kennismaken',
        'ontmoetingsplek',
        'ontmoetingsplaats',
        'ontmoetingsruimte',
        'sociale cohesie',
        'verbinding',
        'samenleven',
      ],
      themes: ['ontmoeten'],
      terms: ['ontmoeting', 'inloop'],
    },
    {
      id: 'koffie',
      words: [
        'koffie',
        'kopje koffie',
        'koffie drinken',
        'thee',
        'praatje',
        'praatje maken',
        'kletsen',
        'buurthuis',
        'dorpshuis',
        'buurtkamer',
        'inloop',
        'koffieochtend',
      ],
      themes: ['ontmoeten'],
      terms: ['inloop', 'buurtkamer', 'koffieochtend'],
    },
    {
      id: 'geheugen',
      // "alzeimer", "alsheimer" and "altzheimer" are how the word is often typed.
      words: [
        'vergeetachtig',
        'vergeetachtigheid',
        'vergeten',
        'vergeet',
        'geheugen',
        'geheugenproblemen',
        'alzheimer',
        'alzeimer',
        'alsheimer',
        'altzheimer',
        'dementie',
        'dement',
        'dementerend',
        'dementievriendelijk',
        'geheugenklachten',
        'cognitieve achteruitgang',
      ],
      themes: ['geheugen'],
      targetGroups: ['mensen-met-dementie'],
      terms: ['dementie', 'alzheimer'],
    },
    {
      id: 'geldzorgen',
      words: [
        'geldzorgen',
        'geldproblemen',
        'schulden',
        'schuld',
        'armoede',
        'rondkomen',
        'geen geld',
        'weinig geld',
        'rekeningen niet betalen',
        'schuldhulpverlening',
        'vroegsignalering',
        'schuldenproblematiek',
        'financiele problemen',
        'financiele zorgen',
        'bestaanszekerheid',
        'armoedebestrijding',
        'minima',
        'minimabeleid',
        'budgetcoach',
        'budgetcoaching',
        'budgetbeheer',
        'schuldsanering',
        'betalingsachterstand',
        'betalingsachterstanden',
        'laag inkomen',
      ],
      themes: ['geldzaken'],
      complaints: ['geldzorgen'],
      terms: ['schuldhulp'],
    },
    {
      // Post and forms are not always a money worry: only the theme, no klacht.
      id: 'geldzaken',
      words: [
        'geld',
        'geldzaken',
        'rekeningen',
        'rekening',
        'betalen',
        'post',
        'brieven',
        'formulieren',
        'formulier',
        'belasting',
        'belastingaangifte',
        'aangifte',
        'toeslag',
        'toeslagen',
        'administratie',
        'papieren',
        'papierwerk',
      ],
      themes: ['geldzaken'],
      terms: ['thuisadministratie', 'formulierenhulp'],
    },
    {
      id: 'nederlands-leren',
      words: [
        'nederlands leren',
        'nederlands',
        'nederlands spreken',
        'taal leren',
        'taalmaatje',
        'taalcafe',
        'inburgering',
        'inburgeren',
        'nt2',
        'nieuwkomer',
        'nieuwkomers',
        'statushouder',
        'statushouders',
        'vluchteling',
        'vluchtelingen',
        'anderstaligen',
        'anderstalig',
        'oudkomers',
        'taalles',
        'taalcursus',
      ],
      themes: ['taal'],
      targetGroups: ['nieuwkomers'],
      terms: ['taalcafe', 'taalmaatje'],
    },
    {
      id: 'taal',
      words: [
        'taal',
        'lezen',
        'schrijven',
        'lezen en schrijven',
        'laaggeletterd',
        'voorlezen',
        'boeken',
        'bibliotheek',
        'laaggeletterdheid',
        'laaggeletterden',
        'geletterdheid',
        'basisvaardigheden',
        'taalachterstand',
        'taalvaardigheid',
        'leesvaardigheid',
      ],
      themes: ['taal'],
      terms: ['taalhuis'],
    },
    {
      id: 'rouw',
      words: [
        'verdriet',
        'overleden',
        'overlijden',
        'rouw',
        'rouwen',
        'verlies',
        'verloren',
        'weduwe',
        'weduwnaar',
        'gestorven',
        'afscheid',
        'rouwverwerking',
        'verliesverwerking',
        'nabestaanden',
        'rouwbegeleiding',
      ],
      themes: ['steun'],
      complaints: ['rouw'],
      terms: ['rouwgroep', 'lotgenoten'],
    },
    {
      id: 'steun',
      words: [
        'steun',
        'lotgenoten',
        'lotgenotengroep',
        'luisterend oor',
        'praten',
        'ziek',
        'ziekte',
        'kanker',
        'lotgenotencontact',
        'ervaringsdeskundige',
        'ervaringsdeskundigen',
        'praatgroep',
        'chronisch zieken',
      ],
      themes: ['steun'],
      terms: ['lotgenoten'],
    },
    {
      id: 'bewegen',
      words: [
        'bewegen',
        'beweging',
        'sporten',
        'sport',
        'wandelen',
        'wandeling',
        'wandelgroep',
        'fietsen',
        'fiets',
        'gym',
        'gymmen',
        'gymnastiek',
        'yoga',
        'stoelyoga',
        'zwemmen',
        'dansen',
        'fitness',
        'fit',
        'conditie',
        'tai chi',
        'jeu de boules',
        'walking football',
        'ommetje',
        'beweegaanbod',
        'beweegprogramma',
        'bewegen op recept',
        'beweegcoach',
        'beweegmaatje',
        'sportaanbod',
        'ouderensport',
        'sportief',
        'lichamelijke activiteit',
      ],
      themes: ['bewegen'],
      complaints: ['weinig-bewegen'],
    },
    {
      id: 'mantelzorg',
      words: [
        'mantelzorg',
        'mantelzorger',
        'mantelzorgers',
        'overbelast',
        'respijtzorg',
        'ontlasten',
        ...careFor,
        'respijt',
        'informele zorg',
        'informele zorgverleners',
        'mantelzorgondersteuning',
        'mantelzorgwaardering',
        'overbelasting',
        'even vrij',
        'logeeropvang',
        'jonge mantelzorgers',
      ],
      themes: ['mantelzorg'],
      complaints: ['overbelasting-mantelzorg'],
      targetGroups: ['mantelzorgers'],
      terms: ['mantelzorgcafe'],
    },
    {
      id: 'somber',
      words: ['somber', 'somberheid', 'down', 'depressief', 'depressie', 'neerslachtig', 'lusteloos', 'niet lekker in mijn vel'],
      complaints: ['somberheid'],
    },
    {
      id: 'stress',
      words: [
        'stress',
        'gestrest',
        'spanning',
        'spanningen',
        'druk',
        'onrust',
        'burn out',
        'burnout',
        'overspannen',
        'ontspannen',
        'ontspanning',
      ],
      complaints: ['stress'],
      terms: ['ontspanning', 'mindfulness'],
    },
    {
      id: 'piekeren',
      words: ['piekeren', 'pieker', 'zorgen', 'zorgen maken', 'maak zorgen', 'angst', 'angstig', 'bang', 'malen'],
      complaints: ['piekeren'],
    },
    {
      id: 'zingeving',
      words: [
        'zingeving',
        'zinloos',
        'geen zin',
        'zin in het leven',
        'verveling',
        'verveel',
        'vervelen',
        'niks te doen',
        'nuttig',
        'doel',
        'zingevingsvragen',
        'levensvragen',
        'levensvraag',
        'zinvol',
        'betekenisvol',
        'zinvolle dag',
      ],
      themes: ['meedoen', 'creatief'],
      complaints: ['weinig-zingeving'],
    },
    {
      id: 'zelfvertrouwen',
      words: ['zelfvertrouwen', 'onzeker', 'onzekerheid', 'zelfbeeld', 'weerbaar', 'weerbaarheid', 'verlegen', 'assertief'],
      complaints: ['weinig-zelfvertrouwen'],
    },
    {
      id: 'lichamelijke-klachten',
      words: ['pijn', 'moe', 'moeheid', 'vermoeid', 'rugpijn', 'hoofdpijn', 'chronisch', 'lichamelijke klachten'],
      complaints: ['lichamelijke-klachten'],
    },
    {
      id: 'samen-eten',
      words: [
        'eten',
        'samen eten',
        'maaltijd',
        'maaltijden',
        'warme maaltijd',
        'koken',
        'samen koken',
        'diner',
        'lunch',
        'eettafel',
        'buurtrestaurant',
        'ondervoeding',
        'maaltijdvoorziening',
      ],
      themes: ['samen-eten'],
      terms: ['eettafel', 'maaltijd'],
    },
    {
      id: 'digitaal',
      words: [
        'computer',
        'laptop',
        'telefoon',
        'smartphone',
        'mobiel',
        'digid',
        'tablet',
        'ipad',
        'internet',
        'whatsapp',
        'email',
        'mail',
        'digitaal',
        'online',
        'app',
        'apps',
        'videobellen',
        'digitale vaardigheden',
        'digitale inclusie',
        'digibeet',
        'digivaardig',
        'digitale overheid',
      ],
      themes: ['digitaal'],
      terms: ['digicafe', 'computerles'],
    },
    {
      id: 'meedoen',
      words: [
        'vrijwilliger',
        'vrijwilligers',
        'vrijwilligerswerk',
        'meedoen',
        'meehelpen',
        'iets betekenen',
        'iets doen voor een ander',
        'helpen',
        'participatie',
        'maatschappelijke participatie',
        'sociale participatie',
        'inclusie',
        'erbij horen',
        'vrijwillige inzet',
        'vrijwilligersinzet',
      ],
      themes: ['meedoen'],
      terms: ['vrijwilligerswerk'],
    },
    {
      id: 'creatief',
      words: [
        'zingen',
        'meezingen',
        'zang',
        'zanggroep',
        'koor',
        'schilderen',
        'tekenen',
        'handwerken',
        'breien',
        'haken',
        'naaien',
        'muziek',
        'muziek maken',
        'creatief',
        'knutselen',
        'toneel',
        'theater',
        'fotografie',
        'kunst',
        'cultuur',
      ],
      themes: ['creatief'],
    },
    {
      id: 'opvoeden',
      words: [
        'opvoeden',
        'opvoeding',
        'opvoedvragen',
        'baby',
        'babys',
        'peuter',
        'peuters',
        'ouders',
        'ouderschap',
        'gezin',
        'zwanger',
        'jonge moeder',
        'jonge ouders',
        'moeders',
        'vaders',
        'opvoedondersteuning',
        'opvoedingsondersteuning',
        'opgroeien',
        'gezinsondersteuning',
        'kansrijke start',
        'jeugdhulp',
        'opvoedingsvragen',
        'gezinnen',
      ],
      themes: ['opvoeden'],
      targetGroups: ['ouders'],
    },
    {
      id: 'kinderen',
      words: ['kinderen', 'kind', 'kids'],
      themes: ['opvoeden'],
      targetGroups: ['kinderen'],
    },
    {
      id: 'jongeren',
      words: ['jongeren', 'jongere', 'jeugd', 'puber', 'pubers', 'tiener', 'tieners', 'jeugdigen', 'jongerenwerk', 'jeugdwerk'],
      themes: ['opvoeden'],
      targetGroups: ['jongeren'],
    },
    {
      id: 'hulp-thuis',
      words: [
        'klusjes',
        'klus',
        'klussen',
        'klusjesman',
        'thuis hulp',
        'hulp thuis',
        'hulp in huis',
        'huishouden',
        'boodschappen',
        'huisbezoek',
        'bezoek thuis',
        'vervoer',
        'zelfredzaamheid',
        'zelfredzaam',
        'zelfstandig wonen',
        'langer thuis wonen',
        'langer zelfstandig',
        'wmo',
        'huishoudelijke hulp',
        'huishoudelijke ondersteuning',
        'burenhulp',
        'nabuurschap',
        'noaberschap',
        'samenredzaamheid',
        'informele hulp',
      ],
      themes: ['hulp-thuis'],
      terms: ['klussendienst', 'huisbezoek'],
    },
    {
      id: 'ouderen',
      words: [
        'ouderen',
        'oudere',
        'senioren',
        'senior',
        '65',
        '65 plus',
        '65plus',
        'bejaarden',
        'ouder worden',
        'gepensioneerd',
        'pensioen',
        'kwetsbare ouderen',
        'vergrijzing',
        'thuiswonende ouderen',
        '75 plus',
        '75plus',
      ],
      targetGroups: ['ouderen'],
    },
    {
      id: 'beperking',
      words: [
        'beperking',
        'handicap',
        'gehandicapt',
        'rolstoel',
        'slechtziend',
        'blind',
        'doof',
        'slechthorend',
        'verstandelijke beperking',
        'licht verstandelijke beperking',
        'lvb',
        'niet aangeboren hersenletsel',
        'nah',
      ],
      targetGroups: ['mensen-met-een-beperking'],
    },
    {
      // Policy words for preventing falls (the seeds' "valpreventie"): exercise for strength and balance.
      id: 'valpreventie',
      words: [
        'valpreventie',
        'vallen',
        'niet vallen',
        'gevallen',
        'valrisico',
        'valangst',
        'vallen voorkomen',
        'evenwicht',
        'balans',
        'sterk en stabiel',
        'valongeluk',
      ],
      themes: ['bewegen'],
      terms: ['valpreventie', 'vallen', 'evenwicht'],
    },
    {
      // "Dagbesteding" in policy texts is often formal care; in the sociale basis it is a day with people and a purpose.
      id: 'dagbesteding',
      words: [
        'dagbesteding',
        'dagactiviteiten',
        'daginvulling',
        'dagstructuur',
        'dagritme',
        'structuur',
        'zinvolle dagbesteding',
        'dagopvang',
        'activering',
      ],
      themes: ['ontmoeten', 'meedoen'],
      complaints: ['weinig-zingeving'],
      terms: ['inloop', 'ontmoeting'],
    },
    {
      id: 'leefstijl',
      words: [
        'leefstijl',
        'gezonde leefstijl',
        'gezond leven',
        'gezond ouder worden',
        'vitaal ouder worden',
        'vitaliteit',
        'vitaal',
        'leefstijlinterventie',
        'gecombineerde leefstijlinterventie',
        'gli',
        'leefstijlcoach',
      ],
      themes: ['bewegen', 'samen-eten'],
      complaints: ['weinig-bewegen'],
      terms: ['gezond', 'vitaal'],
    },
    {
      id: 'overgewicht',
      words: [
        'overgewicht',
        'obesitas',
        'afvallen',
        'te zwaar',
        'gewicht',
        'zwaarlijvig',
        'diabetes',
        'suikerziekte',
        'gezond eten',
        'gezonde voeding',
        'voeding',
      ],
      themes: ['bewegen', 'samen-eten'],
      complaints: ['weinig-bewegen', 'lichamelijke-klachten'],
      terms: ['gezond'],
    },
    {
      // Positieve gezondheid: its dimensions lichaamsfuncties, meedoen and zingeving, as themes of the sociale basis.
      id: 'positieve-gezondheid',
      words: ['positieve gezondheid', 'welbevinden', 'kwaliteit van leven', 'gezondheid'],
      themes: ['bewegen', 'meedoen', 'ontmoeten'],
      complaints: ['weinig-zingeving'],
    },
    {
      id: 'mentale-gezondheid',
      words: [
        'mentale gezondheid',
        'mentaal welbevinden',
        'psychische klachten',
        'psychische problemen',
        'psychisch',
        'psychosociaal',
        'psychosociale problemen',
        'ggz',
        'mentaal',
        'mentale klachten',
        'veerkracht',
        'mentale weerbaarheid',
      ],
      themes: ['steun'],
      complaints: ['somberheid', 'stress', 'piekeren'],
    },
  ] satisfies Concept[]
).map(withComplaintThemes);

interface Phrase {
  readonly words: readonly string[];
  readonly concept: Concept;
}

/** Phrases by their first word, longest first, so "zorgen voor mijn man" beats "zorgen". */
const phrasesByFirstWord = new Map<string, Phrase[]>();
for (const concept of concepts) {
  // A jargon term typed as such ("schuldhulp", "inloop") means the concept as much as the B1 word.
  for (const word of new Set([...concept.words, ...(concept.terms ?? [])])) {
    // Folded here so the query side, which folds too, compares like with like.
    const words = tokens(word);
    const first = words[0];
    if (first === undefined) continue;
    const list = phrasesByFirstWord.get(first) ?? [];
    list.push({ words, concept });
    phrasesByFirstWord.set(first, list);
  }
}
for (const list of phrasesByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

/** The concepts' one-word phrases, folded: what a typo in a single word may be corrected to. */
export const conceptSingleWords: readonly string[] = [...phrasesByFirstWord.values()].flatMap((list) =>
  list.filter((phrase) => phrase.words.length === 1).map((phrase) => phrase.words[0]!),
);

/** Every folded word used in a concept: place detection must never "correct" these into a place name. */
export const conceptWords: ReadonlySet<string> = new Set(
  [...phrasesByFirstWord.values()].flatMap((list) => list.flatMap((phrase) => phrase.words)),
);

/**
 * How many query tokens, from `start`, the phrase consumes; 0 when it does not match.
 * Stop words in the query may sit between phrase words ("zorgen voor mijn man" matches
 * "zorgen voor man"), but the phrase must start on its own first word.
 */
function matchLength(query: readonly string[], start: number, phrase: readonly string[]): number {
  let at = start;
  for (const [index, word] of phrase.entries()) {
    if (index > 0) {
      while (at < query.length && query[at] !== word && isStopWord(query[at]!)) at += 1;
    }
    if (query[at] !== word) return 0;
    at += 1;
  }
  return at - start;
}

export interface ConceptMatch {
  readonly concept: Concept;
  /** The query tokens this match consumed, stop words between phrase words included. */
  readonly words: readonly string[];
}

export interface Expansion {
  readonly matched: readonly ConceptMatch[];
  readonly themes: readonly ThemeId[];
  readonly complaints: readonly ComplaintId[];
  readonly targetGroups: readonly TargetGroupId[];
  readonly extraTerms: readonly string[];
  /** Tokens no concept consumed, in query order. */
  readonly rest: readonly string[];
}

/** Find the concepts in a list of folded tokens (see `tokens`), longest phrase first at each position. */
export function expandQuery(queryTokens: readonly string[]): Expansion {
  const matched: ConceptMatch[] = [];
  const rest: string[] = [];
  const themeSet = new Set<ThemeId>();
  const complaintSet = new Set<ComplaintId>();
  const targetGroupSet = new Set<TargetGroupId>();
  const termSet = new Set<string>();

  let at = 0;
  while (at < queryTokens.length) {
    const token = queryTokens[at]!;
    let best: { phrase: Phrase; length: number } | undefined;
    for (const phrase of phrasesByFirstWord.get(token) ?? []) {
      const length = matchLength(queryTokens, at, phrase.words);
      if (length > 0 && (!best || length > best.length)) best = { phrase, length };
    }
    if (!best) {
      rest.push(token);
      at += 1;
      continue;
    }
    const { concept } = best.phrase;
    matched.push({ concept, words: queryTokens.slice(at, at + best.length) });
    concept.themes?.forEach((id) => themeSet.add(id));
    concept.complaints?.forEach((id) => complaintSet.add(id));
    concept.targetGroups?.forEach((id) => targetGroupSet.add(id));
    concept.terms?.forEach((term) => termSet.add(tokens(term).join(' ')));
    at += best.length;
  }

  return {
    matched,
    themes: [...themeSet],
    complaints: [...complaintSet],
    targetGroups: [...targetGroupSet],
    extraTerms: [...termSet],
    rest,
  };
}
