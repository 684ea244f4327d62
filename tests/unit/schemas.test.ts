import { describe, expect, it } from 'vitest';
import { validateFile, type CollectionName } from '../../src/lib/content-validation';

// Valid sources, written the way an editor writes them in content/.

const gemeente = `naam: Noordoostpolder
website: https://www.noordoostpolder.nl
schoolvakantieRegio: noord
omschrijving: Noordoostpolder ligt in Flevoland. Emmeloord is de grootste plaats.
loket:
  naam: Sociaal team Noordoostpolder
  telefoon: "14 0527"
  email: sociaalteam@voorbeeld-noordoostpolder.nl
  adres:
    straat: Harmonieweg
    huisnummer: "2"
    postcode: 8302 BL
    plaats: Emmeloord
  openingstijden: Maandag tot en met vrijdag van 9.00 tot 17.00 uur.
`;

const gebied = `naam: Ens
gemeente: noordoostpolder
soort: dorp
centrum:
  lat: 52.6369
  lon: 5.8296
omschrijving: Ens is een dorp in het oosten van de Noordoostpolder.
speerpunten:
  jaar: 2026
  punten:
    - Meer inwoners kennen positieve gezondheid.
    - Jongeren hebben een eigen plek in het dorp.
welzijnscoach:
  naam: Sanne de Vries
  organisatie: Welzijn Noordoostpolder
  telefoon: "0527 123 456"
  email: sanne.de.vries@voorbeeld-welzijn.nl
  spreekuur: Elke dinsdag van 9.00 tot 11.00 uur in dorpshuis De Zuidwester.
  verwijzen: Bel of mail de coach. De coach belt de inwoner binnen een week.
`;

const organisatie = `naam: Welzijn Noordoostpolder
soort: welzijn
website: https://www.voorbeeld-welzijn-noordoostpolder.nl
telefoon: "0527 630 000"
email: info@voorbeeld-welzijn-noordoostpolder.nl
`;

const locatie = `naam: Dorpshuis De Zuidwester
soort: gebouw
adres:
  straat: Zuidwesterringweg
  huisnummer: 10
  postcode: 8307 AA
  plaats: Ens
gebied: ens
coordinaten:
  lat: 52.6362
  lon: 5.8281
toegankelijkheid:
  rolstoel: true
  aangepastToilet: true
  ringleiding: false
  parkeren: true
  openbaarVervoer: Bushalte Ens Centrum, 150 meter lopen.
`;

const activiteit = `---
titel: Koffie-inloop in De Zuidwester
samenvatting: Elke dinsdagochtend staat de koffie klaar.
organisatie: welzijn-noordoostpolder
locaties: [dorpshuis-de-zuidwester-ens]
gebieden: [ens]
themas: [ontmoeten]
doelgroepen: [iedereen, ouderen]
bouwsteen: verbondenheid
dimensies: [meedoen, mentaal-welbevinden]
rooster:
  soort: wekelijks
  dagen: [dinsdag]
  van: "10:00"
  tot: "11:30"
kosten:
  soort: bedrag
  bedrag: 1
  per: keer
aanmelden:
  nodig: false
  hoe: Loop gewoon binnen.
contact:
  naam: Gerda Mulder
  telefoon: "0527 630 000"
  email: info@voorbeeld-welzijn-noordoostpolder.nl
welzijnOpRecept:
  klachten: [eenzaamheid, somberheid]
  tip: Gastvrouw Gerda vangt nieuwe mensen op bij de deur.
laatstGecontroleerd: 2026-11-02
---
Wilt u eens andere mensen zien? Kom dan naar de koffie-inloop.
`;

const FILE = 'content/test/bestand';

/** Replaces one piece of a valid source; fails loudly if the piece is not there, so a fixture edit cannot hide a test. */
function edit(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`Fixture does not contain ${JSON.stringify(from)}`);
  return source.replace(from, to);
}

function problems(collection: CollectionName, source: string) {
  return validateFile(collection, FILE, source).problems;
}

