import { describe, expect, it } from 'vitest';
import {
  describePauses,
  describeSchedule,
  formatCost,
  formatDate,
  formatDateShort,
  formatEuro,
  formatTime,
  formatTimeRange,
  plural,
  REMOTE_EITHER,
  REMOTE_WORDS,
  shortRhythm,
  signUpSentence,
} from '../../src/lib/format';
import { reportErrorHref, routeHref, telHref } from '../../src/lib/links';
import type { PhysicalLocatie, Rooster } from '../../src/lib/schemas';
import { themes } from '../../src/lib/taxonomy';
import { closestMatch, editDistance, joinDutch, slugify, typoDistance } from '../../src/lib/text';

const pauses = { pauzeInSchoolvakanties: false, pauzeOpFeestdagen: false };

describe('dates and times', () => {
  it('writes a date with weekday, day, month and year', () => {
    expect(formatDate('2026-12-01')).toBe('dinsdag 1 december 2026');
    expect(formatDate('2027-01-01')).toBe('vrijdag 1 januari 2027');
    expect(formatDate('2028-02-29')).toBe('dinsdag 29 februari 2028');
  });

  it('writes a short date without the year', () => {
    expect(formatDateShort('2026-12-01')).toBe('dinsdag 1 december');
    expect(formatDateShort('2026-11-23')).toBe('maandag 23 november');
  });

  it('writes times with a dot, the Dutch way', () => {
    expect(formatTime('10:00')).toBe('10.00');
    expect(formatTime('09:30')).toBe('9.30');
    expect(formatTime('00:15')).toBe('0.15');
    expect(formatTimeRange('10:00', '12:00')).toBe('10.00 tot 12.00 uur');
    expect(formatTimeRange('19:30', '21:45')).toBe('19.30 tot 21.45 uur');
  });
});

describe('money', () => {
  it('writes euros with a comma and two decimals, whole amounts without decimals', () => {
    expect(formatEuro(2.5)).toBe('€ 2,50');
    expect(formatEuro(5)).toBe('€ 5');
    expect(formatEuro(0.5)).toBe('€ 0,50');
    expect(formatEuro(12.75)).toBe('€ 12,75');
  });

  it('describes each kind of kosten', () => {
    expect(formatCost({ soort: 'gratis' })).toBe('Gratis');
    expect(formatCost({ soort: 'gratis', toelichting: 'Een vrijwillige bijdrage mag.' })).toBe('Gratis');
    expect(formatCost({ soort: 'bedrag', bedrag: 2.5, per: 'keer' })).toBe('€ 2,50 per keer');
    expect(formatCost({ soort: 'bedrag', bedrag: 25, per: 'jaar', toelichting: 'Met een U-pas betaalt u niets.' })).toBe('€ 25 per jaar');
    expect(formatCost({ soort: 'bedrag', bedrag: 7.5, per: 'maaltijd' })).toBe('€ 7,50 per maaltijd');
    expect(formatCost({ soort: 'anders', toelichting: 'U betaalt alleen de boodschappen.' })).toBe('U betaalt alleen de boodschappen.');
  });
});

describe('describeSchedule', () => {
  it('describes a weekly rooster', () => {
    expect(describeSchedule({ soort: 'wekelijks', dagen: ['dinsdag'], van: '10:00', tot: '11:30', ...pauses })).toBe(
      'Elke dinsdag van 10.00 tot 11.30 uur.',
    );
    expect(describeSchedule({ soort: 'wekelijks', dagen: ['maandag', 'woensdag', 'vrijdag'], van: '09:00', tot: '10:00', ...pauses })).toBe(
      'Elke maandag, woensdag en vrijdag van 9.00 tot 10.00 uur.',
    );
  });

  it('describes a tweewekelijks rooster', () => {
    expect(
      describeSchedule({ soort: 'tweewekelijks', eersteKeer: '2026-11-05', dagen: ['donderdag'], van: '19:30', tot: '21:00', ...pauses }),
    ).toBe('Om de week op donderdag van 19.30 tot 21.00 uur.');
  });

  it('describes a maandelijks rooster', () => {
    expect(describeSchedule({ soort: 'maandelijks', weken: [1, 3], dagen: ['woensdag'], van: '14:00', tot: '16:00', ...pauses })).toBe(
      'Elke eerste en derde woensdag van de maand, van 14.00 tot 16.00 uur.',
    );
    expect(describeSchedule({ soort: 'maandelijks', weken: ['laatste'], dagen: ['vrijdag'], van: '17:30', tot: '19:30', ...pauses })).toBe(
      'Elke laatste vrijdag van de maand, van 17.30 tot 19.30 uur.',
    );
    expect(describeSchedule({ soort: 'maandelijks', weken: [2, 4], dagen: ['dinsdag'], van: '10:00', tot: '12:00', ...pauses })).toBe(
      'Elke tweede en vierde dinsdag van de maand, van 10.00 tot 12.00 uur.',
    );
  });

  it('describes op-afspraak', () => {
    expect(describeSchedule({ soort: 'op-afspraak' })).toBe('Op afspraak.');
    expect(describeSchedule({ soort: 'op-afspraak', opmerking: 'Bel de coach.' })).toBe('Op afspraak.');
  });
});

