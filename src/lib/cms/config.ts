/**
 * The configuration of the web editor (Sveltia CMS at /admin/), built from the zod schemas and the
 * vocabularies, so the editor asks for exactly what `check:content` accepts and no second set of
 * rules can drift. scripts/write-cms-config.ts writes it to dist/admin/config.yml at every build.
 *
 * The schemas are read through zod's own JSON Schema export (`z.toJSONSchema`): descriptions become
 * the hints, enums become select lists with the vocabulary's labels, `references` (set by
 * `idReference`) becomes a relation by file name, `format: 'date'` (set by `plainDate`) a date picker,
 * and a union on `soort` an object with variable types. The editor is a help, not the gate:
 * refinements across fields stay in `check:content`, which CI runs on every commit the editor makes.
 */
import { z } from 'astro/zod';
import { activiteitSchema, gebiedSchema, gemeenteSchema, locatieSchema, organisatieSchema } from '../schemas';
import * as taxonomy from '../taxonomy';

/** A JSON Schema node as zod writes it, with the two keys our field helpers add through `.meta()`. */
export interface SchemaNode {
  type?: string;
  description?: string;
  enum?: (string | number)[];
  const?: string | number;
  format?: string;
  references?: string;
  pattern?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
}

/** A Sveltia CMS field, as far as this configuration uses it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  [option: string]: unknown;
}

export interface CmsBackend {
  /** owner/name of the repository that holds content/. */
  repo: string;
  branch: string;
  /** An OAuth proxy for "Inloggen met GitHub"; empty for sign-in with a personal access token only. */
  oauthProxy: string;
}

export interface GemeenteCollection {
  /** The file name in content/gemeenten/, also the folder in content/activiteiten/. */
  id: string;
  naam: string;
}

/** The JSON Schema of a content schema, for what an editor types in (before transforms and defaults). */
export function jsonSchemaOf(schema: z.ZodType): SchemaNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
}

/** Field names that a plain split of the camelCase name would spell wrong. */
const LABELS: Record<string, string> = {
  themas: "Thema's",
  coordinaten: 'Coördinaten',
  body: 'Tekst',
};

/** "laatstGecontroleerd" → "Laatst gecontroleerd". */
export function fieldLabel(name: string): string {
  const known = LABELS[name];
  if (known) return known;
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type Vocabulary = readonly { id: string; label: string }[];

/** Every vocabulary in taxonomy.ts: term lists with labels, and plain word lists such as the weekdays. */
function vocabularies(): Vocabulary[] {
  const lists: Vocabulary[] = [];
  for (const value of Object.values(taxonomy)) {
    if (value && typeof value === 'object' && 'all' in value && Array.isArray(value.all)) lists.push(value.all as Vocabulary);
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      lists.push(value.map((id: string) => ({ id, label: id.charAt(0).toUpperCase() + id.slice(1) })));
    }
  }
  return lists;
}

/** Options for a select: the vocabulary with exactly these ids gives the labels; else the value itself. */
export function selectOptions(values: readonly (string | number)[]): { label: string; value: string | number }[] {
  const ids = values.map(String);
  const vocabulary = vocabularies().find((terms) => terms.length === ids.length && terms.every((term) => ids.includes(term.id)));
  const labelOf = new Map(vocabulary?.map((term) => [term.id, term.label]));
  return values.map((value) => ({ label: labelOf.get(String(value)) ?? String(value), value }));
}

// A clear message for a pattern the editor checks before saving; check:content says more.
const PATTERN_MESSAGE = 'Dit klopt niet. Kijk naar het voorbeeld in de uitleg.';

/**
 * Turns the collection a schema refers to (content/<collection>/) into the name of the editor's
 * collection: organisaties and locaties live in a folder per gemeente, so an activity in Bergen
 * picks from the organisations and places of Bergen.
 */
export type CollectionOf = (references: string) => string;
const sameName: CollectionOf = (references) => references;

const relationTo = (collection: string) => ({
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: ['naam'],
  display_fields: ['naam'],
});

