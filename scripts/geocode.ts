/**
 * Fills in missing coordinates of places from their address, with PDOK Locatieserver.
 *
 *   npm run geocode                  look up every place with an address and no coordinaten
 *   npm run geocode -- --offline     only use scripts/data/geocode-cache.json, no network
 *
 * A place whose coordinates are still to be found simply has no `coordinaten` in its file;
 * check:content says so until this script, or a person, fills them in.
 * Exits 0 when every place has coordinates afterwards, 1 when some are left for a person.
 */
import { todayInNetherlands } from '../src/lib/dates';
import { formatGeocodeReport, runGeocode } from './redactie/geocode-run';
import { parseOptions } from './redactie/options';

const options = parseOptions(process.argv.slice(2), [], ['offline']);
const run = await runGeocode({
  root: process.cwd(),
  today: todayInNetherlands(),
  ...(options.flags.has('offline') ? {} : { fetch: (url: string) => fetch(url, { headers: { accept: 'application/json' } }) }),
  log: (line) => console.error(line),
});
console.log(formatGeocodeReport(run));
process.exit(run.results.every((result) => result.match.status === 'gevonden') ? 0 : 1);
