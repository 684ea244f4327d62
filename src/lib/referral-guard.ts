/**
 * Shape checks for /data/verwijzen/index.json and /data/verwijzen/<gemeente>.json, run by the referral tool
 * before it uses them: data of another shape or format version is refused with a message instead of leaving
 * a dead form. Browser-safe, no zod.
 */
import { checkData, exactly, listOf, number, optional, shape, text, yesNo, type Checked } from './guard';
import { REFERRAL_DATA_VERSION, type ReferralGemeenteData, type ReferralIndex } from './referral/record';

const texts = listOf(text);
const coordinates = shape({ lat: number, lon: number });

const activityCheck = shape({
  id: text,
  titel: text,
  samenvatting: text,
  url: text,
  publicUrl: text,
  status: text,
  freshness: text,
  gemeente: text,
  gebieden: texts,
  gebiedNaam: text,
  themas: texts,
  dimensies: texts,
  klachten: texts,
  tip: optional(text),
  doelgroepen: texts,
  leeftijd: optional(shape({ van: optional(number), tot: optional(number) })),
  gratis: yesNo,
  kosten: text,
  kostenKort: optional(text),
  rolstoel: yesNo,
  plekken: listOf(coordinates),
  aanHuis: yesNo,
  online: yesNo,
  ritme: text,
  wanneer: texts,
  volgendeKeren: listOf(shape({ datum: text, tekst: text })),
  waar: texts,
  meedoen: texts,
  contact: optional(text),
});

const gebiedCheck = shape({
  id: text,
  naam: text,
  gemeente: text,
  gemeenteNaam: text,
  centrum: coordinates,
  postcodes: texts,
  coach: shape({ naam: text, organisatie: text, telefoon: text, email: text, spreekuur: text, verwijzen: text }),
  registratiecode: optional(text),
});

const indexCheck = shape({
  v: exactly(REFERRAL_DATA_VERSION),
  gebieden: listOf(shape({ id: text, naam: text, gemeente: text, postcodes: texts })),
});

export function checkReferralIndex(value: unknown): Checked<ReferralIndex> {
  return checkData<ReferralIndex>(value, indexCheck, 'verwijzen/index.json');
}

/** The file of one gemeente; a file that says it is of another gemeente is refused too. */
export function checkReferralGemeenteData(value: unknown, gemeenteId: string): Checked<ReferralGemeenteData> {
  const check = shape({
    v: exactly(REFERRAL_DATA_VERSION),
    gemeente: exactly(gemeenteId),
    activities: listOf(activityCheck),
    gebieden: listOf(gebiedCheck),
  });
  return checkData<ReferralGemeenteData>(value, check, `verwijzen/${gemeenteId}.json`);
}
