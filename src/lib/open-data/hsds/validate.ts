/**
 * Checks what we write against the official HSDS 3.0 schemas (copies in ./schema/) with ajv, JSON Schema
 * draft 2020-12, formats included (uuid, uri, email). The build runs it on every service, so content that
 * passes our own checks but would make an invalid HSDS file (an e-mail address that HSDS reads differently,
 * say) stops the build with the file and the field; the tests run it on every file.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import metadataSchema from './schema/metadata.json' with { type: 'json' };
import openapi from './schema/openapi.json' with { type: 'json' };
import serviceListSchema from './schema/compiled/service_list.json' with { type: 'json' };
import serviceSchema from './schema/compiled/service_with_definitions.json' with { type: 'json' };
import taxonomySchema from './schema/taxonomy.json' with { type: 'json' };
import taxonomyTermSchema from './schema/taxonomy_term.json' with { type: 'json' };

/** Where the official files live; relative $refs in them ("taxonomy.json") resolve against it. */
const SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

/** Keywords of the HSDS files that are not JSON Schema (Frictionless data package and documentation). */
const HSDS_ANNOTATIONS = ['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'example', 'core', 'tabular_required'];

export type HsdsFileKind = 'root' | 'services' | 'service' | 'taxonomies' | 'taxonomy_terms';

const PAGE_FIELDS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];

/** A page as the OpenAPI file describes it, with the items it holds; we also require the page fields. */
const page = (items: object) => ({
  allOf: [
    openapi.components.schemas.Page,
    { type: 'object', required: [...PAGE_FIELDS, 'contents'], properties: { contents: { type: 'array', items } } },
  ],
});

let compiled: Record<HsdsFileKind, ValidateFunction> | undefined;

function validators(): Record<HsdsFileKind, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addVocabulary(HSDS_ANNOTATIONS);
  const withId = (file: string, schema: object) => ({ ...schema, $id: `${SCHEMA_BASE}${file}` });
  ajv.addSchema(withId('metadata.json', metadataSchema));
  ajv.addSchema(withId('taxonomy.json', taxonomySchema));
  ajv.addSchema(withId('taxonomy_term.json', taxonomyTermSchema));
  ajv.addSchema(withId('compiled/service_with_definitions.json', serviceSchema));
  ajv.addSchema(withId('compiled/service_list.json', serviceListSchema));
  const ref = (file: string) => ({ $ref: `${SCHEMA_BASE}${file}` });
  // A service of our lists is fully nested and is also a valid entry of the plain `/services` list.
  const service = { allOf: [ref('compiled/service_with_definitions.json'), ref('compiled/service_list.json')] };
  compiled = {
    root: ajv.compile({ ...openapi.paths['/'].get.responses['200'].content['application/json'].schema, required: ['version'] }),
    service: ajv.compile(service),
    services: ajv.compile(page(service)),
    taxonomies: ajv.compile(page(ref('taxonomy.json'))),
    taxonomy_terms: ajv.compile(page(ref('taxonomy_term.json'))),
  };
  return compiled;
}

export interface HsdsProblem {
  /** JSON Pointer into the checked object, such as "/contacts/0/email". */
  path: string;
  message: string;
  value?: unknown;
}

function valueAt(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')]
          : undefined,
      data,
    );
}

/** The problems of one file or service; empty when it is valid HSDS 3.0. */
export function hsdsProblems(kind: HsdsFileKind, data: unknown): HsdsProblem[] {
  const validate = validators()[kind];
  if (validate(data)) return [];
  return (
    (validate.errors ?? [])
      // allOf repeats the same failure for each branch: keep one per place and message.
      .filter(
        (error: ErrorObject, index, all) =>
          all.findIndex((other) => other.instancePath === error.instancePath && other.message === error.message) === index,
      )
      .map((error) => ({
        path: error.instancePath || '/',
        message: error.message ?? error.keyword,
        value: valueAt(data, error.instancePath),
      }))
  );
}

/** Which content field a path in a service comes from, for the editor who has to fix it. */
const CONTENT_FIELDS: readonly [RegExp, string][] = [
  [/^\/name$/, 'titel'],
  [/^\/description$/, 'samenvatting'],
  [/^\/(email|contacts\/\d+\/email)$/, 'contact.email'],
  [/^\/contacts\/\d+\/name$/, 'contact.naam'],
  [/^\/phones\//, 'contact.telefoon'],
  [/^\/(minimum|maximum)_age$/, 'leeftijd'],
  [/^\/assured_date$/, 'laatstGecontroleerd'],
  [/^\/schedules\//, 'rooster'],
  [/^\/cost_options\//, 'kosten'],
  [/^\/languages\//, 'talen'],
  [/^\/service_at_locations\//, 'locaties (een bestand in content/locaties/)'],
  [/^\/organization\/website$/, 'organisatie (het veld website in content/organisaties/)'],
  [/^\/organization\/email$/, 'organisatie (het veld email in content/organisaties/)'],
  [/^\/organization\//, 'organisatie (het bestand in content/organisaties/)'],
];

export class HsdsExportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly HsdsProblem[],
  ) {
    super(
      [
        `${file} geeft een ongeldig HSDS-bestand (Open Referral 3.0). De build stopt. Pas dit aan:`,
        ...problems.map((problem) => {
          const field = CONTENT_FIELDS.find(([pattern]) => pattern.test(problem.path))?.[1];
          const value =
            problem.value === undefined || typeof problem.value === 'object' ? '' : ` De waarde is ${JSON.stringify(problem.value)}.`;
          return `- ${field ? `veld ${field}` : 'een veld'}: HSDS-veld ${problem.path} ${problem.message}.${value}`;
        }),
      ].join('\n'),
    );
    this.name = 'HsdsExportError';
  }
}

/** Throws an HsdsExportError naming the content file when the service of that activity is not valid HSDS. */
export function assertValidService(service: unknown, file: string): void {
  const problems = hsdsProblems('service', service);
  if (problems.length > 0) throw new HsdsExportError(file, problems);
}
