/**
 * Types for the Dutch patterns of the `hyphen` package, which ships no type definitions.
 * Only what the syllable counter uses is declared.
 */
declare module 'hyphen/nl/index.js' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const nl: {
    hyphenateSync(text: string, options?: HyphenateOptions): string;
  };
  export default nl;
}
