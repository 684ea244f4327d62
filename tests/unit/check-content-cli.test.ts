/**
 * The build gate as editors meet it: scripts/check-content.ts on a copy of the content with mistakes.
 * Runs the real script in a temporary folder, so the message and the exit code are the ones the build shows.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
const tsx = join(projectRoot, 'node_modules/.bin/tsx');
const script = join(projectRoot, 'scripts/check-content.ts');
const activity = 'content/activiteiten/noordoostpolder/koffie-inloop-ens.md';
const location = 'content/locaties/noordoostpolder/dorpshuis-de-zuidwester-ens.yaml';
const organisation = 'content/organisaties/noordoostpolder/bibliotheek-noordoostpolder.yaml';
/** The date the tests use for "today", as everywhere in the project's tests. */
const today = '2026-11-23';
/** A child process on a busy machine: starting tsx alone can take seconds. */
const childTimeout = 60_000;

let workDir: string | undefined;

function copyOfContent(): string {
  workDir = mkdtempSync(join(tmpdir(), 'pk-content-'));
  cpSync(join(projectRoot, 'content'), join(workDir, 'content'), { recursive: true });
  return workDir;
}

function edit(folder: string, file: string, from: string | RegExp, to: string): void {
  const path = join(folder, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after, `the edit of ${file} must change something`).not.toBe(before);
  writeFileSync(path, after);
}

