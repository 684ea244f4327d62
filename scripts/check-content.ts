/**
 * The whole content gate, run before every build: file names and encoding, schema, references,
 * places near their gebied, check dates not after today and safe Markdown bodies.
 * Everything the build would refuse about content is refused here first, in seconds.
 * Prints all problems at once, each with the file, the field and what to do, and exits 1.
 * Usage: npm run check:content (today comes from PREVENTIEKAART_DATUM when set)
 */
import { checkIntegrity, checkReviewDates, formatProblems } from '../src/lib/content-integrity';
import { todayInNetherlands } from '../src/lib/dates';
import { loadContentFiles } from './content-files';

const { entries, problems, existingIds } = loadContentFiles(process.cwd());
problems.push(...checkIntegrity(entries, existingIds), ...checkReviewDates(entries.activiteiten, todayInNetherlands()));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const counts = (Object.keys(entries) as (keyof typeof entries)[]).map((name) => `${entries[name].length} ${name}`);
console.log(`Inhoud in orde: ${counts.join(', ')}.`);
