/**
 * A worker thread of `npm run check:taal` (see run.ts): reads the word lists itself, gets the names
 * from the main thread (read once there, from all content), and checks the batches it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLanguageData } from '../../src/lib/taal/load';
import type { LanguageException } from '../../src/lib/taal/types';
import { doWork, type WorkContext, type WorkItem } from './run';

const { root, names, pageExceptions, version } = workerData as {
  root: string;
  names: string[];
  pageExceptions: LanguageException[];
  version?: string;
};
const { data, problems } = loadLanguageData(root, { names });
const context: WorkContext = { root, data, pageExceptions, ...(version !== undefined ? { version } : {}) };

parentPort!.on('message', (items: WorkItem[]) => {
  if (problems.length) return parentPort!.postMessage({ problems });
  parentPort!.postMessage({ outcomes: items.map((item) => doWork(item, context)) });
});
