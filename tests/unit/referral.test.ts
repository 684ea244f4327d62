/**
 * Welzijn op Recept ranking on the real example content, as the site builds it for 2026-11-23.
 * The labelled cases are what a huisarts would expect for a patient in that dorp: they pin the
 * behaviour of the mapping and the ranking together, so a change to either shows up here.
 */
import { resolve } from 'node:path';
import { loadContentFiles } from '../../scripts/content-files';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/lib/catalog';
import { toReferralActivity, toReferralGebied } from '../../src/lib/referral/build';
import { gebiedenForPostcode } from '../../src/lib/referral/postcodes';
import { qrSvg } from '../../src/lib/referral/qr';
import { activitiesByComplaint, firstComplaintOf, rankActivities, type ReferralOptions } from '../../src/lib/referral/ranking';
import { receptDates, type ReferralActivity, type ReferralGebied } from '../../src/lib/referral/record';
import { choicesFragment, parseChoices, REFERRAL_STATE_NAMES } from '../../src/lib/referral/url-state';
import { MAX_ON_RECEPT } from '../../src/lib/referral/vocabulary';
import { formatDistance, haversineMetres } from '../../src/lib/geo';
import { complaintMatches, complaints, healthDimensions, themes, type ComplaintId } from '../../src/lib/taxonomy';

const root = resolve(import.meta.dirname, '../..');
const TOP = 5;

let catalog: Catalog;
let activities: ReferralActivity[];
const gebieden = new Map<string, ReferralGebied>();

beforeAll(() => {
  const { entries, problems } = loadContentFiles(root);
  expect(problems).toEqual([]);
  catalog = buildCatalog({
    today: '2026-11-23',
    ...entries,
    schoolHolidays: entries.schoolvakanties.flatMap((year) => year.data.vakanties),
  });
  activities = catalog.activities
    .filter((activity) => activity.listed)
    .map((activity) => toReferralActivity(activity, 'https://preventiekaart.example'));
  for (const gebied of catalog.gebieden) {
    gebieden.set(
      gebied.id,
      toReferralGebied(
        gebied,
        catalog.gemeenten.find((gemeente) => gemeente.id === gebied.gemeente)!,
      ),
    );
  }
});

function rank(gebied: string, klachten: ComplaintId[], options: ReferralOptions = {}) {
  return rankActivities(activities, gebieden.get(gebied)!, klachten, options);
}

interface LabelledCase {
  why: string;
  gebied: string;
  klachten: ComplaintId[];
  options?: ReferralOptions;
  first?: string;
  /** Must be among the first five. */
  top: string[];
  /** Must not be in the results at all. */
  never: string[];
}