/** The enum values of a node or of its `anyOf` members (zod writes `z.union` of literals that way). */
function enumValues(node: SchemaNode): (string | number)[] | undefined {
  if (node.enum) return node.enum;
  const members = node.anyOf ?? node.oneOf;
  if (members?.every((member) => member.const !== undefined)) return members.map((member) => member.const!);
  return undefined;
}

/** The discriminator of a union of objects that all fix `soort` to one value. */
function variantKey(node: SchemaNode): string | undefined {
  const members = node.oneOf ?? node.anyOf;
  if (!members || members.length < 2) return undefined;
  return members.every((member) => member.properties?.soort?.const !== undefined) ? 'soort' : undefined;
}

/** One field of the editor for one property of a schema. */
export function toField(name: string, node: SchemaNode, required: boolean, collectionOf: CollectionOf = sameName): CmsField {
  const base: CmsField = { name, label: fieldLabel(name), widget: 'string' };
  if (node.description) base.hint = node.description;
  if (!required) base.required = false;
  if (node.default !== undefined) base.default = node.default;
  return { ...base, ...widgetFor(node, collectionOf) };
}

function widgetFor(node: SchemaNode, collectionOf: CollectionOf): Omit<CmsField, 'name' | 'label'> {
  if (node.references) return relationTo(collectionOf(node.references));
  if (node.format === 'date') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  const key = variantKey(node);
  if (key) {
    return {
      widget: 'object',
      typeKey: key,
      types: (node.oneOf ?? node.anyOf)!.map((member) => {
        const { properties = {}, required = [] } = member;
        const value = String(properties[key]!.const);
        // Variable types take no hint: the description is the label the editor picks from.
        return {
          name: value,
          label: member.description ? `${value}: ${member.description}` : value,
          widget: 'object',
          fields: Object.entries(properties)
            .filter(([field]) => field !== key)
            .map(([field, child]) => toField(field, child, required.includes(field), collectionOf)),
        };
      }),
    };
  }
  const values = enumValues(node);
  if (values) return { widget: 'select', options: selectOptions(values) };
  switch (node.type) {
    case 'boolean':
      return { widget: 'boolean' };
    case 'integer':
    case 'number':
      return {
        widget: 'number',
        value_type: node.type === 'integer' ? 'int' : 'float',
        ...(node.minimum !== undefined ? { min: node.minimum } : {}),
        ...(node.maximum !== undefined ? { max: node.maximum } : {}),
      };
    case 'object':
      return { widget: 'object', fields: objectFields(node, collectionOf) };
    case 'array':
      return listWidget(node, collectionOf);
    default:
      return {
        widget: (node.maxLength ?? 0) > 200 ? 'text' : 'string',
        ...(node.maxLength !== undefined ? { maxlength: node.maxLength } : {}),
        ...(node.pattern !== undefined ? { pattern: [node.pattern, PATTERN_MESSAGE] } : {}),
      };
  }
}

function listWidget(node: SchemaNode, collectionOf: CollectionOf): Omit<CmsField, 'name' | 'label'> {
  const item = node.items ?? {};
  const min = node.minItems !== undefined ? { min: node.minItems } : {};
  if (item.references) return { ...relationTo(collectionOf(item.references)), multiple: true, ...min };
  const values = enumValues(item);
  if (values) return { widget: 'select', multiple: true, options: selectOptions(values), ...min };
  if (item.type === 'object') return { widget: 'list', fields: objectFields(item, collectionOf), ...min };
  const { name: _name, label: _label, ...field } = toField('item', item, true, collectionOf);
  return { widget: 'list', field: { name: 'item', label: fieldLabel(_name), ...field }, ...min };
}

/**
 * The fields of an object schema. A union at the top (a place with or without an address) becomes
 * one set of fields: a field is required only when every variant requires it, and `soort` offers
 * the values of all variants.
 */
