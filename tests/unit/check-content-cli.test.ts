/**
 * The build gate as editors meet it: scripts/check-content.ts on a copy of the content with mistakes.
 * Runs the real script in a temporary folder, so the message and the exit code are the ones the build shows.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '../..');
const tsx = join(projectRoot, 'node_modules/.bin/tsx');
const script = join(projectRoot, 'scripts/check-content.ts');
const activity = 'content/activiteiten/noordoostpolder/koffie-inloop-ens.md';
const location = 'content/locaties/noordoostpolder/dorpshuis-de-zuidwester-ens.yaml';

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
  const result = spawnSync(tsx, [script], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

describe('npm run check:content', () => {
  it('passes the example content and counts it', () => {
    const { status, output } = checkContent(copyOfContent());
    expect(status).toBe(0);
    expect(output).toMatch(/^Inhoud in orde: 7 gemeenten, 22 gebieden, \d+ organisaties, \d+ locaties, \d+ activiteiten, 2 schoolvakanties\.$/m);
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
    expect(output).toContain(
      `- ${activity}, veld "themas (nummer 1)": "ontmoeting" kennen we niet als thema. Bedoelt u "ontmoeten"?`,
    );
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
});
