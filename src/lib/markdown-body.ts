/**
 * Checks a Markdown body on the tree the build's own parser makes of it, not on raw lines.
 * Markdown decodes entities in link targets ("javascript&#58;…") and lets an HTML tag run over
 * two lines; only the parsed tree shows what would reach the page. Sätteri is Astro's Markdown
 * parser, and `markdownFeatures` are the features the build renders with.
 * Build-time only (Sätteri is a native module).
 */
import { markdownToMdast, type Features, type MdastNode } from 'satteri';
import type { ContentProblem } from './content-integrity';

/**
 * The Markdown features of both this check and the build (markdown-pipeline.ts), so the check sees
 * exactly the tree the build renders (GFM: autolinks such as www.voorbeeld.nl, tables, footnotes).
 */
export const markdownFeatures = { gfm: true, frontmatter: true } as const satisfies Features;

/** The only link schemes a body may use: a web page over https, an e-mail address, a phone number. */
export const allowedLinkProtocols = ['https', 'mailto', 'tel'] as const;

/**
 * The longest body an activity page may have, in characters. The example bodies are 350 to 600
 * characters; 3,000 is about 450 words, a page and a half on a phone. A longer text is too much for
 * B1 readers and belongs on the organisation's own website, linked from the page.
 */
export const MAX_BODY_CHARACTERS = 3000;

const linkFix = 'Gebruik alleen links die beginnen met https://, mailto: of tel:.';

/** What the message shows of a rejected value: on one line and not endless. */
function shown(value: string): string {
  const oneLine = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

/** Why a link target may not be used, or undefined when it is a safe https, mailto or tel link. */
export function linkTargetProblem(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'https' && URL.canParse(url) && new URL(url).hostname !== '' && !/\s/.test(url)) return undefined;
  if (scheme === 'mailto' && /^mailto:[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(url)) return undefined;
  if (scheme === 'tel' && /^tel:\+?[\d -]{3,20}$/i.test(url)) return undefined;
  if (scheme === 'http') {
    return `De link "${shown(url)}" begint met http://. Dat is niet veilig. Schrijf https:// aan het begin.`;
  }
  if (scheme !== undefined && (allowedLinkProtocols as readonly string[]).includes(scheme)) {
    return `De link "${shown(url)}" is niet goed geschreven. Schrijf een webadres als https://www.voorbeeld.nl, een e-mailadres als mailto:info@voorbeeld.nl of een telefoonnummer als tel:0527123456.`;
  }
  return `De link "${shown(url)}" is niet toegestaan. ${linkFix}`;
}

/**
 * GFM turns a bare "www.voorbeeld.nl" in the text into a link to http://www.voorbeeld.nl.
 * The editor never wrote "http", so the message names what they did write.
 */
function bareWebAddressProblem(url: string, children: readonly MdastNode[]): string | undefined {
  const [only] = children;
  if (children.length !== 1 || only?.type !== 'text' || url !== `http://${only.value}`) return undefined;
  return `Het webadres "${shown(only.value)}" wordt een link zonder https. Schrijf https:// ervoor, zo: https://${shown(only.value)}`;
}

function lineOf(node: MdastNode): number | undefined {
  return node.position?.start.line;
}

/** Children of any parent node; the mdast node union has no common `children`. */
function childrenOf(node: MdastNode): readonly MdastNode[] {
  return 'children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]) : [];
}

/** Every problem in one body: empty, too long, raw HTML, unsafe links, images. */
export function checkMarkdownBody(file: string, body: string | undefined): ContentProblem[] {
  const text = (body ?? '').replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return [{ file, field: 'tekst', message: 'De tekst onder de tweede --- is leeg. Schrijf een paar korte zinnen over de activiteit.' }];
  }
  if (text.length > MAX_BODY_CHARACTERS) {
    // Not parsed: a huge body must not slow the check down, and its length alone is the fix.
    return [
      {
        file,
        field: 'tekst',
        message: `De tekst is ${text.length} tekens lang. Dat is te lang voor een pagina: gebruik hoogstens ${MAX_BODY_CHARACTERS} tekens. Maak de tekst korter, of zet de rest op de eigen website van de organisatie en maak daar een link naar.`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const fieldAt = (line: number | undefined) => (line === undefined ? 'tekst' : `tekst, regel ${line}`);
  const report = (node: MdastNode, message: string) => problems.push({ file, field: fieldAt(lineOf(node)), message });
  // One problem per line with HTML, naming the first tag as written: the editor can find it.
  const htmlLines = new Set<number | undefined>();
  const reportHtml = (value: string, startLine: number | undefined) => {
    const tags = [...value.matchAll(/<!--|<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?>?/gi)];
    // Declarations and processing instructions (<!DOCTYPE …>, <?php …?>) have no tag name: show their start.
    const found =
      tags.length > 0 ? tags.map((tag) => ({ text: tag[0], index: tag.index })) : [{ text: value.split('\n')[0] ?? value, index: 0 }];
    for (const { text: code, index } of found) {
      const line = startLine === undefined ? undefined : startLine + (value.slice(0, index).match(/\n/g)?.length ?? 0);
      if (htmlLines.has(line)) continue;
      htmlLines.add(line);
      problems.push({
        file,
        field: fieldAt(line),
        message: `HTML-code "${shown(code)}" is niet toegestaan. Schrijf gewone tekst. Gebruik Markdown voor opmaak, zoals **vet** of een lijst met "- ".`,
      });
    }
  };
  const visit = (node: MdastNode): void => {
    switch (node.type) {
      case 'html':
        reportHtml(node.value, lineOf(node));
        return;
      case 'link':
      case 'definition': {
        const problem = (node.type === 'link' && bareWebAddressProblem(node.url, childrenOf(node))) || linkTargetProblem(node.url);
        if (problem) report(node, problem);
        break;
      }
      case 'image':
      case 'imageReference':
        report(
          node,
          'Een afbeelding is niet toegestaan in de tekst. Een afbeelding van een andere website laat die website meekijken wie de pagina leest. Haal de afbeelding weg en beschrijf in woorden wat erop staat.',
        );
        return;
    }
    childrenOf(node).forEach(visit);
  };
  visit(markdownToMdast(text, { features: markdownFeatures }));
  return problems;
}
