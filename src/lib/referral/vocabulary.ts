/**
 * The words and numbers of the referral tool (Welzijn op Recept): age groups, the ages of each target group,
 * what counts as nearby and how many activities fit on one recept. Browser-safe.
 * Which themes fit which klacht is a vocabulary of the whole site: `complaintMatches` in taxonomy.ts.
 */
import type { TargetGroupId } from '../taxonomy';

/** Age groups a verwijzer can choose; the ranges decide which activities fit. */
export const ageGroups = [
  { id: 'jongeren', label: 'Jongere (12 tot 23 jaar)', van: 12, tot: 23 },
  { id: 'volwassenen', label: 'Volwassene (18 tot 65 jaar)', van: 18, tot: 65 },
  { id: 'ouderen', label: 'Oudere (65 jaar en ouder)', van: 65, tot: 120 },
] as const;
export type AgeGroupId = (typeof ageGroups)[number]['id'];

/** The ages each target group covers, so "ouderen" never gets a group meant for teenagers. */
export const targetGroupAges: Record<TargetGroupId, { van: number; tot: number }> = {
  iedereen: { van: 0, tot: 120 },
  kinderen: { van: 0, tot: 11 },
  jongeren: { van: 12, tot: 23 },
  // Parents of young children and teenagers: a moedergroep is no answer for a lonely 80-year-old.
  ouders: { van: 16, tot: 60 },
  volwassenen: { van: 18, tot: 120 },
  ouderen: { van: 60, tot: 120 },
  mantelzorgers: { van: 12, tot: 120 },
  nieuwkomers: { van: 0, tot: 120 },
  'mensen-met-dementie': { van: 18, tot: 120 },
  'mensen-met-een-beperking': { van: 0, tot: 120 },
};

/** "Alleen dichtbij": in the gebied itself, or a place within this distance of its centre. */
export const NEARBY_METRES = 3000;

/** At most this many activities go on one recept: more would not be done. */
export const MAX_ON_RECEPT = 3;
