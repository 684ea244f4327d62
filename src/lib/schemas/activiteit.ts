import { z } from 'astro/zod';
import { PLACE_VALID_DAYS, RESPONSE_VALID_DAYS } from '../availability';
import { isoWeekday } from '../dates';
import {
  activityStatuses,
  placeStatuses,
  buildingBlocks,
  complaints,
  healthDimensions,
  languages,
  targetGroups,
  themes,
  weekdays,
} from '../taxonomy';
import {
  clockTime,
  email,
  fieldError,
  idReference,
  listOf,
  oneOf,
  phone,
  plainDate,
  strictObject,
  text,
  website,
  withValue,
} from './fields';

const yesNo = (description: string) => z.boolean({ error: 'Schrijf true (ja) of false (nee).' }).describe(description);

const period = strictObject(
  {
    van: plainDate('De eerste dag, zoals 2026-09-01.'),
    tot: plainDate('De laatste dag, zoals 2027-06-30.'),
  },
  'Alleen in deze periode. Laat weg als de activiteit het hele jaar is.',
).refine((value) => value.van <= value.tot, {
  error: 'De periode eindigt voor hij begint. Zet de vroegste datum bij "van".',
  path: ['tot'],
});

const timedFields = {
  dagen: listOf(oneOf(weekdays, 'dag', 'Een dag van de week.'), 'dagen', 'De dagen van de week, zoals [dinsdag] of [maandag, donderdag].'),
  van: clockTime('Begintijd, zoals "10:00".'),
  tot: clockTime('Eindtijd, zoals "12:00".'),
  periode: period.optional(),
  pauzeInSchoolvakanties: yesNo('Stopt de activiteit in de schoolvakanties? true (ja) of false (nee).').default(false),
  pauzeOpFeestdagen: yesNo('Stopt de activiteit op feestdagen, zoals Tweede Kerstdag en Koningsdag? Meestal true.').default(true),
  opmerking: text('Extra uitleg over de tijden, in een korte zin.', { max: 200 }).optional(),
};

const endAfterStart = (value: { van: string; tot: string }) => value.tot > value.van;
const endAfterStartMessage = {
  error: 'De eindtijd ligt voor of op de begintijd. Zet bij "tot" een latere tijd dan bij "van".',
  path: ['tot'],
};

const weekly = strictObject({ soort: z.literal('wekelijks'), ...timedFields }, 'Elke week op dezelfde dag of dagen.').refine(
  endAfterStart,
  endAfterStartMessage,
);

const everyOtherWeek = strictObject(
  {
    soort: z.literal('tweewekelijks'),
    eersteKeer: plainDate('Een datum waarop de activiteit was of is. Vanaf die dag telt het om de week.'),
    ...timedFields,
  },
  'Om de week op dezelfde dag.',
)
  .refine(endAfterStart, endAfterStartMessage)
  .refine((value) => value.dagen.some((day) => weekdays.indexOf(day) + 1 === isoWeekday(value.eersteKeer)), {
    error: 'De datum bij "eersteKeer" valt niet op een van de dagen bij "dagen". Kies een datum op die dag van de week.',
    path: ['eersteKeer'],
  });

const monthly = strictObject(
  {
    soort: z.literal('maandelijks'),
    weken: listOf(
      z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal('laatste')], {
        error: fieldError('1, 2, 3, 4 of laatste (de hoeveelste keer die dag in de maand)'),
      }),
      'weken',
      'De hoeveelste keer in de maand. [1] is de eerste dinsdag, [1, 3] de eerste en derde, [laatste] de laatste.',
    ),
    ...timedFields,
  },
  'Eén of meer keren per maand, zoals elke eerste woensdag.',
).refine(endAfterStart, endAfterStartMessage);

const byAppointment = strictObject(
  {
    soort: z.literal('op-afspraak'),
    opmerking: text('Hoe u een afspraak maakt of wanneer het kan, in een korte zin.', { max: 200 }).optional(),
  },
  'Geen vaste tijden: u maakt een afspraak.',
);

const scheduleKinds = ['wekelijks', 'tweewekelijks', 'maandelijks', 'op-afspraak'] as const;

