/** Plek vrij and reactietijd: validity, expiry and the editor's messages. */
import { describe, expect, it } from 'vitest';
import {
  hasRoom,
  isCurrent,
  PLACE_VALID_DAYS,
  placeClaim,
  placeOn,
  placeSentence,
  RESPONSE_VALID_DAYS,
  responseClaim,
  responseSentence,
} from '../../src/lib/availability';
import { addDays } from '../../src/lib/dates';
import { validateFile } from '../../src/lib/content-validation';

const TODAY = '2026-11-23';

describe('place claims', () => {
  it('is valid for a fixed number of days after it was confirmed, the last day included', () => {
    const claim = placeClaim({ status: 'vrij', bevestigd: '2026-10-01' });
    expect(claim.geldigTot).toBe(addDays('2026-10-01', PLACE_VALID_DAYS));
    expect(placeOn(claim, claim.geldigTot)).toBe('vrij');
    expect(placeOn(claim, addDays(claim.geldigTot, 1))).toBeUndefined();
  });

  it('treats an expired "vrij" as unknown, never as free', () => {
    const old = placeClaim({ status: 'vrij', bevestigd: addDays(TODAY, -PLACE_VALID_DAYS - 1) });
    expect(placeOn(old, TODAY)).toBeUndefined();
    expect(hasRoom(old, TODAY)).toBe(false);
    expect(hasRoom(undefined, TODAY)).toBe(false);
  });

  it('counts only "vrij" as room', () => {
    for (const status of ['wachtlijst', 'vol'] as const) expect(hasRoom(placeClaim({ status, bevestigd: TODAY }), TODAY)).toBe(false);
    expect(hasRoom(placeClaim({ status: 'vrij', bevestigd: TODAY }), TODAY)).toBe(true);
  });

  it('does not show a statement confirmed after today', () => {
    expect(isCurrent(placeClaim({ status: 'vrij', bevestigd: '2026-11-24' }), TODAY)).toBe(false);
  });

  it('keeps a reply time longer than a place', () => {
    expect(RESPONSE_VALID_DAYS).toBeGreaterThan(PLACE_VALID_DAYS);
    const claim = responseClaim({ dagen: 5, bevestigd: addDays(TODAY, -100) });
    expect(isCurrent(claim, TODAY)).toBe(true);
    expect(isCurrent(placeClaim({ status: 'vol', bevestigd: addDays(TODAY, -100) }), TODAY)).toBe(false);
  });

  it('says it in B1 with the date it was checked', () => {
    expect(placeSentence({ status: 'wachtlijst', bevestigd: '2026-11-02' })).toBe(
      'De groep is vol. U kunt op de wachtlijst. Dat is nagevraagd op maandag 2 november 2026.',
    );
    expect(responseSentence(1)).toBe('U krijgt binnen 1 dag antwoord.');
    expect(responseSentence(14)).toBe('U krijgt binnen 14 dagen antwoord.');
  });
});

describe('editor messages for plaats and reageertBinnen', () => {
  const base = `---
titel: Koffie-inloop
samenvatting: Koffie drinken.
organisatie: welzijn-noordoostpolder
locaties: [dorpshuis-de-zuidwester-ens]
gebieden: [ens]
themas: [ontmoeten]
doelgroepen: [iedereen]
bouwsteen: verbondenheid
dimensies: [meedoen]
rooster:
  soort: op-afspraak
kosten:
  soort: gratis
aanmelden:
  nodig: false
contact:
  telefoon: "0527 630 000"
EXTRA
laatstGecontroleerd: 2026-11-02
---
Tekst.
`;
  const problems = (extra: string) => validateFile('activiteiten', 'content/activiteiten/test.md', base.replace('EXTRA', extra)).problems;

  it('accepts both fields', () => {
    expect(problems('plaats:\n  status: vol\n  bevestigd: 2026-11-02\nreageertBinnen:\n  dagen: 5\n  bevestigd: 2026-11-02')).toEqual([]);
  });

  it('suggests the nearest status and lists the choices', () => {
    expect(problems('plaats:\n  status: vrei\n  bevestigd: 2026-11-02')).toEqual([
      {
        file: 'content/activiteiten/test.md',
        field: 'plaats.status',
        message: '"vrei" kennen we niet als plaats. Bedoelt u "vrij"? Kies uit: vrij, wachtlijst, vol.',
      },
    ]);
  });

  it('asks for the date the organiser said it', () => {
    expect(problems('plaats:\n  status: vrij')).toEqual([
      {
        file: 'content/activiteiten/test.md',
        field: 'plaats.bevestigd',
        message: 'Dit veld ontbreekt. Vul een datum als 2026-11-23 (jaar-maand-dag) in.',
      },
    ]);
  });

  it('asks for a whole number of days between 1 and 90', () => {
    expect(problems('reageertBinnen:\n  dagen: 0\n  bevestigd: 2026-11-02')[0]!.message).toBe(
      'De waarde 0 klopt niet. Schrijf minstens 1 dag.',
    );
    expect(problems('reageertBinnen:\n  dagen: 2.5\n  bevestigd: 2026-11-02')[0]!.message).toBe(
      'De waarde 2.5 klopt niet. Schrijf een heel aantal dagen, zoals 5.',
    );
    expect(problems('reageertBinnen:\n  dagen: een week\n  bevestigd: 2026-11-02')[0]!.message).toBe(
      'De waarde "een week" klopt niet. Vul een aantal dagen in.',
    );
  });
});
