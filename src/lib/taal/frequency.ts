/**
 * The word-frequency list: turning the raw subtitle counts into Zipf values, and reading
 * the compact list the checker ships in `data/woordfrequentie.txt`.
 * Zipf = log10(frequency per billion words), the scale SUBTLEX-NL and LiNT use:
 * 3 is one occurrence per million words, the usual line between common and uncommon.
 */

export const FREQUENCY_HEADER = [
  '# Woordfrequenties voor de taalcheck van Preventiekaart, als Zipf-waarde per woord.',
  '# Zipf = log10(aantal keer per miljard woorden). Onder 3 (minder dan 1 keer per miljoen woorden) is een woord ongewoon.',
  '# Afgeleid van nl_50k.txt uit FrequencyWords van Hermit Dave (ondertitels van films en tv, OpenSubtitles 2018).',
  '# Bron: https://github.com/hermitdave/FrequencyWords. Licentie: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).',
  '# Deze afgeleide lijst valt onder dezelfde licentie. Aanpassingen: alleen woorden van letters (met koppelteken),',
  '# de letter ĳ als i+j geschreven, aantallen omgerekend naar Zipf met het totaal van de bronlijst.',
].join('\n');

const WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;

export function zipfValue(count: number, totalWords: number): number {
  return Math.log10((count / totalWords) * 1e9);
}

/**
 * Derives the shipped list from the raw `word count` lines. The total is taken over the raw list,
 * which holds the 50,000 most frequent words; the real corpus is a little larger, so Zipf values come
 * out slightly high (about 0.02). That errs on the side of calling a word common.
 */
export function compactFrequencyList(raw: string): string {
  const counts = new Map<string, number>();
  let total = 0;
  for (const line of raw.split('\n')) {
    const [rawWord, rawCount] = line.trim().split(/\s+/);
    const count = Number(rawCount);
    if (!rawWord || !Number.isFinite(count) || count <= 0) continue;
    total += count;
    const word = rawWord.replace(/ĳ/g, 'ij').toLowerCase();
    if (!WORD.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + count);
  }
  const lines = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word, count]) => `${word} ${zipfValue(count, total).toFixed(2)}`);
  return `${FREQUENCY_HEADER}\n# Totaal aantal woorden in de bronlijst: ${total}.\n${lines.join('\n')}\n`;
}

/** Reads `word zipf` lines; lines starting with # are comments. Malformed lines are skipped. */
export function parseFrequencyList(text: string): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const zipf = Number(line.slice(space + 1));
    if (Number.isFinite(zipf)) frequencies.set(line.slice(0, space), zipf);
  }
  return frequencies;
}