describe('describePauses', () => {
  const base: Rooster = { soort: 'wekelijks', dagen: ['dinsdag'], van: '10:00', tot: '11:30', ...pauses };

  it('says nothing when there is no period and no pause', () => {
    expect(describePauses(base)).toEqual([]);
    expect(describePauses({ soort: 'op-afspraak' })).toEqual([]);
  });

  it('names the period with full dates, then the pauses', () => {
    expect(
      describePauses({ ...base, periode: { van: '2026-09-01', tot: '2027-06-30' }, pauzeInSchoolvakanties: true, pauzeOpFeestdagen: true }),
    ).toEqual(['Van dinsdag 1 september 2026 tot en met woensdag 30 juni 2027.', 'Niet in de schoolvakanties.', 'Niet op feestdagen.']);
  });

  it('names each pause on its own', () => {
    expect(describePauses({ ...base, pauzeInSchoolvakanties: true })).toEqual(['Niet in de schoolvakanties.']);
    expect(describePauses({ ...base, pauzeOpFeestdagen: true })).toEqual(['Niet op feestdagen.']);
  });
});

describe('plural and joinDutch', () => {
  it('chooses singular only for exactly one', () => {
    expect(plural(1, 'activiteit', 'activiteiten')).toBe('1 activiteit');
    expect(plural(0, 'activiteit', 'activiteiten')).toBe('0 activiteiten');
    expect(plural(12, 'activiteit', 'activiteiten')).toBe('12 activiteiten');
  });

  it('joins with commas and "en" before the last item', () => {
    expect(joinDutch([])).toBe('');
    expect(joinDutch(['Ens'])).toBe('Ens');
    expect(joinDutch(['Ens', 'Marknesse'])).toBe('Ens en Marknesse');
    expect(joinDutch(['Ens', 'Marknesse', 'Emmeloord'])).toBe('Ens, Marknesse en Emmeloord');
  });
});

