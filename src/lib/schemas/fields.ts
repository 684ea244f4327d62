/**
 * Field schemas shared by the content collections.
 * Every message is Dutch and written for the editor who fills in a content file:
 * it names the value that is wrong and says what to write instead.
 */
import { z } from 'astro/zod';
import { closestMatch } from '../text';

type Issue = z.core.$ZodRawIssue;

export function describeValue(input: unknown): string {
  if (input === undefined) return 'niets';
  if (input instanceof Date) return input.toISOString().slice(0, 10);
  if (typeof input === 'string') return `"${input}"`;
  if (Array.isArray(input)) return 'een lijst';
  if (input !== null && typeof input === 'object') return 'een groep velden';
  return String(input);
}

/** An error map for one field: a missing value and a wrong value each get a clear instruction. */
export function fieldError(expected: string) {
  return (issue: Issue): string =>
    issue.input === undefined
      ? `Dit veld ontbreekt. Vul ${expected} in.`
      : `De waarde ${describeValue(issue.input)} klopt niet. Vul ${expected} in.`;
}

/** Names the rejected value before the instruction, so the editor sees what to change. */
export function withValue(instruction: string) {
  return (issue: Issue): string => `De waarde ${describeValue(issue.input)} klopt niet. ${instruction}`;
}

export function text(description: string, options: { max?: number } = {}) {
  const max = options.max ?? 2000;
  return z
    .string({ error: fieldError('tekst') })
    .trim()
    .min(1, { error: 'Dit veld is leeg. Vul tekst in.' })
    .max(max, { error: `Deze tekst is te lang. Gebruik hoogstens ${max} tekens.` })
    .describe(description);
}

/** A choice from a fixed vocabulary; the message lists the allowed values and the nearest one. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string, description: string) {
  return z
    .enum(values, {
      error: (issue) => {
        if (issue.input === undefined) return `Dit veld ontbreekt. Kies als ${what}: ${values.join(', ')}.`;
        const suggestion = typeof issue.input === 'string' ? closestMatch(issue.input, values) : undefined;
        return (
          `${describeValue(issue.input)} kennen we niet als ${what}.` +
          (suggestion ? ` Bedoelt u "${suggestion}"?` : '') +
          ` Kies uit: ${values.join(', ')}.`
        );
      },
    })
    .describe(description);
}

export function listOf<T extends z.ZodType>(item: T, what: string, description: string, options: { min?: number } = {}) {
  const min = options.min ?? 1;
  return z
    .array(item, { error: fieldError(`een lijst met ${what}, met op elke regel "- " en een waarde`) })
    .min(min, { error: `Deze lijst is leeg. Noem minstens ${min === 1 ? 'één' : min} ${what}.` })
    .describe(description);
}

/**
 * Objects never accept unknown keys: a typo in a field name must not pass silently.
 * `whenMissing` replaces the message for a group that is left out, when there is a better fix to name.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T, description: string, whenMissing?: string) {
  const allowed = Object.keys(shape);
  return z
    .strictObject(shape, {
      error: (issue) => {
        if (issue.code === 'unrecognized_keys') {
          return issue.keys
            .map((key) => {
              const suggestion = closestMatch(key, allowed);
              return `Onbekend veld "${key}".${suggestion ? ` Bedoelt u "${suggestion}"?` : ''}`;
            })
            .concat(`Toegestane velden zijn: ${allowed.join(', ')}.`)
            .join(' ');
        }
        if (issue.input === undefined && whenMissing !== undefined) return whenMissing;
        return fieldError(`de velden ${allowed.join(', ')}`)(issue);
      },
    })
    .describe(description);
}

/** The id of an entry in another collection; whether it exists is checked in `content-integrity.ts`. */
export function idReference(collection: string, description: string) {
  return (
    z
      .string({ error: fieldError(`de naam van een bestand in content/${collection}/ (zonder .yaml of .md)`) })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: withValue(`Gebruik alleen kleine letters, cijfers en streepjes, zoals de bestandsnaam in content/${collection}/.`),
      })
      // `references` reaches the JSON Schema, so the web editor's config (src/lib/cms/config.ts) can make a relation.
      .meta({ description, references: collection })
  );
}

/**
 * A calendar date without time zone, normalised to "YYYY-MM-DD".
 * Astro's YAML reader turns unquoted dates into Date objects; scripts/check-content.ts reads them as
 * text first, so an impossible date such as 2026-02-30 is caught before the build.
 */
export function plainDate(description: string) {
  return (
    z
      .union([z.date(), z.string()], { error: fieldError('een datum als 2026-11-23 (jaar-maand-dag)') })
      .transform((value, context) => {
        const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        const valid = match !== null && new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)).toISOString().slice(0, 10) === iso;
        if (!valid) {
          context.addIssue({
            code: 'custom',
            message: `De datum ${describeValue(value)} klopt niet. Schrijf een bestaande datum als 2026-11-23 (jaar-maand-dag).`,
          });
          return z.NEVER;
        }
        return iso;
      })
      // `format: 'date'` reaches the JSON Schema, so the web editor's config shows a date picker.
      .meta({ description, format: 'date' })
  );
}