/** The single problem a source has, with the test's file name filled in. */
function problem(field: string, message: string) {
  return [{ file: FILE, field, message }];
}

const themeList =
  'ontmoeten, bewegen, samen-eten, taal, digitaal, geldzaken, mantelzorg, geheugen, opvoeden, steun, hulp-thuis, meedoen, creatief';
const activityFields =
  'titel, samenvatting, organisatie, locaties, gebieden, themas, doelgroepen, leeftijd, bouwsteen, dimensies, rooster, kosten, aanmelden, zonderIndicatie, talen, contact, welzijnOpRecept, taaluitzonderingen, plaats, reageertBinnen, laatstGecontroleerd, bevestigdDoorAanbieder, status';
const phoneMessage = (phone: string) =>
  `De waarde "${phone}" klopt niet. Schrijf een Nederlands telefoonnummer met alleen cijfers en spaties, zoals 0527 123 456, 14 0527 of +31 6 12345678.`;

describe('valid entries', () => {
  it('accepts a gemeente', () => {
    const result = validateFile('gemeenten', FILE, gemeente);
    expect(result.problems).toEqual([]);
    expect(result.data).toMatchObject({
      naam: 'Noordoostpolder',
      schoolvakantieRegio: 'noord',
      loket: { telefoon: '14 0527', adres: { huisnummer: '2' } },
    });
    expect(result.body).toBeUndefined();
  });

  it('accepts a gebied', () => {
    const result = validateFile('gebieden', FILE, gebied);
    expect(result.problems).toEqual([]);
    expect(result.data).toMatchObject({ naam: 'Ens', gemeente: 'noordoostpolder', soort: 'dorp', centrum: { lat: 52.6369, lon: 5.8296 } });
    expect(result.data?.speerpunten.punten).toHaveLength(2);
  });

  it('accepts an organisatie', () => {
    const result = validateFile('organisaties', FILE, organisatie);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({
      naam: 'Welzijn Noordoostpolder',
      soort: 'welzijn',
      website: 'https://www.voorbeeld-welzijn-noordoostpolder.nl',
      telefoon: '0527 630 000',
      email: 'info@voorbeeld-welzijn-noordoostpolder.nl',
    });
  });

  it('accepts a physical locatie and turns a numeric huisnummer into text', () => {
    const result = validateFile('locaties', FILE, locatie);
    expect(result.problems).toEqual([]);
    expect(result.data).toMatchObject({ soort: 'gebouw', gebied: 'ens', adres: { huisnummer: '10', postcode: '8307 AA' } });
  });

  it('accepts an online locatie without address, gebied or coordinates', () => {
    const result = validateFile('locaties', FILE, 'naam: Online\nsoort: online\n');
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({ naam: 'Online', soort: 'online' });
  });

  it('accepts an activiteit, fills in the defaults and keeps the Markdown body', () => {
    const result = validateFile('activiteiten', FILE, activiteit);
    expect(result.problems).toEqual([]);
    expect(result.data).toMatchObject({
      titel: 'Koffie-inloop in De Zuidwester',
      laatstGecontroleerd: '2026-11-02',
      zonderIndicatie: true,
      talen: ['nl'],
      status: 'actief',
      rooster: {
        soort: 'wekelijks',
        dagen: ['dinsdag'],
        van: '10:00',
        tot: '11:30',
        pauzeInSchoolvakanties: false,
        pauzeOpFeestdagen: true,
      },
    });
    expect(result.body).toBe('Wilt u eens andere mensen zien? Kom dan naar de koffie-inloop.\n');
  });

  it('accepts a tweewekelijks and a maandelijks rooster', () => {
    const everyOtherWeek = edit(activiteit, 'soort: wekelijks', 'soort: tweewekelijks\n  eersteKeer: 2026-11-03');
    expect(problems('activiteiten', everyOtherWeek)).toEqual([]);
    const monthly = edit(activiteit, 'soort: wekelijks', 'soort: maandelijks\n  weken: [1, laatste]');
    expect(validateFile('activiteiten', FILE, monthly).data?.rooster).toMatchObject({ soort: 'maandelijks', weken: [1, 'laatste'] });
  });

  it('accepts an op-afspraak rooster without times', () => {
    const source = edit(activiteit, 'soort: wekelijks\n  dagen: [dinsdag]\n  van: "10:00"\n  tot: "11:30"', 'soort: op-afspraak');
    expect(validateFile('activiteiten', FILE, source).data?.rooster).toEqual({ soort: 'op-afspraak' });
  });
});

