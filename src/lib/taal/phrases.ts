/**
 * Finds known phrases (names, exceptions) in a text in one pass over its pieces, in time that does
 * not grow with the number of phrases: a trie over pieces, walked from each piece of the text.
 * It replaces one regular expression of every phrase (an alternation of tens of thousands of names
 * at national scale, tried at every word of every text), and gives exactly the same matches:
 * - a phrase matches as written, any run of white space standing for any other run (`\s+`);
 * - it neither starts right after nor ends right before a letter, mark or digit;
 * - at a place where several phrases match, the longest phrase as written wins (ties: the first
 *   given), and the text is searched on after the match.
 * A piece is a run of letters, marks and digits, or one other character that is not white space;
 * the trie's edges are pieces, so "Egmond aan Zee" and "Egmond" share a path.
 */

/** One piece of a text: a word run or a single other character, with its place. */
export interface Piece {
  start: number;
  end: number;
  value: string;
  word: boolean;
}

const PIECE = /[\p{L}\p{M}\d]+|[^\s]/gu;
const WORD = /^[\p{L}\p{M}\d]/u;

/** The pieces of a text in order; white space only separates them. */
export function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const match of text.matchAll(PIECE)) {
    const value = match[0];
    pieces.push({ start: match.index, end: match.index + value.length, value, word: WORD.test(value) });
  }
  return pieces;
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** The phrase as given (trimmed). */
  phrase: string;
}

interface Node {
  children: Map<string, Node>;
  /** The best-ranked phrase that ends here, if any. */
  rank?: number;
  /** Whether the piece on the edge into this node is a word run (its end needs no check). */
  word: boolean;
}

export interface PhraseMatcher {
  /** The phrases, trimmed, without duplicates, in the order they win (longest first). */
  readonly phrases: readonly string[];
  /** Matches as a regular expression with the `g` flag finds them: from left to right, not overlapping. */
  find(pieces: readonly Piece[]): PhraseMatch[];
  /**
   * Every phrase that matches at any place, also where another one wins, in winning order. When
   * two matchers give a text the same list, `find` gives it the same matches with both: what
   * other phrases a matcher holds cannot change the outcome (the verdict cache relies on this).
   */
  candidates(pieces: readonly Piece[]): string[];
}

/**
 * Case-insensitive matching as the `iu` flags do it: characters are equal when Unicode simple case
 * folding makes them equal. Each character stands for its class by the smallest code point the
 * regular expression engine itself accepts as equal, so the answer is the engine's own.
 */
const foldedChars = new Map<string, string>();
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = char;
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    for (const candidate of [lower, upper, lower.toUpperCase(), upper.toLowerCase()]) {
      const code = candidate.codePointAt(0)!;
      if (candidate.length !== String.fromCodePoint(code).length || code >= folded.codePointAt(0)!) continue;
      if (new RegExp(`^\\u{${code.toString(16)}}$`, 'iu').test(char)) folded = candidate;
    }
    foldedChars.set(char, folded);
  }
  return folded;
}

function foldCase(value: string): string {
  // ASCII: the smallest code point of each class is the capital.
  if (/^[\x00-\x7f]*$/.test(value)) return value.toUpperCase();
  let folded = '';
  for (const char of value) folded += foldChar(char);
  return folded;
}

const same = (value: string) => value;

export function createPhraseMatcher(phrases: readonly string[], ignoreCase: boolean): PhraseMatcher {
  const fold = ignoreCase ? foldCase : same;
  // As the regular expression did: trimmed, at least 2 characters, each once, longest first (stable).
  const ordered = [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  const root: Node = { children: new Map(), word: false };
  ordered.forEach((phrase, rank) => {
    let node = root;
    let previousEnd = -1;
    for (const piece of piecesOf(phrase)) {
      const key = (previousEnd !== -1 && piece.start > previousEnd ? ' ' : '') + fold(piece.value);
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map(), word: piece.word };
        node.children.set(key, child);
      }
      node = child;
      previousEnd = piece.end;
    }
    if (node !== root && node.rank === undefined) node.rank = rank;
  });

  const folded = new Map<string, string>();
  const foldPiece = (value: string) => {
    if (!ignoreCase) return value;
    let result = folded.get(value);
    if (result === undefined) {
      result = fold(value);
      folded.set(value, result);
    }
    return result;
  };

  /** Calls `found` for every phrase that matches from piece `from`, with the index of its last piece. */
  function walk(pieces: readonly Piece[], from: number, found: (rank: number, last: number) => void): void {
    const first = pieces[from]!;
    let node = root.children.get(foldPiece(first.value));
    if (!node) return;
    // Not right after a letter or digit (for a word run this holds by itself: runs are maximal).
    if (!first.word && from > 0 && pieces[from - 1]!.word && pieces[from - 1]!.end === first.start) return;
    for (let at = from; ;) {
      if (node.rank !== undefined) {
        const next = pieces[at + 1];
        if (node.word || !next || !next.word || next.start > pieces[at]!.end) found(node.rank, at);
      }
      const next = pieces[at + 1];
      if (!next || node.children.size === 0) return;
      const child: Node | undefined = node.children.get((next.start > pieces[at]!.end ? ' ' : '') + foldPiece(next.value));
      if (!child) return;
      node = child;
      at++;
    }
  }

  return {
    phrases: ordered,
    find(pieces) {
      const matches: PhraseMatch[] = [];
      for (let from = 0; from < pieces.length; from++) {
        let bestRank = Infinity;
        let bestLast = -1;
        walk(pieces, from, (rank, last) => {
          if (rank < bestRank) {
            bestRank = rank;
            bestLast = last;
          }
        });
        if (bestLast === -1) continue;
        matches.push({ start: pieces[from]!.start, end: pieces[bestLast]!.end, phrase: ordered[bestRank]! });
        from = bestLast;
      }
      return matches;
    },
    candidates(pieces) {
      const ranks = new Set<number>();
      for (let from = 0; from < pieces.length; from++) walk(pieces, from, (rank) => ranks.add(rank));
      return [...ranks].sort((a, b) => a - b).map((rank) => ordered[rank]!);
    },
  };
}
