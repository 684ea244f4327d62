/**
 * Stable HSDS ids: a UUID v5 (RFC 9562) of a name made from our own ids, such as "activiteit:koffie-inloop-ens".
 * The same content gives the same UUID in every build, so a consumer that stores our services keeps its links
 * when we rebuild; a renamed file is a new entry, as it is a new page on the site.
 */
import { v5 as uuidV5 } from 'uuid';

/**
 * The project's namespace, fixed for good: v5 of "https://preventiekaart.nl/hsds" in the URL namespace of
 * RFC 9562 (tests/unit/open-data/hsds.test.ts checks that). Never change it: every id would change with it.
 */
export const HSDS_NAMESPACE = 'a386aad1-393e-5bcd-b867-7cc7f3a0e6c7';

/** What an id stands for; the first part of the name, so two kinds never share an id. */
export type HsdsIdKind =
  | 'activiteit'
  | 'organisatie'
  | 'locatie'
  | 'adres'
  | 'toegankelijkheid'
  | 'activiteit-op-locatie'
  | 'rooster'
  | 'kosten'
  | 'taal'
  | 'telefoon'
  | 'contact'
  | 'werkgebied'
  | 'taxonomie'
  | 'term'
  | 'kenmerk';

/** hsdsId('activiteit', 'koffie-inloop-ens') is the UUID v5 of "activiteit:koffie-inloop-ens". */
export function hsdsId(kind: HsdsIdKind, ...parts: string[]): string {
  const name = [kind, ...parts].join(':');
  let id = idsByName.get(name);
  if (id === undefined) idsByName.set(name, (id = uuidV5(name, HSDS_NAMESPACE)));
  return id;
}

// The same organisation, place and term ids come back in many services; hashing each once is enough.
const idsByName = new Map<string, string>();
