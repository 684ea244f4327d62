/**
 * Our vocabularies as HSDS taxonomies: themes, target groups (doelgroepen) and klachten, each term with its
 * Dutch label and explanation from taxonomy.ts. A service carries its terms as `attributes`, the HSDS 3.0 way
 * to link a service to a taxonomy term. No new words here: every name and description is the vocabulary's own.
 */
import { complaints, targetGroups, themes, type ComplaintId, type TargetGroupId, type Term, type ThemeId } from '../../taxonomy';
import { hsdsId } from './ids';
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './types';

interface Vocabulary<Id extends string> {
  all: readonly Term<Id>[];
  get(id: Id): Term<Id>;
}

interface TaxonomyDefinition<Id extends string> {
  /** Our own name, part of the UUIDs: never change it. */
  key: 'themas' | 'doelgroepen' | 'klachten';
  /** What the term says about the service: the attribute's `link_type` (HSDS leaves the code list open). */
  linkType: 'thema' | 'doelgroep' | 'klacht';
  name: string;
  description: string;
  vocabulary: Vocabulary<Id>;
}

const THEMES: TaxonomyDefinition<ThemeId> = {
  key: 'themas',
  linkType: 'thema',
  name: "Preventiekaart: thema's",
  description: 'Waar een activiteit over gaat, zoals bewegen of samen eten.',
  vocabulary: themes,
};
const TARGET_GROUPS: TaxonomyDefinition<TargetGroupId> = {
  key: 'doelgroepen',
  linkType: 'doelgroep',
  name: 'Preventiekaart: doelgroepen',
  description: 'Voor wie een activiteit is, zoals ouderen of mantelzorgers.',
  vocabulary: targetGroups,
};
const COMPLAINTS: TaxonomyDefinition<ComplaintId> = {
  key: 'klachten',
  linkType: 'klacht',
  name: 'Preventiekaart: klachten voor Welzijn op Recept',
  description: 'Klachten waarmee een huisarts iemand naar een activiteit kan verwijzen, zoals eenzaamheid of stress.',
  vocabulary: complaints,
};

const DEFINITIONS = [THEMES, TARGET_GROUPS, COMPLAINTS] as const;

function taxonomy(definition: TaxonomyDefinition<string>, site: string): HsdsTaxonomy {
  return {
    id: hsdsId('taxonomie', definition.key),
    name: definition.name,
    description: definition.description,
    uri: new URL('/open-data/#bestand-hsds', site).href,
  };
}

/** A term; `withDetail` nests its whole taxonomy, which the terms file does and each service leaves out (it names the taxonomy's id). */
function term<Id extends string>(definition: TaxonomyDefinition<Id>, id: Id, site: string, withDetail: boolean): HsdsTaxonomyTerm {
  const { label, uitleg } = definition.vocabulary.get(id);
  const detail = taxonomy(definition as TaxonomyDefinition<string>, site);
  return {
    id: hsdsId('term', definition.key, id),
    code: id,
    name: label,
    description: uitleg,
    taxonomy: detail.name,
    taxonomy_id: detail.id,
    ...(withDetail ? { taxonomy_detail: detail } : {}),
    language: 'nl',
  };
}

/** The three taxonomies. */
export function hsdsTaxonomies(site: string): HsdsTaxonomy[] {
  return DEFINITIONS.map((definition) => taxonomy(definition as TaxonomyDefinition<string>, site));
}

/** Every term of every taxonomy, in the vocabularies' own order. */
export function hsdsTaxonomyTerms(site: string): HsdsTaxonomyTerm[] {
  return DEFINITIONS.flatMap((definition) =>
    (definition.vocabulary.all as readonly Term[]).map((item) => term(definition as TaxonomyDefinition<string>, item.id, site, true)),
  );
}

/** The attributes that link one service to its themes, target groups and klachten. */
export function serviceAttributes(
  activityId: string,
  serviceId: string,
  ids: { themas: readonly ThemeId[]; doelgroepen: readonly TargetGroupId[]; klachten: readonly ComplaintId[] },
  site: string,
): HsdsAttribute[] {
  const link = <Id extends string>(definition: TaxonomyDefinition<Id>, termIds: readonly Id[]) =>
    termIds.map((id): HsdsAttribute => {
      const taxonomyTerm = term(definition, id, site, false);
      return {
        id: hsdsId('kenmerk', activityId, definition.key, id),
        link_id: serviceId,
        link_entity: 'service',
        link_type: definition.linkType,
        taxonomy_term_id: taxonomyTerm.id,
        taxonomy_term: taxonomyTerm,
      };
    });
  return [...link(THEMES, ids.themas), ...link(TARGET_GROUPS, ids.doelgroepen), ...link(COMPLAINTS, ids.klachten)];
}