function checkContent(folder: string) {
  const result = spawnSync(tsx, [script], {
    cwd: folder,
    encoding: 'utf8',
    timeout: childTimeout,
    env: { ...process.env, PREVENTIEKAART_DATUM: today },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('npm run check:content', { timeout: childTimeout + 10_000 }, () => {
  it('passes the example content and counts it', () => {
    const { status, output } = checkContent(copyOfContent());
    expect(status).toBe(0);
    expect(output).toMatch(
      /^Inhoud in orde: 7 gemeenten, 22 gebieden, \d+ organisaties, \d+ locaties, \d+ activiteiten, 2 schoolvakanties\.$/m,
    );
  });

  it('stops on every mistake at once, naming file, field, value and what to do', () => {
    const folder = copyOfContent();
    edit(folder, activity, 'themas: [ontmoeten]', 'themas: [ontmoeting]');
    edit(folder, activity, 'van: "10:00"\n  tot: "11:30"', 'van: "11:30"\n  tot: "10:00"');
    edit(folder, location, 'postcode: 8307 AA', 'postcode: 8307AA');
    edit(folder, location, /lat: 52\.\d+/, 'lat: 48.85');
    const { status, output } = checkContent(folder);
    expect(status).toBe(1);
    expect(output).toContain('De inhoud heeft 4 fouten.');
    expect(output).toContain(`- ${activity}, veld "themas (nummer 1)": "ontmoeting" kennen we niet als thema. Bedoelt u "ontmoeten"?`);
    expect(output).toContain(
      `- ${activity}, veld "rooster.tot": De eindtijd ligt voor of op de begintijd. Zet bij "tot" een latere tijd dan bij "van".`,
    );
    expect(output).toContain(
      `- ${location}, veld "adres.postcode": De waarde "8307AA" klopt niet. Schrijf de postcode als vier cijfers, een spatie en twee hoofdletters, zoals 8307 AB.`,
    );
    expect(output).toContain(
      `- ${location}, veld "coordinaten.lat": Deze breedtegraad ligt buiten Nederland. Kies een waarde tussen 50.7 en 53.6.`,
    );
  });

  it('stops on a reference to a gebied that does not exist, and on raw HTML in the text', () => {
    const folder = copyOfContent();
    edit(folder, activity, 'gebieden: [ens]', 'gebieden: [ens, emmeloord-noord]');
    edit(folder, activity, 'Wilt u eens andere mensen zien?', '<script>alert(1)</script> Wilt u eens andere mensen zien?');
    const { status, output } = checkContent(folder);
    expect(status).toBe(1);
    expect(output).toContain(`- ${activity}, veld "gebieden (nummer 2)": "emmeloord-noord" bestaat niet in content/gebieden/.`);
    expect(output).toMatch(new RegExp(`- ${activity}, veld "tekst, regel \\d+": HTML-code "<script>" is niet toegestaan\\.`));
  });

  it('stops on a hostile body that only the parsed tree shows: an entity in the scheme, a tag over two lines', () => {
    const folder = copyOfContent();
    edit(
      folder,
      activity,
      'Wilt u eens andere mensen zien?',
      'Lees [meer](javascript&#58;alert(1)).\n\n<img\nsrc=x onerror=alert(1)>\n\nWilt u eens andere mensen zien?',
    );
    const { status, output } = checkContent(folder);
    expect(status).toBe(1);
    expect(output).toMatch(
      new RegExp(
        `- ${activity}, veld "tekst, regel \\d+": De link "javascript:alert\\(1\\)" is niet toegestaan\\. Gebruik alleen links die beginnen met https://, mailto: of tel:\\.`,
      ),
    );
    expect(output).toMatch(
      new RegExp(`- ${activity}, veld "tekst, regel \\d+": HTML-code "<img src=x onerror=alert\\(1\\)>" is niet toegestaan\\.`),
    );
  });

  it('stops on file names, encoding, a future check date, http, a far-off place and a long body, all at once', () => {
    const folder = copyOfContent();
    // Upper case in a name, an extension Astro would skip, a stray file.
    renameSync(join(folder, 'content/gebieden/vasse.yaml'), join(folder, 'content/gebieden/Vasse.yaml'));
    renameSync(join(folder, 'content/gebieden/marknesse.yaml'), join(folder, 'content/gebieden/marknesse.YAML'));
    writeFileSync(join(folder, 'content/activiteiten/notities.txt'), 'nog doen');
    // A file saved as Windows-1252: "é" is the single byte 0xE9.
    const organisationPath = join(folder, organisation);
    writeFileSync(
      organisationPath,
      Buffer.concat([readFileSync(organisationPath), Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a])]),
    );
    edit(folder, activity, 'laatstGecontroleerd: 2026-11-02', 'laatstGecontroleerd: 2026-11-24');
    edit(folder, 'content/organisaties/noordoostpolder/gemeente-noordoostpolder.yaml', 'website: https://', 'website: http://');
    // Maastricht, in gebied Ens.
    edit(folder, location, /lat: 52\.\d+\n  lon: 5\.\d+/, 'lat: 50.8514\n  lon: 5.6910');
    edit(
      folder,
      'content/activiteiten/noordoostpolder/wandelclub-marknesse.md',
      /\n---\n/,
      `\n---\n${'Wij wandelen samen. '.repeat(160)}\n`,
    );
    const { status, output } = checkContent(folder);
    expect(status).toBe(1);
    expect(output).toContain(
      '- content/gebieden/Vasse.yaml, veld "bestandsnaam": De naam "Vasse.yaml" mag alleen kleine letters, cijfers en streepjes hebben, zonder spaties of accenten. De naam wordt ook het webadres. Noem het bestand "vasse.yaml".',
    );
    expect(output).toContain(
      '- content/gebieden/marknesse.YAML, veld "bestandsnaam": De extensie moet .yaml zijn, in kleine letters. Anders leest de site het bestand niet. Noem het bestand "marknesse.yaml".',
    );
    expect(output).toContain(
      '- content/activiteiten/notities.txt, veld "bestandsnaam": De site leest dit bestand niet: in content/activiteiten/ staan alleen .md-bestanden.',
    );
    expect(output).toContain(`- ${organisation}, veld "(hele bestand)": Dit bestand is niet opgeslagen als UTF-8.`);
    expect(output).toContain(
      `- ${activity}, veld "laatstGecontroleerd": De datum 2026-11-24 ligt na vandaag (${today}). Vul de dag in waarop iemand echt heeft gecontroleerd.`,
    );
    expect(output).toContain(
      '- content/organisaties/noordoostpolder/gemeente-noordoostpolder.yaml, veld "website": De waarde "http://www.voorbeeld-noordoostpolder.nl" klopt niet. Schrijf een volledig webadres dat begint met https://',
    );
    expect(output).toMatch(
      new RegExp(
        `- ${location}, veld "coordinaten": Deze plek ligt 19\\d km van het midden van gebied "ens" \\(Ens\\)\\. Een plek mag hoogstens 10 km van het midden van zijn gebied liggen\\.`,
      ),
    );
    expect(output).toMatch(
      /- content\/activiteiten\/noordoostpolder\/wandelclub-marknesse\.md, veld "tekst": De tekst is \d+ tekens lang\. Dat is te lang voor een pagina: gebruik hoogstens 3000 tekens\./,
    );
  });

  it('accepts a file that starts with a byte order mark', () => {
    const folder = copyOfContent();
    writeFileSync(join(folder, activity), `\uFEFF${readFileSync(join(folder, activity), 'utf8')}`);
    const { status, output } = checkContent(folder);
    expect(output).not.toContain('moet beginnen met een regel "---"');
    expect(status).toBe(0);
  });
});
