/**
 * Reads and writes content files the way the editors' files look: fields in schema order,
 * short lists on one line (`themas: [ontmoeten, bewegen]`), times and phone numbers in quotes,
 * dates and house numbers without, amounts with two decimals. A file written here reads back
 * to the same data through the same schemas as a file written by hand.
 */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

export interface RawContent {
  data: Record<string, unknown>;
  body?: string;
}

/** The fields of a content file as written, before the schema adds defaults. */
export function parseRawContent(source: string, markdown: boolean): RawContent | undefined {
  let frontmatter = source;
  let body: string | undefined;
  if (markdown) {
    const match = FRONTMATTER.exec(source);
    if (!match) return undefined;
    frontmatter = match[1]!;
    body = match[2]!;
  }
  const data = yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return body === undefined ? { data: data as Record<string, unknown> } : { data: data as Record<string, unknown>, body };
}

type AnySchema = z.core.$ZodType;
type Def = {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
  element?: AnySchema;
};

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/** The field schemas of the object `value` is an instance of; for a union, the option it fits. */
function shapeFor(schema: AnySchema | undefined, value: unknown): Record<string, AnySchema> | undefined {
  if (!schema) return undefined;
  const def = defOf(schema);
  if (def.type === 'object') return def.shape;
  if (def.innerType) return shapeFor(def.innerType, value);
  if (def.type === 'pipe' && def.in) return shapeFor(def.in, value);
  if (def.type === 'union' && def.options) {
    const fitting = def.options.find((option) => (option as z.ZodType).safeParse(value).success) ?? def.options[0];
    return shapeFor(fitting, value);
  }
  return undefined;
}

function elementOf(schema: AnySchema | undefined): AnySchema | undefined {
  if (!schema) return undefined;
  const def = defOf(schema);
  if (def.type === 'array') return def.element;
  if (def.innerType) return elementOf(def.innerType);
  if (def.type === 'pipe' && def.in) return elementOf(def.in);
  return undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** Puts the fields of every object in the order of its schema, so a written file reads like the others. */
export function orderFields(schema: AnySchema | undefined, value: unknown): unknown {
  if (Array.isArray(value)) {
    const element = elementOf(schema);
    return value.map((item) => orderFields(element, item));
  }
  if (!isPlainObject(value)) return value;
  const shape = shapeFor(schema, value) ?? {};
  const keys = [...Object.keys(shape).filter((key) => key in value), ...Object.keys(value).filter((key) => !(key in shape))];
  return Object.fromEntries(keys.map((key) => [key, orderFields(shape[key], value[key])]));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Times, phone numbers and postcodes-as-digits: quoted, so YAML never reads them as numbers. */
const NUMBER_LIKE = /^[\d\s+:.,-]+$/;
const PLAIN_FLOW_ITEM = /^[\p{L}\p{N}][\p{L}\p{N} _'-]*$/u;
const YAML_WORDS = /^(?:true|false|null|yes|no|on|off|~)$/i;

function scalar(value: unknown, key: string): string {
  if (typeof value === 'number') return key === 'bedrag' && !Number.isInteger(value) ? value.toFixed(2) : String(value);
  if (typeof value === 'boolean') return String(value);
  const text = String(value);
  if (DATE.test(text)) return text;
  if (key === 'huisnummer' && /^\d+$/.test(text)) return text;
  if (NUMBER_LIKE.test(text)) return JSON.stringify(text);
  return yaml.dump(text, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"' }).trimEnd();
}

function flowItem(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  return PLAIN_FLOW_ITEM.test(text) && !YAML_WORDS.test(text) && !NUMBER_LIKE.test(text) ? text : JSON.stringify(text);
}

function emit(value: Record<string, unknown>, indent: string, lines: string[]): void {
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (isPlainObject(item)) {
      lines.push(`${indent}${key}:`);
      emit(item, `${indent}  `, lines);
    } else if (Array.isArray(item) && item.every((element) => !isPlainObject(element))) {
      lines.push(`${indent}${key}: [${item.map(flowItem).join(', ')}]`);
    } else if (Array.isArray(item)) {
      lines.push(`${indent}${key}:`);
      for (const element of item as Record<string, unknown>[]) {
        const inner: string[] = [];
        emit(element, `${indent}    `, inner);
        lines.push(...inner.map((line, index) => (index === 0 ? `${indent}  - ${line.slice(indent.length + 4)}` : line)));
      }
    } else {
      lines.push(`${indent}${key}: ${scalar(item, key)}`);
    }
  }
}

/** The comment lines at the top of a YAML file (such as the "Voorbeeldgegevens" note), kept when the file is rewritten. */
export function leadingComments(source: string): string {
  return /^(?:#[^\n]*\n)*/.exec(source)?.[0] ?? '';
}

/**
 * The text of a content file: YAML, or for Markdown collections frontmatter and body.
 * `comments` are lines starting with # that go first, as in the file this one replaces.
 */
export function formatContentFile(schema: AnySchema, data: Record<string, unknown>, body?: string, comments = ''): string {
  const lines: string[] = [];
  emit(orderFields(schema, data) as Record<string, unknown>, '', lines);
  const fields = `${comments}${lines.join('\n')}\n`;
  return body === undefined ? fields : `---\n${fields}---\n${body.trim()}\n`;
}
