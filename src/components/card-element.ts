/**
 * The activity card as the browser builds it: one renderer for the search results, the referral list and
 * Mijn lijstje, with the markup of ActivityCard.astro (which renders the same card at build time):
 * `.pk-card`, a heading `.pk-card__title` with the link, an optional `.pk-card__meta` line, then the
 * parts each page adds (summary, next date, badges, buttons). Text always goes in as text, never as HTML.
 * Browser code: no zod, schemas or facts builder (browser-boundary test).
 */
import type { Badge } from '../lib/format';

export interface CardParts {
  /** `article` inside a list item (search), or the list item itself (referral, Mijn lijstje). */
  element: 'article' | 'li';
  /** Extra classes next to `pk-card`. */
  className?: string;
  headingLevel: 2 | 3 | 4;
  titel: string;
  href: string;
  /** "Ens · 1,2 km", the gebieden: under the title. */
  meta?: string;
  /** Everything below the title and meta, in order; undefined parts are left out. */
  body: readonly (Node | undefined)[];
}

export function cardElement(parts: CardParts): HTMLElement {
  const card = document.createElement(parts.element);
  card.className = parts.className ? `pk-card ${parts.className}` : 'pk-card';
  const title = document.createElement(`h${parts.headingLevel}`);
  title.className = 'pk-card__title';
  const link = document.createElement('a');
  link.href = parts.href;
  link.textContent = parts.titel;
  title.append(link);
  card.append(title);
  if (parts.meta !== undefined) card.append(paragraph(parts.meta, 'pk-card__meta'));
  for (const part of parts.body) if (part) card.append(part);
  return card;
}

export function paragraph(text: string, className?: string): HTMLParagraphElement {
  const element = document.createElement('p');
  if (className) element.className = className;
  element.textContent = text;
  return element;
}

/** The line with the next date, in bold as on the cards of the build. */
export function whenLine(text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = text;
  element.append(strong);
  return element;
}

/** The card's badges: "Gratis", "Rolstoel kan erin", "Er is plek" … */
export function badgeList(badges: readonly Badge[]): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'pk-badges';
  list.setAttribute('aria-label', 'Kenmerken');
  for (const badge of badges) {
    const item = document.createElement('li');
    item.className = badge.kind ? `pk-badge pk-badge--${badge.kind}` : 'pk-badge';
    item.textContent = badge.text;
    list.append(item);
  }
  return list;
}
