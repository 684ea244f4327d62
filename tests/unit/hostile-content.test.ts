/**
 * The hostile corpus: bodies an attacker or a careless copy-paste could put in an activity.
 * (a) The content check refuses each one with its expected message (tests/fixtures/hostile/verwacht.json).
 * (b) With the check bypassed, the site's own Markdown pipeline (the processor in astro.config.mjs)
 *     still emits no script, no event handler, no dangerous link and nothing from another host.
 * The HTML is parsed and inspected element by element, not searched for substrings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { buildCatalog, ContentError } from '../../src/lib/catalog';
import { checkMarkdownBody } from '../../src/lib/content-integrity';
import { loadContentFiles } from '../../scripts/content-files';

const projectRoot = resolve(import.meta.dirname, '../..');
const folder = join(projectRoot, 'tests/fixtures/hostile');
const expected: Record<string, { veld: string; melding: string }> = JSON.parse(readFileSync(join(folder, 'verwacht.json'), 'utf8'));
const cases = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ name, body: readFileSync(join(folder, name), 'utf8') }));

type Renderer = { render(body: string): Promise<{ code: string }> };

/** The renderer Astro builds from astro.config.mjs: the same processor, plugins and options. */
async function siteRenderer(): Promise<Renderer> {
  const { markdown } = astroConfig;
  if (!markdown?.processor) throw new Error('astro.config.mjs sets no markdown.processor');
  // The site turns highlighting off; Astro passes that setting on to the processor like this.
  expect(markdown.syntaxHighlight).toBe(false);
  return (await markdown.processor.createRenderer({ syntaxHighlight: false })) as Renderer;
}

// Written out here, apart from the sanitizer's schema, so that a mistake there cannot hide here.
const SAFE_ELEMENTS = new Set([
  'a',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'strong',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'poster',
  'data',
  'cite',
  'ping',
]);

/** Everything unsafe in rendered HTML, described in words for the assertion message. */
function unsafeParts(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.COMMENT_NODE) found.push(`comment <!--${node.rawText}-->`);
    if (node instanceof HTMLElement && node.tagName) {
      const tag = node.tagName.toLowerCase();
      if (!SAFE_ELEMENTS.has(tag)) found.push(`element <${tag}>`);
      for (const [name, value] of Object.entries(node.attributes)) {
        const attribute = name.toLowerCase();
        if (attribute.startsWith('on')) found.push(`event handler ${attribute} on <${tag}>`);
        if (attribute === 'style') found.push(`style attribute on <${tag}>`);
        if (URL_ATTRIBUTES.has(attribute)) {
          // Browsers drop tabs and newlines from URLs and trim spaces before they read the scheme.
          // A link without a scheme stays on the site, or opens another site when the visitor
          // chooses to: only links (href) may have one, and only a safe one.
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\t\n\r]/g, '').trim())?.[1]?.toLowerCase();
          const safe = attribute === 'href' && (scheme === undefined || ['https', 'mailto', 'tel'].includes(scheme));
          if (!safe) found.push(`${attribute}="${value}" on <${tag}>`);
        }
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(parse(html, { comment: true }));
  return found;
}

describe('the hostile corpus', () => {
  it('has at least 40 cases, each with an expected message, and no message without a case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(expected).sort()).toEqual(cases.map(({ name }) => name));
  });

  it.each(cases)('the content check refuses $name with its message', ({ name, body }) => {
    const file = `content/activiteiten/${name}`;
    const want = expected[name]!;
    expect(checkMarkdownBody(file, body)).toContainEqual({ file, field: want.veld, message: want.melding });
  });
});

describe('the site Markdown pipeline, with the check bypassed', () => {
  let renderer: Renderer;
  beforeAll(async () => {
    renderer = await siteRenderer();
  });

  it('finds unsafe parts when they are there (the detector works)', () => {
    expect(
      unsafeParts('<p><img src="https://elders.example/p.png" onerror="x"><a href=" java\tscript:alert(1)">x</a><!-- c --></p>'),
    ).toEqual([
      'element <img>',
      'src="https://elders.example/p.png" on <img>',
      'event handler onerror on <img>',
      'href=" java\tscript:alert(1)" on <a>',
      'comment <!-- c -->',
    ]);
  });

  it.each(cases)('renders $name without script, handlers, unsafe links or foreign resources', async ({ body }) => {
    const { code } = await renderer.render(body);
    expect(unsafeParts(code)).toEqual([]);
    // The harmless part of each body survives: the pipeline cleans, it does not blank the page.
    expect(parse(code).querySelector('p')?.textContent).toContain('Kom op dinsdag koffie drinken');
  });

  it('renders headings, lists, links and emphasis as before', async () => {
    const { code } = await renderer.render(
      '## Wat doen we?\n\n- Koffie *drinken*\n- **Praten**\n\n1. Bel [de coach](https://www.voorbeeld.nl/coach "Coach").\n2. Mail <info@voorbeeld.nl> of [bel](tel:0527123456).\n\n> Iedereen is welkom.',
    );
    expect(code.trim()).toBe(
      [
        '<h2 id="wat-doen-we">Wat doen we?</h2>',
        '<ul>',
        '<li>Koffie <em>drinken</em></li>',
        '<li><strong>Praten</strong></li>',
        '</ul>',
        '<ol>',
        '<li>Bel <a href="https://www.voorbeeld.nl/coach" title="Coach">de coach</a>.</li>',
        '<li>Mail <a href="mailto:info@voorbeeld.nl">info@voorbeeld.nl</a> of <a href="tel:0527123456">bel</a>.</li>',
        '</ol>',
        '<blockquote>',
        '<p>Iedereen is welkom.</p>',
        '</blockquote>',
      ].join('\n'),
    );
  });

  it('renders every example body exactly as Astro would without the sanitizer', async () => {
    const plain = (await satteri().createRenderer({ syntaxHighlight: false })) as Renderer;
    const { entries } = loadContentFiles(projectRoot);
    expect(entries.activiteiten.length).toBeGreaterThan(100);
    for (const { file, body } of entries.activiteiten) {
      const [withSanitizer, without] = await Promise.all([renderer.render(body ?? ''), plain.render(body ?? '')]);
      expect(withSanitizer.code, file).toBe(without.code);
    }
  });
});

describe('the build', () => {
  it('stops on a hostile body: the catalog refuses it with the same message', () => {
    const { entries } = loadContentFiles(projectRoot);
    const [first, ...rest] = entries.activiteiten;
    const hostile = { ...first!, body: '[Meer informatie](javascript&#58;alert(1))' };
    const build = () => buildCatalog({ ...entries, activiteiten: [hostile, ...rest], schoolHolidays: [], today: '2026-11-23' });
    expect(build).toThrow(ContentError);
    expect(build).toThrow(`${hostile.file}, veld "tekst, regel 1": De link "javascript:alert(1)" is niet toegestaan.`);
  });
});
