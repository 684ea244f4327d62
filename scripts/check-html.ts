/**
 * Checks every built page in dist/ with the Nu HTML Checker (vnu.jar from the vnu-jar package, the
 * checker behind validator.w3.org/nu), run on the machine's own Java. Fails on any error, naming the
 * page, the line and the problem. Run after a build: npm run check:html.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const DIST = 'dist';
if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('Er is nog geen gebouwde site in dist/. Run eerst "npm run build:test" of "npm run build".');
  process.exit(1);
}

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  console.error(
    'De HTML-check heeft Java nodig (17 of nieuwer), maar "java" is niet gevonden. ' +
      'Installeer het, bijvoorbeeld met "sudo apt-get install -y default-jre-headless", en run de check opnieuw.',
  );
  process.exit(1);
}

// vnu-jar's main export is the path of vnu.jar.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const started = Date.now();
// dist/admin/ is left out: it is the web editor for editors (Sveltia CMS, a third-party app written
// by scripts/write-cms-config.ts), not a page of the public site.
const pageFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.html') && !name.startsWith(`admin${path.sep}`))
  .map((name) => path.join(DIST, name));
const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', ...pageFiles], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) throw run.error;

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}
let messages: VnuMessage[];
try {
  messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
} catch {
  console.error(`De HTML-checker gaf geen leesbaar antwoord (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  process.exit(1);
}

const pages = pageFiles.length;
const seconds = Math.round((Date.now() - started) / 1000);
const problems = messages.filter((message) => message.type === 'error' || message.type === 'non-document-error');
if (problems.length === 0) {
  console.log(`HTML-check: ${pages} pagina's zonder fouten (${seconds} s).`);
} else {
  for (const problem of problems) {
    const file = problem.url ? path.relative(process.cwd(), new URL(problem.url).pathname) : DIST;
    console.error(`${file}${problem.lastLine ? `:${problem.lastLine}` : ''}: ${problem.message}`);
  }
  console.error(`\nHTML-check: ${problems.length} fout(en) in de gebouwde pagina's. Pas de .astro-bestanden aan die deze HTML maken.`);
  process.exit(1);
}
