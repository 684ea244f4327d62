/** "Mijn lijstje": reading a fragment, toggling, buckets and the share links. */
import { describe, expect, it } from 'vitest';
import { MAX_SHORTLIST, parseList, shortlistUrl, toggleId } from '../../src/lib/shortlist';
import { bucketCount, bucketOf, droppedSentences, mailHref, whatsappHref } from '../../src/lib/shortlist-view';

describe('parseList', () => {
  it('reads a fragment with or without "#", skips empty parts and duplicates', () => {
    expect(parseList('#koffie-inloop-ens,beweegtuin-ens,,koffie-inloop-ens')).toEqual({
      ids: ['koffie-inloop-ens', 'beweegtuin-ens'],
      unreadable: 0,
      tooMany: 0,
    });
    expect(parseList('')).toEqual({ ids: [], unreadable: 0, tooMany: 0 });
  });

  it('drops a script, capitals, spaces in ids and broken escapes, and counts them', () => {
    const parsed = parseList(
      `#koffie-inloop-ens,<script>alert(1)</script>,${encodeURIComponent('"><img src=x onerror=alert(1)>')},Koffie,%E0%A4%A,a b`,
    );
    expect(parsed.ids).toEqual(['koffie-inloop-ens']);
    expect(parsed.unreadable).toBe(5);
  });

  it('reads an escaped id and trims it', () => {
    expect(parseList('#%20koffie-inloop-ens%20').ids).toEqual(['koffie-inloop-ens']);
  });

  it('keeps the first MAX_SHORTLIST of hundreds of ids and counts the rest', () => {
    const many = Array.from({ length: 300 }, (_, index) => `activiteit-${index}`);
    const parsed = parseList(`#${many.join(',')}`);
    expect(parsed.ids).toEqual(many.slice(0, MAX_SHORTLIST));
    expect(parsed.tooMany).toBe(300 - MAX_SHORTLIST);
  });
});

describe('toggleId', () => {
  it('adds, removes, and refuses to add to a full list', () => {
    expect(toggleId(['a'], 'b')).toEqual({ ids: ['a', 'b'], change: 'added' });
    expect(toggleId(['a', 'b'], 'a')).toEqual({ ids: ['b'], change: 'removed' });
    expect(toggleId(['a', 'b'], 'c', 2)).toEqual({ ids: ['a', 'b'], change: 'full' });
    expect(toggleId(['a', 'b'], 'a', 2).change).toBe('removed');
  });
});

describe('buckets', () => {
  it('puts an id in the same bucket every time, within range, and spreads ids', () => {
    expect(bucketOf('koffie-inloop-ens', 7)).toBe(bucketOf('koffie-inloop-ens', 7));
    const used = new Set(Array.from({ length: 500 }, (_, index) => bucketOf(`activiteit-${index}`, 5)));
    expect([...used].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(bucketOf('x', 1)).toBe(0);
  });

  it('grows the number of files with the catalog', () => {
    expect(bucketCount(0)).toBe(1);
    expect(bucketCount(158)).toBe(2);
    expect(bucketCount(50_000)).toBe(500);
  });
});

describe('sharing and messages', () => {
  it('makes a link with the list in the fragment, and plain WhatsApp and mail links', () => {
    const url = shortlistUrl('https://preventiekaart.example', ['a', 'b-c']);
    expect(url).toBe('https://preventiekaart.example/lijstje/#a,b-c');
    expect(whatsappHref(url)).toBe(
      `https://wa.me/?text=${encodeURIComponent(`Mijn lijstje met activiteiten op de Preventiekaart: ${url}`)}`,
    );
    expect(mailHref(url)).toMatch(/^mailto:\?subject=Mijn%20lijstje%20van%20de%20Preventiekaart&body=.*lijstje%2F%23a%2Cb-c/);
  });

  it('names what was dropped and why', () => {
    expect(droppedSentences({ ids: ['a'], unreadable: 0, tooMany: 0 }, [])).toEqual([]);
    expect(droppedSentences({ ids: ['a', 'weg'], unreadable: 2, tooMany: 3 }, ['weg'])).toEqual([
      'Deze activiteit kennen we niet (meer): "weg". Misschien is de activiteit gestopt.',
      '2 delen van de link konden we niet lezen. Dat hebben we weggelaten.',
      `Er stonden meer dan ${MAX_SHORTLIST} activiteiten in de link. We tonen de eerste ${MAX_SHORTLIST}. 3 activiteiten lieten we weg.`,
    ]);
  });
});
