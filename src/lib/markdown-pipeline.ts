/**
 * The Markdown pipeline of the site: Astro's default processor (Sätteri) with an HTML sanitizer.
 * astro.config.mjs uses it for every Markdown body, and the tests render the hostile corpus through
 * the same processor, so what they prove is what the build does.
 *
 * This is the second line of defence. `markdown-body.ts` already refuses raw HTML, unsafe links and
 * images before the build; the sanitizer makes sure that a gap in that check still cannot put
 * script, event handlers, frames, forms, styles or images from another host on a page.
 * Build-time only: imports Node packages, never load it in the browser.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { HastPluginDefinition } from 'satteri';
import { allowedLinkProtocols, markdownFeatures } from './markdown-body';

/**
 * An allow-list, not a block-list: every element and attribute not named here is removed.
 * It holds what plain Markdown produces (text, headings, lists, links, emphasis, quotes, code,
 * tables, footnotes) and nothing that loads or runs anything: no img, iframe, svg, form, input.
 * Attributes come from GitHub's schema in hast-util-sanitize (no on… handlers, no style, no src);
 * ids are prefixed with "user-content-" so a body cannot clobber the page's own ids.
 */
export const bodySanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [
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
  ],
  attributes: Object.fromEntries(
    Object.entries(defaultSchema.attributes ?? {}).filter(([tagName]) => tagName !== 'img' && tagName !== 'input'),
  ),
  protocols: { href: [...allowedLinkProtocols], cite: ['https'] },
  // Elements whose text is dropped too, not only the tags.
  strip: ['script', 'style', 'template', 'noscript', 'title', 'textarea', 'xmp'],
  allowComments: false,
  allowDoctypes: false,
};

/**
 * A Sätteri hast plugin: after the body is turned into HTML nodes, replace the whole tree by its
 * sanitized copy. Raw HTML stays a "raw" node in Sätteri's tree; the sanitizer drops unknown node
 * types, so raw HTML never reaches the page.
 */
export const sanitizeBodyPlugin: HastPluginDefinition = {
  name: 'preventiekaart-sanitize-body',
  after(root, context) {
    context.replaceNode(root, sanitize(root, bodySanitizeSchema));
  },
};

/** The processor for `markdown.processor` in astro.config.mjs. */
export function siteMarkdownProcessor() {
  return satteri({ features: markdownFeatures, hastPlugins: [sanitizeBodyPlugin] });
}