describe('missing and misspelled fields', () => {
  it('says which field is missing', () => {
    expect(problems('activiteiten', edit(activiteit, 'titel: Koffie-inloop in De Zuidwester\n', ''))).toEqual(
      problem('titel', 'Dit veld ontbreekt. Vul tekst in.'),
    );
    expect(problems('gebieden', edit(gebied, 'gemeente: noordoostpolder\n', ''))).toEqual(
      problem('gemeente', 'Dit veld ontbreekt. Vul de naam van een bestand in content/gemeenten/ (zonder .yaml of .md) in.'),
    );
  });

  it('suggests "themas" for "thema", and also reports the missing "themas"', () => {
    expect(problems('activiteiten', edit(activiteit, 'themas:', 'thema:'))).toEqual([
      { file: FILE, field: 'themas', message: 'Dit veld ontbreekt. Vul een lijst met thema\'s, met op elke regel "- " en een waarde in.' },
      {
        file: FILE,
        field: '(hele bestand)',
        message: `Onbekend veld "thema". Bedoelt u "themas"? Toegestane velden zijn: ${activityFields}.`,
      },
    ]);
  });

  it('names a misspelled field inside a group, with the allowed fields of that group', () => {
    expect(problems('locaties', edit(locatie, 'ringleiding:', 'ringleding:'))).toEqual([
      { file: FILE, field: 'toegankelijkheid.ringleiding', message: 'Schrijf true (ja) of false (nee).' },
      {
        file: FILE,
        field: 'toegankelijkheid',
        message:
          'Onbekend veld "ringleding". Bedoelt u "ringleiding"? Toegestane velden zijn: rolstoel, aangepastToilet, ringleiding, parkeren, openbaarVervoer.',
      },
    ]);
  });

  it('gives no suggestion for a field that resembles nothing', () => {
    expect(problems('organisaties', `${organisatie}kleur: blauw\n`)).toEqual(
      problem('(hele bestand)', 'Onbekend veld "kleur". Toegestane velden zijn: naam, soort, website, telefoon, email.'),
    );
  });

  it('names fields that do not belong to the chosen kind of kosten', () => {
    expect(problems('activiteiten', edit(activiteit, 'soort: bedrag', 'soort: gratis'))).toEqual(
      problem('kosten', 'Onbekend veld "bedrag". Onbekend veld "per". Toegestane velden zijn: soort, toelichting.'),
    );
  });
});

