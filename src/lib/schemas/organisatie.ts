import { z } from 'astro/zod';
import { organisationKinds } from '../taxonomy';
import { email, oneOf, phone, strictObject, text, website } from './fields';

export const organisatieSchema = strictObject(
  {
    naam: text('Naam van de organisatie, zoals "Stichting Welzijn Ens".', { max: 100 }),
    soort: oneOf(organisationKinds.ids, 'soort organisatie', 'Wat voor organisatie dit is.'),
    website: website.optional(),
    telefoon: phone.optional(),
    email: email.optional(),
  },
  'Een organisatie die activiteiten geeft.',
);
export type Organisatie = z.output<typeof organisatieSchema>;
