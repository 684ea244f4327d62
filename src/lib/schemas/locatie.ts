import { z } from 'astro/zod';
import { address, addressCoordinates, idReference, oneOf, strictObject, text } from './fields';

export const accessibilitySchema = strictObject(
  {
    rolstoel: z.boolean({ error: 'Schrijf true (ja) of false (nee).' }).describe('Kan iemand met een rolstoel zonder hulp naar binnen?'),
    aangepastToilet: z.boolean({ error: 'Schrijf true (ja) of false (nee).' }).describe('Is er een toilet voor mensen met een rolstoel?'),
    ringleiding: z
      .boolean({ error: 'Schrijf true (ja) of false (nee).' })
      .describe('Is er een ringleiding voor mensen met een hoorapparaat?'),
    parkeren: z.boolean({ error: 'Schrijf true (ja) of false (nee).' }).describe('Kunt u vlakbij gratis parkeren?'),
    openbaarVervoer: text('De dichtstbijzijnde bushalte of het station, zoals "Bushalte Ens Centrum, 200 meter".', { max: 150 }).optional(),
  },
  'Hoe toegankelijk de plek is.',
);

const physicalKinds = ['gebouw', 'buiten'] as const;
const remoteKinds = ['online', 'aan-huis'] as const;

const physicalLocation = strictObject(
  {
    naam: text('Naam van het gebouw of de plek, zoals "Dorpshuis De Zuidwester".', { max: 100 }),
    soort: oneOf(physicalKinds, 'soort plek', '"gebouw" voor een gebouw, "buiten" voor een plek buiten, zoals de start van een wandeling.'),
    adres: address,
    gebied: idReference('gebieden', 'Het dorp of de wijk: de bestandsnaam in content/gebieden/, zoals ens.'),
    coordinaten: addressCoordinates,
    toegankelijkheid: accessibilitySchema,
  },
  'Een plek met een adres.',
);

const remoteLocation = strictObject(
  {
    naam: text('Een korte naam, zoals "Online" of "Bij u thuis".', { max: 100 }),
    soort: oneOf(remoteKinds, 'soort plek', '"online" voor iets op internet, "aan-huis" als iemand bij u thuis komt.'),
    gebied: idReference('gebieden', 'Het dorp of de wijk waar dit voor is. Laat weg als het voor de hele gemeente is.').optional(),
  },
  'Een plek zonder adres: online of bij u thuis.',
);

export const locatieSchema = z
  .discriminatedUnion('soort', [physicalLocation, remoteLocation], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `Vul bij "soort" in: ${[...physicalKinds, ...remoteKinds].join(', ')}.`
        : 'Vul de velden van een plek in: naam, soort, adres, gebied, coordinaten en toegankelijkheid.',
  })
  .describe('Een plek waar activiteiten zijn.');
export type Locatie = z.output<typeof locatieSchema>;
export type PhysicalLocatie = Extract<Locatie, { soort: (typeof physicalKinds)[number] }>;

export function isPhysical(locatie: Locatie): locatie is PhysicalLocatie {
  return (physicalKinds as readonly string[]).includes(locatie.soort);
}