describe('wrong types and values', () => {
  it('says a list is expected when a single value is given', () => {
    expect(problems('activiteiten', edit(activiteit, 'gebieden: [ens]', 'gebieden: ens'))).toEqual(
      problem('gebieden', 'De waarde "ens" klopt niet. Vul een lijst met gebieden, met op elke regel "- " en een waarde in.'),
    );
  });

  it('says a number is expected for an amount', () => {
    expect(problems('activiteiten', edit(activiteit, 'bedrag: 1', 'bedrag: "een euro"'))).toEqual(
      problem('kosten.bedrag', 'De waarde "een euro" klopt niet. Vul een bedrag in euro, zoals 2.50 in.'),
    );
  });

  it('asks for true or false instead of "ja"', () => {
    expect(problems('locaties', edit(locatie, 'rolstoel: true', 'rolstoel: ja'))).toEqual(
      problem('toegankelijkheid.rolstoel', 'Schrijf true (ja) of false (nee).'),
    );
  });

  it('says an empty list is empty', () => {
    expect(problems('activiteiten', edit(activiteit, 'themas: [ontmoeten]', 'themas: []'))).toEqual(
      problem('themas', "Deze lijst is leeg. Noem minstens één thema's."),
    );
  });

  it('lists the kinds of rooster for an unknown kind', () => {
    expect(problems('activiteiten', edit(activiteit, 'soort: wekelijks', 'soort: dagelijks'))).toEqual(
      problem(
        'rooster.soort',
        'Onbekende soort rooster "dagelijks". Kies bij "soort": wekelijks, tweewekelijks, maandelijks, op-afspraak.',
      ),
    );
  });

  it('suggests the nearest schoolvakantie regio', () => {
    expect(problems('gemeenten', edit(gemeente, 'schoolvakantieRegio: noord', 'schoolvakantieRegio: nord'))).toEqual(
      problem('schoolvakantieRegio', '"nord" kennen we niet als regio. Bedoelt u "noord"? Kies uit: noord, midden, zuid.'),
    );
  });

  it('asks for lower-case ids in references', () => {
    expect(
      problems('activiteiten', edit(activiteit, 'organisatie: welzijn-noordoostpolder', 'organisatie: Welzijn Noordoostpolder')),
    ).toEqual(
      problem(
        'organisatie',
        'De waarde "Welzijn Noordoostpolder" klopt niet. Gebruik alleen kleine letters, cijfers en streepjes, zoals de bestandsnaam in content/organisaties/.',
      ),
    );
  });
});

describe('themes', () => {
  it('suggests the theme that is close to a typo', () => {
    expect(problems('activiteiten', edit(activiteit, 'themas: [ontmoeten]', 'themas: [ontmoten]'))).toEqual(
      problem('themas (nummer 1)', `"ontmoten" kennen we niet als thema. Bedoelt u "ontmoeten"? Kies uit: ${themeList}.`),
    );
  });

  it('lists the themes without a suggestion when nothing is close', () => {
    expect(problems('activiteiten', edit(activiteit, 'themas: [ontmoeten]', 'themas: [ontmoeten, sporten]'))).toEqual(
      problem('themas (nummer 2)', `"sporten" kennen we niet als thema. Kies uit: ${themeList}.`),
    );
  });
});

describe('addresses and coordinates', () => {
  const postcodeMessage = (postcode: string) =>
    `De waarde "${postcode}" klopt niet. Schrijf de postcode als vier cijfers, een spatie en twee hoofdletters, zoals 8307 AB.`;

  it.each(['8307aa', '8307 aa', '0307 AA', '8307AA', '830 AA'])('rejects postcode %s', (postcode) => {
    expect(problems('locaties', edit(locatie, '8307 AA', postcode))).toEqual(problem('adres.postcode', postcodeMessage(postcode)));
  });

  it('rejects a latitude south of the Netherlands (Paris)', () => {
    expect(problems('locaties', edit(locatie, 'lat: 52.6362', 'lat: 48.8566'))).toEqual(
      problem('coordinaten.lat', 'Deze breedtegraad ligt buiten Nederland. Kies een waarde tussen 50.7 en 53.6.'),
    );
  });

  it('rejects a longitude east of the Netherlands (Berlin)', () => {
    expect(problems('locaties', edit(locatie, 'lon: 5.8281', 'lon: 13.405'))).toEqual(
      problem('coordinaten.lon', 'Deze lengtegraad ligt buiten Nederland. Kies een waarde tussen 3.3 en 7.3.'),
    );
  });

  it('catches swapped latitude and longitude', () => {
    const swapped = edit(edit(locatie, 'lat: 52.6362', 'lat: 5.8281'), 'lon: 5.8281', 'lon: 52.6362');
    expect(problems('locaties', swapped)).toEqual([
      { file: FILE, field: 'coordinaten.lat', message: 'Deze breedtegraad ligt buiten Nederland. Kies een waarde tussen 50.7 en 53.6.' },
      { file: FILE, field: 'coordinaten.lon', message: 'Deze lengtegraad ligt buiten Nederland. Kies een waarde tussen 3.3 en 7.3.' },
    ]);
  });

  it('checks the centre of a gebied the same way', () => {
    expect(problems('gebieden', edit(gebied, 'lat: 52.6369', 'lat: 54.1'))).toEqual(
      problem('centrum.lat', 'Deze breedtegraad ligt buiten Nederland. Kies een waarde tussen 50.7 en 53.6.'),
    );
  });
});

