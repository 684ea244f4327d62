/**
 * What one search result says, in B1 Dutch: the words the result list shows, computed without the DOM
 * so the wording is tested once and the browser only puts it on screen.
 */
import { activityHref } from '../links';
import { activityBadges, ASK_WHEN_NEXT, plural, REMOTE_EITHER, whenText, type Badge } from '../format';
import { formatDistance } from '../geo';
import { joinDutch } from '../text';
import { languages, targetGroups, themes } from '../taxonomy';
import type { Hit } from './engine';
import { switches, whenChoices, type SearchState } from './filters';
import { dayParts } from './record';
import { foldSpelling, isStopWord, normalise } from './normalise';
import type { ParsedQuery } from './query';

export interface ResultView {
  titel: string;
  url: string;
  samenvatting: string;
  /** "Ens · 1,2 km" */
  plaats: string;
  wanneer: string;
  badges: Badge[];
}

/**
 * The next date of a result, or why there is none, in the words of the cards. When every stored date lies
 * before the visitor's today (the site was not rebuilt), it says to ask the organisation.
 */
export function hitWhenText(hit: Hit): string {
  const { record, next } = hit;
  if (!next && !record.gepauzeerd && record.data.length > 0) return ASK_WHEN_NEXT;
  return whenText(record.gepauzeerd ? 'gepauzeerd' : 'actief', next && { date: next[0], van: next[1], tot: next[2] }, record.opAfspraak);
}

/** `vanuit`: the gebied searched in, so the activity page shows that gebied's coach first. */
export function resultView(hit: Hit, gebiedNaam: (id: string) => string, vanuit?: string): ResultView {
  const { record } = hit;
  const places = [joinDutch(record.gebieden.map(gebiedNaam))];
  if (hit.distance !== undefined) places.push(formatDistance(hit.distance));
  else if (record.opAfstand && record.punten.length === 0) places.push(REMOTE_EITHER);
  const wanneer = hitWhenText(hit);
  const badges = activityBadges({ ...record, plaats: hit.plaats });
  if (record.welzijnOpRecept) badges.push({ text: 'Welzijn op Recept' });
  if (record.actualiteit === 'verouderd') badges.push({ text: 'Lang niet gecontroleerd', kind: 'warning' });
  return {
    titel: record.titel,
    url: activityHref(record, vanuit),
    samenvatting: record.samenvatting,
    plaats: places.join(' · '),
    wanneer,
    badges,
  };
}

/** "12 activiteiten gevonden in Ens": the sentence the count region announces. */
export function countSentence(count: number, where: string | undefined): string {
  const found = count === 0 ? 'Geen activiteiten gevonden' : `${plural(count, 'activiteit', 'activiteiten')} gevonden`;
  return where ? `${found} in ${where}.` : `${found}.`;
}

/**
 * What was looked for, in the visitor's own spelling minus place names and stop words:
 * "wandelen" for "Wandelen in Ens", "yoga" (not the folded "ijoga") for "yoga ens".
 */
export function topicText(typed: string, parsed: Pick<ParsedQuery, 'words'>): string {
  const kept = new Set(parsed.words.filter((word) => !isStopWord(word)));
  return normalise(typed)
    .split(' ')
    .filter((word) => kept.has(foldSpelling(word)))
    .join(' ');
}

/** The heading when the place has no good match and the topic nearby is shown instead. */
export function topicElsewhereSentence(where: string, topic: string): string {
  return topic
    ? `In ${where} vonden we niets voor "${topic}". Dit is er in de buurt:`
    : `In ${where} vonden we niets. Dit is er in de buurt:`;
}

/** How an active filter is named on its "zoek zonder …" button. */
export function filterLabel(
  key: keyof SearchState,
  state: SearchState,
  gebiedNaam: (id: string) => string,
  gemeenteNaam: (id: string) => string,
): string {
  switch (key) {
    case 'gebied':
      return gebiedNaam(state.gebied!);
    case 'gemeente':
      return `gemeente ${gemeenteNaam(state.gemeente!)}`;
    case 'thema':
      return themes.label(state.thema!);
    case 'doelgroep':
      return targetGroups.label(state.doelgroep!);
    case 'dag':
      return state.dag!;
    case 'dagdeel':
      return dayParts.find((part) => part.id === state.dagdeel)!.label.toLowerCase();
    case 'taal':
      return `in het ${languages.label(state.taal!)}`;
    case 'wanneer':
      return whenChoices.find((choice) => choice.id === state.wanneer)!.label.toLowerCase();
    default:
      return switches.find((item) => item.key === key)?.label.toLowerCase() ?? key;
  }
}
