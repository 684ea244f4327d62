/**
 * Writes several content files so that an interrupted run never leaves a half-written file:
 * every file is first written in full to a temporary file next to it, and only when all of them
 * are on disk is each one renamed over its target (a rename is atomic on one file system).
 * If writing any temporary file fails, the others are removed and no target is touched.
 */
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';

export interface FileToWrite {
  /** Path relative to `root`. */
  file: string;
  text: string;
}

/** The file operations used, so a test can make one fail halfway. */
export interface FileSystem {
  mkdirSync(path: string, options: { recursive: true }): unknown;
  writeFileSync(path: string, text: string): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: true }): void;
}

export function writeFilesAtomically(root: string, files: readonly FileToWrite[], fileSystem: FileSystem = fs): void {
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const { file, text } of files) {
      const target = join(root, file);
      const temporary = `${target}.${process.pid}.tmp`;
      fileSystem.mkdirSync(dirname(target), { recursive: true });
      staged.push({ temporary, target });
      fileSystem.writeFileSync(temporary, text);
    }
  } catch (error) {
    for (const { temporary } of staged) fileSystem.rmSync(temporary, { force: true });
    throw error;
  }
  for (const { temporary, target } of staged) fileSystem.renameSync(temporary, target);
}