const cases: LabelledCase[] = [
  {
    why: 'the koffie-inloop names eenzaamheid and is in the dorp',
    gebied: 'ens',
    klachten: ['eenzaamheid'],
    first: 'koffie-inloop-ens',
    top: ['koffie-inloop-ens', 'buurtkamer-emmeloord-revelsant'],
    never: ['koffie-inloop-tubbergen'],
  },
  {
    why: 'two klachten matched by one activity beat one',
    gebied: 'ens',
    klachten: ['eenzaamheid', 'somberheid'],
    first: 'koffie-inloop-ens',
    top: ['rouwcafe-emmeloord-centrum'],
    never: ['rouwcafe-geesteren', 'dorpshuiskamer-vasse'],
  },
  {
    why: 'money worries go to the money help in the gemeente',
    gebied: 'ens',
    klachten: ['geldzorgen'],
    first: 'geldzaken-inloop-emmeloord-centrum',
    top: ['thuisadministratie-noordoostpolder'],
    never: ['inloop-geld-en-post-heiloo', 'koffie-inloop-ens'],
  },
  {
    why: 'the mantelzorgcafé of Marknesse is also for Ens',
    gebied: 'ens',
    klachten: ['overbelasting-mantelzorg'],
    first: 'mantelzorgcafe-marknesse',
    top: [],
    never: ['mantelzorgcafe-bergen', 'dorpsontbijt-ens'],
  },
  {
    why: 'little exercise: the local beweegtuin and the group that names it',
    gebied: 'ens',
    klachten: ['weinig-bewegen'],
    top: ['beweegtuin-ens', 'buiten-sporten-emmeloord-revelsant'],
    never: ['koffie-inloop-ens', 'taalmaatje-noordoostpolder'],
  },
  {
    why: 'without klachten only Welzijn op Recept activities',
    gebied: 'ens',
    klachten: [],
    top: ['koffie-inloop-ens', 'gezondheidscafe-ens'],
    never: ['dorpsontbijt-ens', 'beweegtuin-ens', 'jongerenavond-ens'],
  },
  {
    why: 'grief in Heiloo',
    gebied: 'heiloo',
    klachten: ['rouw'],
    first: 'rouwgroep-heiloo',
    top: [],
    never: ['rouwcafe-uitgeest', 'wandelen-heilooer-bos-heiloo'],
  },
  {
    why: 'grief in Geesteren stays in Tubbergen',
    gebied: 'geesteren',
    klachten: ['rouw'],
    first: 'rouwcafe-geesteren',
    top: [],
    never: ['rouwcafe-castricum', 'praatgroep-bij-verlies-neder-betuwe'],
  },
  {
    why: 'money help at home in Tubbergen',
    gebied: 'tubbergen',
    klachten: ['geldzorgen'],
    first: 'hulp-bij-geld-en-post-tubbergen',
    top: [],
    never: ['digitaal-spreekuur-tubbergen'],
  },
  {
    why: 'free only drops the paid koffie-inloop; paused activities never show',
    gebied: 'uitgeest',
    klachten: ['somberheid'],
    options: { gratis: true },
    top: ['vrijwilligerswerk-zoeken-uitgeest', 'wandelgroep-uitgeest', 'rouwcafe-uitgeest'],
    never: ['koffie-inloop-de-zwaan-uitgeest', 'schilderclub-uitgeest'],
  },
  {
    why: 'a lonely teenager gets the youth group',
    gebied: 'opheusden',
    klachten: ['eenzaamheid'],
    options: { leeftijd: 'jongeren' },
    first: 'jongerengroep-erbij-opheusden',
    top: [],
    never: ['huisbezoek-75-plus-neder-betuwe'],
  },
  {
    why: 'a lonely older person gets no youth group or mothers group',
    gebied: 'opheusden',
    klachten: ['eenzaamheid'],
    options: { leeftijd: 'ouderen' },
    top: ['buurtkamer-kesteren', 'huisbezoek-75-plus-neder-betuwe'],
    never: ['jongerengroep-erbij-opheusden', 'moedergroep-opheusden'],
  },
  {
    why: 'nearby only keeps Marknesse and drops Emmeloord',
    gebied: 'marknesse',
    klachten: ['eenzaamheid'],
    options: { dichtbij: true },
    top: ['ontmoetingsmiddag-marknesse'],
    never: ['buurtkamer-emmeloord-revelsant', 'repair-cafe-marknesse'],
  },
  {
    why: 'a walk by the sea names both klachten',
    gebied: 'egmond-aan-zee',
    klachten: ['weinig-bewegen', 'lichamelijke-klachten'],
    first: 'ommetje-langs-zee-egmond-aan-zee',
    top: ['wandelgroep-bergen'],
    never: ['biljart-en-kaarten-egmond-binnen'],
  },
  {
    why: 'the beweegles for older people in Kesteren',
    gebied: 'kesteren',
    klachten: ['lichamelijke-klachten'],
    options: { leeftijd: 'ouderen' },
    first: 'beweegles-sterk-en-stabiel-kesteren',
    top: [],
    never: ['stoelyoga-de-boomgaard-dodewaard'],
  },
  {
    why: 'a heavy load as mantelzorger in Heiloo',
    gebied: 'heiloo',
    klachten: ['overbelasting-mantelzorg'],
    first: 'mantelzorgcafe-heiloo',
    top: ['alzheimer-cafe-heiloo'],
    never: ['mantelzorgcafe-uitgeest'],
  },
  {
    why: 'free stress help around Limmen',
    gebied: 'limmen',
    klachten: ['stress'],
    options: { gratis: true },
    first: 'mantelzorgcafe-limmen',
    top: ['inloop-geld-en-post-castricum'],
    never: ['stoelyoga-limmen'],
  },
  {
    why: 'the dorpshuiskamer of Vasse, not the paused handwerkclub',
    gebied: 'vasse',
    klachten: ['eenzaamheid'],
    first: 'dorpshuiskamer-vasse',
    top: ['koffie-inloop-tubbergen'],
    never: ['handwerkclub-vasse'],
  },
  {
    why: 'volunteering for little meaning in Castricum',
    gebied: 'castricum',
    klachten: ['weinig-zingeving'],
    first: 'vrijwilligerswerk-vinden-castricum',
    top: ['schilderclub-limmen'],
    never: ['vrijwilligerswerk-zoeken-uitgeest'],
  },
  {
    why: 'the moestuin and the grief group around Dodewaard',
    gebied: 'dodewaard',
    klachten: ['somberheid'],
    top: ['dorpsmoestuin-dodewaard', 'praatgroep-bij-verlies-neder-betuwe'],
    never: ['stoelyoga-de-boomgaard-dodewaard'],
  },
  {
    why: 'low self-confidence in Revelsant',
    gebied: 'emmeloord-revelsant',
    klachten: ['weinig-zelfvertrouwen'],
    first: 'buurtkamer-emmeloord-revelsant',
    top: [],
    never: ['jongerengroep-tubbergen', 'fit-en-vitaal-albergen'],
  },
  {
    why: 'worrying in Schoorl',
    gebied: 'schoorl',
    klachten: ['piekeren'],
    first: 'inloop-geld-en-post-schoorl',
    top: ['duinwandeling-schoorl'],
    never: ['inloop-geld-en-post-castricum'],
  },
  {
    why: 'little exercise in Heiloo, not the paused moestuin',
    gebied: 'heiloo',
    klachten: ['weinig-bewegen'],
    first: 'stoelyoga-heiloo',
    top: [],
    never: ['buurtmoestuin-heiloo'],
  },
  {
    why: 'the youth group for Egmond-Binnen too, not the paused biljart',
    gebied: 'egmond-binnen',
    klachten: ['eenzaamheid'],
    top: ['jongerengroep-samen-sterk-egmond-aan-zee'],
    never: ['biljart-en-kaarten-egmond-binnen', 'handwerkclub-akersloot'],
  },
  {
    why: 'the mantelzorgcafé of Limmen is for Akersloot too',
    gebied: 'akersloot',
    klachten: ['overbelasting-mantelzorg'],
    first: 'mantelzorgcafe-limmen',
    top: [],
    never: ['mantelzorgcafe-bergen'],
  },
  {
    why: 'geldzorgen never brings up activities without a money theme',
    gebied: 'kesteren',
    klachten: ['geldzorgen'],
    first: 'inloop-geld-en-post-kernpunt-kesteren',
    top: [],
    never: ['buurtkamer-kesteren', 'taalcafe-kesteren'],
  },
];

