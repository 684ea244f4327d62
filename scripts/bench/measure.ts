/**
 * Runs one build phase as a child process and measures its wall time and peak memory: the largest
 * sum of the resident memory (RSS) of the child and all its descendants, sampled from /proc every
 * 100 ms. Where /proc is missing (not Linux), memory is reported as not measured, never as 0.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';

const SAMPLE_MS = 100;
const PAGE_BYTES = 4096;

export const canMeasureMemory = existsSync('/proc/self/statm') && existsSync('/proc/self/task');

export interface PhaseResult {
  name: string;
  command: string;
  seconds: number;
  /** Bytes; undefined when memory cannot be measured here. */
  peakRss?: number;
  exitCode: number;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) children.push(...text.split(' ').map(Number));
    }
  } catch {
    // The process ended between two reads.
  }
  return children;
}

function rssOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

/** RSS of a process and all its descendants. */
export function treeRss(root: number): number {
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rssOf(pid);
    queue.push(...childrenOf(pid));
  }
  return total;
}

/** Runs `command` with /bin/sh in `cwd`, its output appended to `logFile`. */
export function runPhase(
  name: string,
  command: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logFile, { flags: 'a' });
    log.write(`\n$ ${command}\n`);
    const started = process.hrtime.bigint();
    const child = spawn('/bin/sh', ['-c', command], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = canMeasureMemory ? setInterval(sample, SAMPLE_MS) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      log.end();
      resolve({ name, command, seconds, peakRss: canMeasureMemory ? peak : undefined, exitCode: code ?? 1 });
    });
  });
}

/**
 * The phases of an npm script such as `build`: its `a && b && c` parts, with `npm run x -- args`
 * replaced by the script x itself, so each phase is timed on its own (and npm's own start-up is not).
 */
export function phasesOf(scripts: Record<string, string>, name: string): { name: string; command: string }[] {
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json has no script "${name}".`);
  return script.split(/\s*&&\s*/).flatMap((part) => {
    const match = /^npm run ([\w:-]+)(?: -- (.*))?$/.exec(part.trim());
    if (!match) return [{ name: part.trim().split(' ').slice(0, 2).join(' '), command: part.trim() }];
    const inner = phasesOf(scripts, match[1]!);
    // Arguments after "--" go to the last command of the named script, as npm passes them.
    if (match[2]) inner[inner.length - 1] = { ...inner[inner.length - 1]!, command: `${inner[inner.length - 1]!.command} ${match[2]}` };
    return inner.map((phase) => ({ ...phase, name: inner.length === 1 ? `${match[1]}${match[2] ? ` ${match[2]}` : ''}` : phase.name }));
  });
}
