/**
 * Checks every content file before the build: schema, references and Markdown body.
 * Prints all problems at once, each with the file, the field and what to do, and exits 1.
 * Usage: npm run check:content
 */
import { checkIntegrity, formatProblems } from '../src/lib/content-integrity';
import { loadContentFiles } from './content-files';

const { entries, problems, existingIds } = loadContentFiles(process.cwd());
problems.push(...checkIntegrity(entries, existingIds));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const counts = (Object.keys(entries) as (keyof typeof entries)[]).map((name) => `${entries[name].length} ${name}`);
console.log(`Inhoud in orde: ${counts.join(', ')}.`);