describe('labelled referrals on the example content', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const item of cases) {
    const label = `${item.gebied} + ${item.klachten.join(', ') || 'geen klacht'}${item.options ? ` ${JSON.stringify(item.options)}` : ''}: ${item.why}`;
    it(label, () => {
      const ids = rank(item.gebied, item.klachten, item.options).map((ranked) => ranked.activity.id);
      const top = ids.slice(0, TOP);
      if (item.first) expect(ids[0], `first of ${ids.join(', ')}`).toBe(item.first);
      for (const id of item.top) expect(top, `${id} in the top ${TOP}`).toContain(id);
      for (const id of item.never) expect(ids, `${id} never`).not.toContain(id);
    });
  }
});

describe('ranking rules', () => {
  it('never lists a paused or stopped activity, nor one from another gemeente', () => {
    for (const gebied of gebieden.values()) {
      for (const ranked of rank(gebied.id, [...complaints.ids])) {
        expect(ranked.activity.status).toBe('actief');
        expect(ranked.activity.gemeente).toBe(gebied.gemeente);
      }
    }
  });

  it('finds every Welzijn op Recept activity for each klacht it names, in each of its gebieden', () => {
    for (const activity of activities.filter((item) => item.status === 'actief')) {
      for (const gebied of activity.gebieden) {
        for (const klacht of activity.klachten) {
          const found = rank(gebied, [klacht]).find((ranked) => ranked.activity.id === activity.id);
          expect(found?.match, `${activity.id} for ${klacht} in ${gebied}`).toBe('klacht');
        }
      }
    }
  });

  it('puts explicit klacht matches before theme matches, and theme before dimension matches (among groups that are not full)', () => {
    const order = { klacht: 0, recept: 0, thema: 1, dimensie: 2 };
    for (const gebied of ['ens', 'uitgeest', 'castricum']) {
      const kinds = rank(gebied, ['somberheid', 'stress'])
        .filter((ranked) => ranked.activity.plaats !== 'vol')
        .map((ranked) => order[ranked.match]);
      expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    }
  });

  it('sinks a full group below every other match and says so; a waiting list says so too', () => {
    // The online pain group names lichamelijke-klachten itself but is full (content: plaats vol on 2026-11-12).
    const ranked = rank('ens', ['lichamelijke-klachten']);
    const full = ranked.filter((item) => item.activity.plaats === 'vol');
    expect(full.map((item) => item.activity.id)).toEqual(['online-praatgroep-pijn-noordoostpolder']);
    expect(full[0]!.match).toBe('klacht');
    expect(ranked.at(-1)).toBe(full[0]);
    expect(ranked.slice(0, -1).some((item) => item.match !== 'klacht')).toBe(true);
    expect(full[0]!.reason).toMatch(/^Nu vol · Past bij klachten zonder duidelijke oorzaak/);
    const waiting = rank('ens', ['eenzaamheid']).find((item) => item.activity.id === 'taalmaatje-noordoostpolder');
    expect(waiting?.reason).toMatch(/^Wachtlijst · /);
  });

  it('treats an expired "vrij" as unknown: no room is claimed', () => {
    // thuisadministratie was said to be "vrij" on 2026-08-03, more than 60 days before the build date.
    const activity = activities.find((item) => item.id === 'thuisadministratie-noordoostpolder')!;
    expect(activity.plaats).toBeUndefined();
    expect(activity.meedoen.join(' ')).not.toMatch(/plek/);
    expect(activity.meedoen).toContain('U krijgt binnen 5 dagen antwoord.');
  });

  it('puts the gebied before elsewhere in the gemeente within one kind of match', () => {
    const ranked = rank('ens', ['eenzaamheid']).filter((item) => item.match === 'thema');
    const firstElsewhere = ranked.findIndex((item) => !item.inGebied);
    expect(firstElsewhere).toBeGreaterThan(0);
    expect(ranked.slice(firstElsewhere).every((item) => !item.inGebied)).toBe(true);
  });

  it('filters on wheelchair access, which only a checked building has (one rule with search)', () => {
    const ranked = rank('ens', ['geldzorgen', 'eenzaamheid'], { rolstoel: true });
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((item) => item.activity.rolstoel)).toBe(true);
    // At home: no building, so no claim; it stays in the list without the filter.
    expect(ranked.map((item) => item.activity.id)).not.toContain('thuisadministratie-noordoostpolder');
    expect(rank('ens', ['geldzorgen', 'eenzaamheid']).map((item) => item.activity.id)).toContain('thuisadministratie-noordoostpolder');
  });
});

