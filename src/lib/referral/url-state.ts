/** The referral form's choices in the URL fragment. Browser-safe. */
import { complaints, type ComplaintId } from '../taxonomy';
import { fragmentOf } from '../url-state';
import type { ReferralOptions } from './ranking';
import { ageGroups, type AgeGroupId } from './vocabulary';

/**
 * The form's choices; the same names are used in the URL fragment (never the query: klachten are health
 * data and must not end up in a server log), so a practice can bookmark its view.
 */
export interface ReferralChoices extends ReferralOptions {
  gebied?: string;
  klachten: ComplaintId[];
}

/** Every parameter of the choices in the URL. */
export const REFERRAL_STATE_NAMES = ['gebied', 'klacht', 'leeftijd', 'dichtbij', 'gratis', 'rolstoel'] as const;

/** Reads choices from URL parameters, ignoring anything unknown (a typo in a bookmark must not break the page). */
export function parseChoices(params: URLSearchParams, gebiedIds: readonly string[]): ReferralChoices {
  const gebied = params.get('gebied') ?? '';
  const leeftijd = params.get('leeftijd') ?? '';
  const klachten = complaints.ids.filter((id) => params.getAll('klacht').includes(id));
  return {
    ...(gebiedIds.includes(gebied) ? { gebied } : {}),
    klachten,
    ...(ageGroups.some((group) => group.id === leeftijd) ? { leeftijd: leeftijd as AgeGroupId } : {}),
    ...(params.get('dichtbij') === 'ja' ? { dichtbij: true } : {}),
    ...(params.get('gratis') === 'ja' ? { gratis: true } : {}),
    ...(params.get('rolstoel') === 'ja' ? { rolstoel: true } : {}),
  };
}

/** The URL fragment for choices ("#gebied=ens&klacht=rouw"), in the order of the form. Never holds anything typed. */
export function choicesFragment(choices: ReferralChoices): string {
  const params = new URLSearchParams();
  if (choices.gebied) params.set('gebied', choices.gebied);
  for (const klacht of complaints.ids) if (choices.klachten.includes(klacht)) params.append('klacht', klacht);
  if (choices.leeftijd) params.set('leeftijd', choices.leeftijd);
  if (choices.dichtbij) params.set('dichtbij', 'ja');
  if (choices.gratis) params.set('gratis', 'ja');
  if (choices.rolstoel) params.set('rolstoel', 'ja');
  return fragmentOf(params);
}
