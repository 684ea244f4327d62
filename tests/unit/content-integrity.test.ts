import { describe, expect, it } from 'vitest';
import {
  checkIntegrity,
  checkReviewDates,
  formatProblems,
  MAX_KM_FROM_GEBIED,
  type ContentEntries,
  type Entry,
} from '../../src/lib/content-integrity';
import type { Activiteit, Gebied, Gemeente, Locatie, Organisatie } from '../../src/lib/schemas';

// Small, valid entries; each test breaks one reference.

function gemeente(id: string): Entry<Gemeente> {
  return {
    id,
    file: `content/gemeenten/${id}.yaml`,
    data: {
      naam: id,
      website: 'https://www.voorbeeld.nl',
      schoolvakantieRegio: 'noord',
      omschrijving: 'Een gemeente.',
      loket: {
        naam: 'Sociaal team',
        telefoon: '14 0527',
        email: 'loket@voorbeeld.nl',
        adres: { straat: 'Harmonieweg', huisnummer: '2', postcode: '8302 BL', plaats: 'Emmeloord' },
        openingstijden: 'Elke werkdag.',
      },
    },
  };
}

function gebied(id: string, gemeenteId: string): Entry<Gebied> {
  return {
    id,
    file: `content/gebieden/${id}.yaml`,
    data: {
      naam: id,
      gemeente: gemeenteId,
      soort: 'dorp',
      centrum: { lat: 52.6369, lon: 5.8296 },
      omschrijving: 'Een dorp.',
      speerpunten: { jaar: 2026, punten: ['Elkaar kennen.'] },
      welzijnscoach: {
        naam: 'Sanne',
        organisatie: 'Welzijn',
        telefoon: '0527 123 456',
        email: 'sanne@voorbeeld.nl',
        spreekuur: 'Dinsdag.',
        verwijzen: 'Bel de coach.',
      },
    },
  };
}

function organisatie(id: string): Entry<Organisatie> {
  return { id, file: `content/organisaties/${id}.yaml`, data: { naam: id, soort: 'welzijn' } };
}

function gebouw(id: string, gebiedId: string): Entry<Locatie> {
  return {
    id,
    file: `content/locaties/${id}.yaml`,
    data: {
      naam: id,
      soort: 'gebouw',
      adres: { straat: 'Zuidwesterringweg', huisnummer: '10', postcode: '8307 AA', plaats: 'Ens' },
      gebied: gebiedId,
      coordinaten: { lat: 52.6362, lon: 5.8281 },
      toegankelijkheid: { rolstoel: true, aangepastToilet: true, ringleiding: false, parkeren: true },
    },
  };
}

function online(id: string): Entry<Locatie> {
  return { id, file: `content/locaties/${id}.yaml`, data: { naam: 'Online', soort: 'online' } };
}

function activiteit(id: string, overrides: Partial<Activiteit> = {}, body = 'Kom gezellig koffie drinken.\n'): Entry<Activiteit> {
  return {
    id,
    file: `content/activiteiten/${id}.md`,
    body,
    data: {
      titel: 'Koffie-inloop',
      samenvatting: 'Elke dinsdag koffie.',
      organisatie: 'welzijn-noordoostpolder',
      locaties: ['dorpshuis-ens'],
      gebieden: ['ens'],
      themas: ['ontmoeten'],
      doelgroepen: ['iedereen'],
      bouwsteen: 'verbondenheid',
      dimensies: ['meedoen'],
      rooster: {
        soort: 'wekelijks',
        dagen: ['dinsdag'],
        van: '10:00',
        tot: '11:30',
        pauzeInSchoolvakanties: false,
        pauzeOpFeestdagen: true,
      },
      kosten: { soort: 'gratis' },
      aanmelden: { nodig: false },
      zonderIndicatie: true,
      talen: ['nl'],
      contact: { telefoon: '0527 630 000' },
      laatstGecontroleerd: '2026-11-02',
      status: 'actief',
      ...overrides,
    },
  };
}

function validContent(): ContentEntries {
  return {
    gemeenten: [gemeente('noordoostpolder'), gemeente('bergen')],
    gebieden: [gebied('ens', 'noordoostpolder'), gebied('marknesse', 'noordoostpolder'), gebied('schoorl', 'bergen')],
    organisaties: [organisatie('welzijn-noordoostpolder')],
    locaties: [gebouw('dorpshuis-ens', 'ens'), gebouw('de-ommehof-marknesse', 'marknesse'), online('online-noordoostpolder')],
    activiteiten: [activiteit('koffie-inloop-ens')],
  };
}

