/**
 * What the search page asks of the manifest (`/data/zoeken/index.json`), without the DOM: the names and
 * centres of gebieden and gemeenten, which gemeenten a search needs, which shard files hold them, and the
 * nearest other gebieden for "dit is er ook in de buurt". Browser-safe and pure.
 */
import type { Origin, Scope } from './engine';
import type { IgnoredParameter, KnownPlaces } from './filters';
import { haversineMetres } from '../geo';
import { joinDutch } from '../text';
import { buildPlaceIndex, type PlaceIndex } from './places';
import { manifestPlaces, type Manifest, type ManifestGebied, type ManifestGemeente } from './shard';

/** Below this many activities in all, a search without a place looks everywhere; above it, the visitor picks a gemeente. */
export const SEARCH_ALL_UP_TO = 1500;
/** When a dorp has little, the nearest other dorpen and wijken within this distance are searched too. */
export const NEARBY_METRES = 15_000;
export const NEARBY_GEBIEDEN = 4;

/** One shard file to load, and the gemeente whose activities go missing when it fails. */
export interface ShardPart {
  path: string;
  gemeente: string;
}

export class ManifestView {
  readonly places: PlaceIndex;
  readonly known: KnownPlaces;
  readonly totalActivities: number;
  private readonly gebieden = new Map<string, ManifestGebied>();
  private readonly gemeenten = new Map<string, ManifestGemeente>();

  constructor(readonly manifest: Manifest) {
    this.places = buildPlaceIndex(manifestPlaces(manifest));
    const gemeenteOfGebied = new Map<string, string>();
    for (const gebied of manifest.gebieden) {
      this.gebieden.set(gebied.id, gebied);
      gemeenteOfGebied.set(gebied.id, gebied.gemeente);
    }
    for (const gemeente of manifest.gemeenten) this.gemeenten.set(gemeente.id, gemeente);
    this.known = { gemeenten: new Set(this.gemeenten.keys()), gebieden: gemeenteOfGebied };
    this.totalActivities = manifest.gemeenten.reduce((sum, gemeente) => sum + gemeente.aantal, 0);
  }

  /** The gemeente of each gebied, as resolveScope wants it. */
  get gemeenteOfGebied(): ReadonlyMap<string, string> {
    return this.known.gebieden;
  }

  get gemeenteCount(): number {
    return this.manifest.gemeenten.length;
  }

  naam = (gebied: string): string => this.gebieden.get(gebied)?.naam ?? gebied;
  gemeenteNaam = (gemeente: string): string => this.gemeenten.get(gemeente)?.naam ?? gemeente;

  centre(gebied: string): Origin | undefined {
    const found = this.gebieden.get(gebied);
    return found ? { lat: found.centrum[0], lon: found.centrum[1] } : undefined;
  }

  /** "Ens en Marknesse", "gemeente Noordoostpolder", or nothing for a search everywhere. */
  where(scope: Scope): string | undefined {
    if (scope.gebieden) return joinDutch([...scope.gebieden].map(this.naam));
    if (scope.gemeenten) return `gemeente ${joinDutch([...scope.gemeenten].map(this.gemeenteNaam))}`;
    return undefined;
  }

  /** The gemeenten whose shards a search needs, or undefined when the visitor must pick a gemeente first. */
  gemeentenToSearch(scope: Scope, everywhere: boolean): string[] | undefined {
    if (scope.gemeenten) return [...scope.gemeenten];
    if (everywhere || this.totalActivities <= SEARCH_ALL_UP_TO) return this.manifest.gemeenten.map((gemeente) => gemeente.id);
    return undefined;
  }

  /** The shard files of these gemeenten; of a gemeente in parts, only the parts for `gebieden` when any has them. */
  shardParts(gemeenten: readonly string[], gebieden?: ReadonlySet<string>): ShardPart[] {
    return gemeenten.flatMap((id) => {
      const parts = this.gemeenten.get(id)?.shards ?? [];
      const chosen = gebieden ? parts.filter((part) => part.gebieden.some((gebied) => gebieden.has(gebied))) : [];
      return (chosen.length > 0 ? chosen : parts).map((part) => ({ path: part.pad, gemeente: id }));
    });
  }

  /** The nearest other gebieden around `origin`, nearest first, leaving out those already searched. */
  neighbours(origin: Origin, searched: ReadonlySet<string>): ManifestGebied[] {
    return this.manifest.gebieden
      .filter((gebied) => !searched.has(gebied.id))
      .map((gebied) => ({ gebied, metres: haversineMetres(origin, { lat: gebied.centrum[0], lon: gebied.centrum[1] }) }))
      .filter((item) => item.metres <= NEARBY_METRES)
      .sort((a, b) => a.metres - b.metres)
      .slice(0, NEARBY_GEBIEDEN)
      .map((item) => item.gebied);
  }
}

/** The note for choices in a link that the page does not know, or '' when there are none. */
export function ignoredChoicesNote(ignored: readonly IgnoredParameter[]): string {
  return ignored.length
    ? `Een keuze uit de link kennen we niet: ${joinDutch(ignored.map((item) => `${item.name} "${item.value}"`))}. We zoeken zonder die keuze.`
    : '';
}
