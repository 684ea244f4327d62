/**
 * Benchmark of the B1 check on a whole policy document (the longest seed).
 *   npm run bench:taal              20 runs after 3 warm-up runs
 *   npm run bench:taal -- 50 bestand.txt
 * Prints the median and 95th percentile time and the words per second. Loading the data is
 * measured apart: it happens once per process, not per text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkTextWith } from '../src/lib/taal/check';
import { loadLanguageData } from '../src/lib/taal/load';

const DEFAULT_DOCUMENT = '../shared/seeds/buch-integraal-beleidskader-sociaal-domein-2023-2027.txt';
const FALLBACK = 'tests/fixtures/taal/seeds';
const WARM_UP = 3;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

function main(): number {
  const runs = Math.max(1, Number(process.argv[2] ?? 20) || 20);
  const path = process.argv[3] ?? DEFAULT_DOCUMENT;
  let text: string;
  let label = path;
  if (existsSync(path)) {
    text = readFileSync(path, 'utf8');
  } else {
    // Without ../shared (a fresh clone), the seed paragraphs in the fixtures, repeated, stand in.
    const fixture = readFileSync(`${FALLBACK}/noordoostpolder-beleidsplan-sociaal-domein-2021-1.txt`, 'utf8');
    text = Array.from({ length: 70 }, () => fixture).join('\n\n');
    label = `${FALLBACK} (herhaald, ${path} niet gevonden)`;
  }

  let start = performance.now();
  const { data, problems } = loadLanguageData();
  const loadMs = performance.now() - start;
  if (problems.length) {
    console.error(problems.join('\n'));
    return 1;
  }

  let result = checkTextWith(text, data);
  for (let i = 1; i < WARM_UP; i++) result = checkTextWith(text, data);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    result = checkTextWith(text, data);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  const words = result.stats.words;
  console.log(`Document: ${label}`);
  console.log(`${words} woorden, ${result.stats.sentences} zinnen, ${result.findings.length} meldingen, oordeel: ${result.verdict} (leesbaarheid ${result.score}).`);
  console.log(`Gegevens laden (eenmalig): ${loadMs.toFixed(0)} ms.`);
  console.log(`${runs} keer gecontroleerd na ${WARM_UP} keer opwarmen: mediaan ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms.`);
  console.log(`Snelheid: ${Math.round(words / (median / 1000)).toLocaleString('nl-NL')} woorden per seconde (mediaan).`);
  if (p95 >= 1000) {
    console.error('Te traag: één document moet ruim binnen een seconde klaar zijn.');
    return 1;
  }
  return 0;
}

process.exitCode = main();