const referenceMessage = (value: string, collection: string, suggestion?: string) =>
  `"${value}" bestaat niet in content/${collection}/.` +
  (suggestion ? ` Bedoelt u "${suggestion}"?` : '') +
  ` Schrijf de naam van een bestand in content/${collection}/ (zonder .yaml of .md), of maak dat bestand eerst aan.`;

describe('checkIntegrity', () => {
  it('finds nothing wrong in valid content', () => {
    expect(checkIntegrity(validContent())).toEqual([]);
  });

  it('reports a gebied whose gemeente does not exist, with a suggestion', () => {
    const content = validContent();
    content.gebieden.push(gebied('emmeloord-centrum', 'noordoostpoldr'));
    expect(checkIntegrity(content)).toEqual([
      {
        file: 'content/gebieden/emmeloord-centrum.yaml',
        field: 'gemeente',
        message: referenceMessage('noordoostpoldr', 'gemeenten', 'noordoostpolder'),
      },
    ]);
  });

  it('reports a gebied whose gemeente resembles nothing, without a suggestion', () => {
    const content = validContent();
    content.gebieden.push(gebied('centrum', 'amsterdam'));
    expect(checkIntegrity(content)).toEqual([
      { file: 'content/gebieden/centrum.yaml', field: 'gemeente', message: referenceMessage('amsterdam', 'gemeenten') },
    ]);
  });

  it('reports a locatie whose gebied does not exist', () => {
    const content = validContent();
    content.locaties.push(gebouw('kerk-schoorl', 'schorl'));
    expect(checkIntegrity(content)).toEqual([
      { file: 'content/locaties/kerk-schoorl.yaml', field: 'gebied', message: referenceMessage('schorl', 'gebieden', 'schoorl') },
    ]);
  });

  it('reports an activiteit with a missing organisatie, locatie and gebied, each with its list position', () => {
    const content = validContent();
    content.activiteiten = [
      activiteit('wandelen', {
        organisatie: 'welzijn-noordoostpoldr',
        locaties: ['dorpshuis-ens', 'dorpshuis-en'],
        gebieden: ['ens', 'marknese'],
      }),
    ];
    const file = 'content/activiteiten/wandelen.md';
    expect(checkIntegrity(content)).toEqual([
      { file, field: 'organisatie', message: referenceMessage('welzijn-noordoostpoldr', 'organisaties', 'welzijn-noordoostpolder') },
      { file, field: 'gebieden (nummer 2)', message: referenceMessage('marknese', 'gebieden', 'marknesse') },
      { file, field: 'locaties (nummer 2)', message: referenceMessage('dorpshuis-en', 'locaties', 'dorpshuis-ens') },
    ]);
  });

  it('does not report references to files that exist but failed their schema', () => {
    const content = validContent();
    content.gebieden.push(gebied('emmeloord-centrum', 'urk'));
    content.locaties.push(gebouw('kerk-emmeloord', 'emmeloord-west'));
    content.activiteiten = [
      activiteit('wandelen', {
        organisatie: 'wandelclub',
        locaties: ['dorpshuis-ens', 'sporthal-ens'],
        gebieden: ['ens', 'emmeloord-west'],
      }),
    ];
    const existingIds = {
      gemeenten: ['urk'],
      gebieden: ['emmeloord-west'],
      organisaties: ['wandelclub'],
      locaties: ['sporthal-ens'],
    };
    expect(checkIntegrity(content, existingIds)).toEqual([]);
    // Without existingIds, the same content has five dangling references.
    expect(checkIntegrity(content).map((problem) => problem.field)).toEqual([
      'gemeente',
      'gebied',
      'organisatie',
      'gebieden (nummer 2)',
      'locaties (nummer 2)',
    ]);
  });

  it('reports a physical locatie in a gebied that the activiteit does not list', () => {
    const content = validContent();
    content.activiteiten = [activiteit('wandelen', { locaties: ['de-ommehof-marknesse'], gebieden: ['ens'] })];
    expect(checkIntegrity(content)).toEqual([
      {
        file: 'content/activiteiten/wandelen.md',
        field: 'locaties (nummer 1)',
        message:
          'De plek "de-ommehof-marknesse" ligt in gebied "marknesse", maar dat gebied staat niet bij "gebieden". Zet "marknesse" bij gebieden, of kies een andere plek.',
      },
    ]);
  });

  it('allows an online locatie with any gebieden', () => {
    const content = validContent();
    content.activiteiten = [activiteit('online-praatgroep', { locaties: ['online-noordoostpolder'], gebieden: ['marknesse', 'schoorl'] })];
    expect(checkIntegrity(content)).toEqual([]);
  });

  it('reports a duplicate id in the second file with the name of the first', () => {
    const content = validContent();
    content.gebieden.push({ ...gebied('ens', 'noordoostpolder'), file: 'content/gebieden/kopie/ens.yaml' });
    content.activiteiten.push({ ...activiteit('koffie-inloop-ens'), file: 'content/activiteiten/ens/koffie-inloop-ens.md' });
    expect(checkIntegrity(content)).toEqual([
      {
        file: 'content/gebieden/kopie/ens.yaml',
        field: 'bestandsnaam',
        message:
          'De naam "ens" bestaat al in content/gebieden/ens.yaml. Elke naam in content/gebieden/ moet uniek zijn. Geef dit bestand een andere naam.',
      },
      {
        file: 'content/activiteiten/ens/koffie-inloop-ens.md',
        field: 'bestandsnaam',
        message:
          'De naam "koffie-inloop-ens" bestaat al in content/activiteiten/koffie-inloop-ens.md. Elke naam in content/activiteiten/ moet uniek zijn. Geef dit bestand een andere naam.',
      },
    ]);
  });

  it('reports a place far from the centre of its gebied, naming the gebied and how far off it is', () => {
    const content = validContent();
    // Ens has its centre at 52.6369, 5.8296 in these entries; Maastricht lies at 50.85, 5.69.
    const maastricht = gebouw('dorpshuis-ens', 'ens');
    maastricht.data = { ...maastricht.data, coordinaten: { lat: 50.85, lon: 5.69 } } as Locatie;
    content.locaties[0] = maastricht;
    expect(checkIntegrity(content)).toEqual([
      {
        file: 'content/locaties/dorpshuis-ens.yaml',
        field: 'coordinaten',
        message:
          'Deze plek ligt 199 km van het midden van gebied "ens" (ens). Een plek mag hoogstens 10 km van het midden van zijn gebied liggen. ' +
          'Zoek het adres op een kaart en neem lat en lon opnieuw over, of kies bij "gebied" het goede dorp of de goede wijk.',
      },
    ]);
  });

  it.each([
    [0.089, 0],
    [0.092, 1],
  ])('allows a place up to %s degrees north of the centre only within the limit (%i problems)', (offset, count) => {
    // One degree of latitude is 111.2 km: 0.089 is 9.9 km, 0.092 is 10.2 km.
    expect(MAX_KM_FROM_GEBIED).toBe(10);
    const content = validContent();
    const place = gebouw('dorpshuis-ens', 'ens');
    place.data = { ...place.data, coordinaten: { lat: 52.6369 + offset, lon: 5.8296 } } as Locatie;
    content.locaties[0] = place;
    expect(checkIntegrity(content).filter((problem) => problem.field === 'coordinaten')).toHaveLength(count);
  });

  it('checks the body of every activiteit', () => {
    const content = validContent();
    content.activiteiten = [activiteit('leeg', {}, '\n\n')];
    expect(checkIntegrity(content)).toEqual([
      {
        file: 'content/activiteiten/leeg.md',
        field: 'tekst',
        message: 'De tekst onder de tweede --- is leeg. Schrijf een paar korte zinnen over de activiteit.',
      },
    ]);
  });
});