describe('the klacht mapping', () => {
  it('names at least one theme for every klacht, and only known themes and dimensions', () => {
    expect(Object.keys(complaintMatches).sort()).toEqual([...complaints.ids].sort());
    for (const [klacht, match] of Object.entries(complaintMatches)) {
      expect(match.themes.length, klacht).toBeGreaterThan(0);
      for (const theme of match.themes) expect(themes.ids, klacht).toContain(theme);
      for (const dimension of match.dimensions) expect(healthDimensions.ids, klacht).toContain(dimension);
    }
  });

  it('maps the obvious klachten to the obvious themes', () => {
    expect(complaintMatches.eenzaamheid.themes).toEqual(expect.arrayContaining(['ontmoeten', 'samen-eten', 'meedoen']));
    expect(complaintMatches.eenzaamheid.dimensions).toContain('meedoen');
    expect(complaintMatches['weinig-bewegen'].themes).toContain('bewegen');
    expect(complaintMatches.geldzorgen.themes).toEqual(['geldzaken']);
    expect(complaintMatches['overbelasting-mantelzorg'].themes).toEqual(['mantelzorg']);
    expect(complaintMatches.rouw.themes).toEqual(['steun']);
  });
});

describe('distance and reasons', () => {
  it('measures distance with haversine', () => {
    expect(haversineMetres({ lat: 52, lon: 5 }, { lat: 52, lon: 5 })).toBe(0);
    // One degree of latitude is about 111.2 km everywhere.
    expect(haversineMetres({ lat: 52, lon: 5 }, { lat: 53, lon: 5 })).toBeCloseTo(111_195, -2);
    const ens = gebieden.get('ens')!.centrum;
    const marknesse = gebieden.get('marknesse')!.centrum;
    expect(haversineMetres(ens, marknesse) / 1000).toBeCloseTo(8.9, 0);
  });

  it('formats distances the Dutch way', () => {
    expect(formatDistance(12)).toBe('100 m');
    expect(formatDistance(380)).toBe('400 m');
    expect(formatDistance(949)).toBe('900 m');
    expect(formatDistance(1000)).toBe('1 km');
    expect(formatDistance(2280)).toBe('2,3 km');
    expect(formatDistance(9940)).toBe('9,9 km');
    expect(formatDistance(12_400)).toBe('12 km');
  });

  it('writes the reason in B1 with klachten, rhythm, cost and distance', () => {
    const [first] = rank('ens', ['eenzaamheid', 'somberheid']);
    expect(first!.reason).toBe('Past bij eenzaamheid en somberheid · elke dinsdag · € 1 per keer · 100 m');
    const free = rank('uitgeest', ['somberheid'], { gratis: true }).find((item) => item.activity.id === 'wandelgroep-uitgeest')!;
    expect(free.reason).toBe('Past bij somberheid · elke maandag · gratis · 500 m');
    const theme = rank('ens', ['weinig-bewegen']).find((item) => item.activity.id === 'beweegtuin-ens')!;
    expect(theme.reason).toBe('Er is plek · Kan helpen bij weinig bewegen · elke donderdag · € 1 per keer · 200 m');
    const elsewhere = rank('ens', ['geldzorgen'])[0]!;
    expect(elsewhere.reason).toBe('Past bij geldzorgen · elke donderdag · gratis · 9,9 km, in Emmeloord Centrum');
    const home = rank('tubbergen', ['geldzorgen'])[0]!;
    expect(home.reason).toBe('Past bij geldzorgen · op afspraak · gratis · bij u thuis');
  });
});

