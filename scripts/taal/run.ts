/**
 * Checks many files for `npm run check:taal` (--content, --pages): verdicts from the cache where
 * nothing that matters changed (verdict-cache.ts), the rest checked, over worker threads when there
 * are many (worker.ts). Reports come back in the order of the tasks, whatever thread checked them.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LanguageData, LanguageException } from '../../src/lib/taal/types';
import { checkTaskAgainst, display, readSource, type FileReport, type Task } from './tasks';
import { entryKey, sha256, VerdictCache } from './verdict-cache';

/** Below this many files to check, starting threads costs more than it saves (the example site has about 350). */
export const WORKERS_FROM = 500;
/** Set to a number of worker threads; 0 or 1 checks in the main thread only. */
export const WORKERS_ENVIRONMENT = 'PREVENTIEKAART_TAAL_WORKERS';
/** Files handed to a worker at a time: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 25;

/**
 * A file that has to be looked at: checked, or its evidence compared with the cached verdict's.
 * The file is read again where it is checked: holding every page of a national site in memory to
 * hand it over would take gigabytes.
 */
export interface WorkItem {
  index: number;
  task: Task;
  file: string;
  /** The cache key of the file as the main thread read it; none without a cache. */
  key?: string;
  /** The evidence of the cached verdict, when there is one; the file is checked only when it differs. */
  expected?: string;
}

/**
 * What came of a work item: the cached verdict still holds, or a new report. `cacheable` is false
 * when the file changed between the two reads (its report then belongs to no key) or could not be read.
 */
export type WorkOutcome =
  | { index: number; evidence: string; reused: true }
  | { index: number; evidence: string; reused: false; report: FileReport; cacheable: boolean };

export interface WorkContext {
  root: string;
  data: LanguageData;
  pageExceptions: readonly LanguageException[];
  /** The checker version of the cache keys (see verdict-cache.ts). */
  version?: string;
}

export function doWork(item: WorkItem, context: WorkContext): WorkOutcome {
  const { source, error } = readSource(item.task.path);
  if (source === undefined)
    return { index: item.index, evidence: '', reused: false, report: { file: item.file, error: error! }, cacheable: false };
  const same =
    item.key !== undefined && context.version !== undefined && entryKey(context.version, item.task, item.file, source) === item.key;
  const { evidence, report } = checkTaskAgainst(
    item.task,
    item.file,
    source,
    context.data,
    context.pageExceptions,
    same ? item.expected : undefined,
  );
  return report
    ? { index: item.index, evidence, reused: false, report, cacheable: same && !report.error }
    : { index: item.index, evidence, reused: true };
}

export interface RunOptions {
  /** Per kind of task; none: no cache. */
  caches?: Partial<Record<Task['kind'], VerdictCache>>;
  /** Worker threads to use for this many files to look at; 0 or 1: none. */
  workers: (pending: number) => number;
  warn: (message: string) => void;
}

/** How many worker threads: from the environment, else one per core when there is much to do. */
export function workerCount(items: number, environment: NodeJS.ProcessEnv = process.env): number {
  const chosen = environment[WORKERS_ENVIRONMENT]?.trim();
  if (chosen !== undefined && chosen !== '') {
    const count = Number(chosen);
    if (Number.isInteger(count) && count >= 0) return count;
  }
  return items > WORKERS_FROM ? availableParallelism() : 0;
}

function inThreads(items: readonly WorkItem[], context: WorkContext, threads: number): Promise<WorkOutcome[]> {
  return new Promise((done, fail) => {
    const outcomes: WorkOutcome[] = [];
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let failed = false;
    const busy = new Set<Worker>();
    const stop = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      fail(error);
    };
    const send = (worker: Worker) => {
      busy.delete(worker);
      if (next >= items.length) {
        void worker.terminate();
        if (++finished === workers.length) done(outcomes);
        return;
      }
      busy.add(worker);
      worker.postMessage(items.slice(next, next + BATCH));
      next += BATCH;
    };
    const count = Math.min(threads, Math.ceil(items.length / BATCH));
    if (count === 0) return done(outcomes);
    for (let n = 0; n < count; n++) {
      // The worker runs under the same loader (tsx) as this process: Workers inherit its execArgv.
      const worker = new Worker(new URL('./worker.ts', import.meta.url), {
        workerData: { root: context.root, names: context.data.names, pageExceptions: context.pageExceptions, version: context.version },
      });
      workers.push(worker);
      worker.on('message', (message: { outcomes?: WorkOutcome[]; problems?: string[] }) => {
        if (message.problems) return stop(new Error(message.problems.join(' ')));
        outcomes.push(...message.outcomes!);
        send(worker);
      });
      worker.on('error', stop);
      worker.on('exit', (code) => {
        if (busy.has(worker)) stop(new Error(`a worker stopped with code ${code}`));
      });
      send(worker);
    }
  });
}

export interface RunResult {
  /** The report of every task, in task order. */
  reports: FileReport[];
  /** How many files were checked (not taken from the cache), and over how many threads (0: the main thread). */
  checked: number;
  threads: number;
}

export async function checkAll(tasks: readonly Task[], context: WorkContext, options: RunOptions): Promise<RunResult> {
  const reports: FileReport[] = new Array(tasks.length);
  const names = sha256(JSON.stringify([context.data.names, context.pageExceptions]));
  const keys: string[] = new Array(tasks.length);
  const items: WorkItem[] = [];
  tasks.forEach((task, index) => {
    const file = display(context.root, task.path);
    const { source, error } = readSource(task.path);
    if (source === undefined) {
      reports[index] = { file, error: error! };
      return;
    }
    const cache = options.caches?.[task.kind];
    if (!cache || context.version === undefined) return void items.push({ index, task, file });
    const key = (keys[index] = entryKey(context.version, task, file, source));
    const cached = cache.get(key);
    if (cached && cached.names === names) {
      // Nothing changed, not even the list of names: the verdict holds without looking.
      reports[index] = cached.report;
      cache.keep(key, names, cached.evidence, cached.report);
    } else {
      items.push(cached ? { index, task, file, key, expected: cached.evidence } : { index, task, file, key });
    }
  });

  const threads = items.length ? options.workers(items.length) : 0;
  let outcomes: WorkOutcome[] | undefined;
  let used = threads > 1 ? threads : 0;
  if (used) {
    try {
      outcomes = await inThreads(items, context, threads);
    } catch (error) {
      // Threads are an optimisation: without them (an old Node, no loader in the worker) the check still runs.
      options.warn(`Let op: de taalcheck kon geen extra threads starten (${(error as Error).message}). Hij werkt nu in één thread.`);
      used = 0;
    }
  }
  outcomes ??= items.map((item) => doWork(item, context));

  const byIndex = new Map(items.map((item) => [item.index, item]));
  let checked = 0;
  for (const outcome of outcomes) {
    if (!outcome.reused) checked++;
    const item = byIndex.get(outcome.index)!;
    const cache = options.caches?.[item.task.kind];
    const report = outcome.reused ? cache!.get(keys[outcome.index]!)!.report : outcome.report;
    reports[outcome.index] = report;
    if (cache && (outcome.reused || outcome.cacheable)) cache.keep(keys[outcome.index]!, names, outcome.evidence, report);
  }
  return { reports, checked, threads: used };
}
