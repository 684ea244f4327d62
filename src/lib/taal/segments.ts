/**
 * Builds one text out of pieces of a file (fields of a YAML file, text nodes of an HTML page)
 * and remembers where each piece came from, so a finding in the joined text points at the
 * right line and column of the file.
 */
import { positionIn } from './check';
import type { Locate, Position } from './types';

interface Segment {
  textStart: number;
  length: number;
  /** Where the piece starts in the source file, when known. */
  sourceStart?: number;
  /** The piece stands in the source character for character, so offsets inside it map exactly. */
  exact: boolean;
}

export class TextBuilder {
  private text = '';
  private readonly segments: Segment[] = [];

  /** Adds a piece; `sourceStart` is its offset in the file, `exact` whether it is there verbatim. */
  add(piece: string, sourceStart?: number, exact = false): void {
    const segment: Segment = { textStart: this.text.length, length: piece.length, exact: exact && sourceStart !== undefined };
    if (sourceStart !== undefined) segment.sourceStart = sourceStart;
    this.segments.push(segment);
    this.text += piece;
  }

  /** Ends a block: what follows is a new sentence. */
  breakBlock(): void {
    if (this.text !== '' && !this.text.endsWith('\n\n')) this.text += this.text.endsWith('\n') ? '\n' : '\n\n';
  }

  /** Keeps words of neighbouring inline pieces apart. */
  space(): void {
    if (this.text !== '' && !/\s$/.test(this.text)) this.text += ' ';
  }

  get length(): number {
    return this.text.length;
  }

  build(source?: string): { text: string; locate: Locate } {
    const text = this.text;
    const segments = this.segments;
    const inText = positionIn(text);
    if (source === undefined) return { text, locate: inText };
    const inSource = positionIn(source);
    const locate = (offset: number): Position => {
      // The last segment that starts at or before the offset.
      let low = 0;
      let high = segments.length - 1;
      if (high < 0) return inText(offset);
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (segments[middle]!.textStart <= offset) low = middle;
        else high = middle - 1;
      }
      const segment = segments[low]!;
      if (segment.sourceStart === undefined) return inText(offset);
      const within = Math.max(0, Math.min(offset - segment.textStart, segment.length));
      if (segment.exact) return inSource(segment.sourceStart + within);
      // Folded, quoted or decoded in the file: point at where the piece starts, and at the column if it is one line.
      const start = inSource(segment.sourceStart);
      return text.slice(segment.textStart, segment.textStart + within).includes('\n')
        ? start
        : { line: start.line, column: start.column + within };
    };
    return { text, locate };
  }
}