describe('choices in the URL', () => {
  const ids = ['ens', 'marknesse'];
  const parse = (text: string) => parseChoices(new URLSearchParams(text), ids);
  it('round-trips the choices through the fragment and ignores what it does not know', () => {
    const choices = parse('gebied=ens&klacht=stress&klacht=eenzaamheid&klacht=onzin&leeftijd=ouderen&gratis=ja&naam=Jan');
    expect(choices).toEqual({ gebied: 'ens', klachten: ['eenzaamheid', 'stress'], leeftijd: 'ouderen', gratis: true });
    const fragment = choicesFragment(choices);
    expect(fragment).toBe('#gebied=ens&klacht=eenzaamheid&klacht=stress&leeftijd=ouderen&gratis=ja');
    expect(parse(fragment.slice(1))).toEqual(choices);
    expect(parse('gebied=parijs')).toEqual({ klachten: [] });
    expect(choicesFragment({ klachten: [] })).toBe('');
  });

  it('names every parameter the fragment can hold', () => {
    const all = choicesFragment({ gebied: 'ens', klachten: ['rouw'], leeftijd: 'ouderen', dichtbij: true, gratis: true, rolstoel: true });
    expect([...new Set(new URLSearchParams(all.slice(1)).keys())]).toEqual([...REFERRAL_STATE_NAMES]);
  });
});