describe('times', () => {
  it('rejects an end time before the start time', () => {
    expect(problems('activiteiten', edit(activiteit, 'tot: "11:30"', 'tot: "09:30"'))).toEqual(
      problem('rooster.tot', 'De eindtijd ligt voor of op de begintijd. Zet bij "tot" een latere tijd dan bij "van".'),
    );
  });

  it('rejects an end time equal to the start time', () => {
    expect(problems('activiteiten', edit(activiteit, 'tot: "11:30"', 'tot: "10:00"'))).toEqual(
      problem('rooster.tot', 'De eindtijd ligt voor of op de begintijd. Zet bij "tot" een latere tijd dan bij "van".'),
    );
  });

  it('asks for quotes when YAML reads an unquoted time as a number (10.00)', () => {
    expect(problems('activiteiten', edit(activiteit, 'van: "10:00"', 'van: 10.00'))).toEqual(
      problem(
        'rooster.van',
        'De waarde 10 is geen tijd. Schrijf de tijd met een dubbele punt en tussen aanhalingstekens, bijvoorbeeld "10:00".',
      ),
    );
  });

  it('reads an unquoted 10:00 as the text "10:00": js-yaml follows YAML 1.2, which has no sexagesimal numbers', () => {
    const result = validateFile('activiteiten', FILE, edit(activiteit, 'van: "10:00"', 'van: 10:00'));
    expect(result.problems).toEqual([]);
    expect(result.data?.rooster).toMatchObject({ van: '10:00' });
  });

  it.each(['9:30', '"9:30"', '"24:00"', '"10:60"', '"10u"'])('rejects the time %s', (time) => {
    const value = time.replaceAll('"', '');
    expect(problems('activiteiten', edit(activiteit, 'tot: "11:30"', `tot: ${time}`))).toEqual(
      problem('rooster.tot', `De waarde "${value}" klopt niet. Schrijf de tijd als "10:00" of "19:30" (uren:minuten, 24 uur).`),
    );
  });
});

describe('dates', () => {
  const dateMessage = (value: string) => `De datum "${value}" klopt niet. Schrijf een bestaande datum als 2026-11-23 (jaar-maand-dag).`;

  it('rejects the quoted date "2026-02-30"', () => {
    expect(problems('activiteiten', edit(activiteit, 'laatstGecontroleerd: 2026-11-02', 'laatstGecontroleerd: "2026-02-30"'))).toEqual(
      problem('laatstGecontroleerd', dateMessage('2026-02-30')),
    );
  });

  it('rejects a date without leading zeros', () => {
    expect(problems('activiteiten', edit(activiteit, 'laatstGecontroleerd: 2026-11-02', 'laatstGecontroleerd: 2026-2-3'))).toEqual(
      problem('laatstGecontroleerd', dateMessage('2026-2-3')),
    );
  });

  // js-yaml's default schema would roll an unquoted 2026-02-30 over to 2 March; validateFile reads dates as text.
  it('rejects the unquoted date 2026-02-30 instead of rolling it over to 2026-03-02', () => {
    expect(problems('activiteiten', edit(activiteit, 'laatstGecontroleerd: 2026-11-02', 'laatstGecontroleerd: 2026-02-30'))).toEqual(
      problem('laatstGecontroleerd', dateMessage('2026-02-30')),
    );
  });

  it('rejects a period that ends before it starts', () => {
    const source = edit(activiteit, 'tot: "11:30"', 'tot: "11:30"\n  periode:\n    van: 2027-06-30\n    tot: 2026-09-01');
    expect(problems('activiteiten', source)).toEqual(
      problem('rooster.periode.tot', 'De periode eindigt voor hij begint. Zet de vroegste datum bij "van".'),
    );
  });

  it('rejects a tweewekelijks eersteKeer that is not on one of the dagen', () => {
    // 2026-11-04 is a Wednesday; the rooster is on dinsdag.
    expect(problems('activiteiten', edit(activiteit, 'soort: wekelijks', 'soort: tweewekelijks\n  eersteKeer: 2026-11-04'))).toEqual(
      problem(
        'rooster.eersteKeer',
        'De datum bij "eersteKeer" valt niet op een van de dagen bij "dagen". Kies een datum op die dag van de week.',
      ),
    );
  });

  it('accepts a tweewekelijks eersteKeer on the second of two dagen', () => {
    const source = edit(
      edit(activiteit, 'soort: wekelijks', 'soort: tweewekelijks\n  eersteKeer: 2026-11-05'),
      'dagen: [dinsdag]',
      'dagen: [dinsdag, donderdag]',
    );
    expect(problems('activiteiten', source)).toEqual([]);
  });
});