export const roosterSchema = z
  .discriminatedUnion('soort', [weekly, everyOtherWeek, monthly, byAppointment], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `Onbekende soort rooster ${issue.input && typeof issue.input === 'object' && 'soort' in issue.input ? `"${String(issue.input.soort)}"` : ''}. Kies bij "soort": ${scheduleKinds.join(', ')}.`
        : `Vul een rooster in met "soort" (${scheduleKinds.join(', ')}).`,
  })
  .describe('Wanneer de activiteit is.');
export type Rooster = z.output<typeof roosterSchema>;
export type TimedRooster = Exclude<Rooster, { soort: 'op-afspraak' }>;

const costKinds = ['gratis', 'bedrag', 'anders'] as const;
export const kostenSchema = z
  .discriminatedUnion(
    'soort',
    [
      strictObject(
        { soort: z.literal('gratis'), toelichting: text('Extra uitleg, zoals "Een vrijwillige bijdrage mag."', { max: 200 }).optional() },
        'Gratis.',
      ),
      strictObject(
        {
          soort: z.literal('bedrag'),
          bedrag: z
            .number({ error: fieldError('een bedrag in euro, zoals 2.50') })
            .positive({ error: 'Het bedrag moet meer dan 0 zijn. Kies anders "gratis".' })
            .describe('Bedrag in euro, met een punt: 2.50.'),
          per: oneOf(
            ['keer', 'maand', 'jaar', 'cursus', 'maaltijd'] as const,
            'eenheid',
            'Waarvoor u betaalt: per keer, maand, jaar, cursus of maaltijd.',
          ),
          toelichting: text('Extra uitleg, zoals "Met een U-pas betaalt u niets."', { max: 200 }).optional(),
        },
        'Een vast bedrag.',
      ),
      strictObject(
        { soort: z.literal('anders'), toelichting: text('Uitleg over de kosten in een korte zin.', { max: 200 }) },
        'Iets anders, met uitleg.',
      ),
    ],
    {
      error: (issue) =>
        issue.code === 'invalid_union'
          ? `Kies bij "soort": ${costKinds.join(', ')}.`
          : `Vul de kosten in met "soort" (${costKinds.join(', ')}).`,
    },
  )
  .describe('Wat de activiteit kost.');
export type Kosten = z.output<typeof kostenSchema>;

