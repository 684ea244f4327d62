import { z } from 'astro/zod';
import { schoolHolidayRegions } from '../taxonomy';
import { address, email, oneOf, phone, strictObject, text, website } from './fields';

export const loketSchema = strictObject(
  {
    naam: text('Naam van het loket, zoals "Sociaal team Noordoostpolder".', { max: 80 }),
    telefoon: phone,
    email,
    adres: address,
    openingstijden: text(
      'Wanneer het loket open is, in gewone woorden. Bijvoorbeeld: "Maandag tot en met vrijdag van 9.00 tot 17.00 uur."',
      { max: 300 },
    ),
    website: website.optional(),
  },
  'Het sociaal team of loket waar inwoners met een vraag terecht kunnen.',
);

export const gemeenteSchema = strictObject(
  {
    naam: text('Naam van de gemeente, zoals "Noordoostpolder".', { max: 60 }),
    website,
    schoolvakantieRegio: oneOf(
      schoolHolidayRegions,
      'regio',
      'De regio voor schoolvakanties: noord, midden of zuid. Zie rijksoverheid.nl.',
    ),
    omschrijving: text('Eén of twee korte zinnen over de gemeente, in eenvoudige taal.', { max: 400 }),
    loket: loketSchema,
    registratiecodeWelzijnOpRecept: text(
      'Een code die huisartsen op het welzijnsrecept zetten, als de afspraken in de gemeente dat vragen. Laat weg als het niet nodig is.',
      { max: 40 },
    ).optional(),
  },
  'Een gemeente.',
);
export type Gemeente = z.output<typeof gemeenteSchema>;