describe('aanmelden and contact', () => {
  it('asks how to sign up when aanmelden is nodig', () => {
    expect(problems('activiteiten', edit(activiteit, 'nodig: false\n  hoe: Loop gewoon binnen.', 'nodig: true'))).toEqual(
      problem('aanmelden.hoe', 'Aanmelden is nodig, maar er staat niet hoe. Vul bij "hoe" in hoe iemand zich aanmeldt.'),
    );
  });

  it('allows aanmelden without hoe when it is not nodig', () => {
    expect(problems('activiteiten', edit(activiteit, 'nodig: false\n  hoe: Loop gewoon binnen.', 'nodig: false'))).toEqual([]);
  });

  it('asks for a phone number, e-mail address or website when contact has only a name', () => {
    const source = edit(activiteit, '  telefoon: "0527 630 000"\n  email: info@voorbeeld-welzijn-noordoostpolder.nl\n', '');
    expect(problems('activiteiten', source)).toEqual(problem('contact', 'Vul minstens een telefoonnummer, e-mailadres of website in.'));
  });

  it('accepts a contact with only a website', () => {
    const source = edit(
      activiteit,
      '  telefoon: "0527 630 000"\n  email: info@voorbeeld-welzijn-noordoostpolder.nl\n',
      '  website: https://www.voorbeeld.nl\n',
    );
    expect(problems('activiteiten', source)).toEqual([]);
  });

  it('rejects a website without https', () => {
    expect(problems('organisaties', edit(organisatie, 'https://www.voorbeeld', 'www.voorbeeld'))).toEqual(
      problem(
        'website',
        'De waarde "www.voorbeeld-welzijn-noordoostpolder.nl" klopt niet. Schrijf een volledig webadres dat begint met https://, zoals https://www.voorbeeld.nl.',
      ),
    );
  });

  it.each(['organisaties', 'gemeenten'] as const)('rejects a website with http:// in %s, as its message asks for https', (collection) => {
    const source = collection === 'organisaties' ? organisatie : gemeente;
    const edited = source.replace(/https:\/\/(www\.[a-z.-]+)/, 'http://$1');
    expect(edited).not.toBe(source);
    const website = /http:\/\/www\.[a-z.-]+/.exec(edited)![0];
    expect(problems(collection, edited)).toEqual(
      problem(
        'website',
        `De waarde "${website}" klopt niet. Schrijf een volledig webadres dat begint met https://, zoals https://www.voorbeeld.nl.`,
      ),
    );
  });

  it('rejects a broken e-mail address', () => {
    expect(problems('organisaties', edit(organisatie, 'info@voorbeeld', 'info.voorbeeld'))).toEqual(
      problem(
        'email',
        'De waarde "info.voorbeeld-welzijn-noordoostpolder.nl" klopt niet. Schrijf een geldig e-mailadres, zoals info@voorbeeld.nl.',
      ),
    );
  });
});