describe('checkReviewDates', () => {
  it('refuses a check date after today and accepts today itself', () => {
    const entries = [
      activiteit('vandaag', { laatstGecontroleerd: '2026-11-23' }),
      activiteit('morgen', { laatstGecontroleerd: '2026-11-24' }),
    ];
    expect(checkReviewDates(entries, '2026-11-23')).toEqual([
      {
        file: 'content/activiteiten/morgen.md',
        field: 'laatstGecontroleerd',
        message: 'De datum 2026-11-24 ligt na vandaag (2026-11-23). Vul de dag in waarop iemand echt heeft gecontroleerd.',
      },
    ]);
  });
});

describe('formatProblems', () => {
  it('writes one problem in the singular', () => {
    expect(formatProblems([{ file: 'content/gebieden/ens.yaml', field: 'naam', message: 'Dit veld ontbreekt. Vul tekst in.' }])).toBe(
      'De inhoud heeft 1 fout. Verbeter deze en probeer het opnieuw:\n- content/gebieden/ens.yaml, veld "naam": Dit veld ontbreekt. Vul tekst in.',
    );
  });

  it('writes every problem on its own line, in the plural', () => {
    expect(
      formatProblems([
        { file: 'a.yaml', field: 'naam', message: 'Eerste.' },
        { file: 'b.md', field: 'tekst, regel 2', message: 'Tweede.' },
      ]),
    ).toBe(
      'De inhoud heeft 2 fouten. Verbeter deze fouten en probeer het opnieuw:\n- a.yaml, veld "naam": Eerste.\n- b.md, veld "tekst, regel 2": Tweede.',
    );
  });
});