describe('slugify', () => {
  it.each([
    ['Egmond aan Zee', 'egmond-aan-zee'],
    ['Café Ruïne', 'cafe-ruine'],
    ['Egmond-Binnen', 'egmond-binnen'],
    ["Dorpshuis 't Anker", 'dorpshuis-t-anker'],
    ["  's-Hertogenbosch ", 's-hertogenbosch'],
    ['Koffie & Thee (50+)', 'koffie-thee-50'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('editDistance and closestMatch', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('thema', 'themas')).toBe(1);
    expect(editDistance('', 'ens')).toBe(3);
    expect(editDistance('ens', '')).toBe(3);
    expect(editDistance('ens', 'ens')).toBe(0);
  });

  it('counts a swap of two neighbouring letters as one typo', () => {
    expect(typoDistance('schakne', 'schaken')).toBe(1);
    expect(editDistance('schakne', 'schaken')).toBe(2);
    expect(typoDistance('kitten', 'sitting')).toBe(3);
    expect(typoDistance('', 'ens')).toBe(3);
    expect(typoDistance('ens', 'ens')).toBe(0);
    expect(typoDistance('ab', 'ba')).toBe(1);
  });

  it('suggests the nearest candidate for a typo, ignoring case', () => {
    expect(closestMatch('ontmoten', themes.ids)).toBe('ontmoeten');
    expect(closestMatch('Bewegen', themes.ids)).toBe('bewegen');
    expect(closestMatch('samen eten', themes.ids)).toBe('samen-eten');
    expect(closestMatch('thema', ['titel', 'themas', 'doelgroepen'])).toBe('themas');
  });

  it('suggests nothing when no candidate is close enough', () => {
    expect(closestMatch('sporten', themes.ids)).toBeUndefined();
    expect(closestMatch('amsterdam', ['noordoostpolder', 'bergen', 'castricum'])).toBeUndefined();
    expect(closestMatch('ens', [])).toBeUndefined();
  });

  it('allows two edits for short words and a third of the length for long ones', () => {
    expect(closestMatch('xy', ['ab'])).toBe('ab');
    expect(closestMatch('abc', ['xyz'])).toBeUndefined();
    expect(closestMatch('noordoostpolder', ['nrdstpolder'])).toBe('nrdstpolder'); // 4 edits, 15 letters: tolerance 5
    expect(closestMatch('noordoostpolder', ['nrdstpldr'])).toBeUndefined(); // 6 edits
  });
});

describe('telHref', () => {
  it.each([
    ['0527 123 456', 'tel:+31527123456'],
    ['06 12345678', 'tel:+31612345678'],
    ['+31 6 12345678', 'tel:+31612345678'],
    ['14 0527', 'tel:140527'],
    ['14 020', 'tel:14020'],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});

describe('routeHref', () => {
  it('links to an OpenStreetMap route to the coordinates', () => {
    const locatie: PhysicalLocatie = {
      naam: 'Dorpshuis De Zuidwester',
      soort: 'gebouw',
      adres: { straat: 'Zuidwesterringweg', huisnummer: '10', postcode: '8307 AA', plaats: 'Ens' },
      gebied: 'ens',
      coordinaten: { lat: 52.6362, lon: 5.8281 },
      toegankelijkheid: { rolstoel: true, aangepastToilet: true, ringleiding: false, parkeren: true },
    };
    expect(routeHref(locatie)).toBe('https://www.openstreetmap.org/directions?route=%3B52.6362%2C5.8281#map=17/52.6362/5.8281');
  });
});

describe('reportErrorHref', () => {
  it('pre-fills an encoded subject and body', () => {
    const href = reportErrorHref('redactie@voorbeeld.nl', 'Koffie & thee?', 'https://preventiekaart.nl/activiteiten/koffie-inloop-ens/');
    expect(href).toBe(
      'mailto:redactie@voorbeeld.nl' +
        '?subject=Fout%20op%20de%20Preventiekaart%3A%20Koffie%20%26%20thee%3F' +
        '&body=Over%20deze%20pagina%3A%20https%3A%2F%2Fpreventiekaart.nl%2Factiviteiten%2Fkoffie-inloop-ens%2F%0A%0AWat%20klopt%20er%20niet%3F%0A%0A',
    );
  });

  it('decodes back to the subject and body, even with & and ? in the title', () => {
    const url = new URL(reportErrorHref('redactie@voorbeeld.nl', 'Eten & drinken? Ja!', 'https://preventiekaart.nl/gebieden/ens/'));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('redactie@voorbeeld.nl');
    expect(url.searchParams.get('subject')).toBe('Fout op de Preventiekaart: Eten & drinken? Ja!');
    expect(url.searchParams.get('body')).toBe('Over deze pagina: https://preventiekaart.nl/gebieden/ens/\n\nWat klopt er niet?\n\n');
  });
});

describe('shortRhythm and describeSchedule share their words', () => {
  const pauses = { pauzeInSchoolvakanties: false, pauzeOpFeestdagen: false };
  it('says the rhythm in a few words, and the sentence starts with it', () => {
    const monthly: Rooster = { soort: 'maandelijks', weken: [2, 'laatste'], dagen: ['vrijdag'], van: '09:00', tot: '10:00', ...pauses };
    expect(shortRhythm(monthly)).toBe('elke tweede en laatste vrijdag van de maand');
    expect(describeSchedule(monthly)).toBe('Elke tweede en laatste vrijdag van de maand, van 9.00 tot 10.00 uur.');
    expect(
      shortRhythm({ soort: 'tweewekelijks', eersteKeer: '2026-11-05', dagen: ['donderdag'], van: '19:30', tot: '21:00', ...pauses }),
    ).toBe('om de week op donderdag');
    expect(shortRhythm({ soort: 'op-afspraak' })).toBe('op afspraak');
  });
});

describe('one wording for sign-up and for places without an address', () => {
  it('sign-up sentence', () => {
    expect(signUpSentence(true)).toBe('U meldt zich eerst aan.');
    expect(signUpSentence(false)).toBe('U hoeft zich niet aan te melden.');
  });
  it('online and at home, in a list, in a sentence and on the page', () => {
    expect(REMOTE_WORDS['aan-huis']).toEqual({ line: 'Bij u thuis.', short: 'bij u thuis', page: 'Iemand komt bij u thuis.' });
    expect(REMOTE_WORDS.online.short).toBe('online');
    expect(REMOTE_EITHER).toBe('online of bij u thuis');
  });
});