describe('phone numbers', () => {
  const withPhone = (phone: string) => edit(organisatie, '"0527 630 000"', JSON.stringify(phone));

  it.each(['0527 123 456', '14 0527', '+31 6 12345678', '0800 1234', '0900 1234567', '06 12345678', '020 123 4567'])(
    'accepts %s',
    (phone) => {
      expect(problems('organisaties', withPhone(phone))).toEqual([]);
    },
  );

  it.each(['0527-123456', '(0527) 123456', '06 1234', '0527 123 45', '12345', '+32 2 123 4567', '14 05'])('rejects %s', (phone) => {
    expect(problems('organisaties', withPhone(phone))).toEqual(problem('telefoon', phoneMessage(phone)));
  });

  it('requires the phone number of a welzijnscoach', () => {
    expect(problems('gebieden', edit(gebied, '  telefoon: "0527 123 456"\n', ''))).toEqual(
      problem('welzijnscoach.telefoon', 'Dit veld ontbreekt. Vul een telefoonnummer als 0527 123 456 in.'),
    );
  });
});

describe('broken files', () => {
  it('names the line of broken YAML', () => {
    // The opening quote on line 4 is never closed, so the parser reads to the end of the file (line 18).
    expect(problems('locaties', edit(locatie, 'straat: Zuidwesterringweg', 'straat: "Zuidwesterringweg'))).toEqual(
      problem(
        'opmaak, regel 18',
        'De YAML-opmaak klopt niet (unexpected end of the stream within a double quoted scalar). Controleer de inspringing, dubbele punten en aanhalingstekens.',
      ),
    );
  });

  it('names the line of a missing colon', () => {
    expect(problems('organisaties', 'naam: Welzijn\nsoort welzijn\nemail: info@voorbeeld.nl\n')).toEqual(
      problem(
        'opmaak, regel 3',
        'De YAML-opmaak klopt niet (can not read a block mapping entry; a multiline key may not be an implicit key). Controleer de inspringing, dubbele punten en aanhalingstekens.',
      ),
    );
  });

  it('asks for frontmatter in a Markdown file without it', () => {
    expect(problems('activiteiten', edit(activiteit, '---\n', ''))).toEqual(
      problem('(hele bestand)', 'Het bestand moet beginnen met een regel "---", dan de velden, dan weer "---" en daarna de tekst.'),
    );
  });

  it('says an empty YAML file has no fields', () => {
    for (const source of ['', '\n', '# alleen een opmerking\n']) {
      expect(problems('gebieden', source)).toEqual(
        problem('(hele bestand)', 'Het bestand bevat geen velden. Schrijf op elke regel een veld, zoals "naam: Ens".'),
      );
    }
  });

  it('says a YAML file with a list instead of fields has no fields', () => {
    expect(problems('organisaties', '- naam: Welzijn\n')).toEqual(
      problem('(hele bestand)', 'Het bestand bevat geen velden. Schrijf op elke regel een veld, zoals "naam: Ens".'),
    );
  });

  it('asks for frontmatter in an empty Markdown file', () => {
    expect(problems('activiteiten', '')).toEqual(
      problem('(hele bestand)', 'Het bestand moet beginnen met een regel "---", dan de velden, dan weer "---" en daarna de tekst.'),
    );
  });
});

describe('postcodes of a gebied', () => {
  const withPostcodes = (lines: string) => edit(gebied, 'omschrijving:', `postcodes:\n${lines}\nomschrijving:`);

  it('accepts the four digits as text', () => {
    expect(problems('gebieden', withPostcodes('  - "8307"'))).toEqual([]);
  });

  it('names the row and says how to write a postcode with letters or too few digits', () => {
    const [first] = problems('gebieden', withPostcodes('  - "8307"\n  - "8307 AB"'));
    expect(first?.field).toBe('postcodes (nummer 2)');
    expect(first?.message).toContain('Schrijf alleen de vier cijfers van de postcode');
    expect(first?.message).toContain('8307 AB');
  });
});
