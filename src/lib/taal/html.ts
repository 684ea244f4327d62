/**
 * The text a visitor sees on a built page. Scripts, styles, icons and anything hidden from the
 * visitor (the `hidden` attribute, aria-hidden, text in another language) are left out. Headings,
 * list items, table cells, buttons and labels each end a sentence, like a paragraph does,
 * because a reader takes them in one by one.
 */
import { parse, NodeType, type HTMLElement, type Node, type TextNode } from 'node-html-parser';
import { checkTextWith, type CheckOptions } from './check';
import type { CheckInput } from './content';
import { BLOCK_TAGS } from './markup';
import { TextBuilder } from './segments';
import type { LanguageData, LanguageException, Locate, TextResult, RuleSetName } from './types';

const SKIPPED = new Set(['script', 'style', 'svg', 'template', 'noscript', 'code', 'pre', 'head', 'iframe', 'canvas', 'math', 'object']);
// The block elements of Markdown's HTML, plus those of a whole page; `pre` is among them but SKIPPED wins.
const BLOCKS = new Set([...BLOCK_TAGS, 'body', 'html', 'input', 'textarea']);

export interface PageText {
  text: string;
  locate: Locate;
  /** The language of the page from <html lang>, if set. */
  lang?: string;
}

function isHidden(element: HTMLElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const lang = element.getAttribute('lang');
  return lang !== undefined && lang !== '' && !/^nl\b/i.test(lang);
}

export function visibleText(html: string): PageText {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  const builder = new TextBuilder();

  function walk(node: Node): void {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const textNode = node as TextNode;
      const decoded = textNode.text;
      // The doctype comes through as text.
      if (decoded.trimStart().startsWith('<!')) return;
      if (decoded.trim() === '') {
        if (decoded !== '') builder.space();
        return;
      }
      builder.add(decoded, textNode.range[0], decoded === textNode.rawText);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag) || isHidden(element)) return;
    const block = BLOCKS.has(tag);
    if (block) builder.breakBlock();
    if (tag === 'img') {
      builder.space();
      return;
    }
    for (const child of element.childNodes) walk(child);
    if (block) builder.breakBlock();
  }

  walk(root);
  const htmlElement = root.querySelector('html');
  const lang = htmlElement?.getAttribute('lang');
  const built = builder.build(html);
  return lang ? { ...built, lang } : built;
}

/**
 * The text of a built page and how to check it, or the language of a page that is not Dutch.
 * The site's pages are held to the house style unless told otherwise.
 */
export function pageInput(
  html: string,
  options: { file: string; exceptions?: readonly LanguageException[]; ruleSet?: RuleSetName },
): CheckInput | { otherLanguage: string; options: CheckOptions } {
  const ruleSet = options.ruleSet ?? 'huisstijl';
  const page = visibleText(html);
  if (page.lang !== undefined && !/^nl\b/i.test(page.lang)) return { otherLanguage: page.lang, options: { file: options.file, ruleSet } };
  // The page text has no Markdown: a "*" or "#" on a page is meant literally.
  return {
    text: page.text,
    options: { file: options.file, exceptions: options.exceptions ?? [], locate: page.locate, markdown: false, html: false, ruleSet },
  };
}

/** Checks the visible text of a built page as one text. A page in another language is skipped. */
export function checkPage(
  html: string,
  data: LanguageData,
  options: { file: string; exceptions?: readonly LanguageException[]; ruleSet?: RuleSetName },
): TextResult {
  const input = pageInput(html, options);
  if ('otherLanguage' in input) {
    const result = checkTextWith('', data, input.options);
    return { ...result, note: `Deze pagina is niet in het Nederlands (lang="${input.otherLanguage}"). De taalcheck slaat hem over.` };
  }
  return checkTextWith(input.text, data, input.options);
}
