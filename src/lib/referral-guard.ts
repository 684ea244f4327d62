/**
 * Shape check for /data/verwijzen.json, run by the referral tool before it ranks anything: data of another
 * shape or format version is refused with a message instead of leaving a dead form. Browser-safe, no zod.
 */
import { checkData, exactly, listOf, number, optional, shape, text, yesNo, type Checked } from './guard';
import { REFERRAL_DATA_VERSION, type ReferralData } from './referral/record';

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

const referralDataCheck = shape({ v: exactly(REFERRAL_DATA_VERSION), activities: listOf(activityCheck), gebieden: listOf(gebiedCheck) });

export function checkReferralData(value: unknown): Checked<ReferralData> {
  return checkData<ReferralData>(value, referralDataCheck, 'verwijzen.json');
}