describe('verwijskaart and recept helpers', () => {
  it('groups the Welzijn op Recept activities of a gebied by klacht', () => {
    const groups = activitiesByComplaint(activities, 'ens');
    expect(groups.map((group) => group.klacht)).toEqual(complaints.ids.filter((id) => groups.some((group) => group.klacht === id)));
    expect(groups.find((group) => group.klacht === 'eenzaamheid')!.activities.map((activity) => activity.id)).toEqual([
      'koffie-inloop-ens',
    ]);
    expect(groups.flatMap((group) => group.activities).every((activity) => activity.klachten.length > 0)).toBe(true);
  });

  it('describes an activity under its first klacht only', () => {
    const groups = activitiesByComplaint(activities, 'ens');
    const first = firstComplaintOf(groups);
    const several = groups.flatMap((group) => group.activities).find((activity) => activity.klachten.length > 1)!;
    expect(several).toBeDefined();
    expect(first.get(several.id)).toBe(groups.find((group) => group.activities.some((activity) => activity.id === several.id))!.klacht);
    expect(new Set(first.keys())).toEqual(new Set(groups.flatMap((group) => group.activities.map((activity) => activity.id))));
  });

  it('carries what the recept needs: next dates in B1, where, cost, how to join', () => {
    const koffie = activities.find((activity) => activity.id === 'koffie-inloop-ens')!;
    expect(koffie.volgendeKeren[0]).toEqual({ datum: '2026-11-24', tekst: 'dinsdag 24 november 2026, 10.00 tot 11.30 uur' });
    expect(koffie.wanneer[0]).toBe('Elke dinsdag van 10.00 tot 11.30 uur.');
    expect(koffie.waar[0]).toMatch(/^Dorpshuis De Zuidwester, .+ Ens$/);
    expect(koffie.kosten).toBe('€ 1 per keer');
    expect(koffie.meedoen).toEqual(['U hoeft zich niet aan te melden.', 'Loop gewoon binnen.']);
    expect(koffie.publicUrl).toBe('https://preventiekaart.example/activiteiten/koffie-inloop-ens/');
    expect(MAX_ON_RECEPT).toBe(3);
  });

  it('keeps more coming times than a recept shows, so a recept printed weeks later still has some', () => {
    const koffie = activities.find((activity) => activity.id === 'koffie-inloop-ens')!;
    expect(koffie.volgendeKeren.length).toBeGreaterThan(3);
    expect(receptDates(koffie, '2026-11-23')).toEqual(koffie.volgendeKeren.slice(0, 3).map((time) => time.tekst));
  });

  it("never lists a time before the recept's own date, and lists nothing once all have passed", () => {
    const koffie = activities.find((activity) => activity.id === 'koffie-inloop-ens')!;
    const [first, second, third, fourth] = koffie.volgendeKeren;
    // On the day of the second time: the first is gone, the second is still today.
    expect(receptDates(koffie, second!.datum)).toEqual([second!.tekst, third!.tekst, fourth!.tekst]);
    expect(receptDates(koffie, second!.datum)).not.toContain(first!.tekst);
    expect(receptDates(koffie, '2027-12-31')).toEqual([]);
  });

  it('makes a QR code as an SVG without any service', () => {
    const svg = qrSvg('https://preventiekaart.example/activiteiten/koffie-inloop-ens/', 'QR-code naar "Koffie" & meer');
    expect(svg).toMatch(/^<svg class="pk-qr" [^>]*viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('aria-label="QR-code naar &quot;Koffie&quot; &amp; meer"');
    expect(svg).toMatch(/<path d="M\d/);
  });
});

describe("the patient's postcode finds the gebied", () => {
  const lookup = (input: string) => gebiedenForPostcode(input, [...gebieden.values()]);
  const ids = (input: string) => {
    const result = lookup(input);
    return result.kind === 'found' ? result.gebieden.map((gebied) => gebied.id).sort() : result.kind;
  };

  it('finds a dorp from the four digits, with or without the letters and spaces', () => {
    expect(ids('8307')).toEqual(['ens']);
    expect(ids('8307 AB')).toEqual(['ens']);
    expect(ids(' 8307ab ')).toEqual(['ens']);
    expect(ids('1935')).toEqual(['egmond-binnen']);
  });

  it('returns both gebieden when a postcode lies on their border', () => {
    expect(ids('1921')).toEqual(['akersloot', 'de-woude']);
  });

  it('waits while the postcode is being typed and refuses what is no postcode', () => {
    expect(ids('')).toBe('incomplete');
    expect(ids('83')).toBe('incomplete');
    expect(ids('0830')).toBe('invalid');
    expect(ids('83AB')).toBe('invalid');
    expect(ids('8307 ABC')).toBe('invalid');
    expect(ids('<script>')).toBe('invalid');
  });

  it('names the four digits when the postcode is not in any gebied', () => {
    expect(lookup('1012 AB')).toEqual({ kind: 'unknown', pc4: '1012' });
  });

  it('gives every example gebied at least one postcode', () => {
    for (const gebied of gebieden.values()) expect(gebied.postcodes.length, gebied.id).toBeGreaterThan(0);
  });
});