export function objectFields(node: SchemaNode, collectionOf: CollectionOf = sameName): CmsField[] {
  const variants = node.oneOf ?? node.anyOf ?? [node];
  const order: string[] = [];
  const merged = new Map<string, SchemaNode>();
  for (const variant of variants) {
    for (const [name, child] of Object.entries(variant.properties ?? {})) {
      const known = merged.get(name);
      if (!known) {
        order.push(name);
        merged.set(name, child);
      } else {
        const values = [...new Set([...(enumValues(known) ?? []), ...(enumValues(child) ?? [])])];
        if (values.length > 0) merged.set(name, { ...known, enum: values, anyOf: undefined, oneOf: undefined });
      }
    }
  }
  const requiredEverywhere = (name: string) => variants.every((variant) => variant.required?.includes(name));
  return order.map((name) => toField(name, merged.get(name)!, requiredEverywhere(name), collectionOf));
}

/** The Markdown body of an activity: only what plain Markdown makes, as the content gate allows. */
const bodyField: CmsField = {
  name: 'body',
  label: fieldLabel('body'),
  widget: 'markdown',
  hint: 'De tekst op de pagina. Korte zinnen, gewone woorden. Geen afbeeldingen. Een link begint met https://, mailto: of tel:. Hoogstens 3000 tekens.',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list'],
  editor_components: [],
};

const YAML_COLLECTION = { extension: 'yaml', format: 'yaml', create: true, identifier_field: 'naam', summary: '{{naam}}' };

/** Collections with a folder per gemeente under content/<collection>/<gemeente>/. */
const PER_GEMEENTE = ['activiteiten', 'organisaties', 'locaties'];

/** The whole configuration, as an object ready for YAML. */
export function cmsConfig(backend: CmsBackend, gemeenten: readonly GemeenteCollection[]) {
  const activity = jsonSchemaOf(activiteitSchema);
  const organisation = jsonSchemaOf(organisatieSchema);
  const place = jsonSchemaOf(locatieSchema);
  return {
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.oauthProxy ? { base_url: backend.oauthProxy } : {}),
    },
    // No media: content has no images (the content gate refuses them), but Sveltia asks for a folder.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    app_title: 'Preventiekaart redactie',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true },
    collections: [
      // The folders are per gemeente, as in content/activiteiten/<gemeente>/, so no filter is needed.
      ...gemeenten.flatMap((gemeente) => {
        const collectionOf: CollectionOf = (references) =>
          PER_GEMEENTE.includes(references) ? `${references}-${gemeente.id}` : references;
        return [
          {
            name: `activiteiten-${gemeente.id}`,
            label: `Activiteiten ${gemeente.naam}`,
            label_singular: `Activiteit in ${gemeente.naam}`,
            folder: `content/activiteiten/${gemeente.id}`,
            extension: 'md',
            format: 'frontmatter',
            create: true,
            identifier_field: 'titel',
            summary: '{{titel}}',
            slug: '{{titel}}',
            fields: [...objectFields(activity, collectionOf), bodyField],
          },
          {
            ...YAML_COLLECTION,
            name: `organisaties-${gemeente.id}`,
            label: `Organisaties ${gemeente.naam}`,
            label_singular: `Organisatie in ${gemeente.naam}`,
            folder: `content/organisaties/${gemeente.id}`,
            fields: objectFields(organisation, collectionOf),
          },
          {
            ...YAML_COLLECTION,
            name: `locaties-${gemeente.id}`,
            label: `Plekken ${gemeente.naam}`,
            label_singular: `Plek in ${gemeente.naam}`,
            folder: `content/locaties/${gemeente.id}`,
            fields: objectFields(place, collectionOf),
          },
          { divider: true },
        ];
      }),
      {
        ...YAML_COLLECTION,
        name: 'gebieden',
        label: 'Dorpen en wijken',
        label_singular: 'Dorp of wijk',
        folder: 'content/gebieden',
        fields: objectFields(jsonSchemaOf(gebiedSchema)),
      },
      // Gebieden refer to a gemeente; a new gemeente is rare and needs new folders, so no create here.
      {
        ...YAML_COLLECTION,
        create: false,
        delete: false,
        name: 'gemeenten',
        label: 'Gemeenten',
        label_singular: 'Gemeente',
        folder: 'content/gemeenten',
        fields: objectFields(jsonSchemaOf(gemeenteSchema)),
      },
    ],
  };
}
