/**
 * Removes Markdown and HTML markup from a text without moving anything: every removed character
 * becomes a space, so an offset in the cleaned text is the same offset in the original, and a
 * finding can point at the right line and column.
 * Where markup ends a block (a heading, a list item, a table cell, a paragraph tag), a BOUNDARY
 * character is written: the sentence splitter always ends a sentence there.
 */

export const BOUNDARY = '\u2029';

const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
/** Keeps the length, ends a block: the first character becomes a boundary, the rest spaces. */
const boundary = (text: string): string => (text === '' ? '' : BOUNDARY + blank(text.slice(1)));

/** Elements that end a sentence's block: text on either side is never one sentence. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'label',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'select',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  euro: '€',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

/** Keeps the decoded character in the first place and pads with spaces; good enough for reading. */
function decodeEntity(entity: string, name: string): string {
  let char: string | undefined;
  if (name.startsWith('#x') || name.startsWith('#X')) char = String.fromCodePoint(parseInt(name.slice(2), 16) || 32);
  else if (name.startsWith('#')) char = String.fromCodePoint(Number(name.slice(1)) || 32);
  else char = NAMED_ENTITIES[name.toLowerCase()];
  if (char === undefined || char.length !== 1) return blank(entity);
  return char + ' '.repeat(entity.length - 1);
}

function maskHtml(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<(script|style|svg|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*\/?>/g, (tag, name: string) =>
      BLOCK_TAGS.has(name.toLowerCase()) ? boundary(tag) : blank(tag),
    )
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity);
}

const LIST_ITEM = /^([ \t]*)([-*+•▪◦·]|\d{1,3}[.)])([ \t]+)/;
const HEADING = /^([ \t]{0,3})(#{1,6})([ \t]+|$)/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

const isTableSeparator = (line: string) => TABLE_SEPARATOR.test(line) && line.includes('-') && line.includes('|');

/** Lines of Markdown tables, with or without pipes at the edges: the header above a separator and the rows below it. */
function tableLines(lines: readonly string[]): Set<number> {
  const rows = new Set<number>();
  lines.forEach((line, index) => {
    if (!isTableSeparator(line)) return;
    rows.add(index);
    if (index > 0 && lines[index - 1]!.includes('|')) rows.add(index - 1);
    for (let next = index + 1; next < lines.length && lines[next]!.includes('|'); next++) rows.add(next);
  });
  return rows;
}

function maskLine(line: string, nextLine: string | undefined, inTable: boolean): { masked: string; endsBlock: boolean } {
  if (isTableSeparator(line) || /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/.test(line)) {
    return { masked: boundary(line), endsBlock: true };
  }
  if (inTable) {
    // A table row: every cell is its own sentence.
    return { masked: line.replace(/\|/g, BOUNDARY), endsBlock: true };
  }
  let masked = line;
  let endsBlock = false;
  const heading = HEADING.exec(masked);
  if (heading) {
    const start = heading[1]!.length;
    masked = masked.slice(0, start) + boundary(heading[2]!) + masked.slice(start + heading[2]!.length);
    masked = masked.replace(/[ \t]#+[ \t]*$/, blank);
    endsBlock = true;
  }
  const item = LIST_ITEM.exec(masked);
  // "1." only starts a list item when something follows; "2026." alone is not a list.
  if (item && !heading) {
    const start = item[1]!.length;
    masked = masked.slice(0, start) + boundary(item[2]!) + masked.slice(start + item[2]!.length);
    const next = nextLine ?? '';
    endsBlock = !/^[ \t]+\S/.test(next) || LIST_ITEM.test(next);
  }
  if (/^[ \t]*>/.test(masked)) masked = masked.replace(/^([ \t]*)(>[ \t>]*)/, (_m, indent: string, marks: string) => indent + blank(marks));
  return { masked, endsBlock };
}

function maskMarkdown(text: string): string {
  // Fenced code is not prose.
  let masked = text.replace(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\2[^\n]*$/gm, blank);
  const lines = masked.split('\n');
  const tables = tableLines(lines);
  // A line that ends a block (heading, list item, table row) is joined to the next one by a
  // boundary in place of its newline, so the length stays the same.
  masked = lines
    .map((line, index) => {
      const { masked: result, endsBlock } = maskLine(line, lines[index + 1], tables.has(index));
      return index < lines.length - 1 ? result + (endsBlock ? BOUNDARY : '\n') : result;
    })
    .join('');
  return masked
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank)
    .replace(/\[([^\]\n]+)\]\(([^)\n]*)\)/g, (match, label: string) => ` ${label}${blank(match.slice(label.length + 1))}`)
    .replace(/\[\d+\]/g, blank)
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, (_m, marks: string, inner: string) => blank(marks) + inner + blank(marks))
    .replace(
      /(^|[^\p{L}\d*_])([*_])(?=\S)([^\n*_]*?\S)\2(?![\p{L}\d])/gu,
      (_m, before: string, mark: string, inner: string) => before + blank(mark) + inner + blank(mark),
    )
    .replace(/`([^`\n]*)`/g, (_m, inner: string) => ` ${inner} `);
}

/** Web addresses, e-mail addresses and phone numbers are not words to read. */
function maskAddresses(input: string): string {
  let text = input;
  // The e-mail pattern is slow on long texts; most texts have no @ at all.
  if (text.includes('@')) text = text.replace(/(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[\p{L}]{2,}/gu, blank);
  return (
    text
      .replace(/\b(?:https?:\/\/|www\.)[^\s<>"')\]]*[^\s<>"')\].,;:!?]/gi, blank)
      .replace(/\b(?:mailto:|tel:)[^\s<>"')\]]*/gi, blank)
      .replace(/\b[\p{L}\d-]+\.(?:nl|com|org|eu|net|be|info)\b(?:\/[^\s<>"')\]]*[^\s<>"')\].,;:!?])?/giu, blank)
      // Phone numbers read as one unit: "0527 630 000" counts as one word, not three.
      .replace(/(?<![\d.,:])(?:\+31[ -]?(?:\(0\))?[ -]?\d|0\d)[\d -]{6,12}\d(?!\d|[.,:]\d)/g, (phone) => {
        const digits = phone.replace(/\D/g, '');
        return digits.length >= 9 && digits.length <= 12 ? digits.padEnd(phone.length, ' ') : phone;
      })
      .replace(/\b14 ?0\d{2,3}\b/g, (phone) => phone.replace(' ', '').padEnd(phone.length, ' '))
      // A postcode is one code, not a number and an abbreviation.
      .replace(/\b([1-9]\d{3}) ([A-Z]{2})\b/g, '$1$2 ')
  );
}

export interface MaskOptions {
  markdown?: boolean;
  html?: boolean;
}

/** The text with markup replaced by spaces and block ends marked; same length as the input. */
export function maskMarkup(text: string, options: MaskOptions = {}): string {
  let masked = text.replace(/\r/g, ' ').replace(/\t/g, ' ');
  const looksLikeHtml = options.html ?? /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(masked);
  if (looksLikeHtml) masked = maskHtml(masked);
  if (options.markdown ?? true) masked = maskMarkdown(masked);
  masked = maskAddresses(masked);
  return masked;
}
