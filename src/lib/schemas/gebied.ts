import { z } from 'astro/zod';
import { areaKinds, targetGroups, themes } from '../taxonomy';
import { coordinates, email, fieldError, idReference, listOf, oneOf, phone, strictObject, text, withValue } from './fields';

export const welzijnscoachSchema = strictObject(
  {
    naam: text('Naam van de welzijnscoach of sociaal makelaar. Of de naam van de organisatie.', { max: 80 }),
    organisatie: text('De organisatie waar de coach werkt.', { max: 80 }),
    telefoon: phone,
    email,
    spreekuur: text('Wanneer en waar de coach te spreken is. Bijvoorbeeld: "Dinsdag van 9.00 tot 11.00 uur in dorpshuis De Zuidwester."', {
      max: 300,
    }),
    verwijzen: text('Hoe een huisarts iemand doorstuurt. Bijvoorbeeld: "Bel of mail de coach. De coach belt de inwoner binnen een week."', {
      max: 300,
    }),
  },
  'De welzijnscoach of sociaal makelaar voor Welzijn op Recept in dit gebied.',
);

const speerpuntText = text('Eén speerpunt in een korte zin.', { max: 200 });

/**
 * A speerpunt is a sentence. With themas and/or doelgroepen it is linked to the activities that serve it, so
 * /voor-professionals/ can show a speerpunt that nothing in the gebied works on yet.
 */
export const speerpuntSchema = z.union(
  [
    speerpuntText,
    strictObject(
      {
        tekst: speerpuntText,
        themas: listOf(
          oneOf(themes.ids, 'thema', 'Een thema.'),
          "thema's",
          "De thema's van de activiteiten die bij dit speerpunt helpen.",
        ).optional(),
        doelgroepen: listOf(
          oneOf(targetGroups.ids, 'doelgroep', 'Een doelgroep.'),
          'doelgroepen',
          'Voor wie dit speerpunt is, zoals [ouderen].',
        ).optional(),
      },
      "Een speerpunt met de thema's of doelgroepen waar het over gaat.",
    ).refine((value) => value.themas !== undefined || value.doelgroepen !== undefined, {
      error: 'Vul bij dit speerpunt "themas" of "doelgroepen" in. Of schrijf alleen de zin, zonder "tekst:".',
    }),
  ],
  {
    error:
      'Schrijf een speerpunt als één zin. Of als "tekst" met "themas" en/of "doelgroepen", zoals: { tekst: Meer bewegen., themas: [bewegen] }.',
  },
);
export type Speerpunt = z.output<typeof speerpuntSchema>;

export const gebiedSchema = strictObject(
  {
    naam: text('Naam van het dorp of de wijk, zoals "Ens" of "Revelsant".', { max: 60 }),
    gemeente: idReference('gemeenten', 'De gemeente: de bestandsnaam in content/gemeenten/, zoals noordoostpolder.'),
    soort: oneOf(areaKinds.ids, 'soort gebied', 'Is dit een dorp, een wijk of een kern?'),
    centrum: coordinates.describe('Het midden van het dorp of de wijk.'),
    postcodes: listOf(
      z.string({ error: fieldError('vier cijfers tussen aanhalingstekens, zoals "8307"') }).regex(/^[1-9]\d{3}$/, {
        error: withValue('Schrijf alleen de vier cijfers van de postcode, tussen aanhalingstekens, zoals "8307".'),
      }),
      'postcodes',
      'De vier cijfers van de postcodes in dit gebied, zoals "8307". Zo vindt een huisarts het gebied bij de postcode van een patiënt. Een postcode mag bij twee gebieden horen.',
    ).optional(),
    ookBekendAls: listOf(
      text('Een andere naam voor (een deel van) dit gebied, zoals een buurtschap.', { max: 60 }),
      'namen',
      'Andere namen waarmee inwoners dit gebied zoeken. Bijvoorbeeld "Egmond aan den Hoef" bij Egmond-Binnen.',
    ).optional(),
    omschrijving: text('Twee of drie korte zinnen over het gebied, in eenvoudige taal.', { max: 500 }),
    speerpunten: strictObject(
      {
        jaar: z.number({ error: 'Vul een jaartal in, zoals 2026.' }).int().min(2020).max(2100).describe('Het jaar van deze speerpunten.'),
        punten: listOf(
          speerpuntSchema,
          'speerpunten',
          "Wat het gebied dit jaar belangrijk vindt. Zet er thema's of doelgroepen bij, dan ziet de gemeente of er aanbod voor is.",
        ),
      },
      'Waar het gebied dit jaar extra op let.',
    ),
    welzijnscoach: welzijnscoachSchema,
  },
  'Een dorp, wijk of kern.',
);
export type Gebied = z.output<typeof gebiedSchema>;
