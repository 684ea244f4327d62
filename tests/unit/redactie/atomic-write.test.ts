import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFilesAtomically, type FileSystem } from '../../../scripts/redactie/atomic-write';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function setUp(): string {
  folder = mkdtempSync(join(tmpdir(), 'pk-atomic-'));
  fs.mkdirSync(join(folder, 'content/activiteiten/ens'), { recursive: true });
  writeFileSync(join(folder, 'content/activiteiten/ens/a.md'), 'oud a\n');
  writeFileSync(join(folder, 'content/activiteiten/ens/b.md'), 'oud b\n');
  return folder;
}

const allFiles = (root: string) => readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();

describe('writeFilesAtomically', () => {
  it('writes new and changed files and leaves no temporary files', () => {
    const root = setUp();
    writeFilesAtomically(root, [
      { file: 'content/activiteiten/ens/a.md', text: 'nieuw a\n' },
      { file: 'content/locaties/marknesse/c.yaml', text: 'nieuw c\n' },
    ]);
    expect(readFileSync(join(root, 'content/activiteiten/ens/a.md'), 'utf8')).toBe('nieuw a\n');
    expect(readFileSync(join(root, 'content/locaties/marknesse/c.yaml'), 'utf8')).toBe('nieuw c\n');
    expect(allFiles(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('touches no file when a write fails halfway, and cleans up', () => {
    const root = setUp();
    const before = allFiles(root);
    let writes = 0;
    const failing: FileSystem = {
      mkdirSync: fs.mkdirSync,
      renameSync: fs.renameSync,
      rmSync: fs.rmSync,
      writeFileSync(path, text) {
        // The disk is full on the third file: the first two temporary files are already written.
        if (++writes === 3) throw new Error('ENOSPC: no space left on device');
        fs.writeFileSync(path, text);
      },
    };
    expect(() =>
      writeFilesAtomically(
        root,
        [
          { file: 'content/activiteiten/ens/a.md', text: 'nieuw a\n' },
          { file: 'content/activiteiten/ens/b.md', text: 'nieuw b\n' },
          { file: 'content/activiteiten/ens/c.md', text: 'nieuw c\n' },
        ],
        failing,
      ),
    ).toThrow(/ENOSPC/);
    expect(readFileSync(join(root, 'content/activiteiten/ens/a.md'), 'utf8')).toBe('oud a\n');
    expect(readFileSync(join(root, 'content/activiteiten/ens/b.md'), 'utf8')).toBe('oud b\n');
    expect(allFiles(root)).toEqual(before);
  });
});