export const activiteitSchema = strictObject(
  {
    titel: text('De naam van de activiteit, kort en duidelijk, zoals "Wandelgroep Ens".', { max: 80 }),
    samenvatting: text('Eén of twee korte zinnen: wat doet u en voor wie is het.', { max: 220 }),
    organisatie: idReference('organisaties', 'Wie de activiteit geeft: de bestandsnaam in content/organisaties/.'),
    locaties: listOf(idReference('locaties', 'Een plek: de bestandsnaam in content/locaties/.'), 'plekken', 'Waar de activiteit is.'),
    gebieden: listOf(
      idReference('gebieden', 'Een dorp of wijk: de bestandsnaam in content/gebieden/.'),
      'gebieden',
      'Voor welke dorpen of wijken de activiteit is.',
    ),
    themas: listOf(oneOf(themes.ids, 'thema', 'Een thema.'), "thema's", "De thema's. Kies er één tot drie."),
    doelgroepen: listOf(oneOf(targetGroups.ids, 'doelgroep', 'Een doelgroep.'), 'doelgroepen', 'Voor wie de activiteit is.'),
    leeftijd: strictObject(
      {
        van: z
          .number({ error: fieldError('een leeftijd in jaren') })
          .int()
          .min(0)
          .max(120)
          .optional()
          .describe('Vanaf deze leeftijd.'),
        tot: z
          .number({ error: fieldError('een leeftijd in jaren') })
          .int()
          .min(0)
          .max(120)
          .optional()
          .describe('Tot en met deze leeftijd.'),
      },
      'Leeftijd. Laat weg als iedere leeftijd welkom is.',
    )
      .refine((value) => value.van === undefined || value.tot === undefined || value.van <= value.tot, {
        error: 'De leeftijd "tot" is lager dan "van". Zet de laagste leeftijd bij "van".',
        path: ['tot'],
      })
      .optional(),
    bouwsteen: oneOf(buildingBlocks.ids, 'bouwsteen', 'De bouwsteen van de sociale basis waar dit het meest bij past.'),
    dimensies: listOf(
      oneOf(healthDimensions.ids, 'dimensie', 'Een dimensie van positieve gezondheid.'),
      'dimensies',
      'De dimensies van positieve gezondheid waar dit bij helpt.',
    ),
    rooster: roosterSchema,
    kosten: kostenSchema,
    aanmelden: strictObject(
      {
        nodig: yesNo('Moet iemand zich eerst aanmelden? true (ja) of false (nee).'),
        hoe: text('Hoe iemand zich aanmeldt of meedoet, in een korte zin.', { max: 300 }).optional(),
      },
      'Of aanmelden nodig is, en hoe.',
    ).refine((value) => !value.nodig || value.hoe !== undefined, {
      error: 'Aanmelden is nodig, maar er staat niet hoe. Vul bij "hoe" in hoe iemand zich aanmeldt.',
      path: ['hoe'],
    }),
    zonderIndicatie: yesNo('Kan iedereen meedoen zonder indicatie of verwijzing? In de sociale basis is dit altijd true.').default(true),
    talen: listOf(oneOf(languages.ids, 'taal', 'Een taal.'), 'talen', 'In welke talen de activiteit is.').default(['nl']),
    contact: strictObject(
      {
        naam: text('Naam van de contactpersoon.', { max: 80 }).optional(),
        telefoon: phone.optional(),
        email: email.optional(),
        website: website.optional(),
      },
      'Wie inwoners kunnen bellen of mailen.',
    ).refine((value) => value.telefoon || value.email || value.website, {
      error: 'Vul minstens een telefoonnummer, e-mailadres of website in.',
    }),
    welzijnOpRecept: strictObject(
      {
        klachten: listOf(oneOf(complaints.ids, 'klacht', 'Een klacht.'), 'klachten', 'Bij welke klachten deze activiteit kan helpen.'),
        tip: text('Eén korte zin voor de huisarts of coach, zoals "Rustige groep; nieuwe mensen krijgen een maatje."', { max: 160 }),
      },
      'Vul dit in als de activiteit geschikt is voor Welzijn op Recept. Laat weg als het niet past.',
    ).optional(),
    taaluitzonderingen: listOf(
      strictObject(
        {
          tekst: text('Het woord of de naam, precies zoals in de tekst, zoals "Alzheimer Café".', { max: 80 }),
          reden: text('Waarom dit mag, zoals "Naam van de activiteit".', { max: 160 }),
        },
        'Eén uitzondering.',
      ),
      'uitzonderingen',
      'Woorden of namen die de taalcheck niet als moeilijk mag tellen, elk met een reden. Meestal niet nodig.',
    ).optional(),
    plaats: strictObject(
      {
        status: oneOf(placeStatuses.ids, 'plaats', 'vrij (er is plek), wachtlijst of vol.'),
        bevestigd: plainDate(`De dag dat de organisatie dit zei, zoals 2026-11-10. Na ${PLACE_VALID_DAYS} dagen tonen we het niet meer.`),
      },
      `Is er plek in de groep? Laat weg als u het niet weet. Vraag het elke ${PLACE_VALID_DAYS} dagen opnieuw na.`,
    ).optional(),
    reageertBinnen: strictObject(
      {
        dagen: z
          .number({ error: fieldError('een aantal dagen') })
          .int({ error: withValue('Schrijf een heel aantal dagen, zoals 5.') })
          .min(1, { error: withValue('Schrijf minstens 1 dag.') })
          .max(90, { error: withValue('Schrijf hoogstens 90 dagen. Duurt het langer? Zet dat dan in de tekst.') })
          .describe('Binnen hoeveel dagen iemand antwoord krijgt na aanmelden of bellen.'),
        bevestigd: plainDate(
          `De dag dat de organisatie dit zei, zoals 2026-11-10. Na ${RESPONSE_VALID_DAYS} dagen tonen we het niet meer.`,
        ),
      },
      'Hoe snel de organisatie antwoord geeft. Laat weg als u het niet weet.',
    ).optional(),
    laatstGecontroleerd: plainDate('De dag dat de redactie heeft nagevraagd dat de activiteit nog doorgaat, zoals 2026-11-02.'),
    bevestigdDoorAanbieder: plainDate(
      'De dag dat de aanbieder zelf heeft laten weten dat alle gegevens kloppen, zoals 2026-11-02. Bijvoorbeeld met het controlebestand. Laat weg als dat nog niet is gebeurd.',
    ).optional(),
    status: oneOf(activityStatuses.ids, 'status', 'actief, gepauzeerd of gestopt.').default('actief'),
  },
  'Een activiteit.',
);
export type Activiteit = z.output<typeof activiteitSchema>;
