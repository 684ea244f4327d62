import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfig, fieldLabel, type CmsField } from '../../../src/lib/cms/config';
import { activiteitSchema } from '../../../src/lib/schemas';
import { themes, weekdays } from '../../../src/lib/taxonomy';
import { siteConfig } from '../../../src/site.config';

const gemeenten = readdirSync('content/gemeenten')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    naam: (yaml.load(readFileSync(join('content/gemeenten', name), 'utf8')) as { naam: string }).naam,
  }));
const config = cmsConfig(siteConfig.webeditor, gemeenten);
type Collection = { name: string; folder: string; fields: CmsField[] };
const collection = (name: string) => config.collections.find((item) => 'name' in item && item.name === name) as Collection;
const field = (fields: readonly CmsField[], name: string) => {
  const found = fields.find((item) => item.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};
const activityFields = collection('activiteiten-bergen').fields;

describe('the web editor configuration', () => {
  it('saves to the repository of site.config.ts and leaves empty optional fields out', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: siteConfig.webeditor.repo, branch: siteConfig.webeditor.branch });
    expect(cmsConfig({ ...siteConfig.webeditor, oauthProxy: 'https://auth.example.nl' }, gemeenten).backend).toMatchObject({
      base_url: 'https://auth.example.nl',
    });
    expect(config.output.omit_empty_optional_fields).toBe(true);
  });

  it('has activities, organisations and places per gemeente in their own folders, and the gebieden', () => {
    for (const { id } of gemeenten) {
      expect(collection(`activiteiten-${id}`).folder).toBe(`content/activiteiten/${id}`);
      expect(collection(`organisaties-${id}`).folder).toBe(`content/organisaties/${id}`);
      expect(collection(`locaties-${id}`).folder).toBe(`content/locaties/${id}`);
    }
    expect(collection('gebieden').folder).toBe('content/gebieden');
  });

  it('asks for every field of the activity schema, required exactly when the schema requires it', () => {
    const shape = activiteitSchema.shape;
    expect(activityFields.map((item) => item.name)).toEqual([...Object.keys(shape), 'body']);
    for (const [name, schema] of Object.entries(shape)) {
      const optional = schema.safeParse(undefined).success;
      expect(field(activityFields, name).required === false, name).toBe(optional);
    }
  });

  it('uses the schema descriptions as hints', () => {
    expect(field(activityFields, 'titel').hint).toBe(activiteitSchema.shape.titel.description);
    expect(field(activityFields, 'laatstGecontroleerd').hint).toBe(activiteitSchema.shape.laatstGecontroleerd.description);
  });

  it('offers the vocabularies with their labels', () => {
    const themas = field(activityFields, 'themas');
    expect(themas).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(themas.options).toEqual(themes.all.map((term) => ({ label: term.label, value: term.id })));
  });

  it('links organisation, places and gebieden by file name, within the gemeente', () => {
    expect(field(activityFields, 'organisatie')).toMatchObject({
      widget: 'relation',
      collection: 'organisaties-bergen',
      value_field: '{{slug}}',
    });
    expect(field(activityFields, 'locaties')).toMatchObject({ widget: 'relation', collection: 'locaties-bergen', multiple: true });
    expect(field(activityFields, 'gebieden')).toMatchObject({ widget: 'relation', collection: 'gebieden', multiple: true });
  });

  it('makes the schedule a choice on soort, each kind with its own fields', () => {
    const rooster = field(activityFields, 'rooster');
    expect(rooster).toMatchObject({ widget: 'object', typeKey: 'soort' });
    const types = rooster.types as { name: string; fields: CmsField[] }[];
    expect(types.map((type) => type.name)).toEqual(['wekelijks', 'tweewekelijks', 'maandelijks', 'op-afspraak']);
    expect(types[3]!.fields.map((item) => item.name)).toEqual(['opmerking']);
    const monthly = types[2]!.fields;
    expect(field(monthly, 'weken').options).toEqual([1, 2, 3, 4, 'laatste'].map((value) => ({ label: String(value), value })));
    expect((field(monthly, 'dagen').options as { value: string }[]).map((option) => option.value)).toEqual([...weekdays]);
    expect(field(types[1]!.fields, 'eersteKeer')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
  });

  it('joins the two kinds of place into one form: the address is asked but not required', () => {
    const placeFields = collection('locaties-bergen').fields;
    expect(field(placeFields, 'soort').options).toEqual(
      ['gebouw', 'buiten', 'online', 'aan-huis'].map((value) => ({ label: value, value })),
    );
    expect(field(placeFields, 'adres').required).toBe(false);
    expect(field(placeFields, 'naam').required).toBeUndefined();
    expect(field(placeFields, 'gebied')).toMatchObject({ widget: 'relation', collection: 'gebieden', required: false });
  });

  it('has a field for every key in the example content, so the editor never drops data', () => {
    const walk = (data: Record<string, unknown>, fields: readonly CmsField[], where: string) => {
      for (const [key, value] of Object.entries(data)) {
        const match = fields.find((item) => item.name === key);
        expect(match, `${where}: ${key}`).toBeDefined();
        if (match?.widget === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
          const types = match.types as { name: string; fields: CmsField[] }[] | undefined;
          const nested = types
            ? types
                .find((type) => type.name === (value as { soort: string }).soort)!
                .fields.concat({ name: 'soort', label: '', widget: 'hidden' })
            : (match.fields as CmsField[]);
          walk(value as Record<string, unknown>, nested, `${where}.${key}`);
        }
      }
    };
    for (const { id } of gemeenten) {
      for (const name of readdirSync(`content/activiteiten/${id}`)) {
        const source = readFileSync(join('content/activiteiten', id, name), 'utf8');
        walk(yaml.load(source.split(/^---$/m)[1]!) as Record<string, unknown>, collection(`activiteiten-${id}`).fields, name);
      }
    }
  });

  it('labels fields in plain Dutch', () => {
    expect(fieldLabel('laatstGecontroleerd')).toBe('Laatst gecontroleerd');
    expect(fieldLabel('themas')).toBe("Thema's");
  });
});