/** A clock time "HH:MM". An editor who writes 10.00 gets a number from YAML: ask for quotes and a colon. */
export function clockTime(description: string) {
  return z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `De waarde ${describeValue(issue.input)} is geen tijd. Schrijf de tijd met een dubbele punt en tussen aanhalingstekens, bijvoorbeeld "10:00".`
          : fieldError('een tijd als "10:00" (uren:minuten)')(issue),
    })
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: withValue('Schrijf de tijd als "10:00" of "19:30" (uren:minuten, 24 uur).') })
    .describe(description);
}

const NETHERLANDS = { south: 50.7, north: 53.6, west: 3.3, east: 7.3 };

const coordinateFields = {
  lat: z
    .number({ error: fieldError('een breedtegraad als 52.6381') })
    .min(NETHERLANDS.south, { error: 'Deze breedtegraad ligt buiten Nederland. Kies een waarde tussen 50.7 en 53.6.' })
    .max(NETHERLANDS.north, { error: 'Deze breedtegraad ligt buiten Nederland. Kies een waarde tussen 50.7 en 53.6.' })
    .describe('Breedtegraad (WGS84), bijvoorbeeld 52.6381. Zoek het adres op een kaart en kopieer de eerste waarde.'),
  lon: z
    .number({ error: fieldError('een lengtegraad als 5.8338') })
    .min(NETHERLANDS.west, { error: 'Deze lengtegraad ligt buiten Nederland. Kies een waarde tussen 3.3 en 7.3.' })
    .max(NETHERLANDS.east, { error: 'Deze lengtegraad ligt buiten Nederland. Kies een waarde tussen 3.3 en 7.3.' })
    .describe('Lengtegraad (WGS84), bijvoorbeeld 5.8338. De tweede waarde van de kaart.'),
};

export const coordinates = strictObject(coordinateFields, 'Coördinaten van de plek, in graden (WGS84).');

/**
 * The coordinates of a place with an address. Still to find? Leave the field out of the file:
 * `npm run geocode` looks them up from the address and fills them in, and until then check:content
 * names the file. There is no "to find" marker value, so no place without a map position reaches the build.
 */
export const addressCoordinates = strictObject(
  coordinateFields,
  'Coördinaten van de plek, in graden (WGS84). Laat weg als u ze nog niet weet: npm run geocode zoekt ze op bij het adres.',
  'De coördinaten ontbreken. Run npm run geocode: dat zoekt ze op bij het adres en vult ze in. Of vul zelf lat en lon in.',
);

/** 10-digit numbers, +31 numbers, the gemeente numbers "14 + netnummer" and 0800/0900 service numbers. */
export function isDutchPhoneNumber(value: string): boolean {
  if (!/^\+?[\d ]+$/.test(value)) return false;
  const digits = value.replace(/ /g, '');
  return /^0[1-9]\d{8}$/.test(digits) || /^\+31[1-9]\d{8}$/.test(digits) || /^140\d{2,3}$/.test(digits) || /^0[89]00\d{4,7}$/.test(digits);
}

export const phone = z
  .string({ error: fieldError('een telefoonnummer als 0527 123 456') })
  .trim()
  .refine((value) => isDutchPhoneNumber(value), {
    error: withValue('Schrijf een Nederlands telefoonnummer met alleen cijfers en spaties, zoals 0527 123 456, 14 0527 of +31 6 12345678.'),
  })
  .describe('Telefoonnummer, alleen cijfers en spaties, zoals 0527 123 456.');

export const email = z
  .email({ error: withValue('Schrijf een geldig e-mailadres, zoals info@voorbeeld.nl.') })
  .describe('E-mailadres, zoals info@voorbeeld.nl.');

/** https only: a page over http can be changed on the way, and the message already asks for https. */
export const website = z
  .url({
    protocol: /^https$/,
    error: withValue('Schrijf een volledig webadres dat begint met https://, zoals https://www.voorbeeld.nl.'),
  })
  .describe('Webadres dat begint met https://.');

export const postcode = z
  .string({ error: fieldError('een postcode als 8307 AB') })
  .regex(/^[1-9]\d{3} [A-Z]{2}$/, {
    error: withValue('Schrijf de postcode als vier cijfers, een spatie en twee hoofdletters, zoals 8307 AB.'),
  })
  .describe('Postcode als 1234 AB: vier cijfers, een spatie, twee hoofdletters.');

export const address = strictObject(
  {
    straat: text('Straatnaam, zonder huisnummer.', { max: 100 }),
    huisnummer: z
      .union([z.string(), z.number()], { error: fieldError('een huisnummer als 12 of 12a') })
      .transform(String)
      .pipe(z.string().regex(/^\d+[ -]?[A-Za-z0-9]{0,4}$/, { error: withValue('Schrijf het huisnummer als 12, 12a of 12-3.') }))
      .describe('Huisnummer met eventuele toevoeging, zoals 12 of 12a.'),
    postcode,
    plaats: text('Woonplaats zoals op een brief, zoals Ens of Emmeloord.', { max: 60 }),
  },
  'Het adres zoals op een brief.',
);
