/**
 * Finds the Chromium that Playwright drives. Playwright cannot download its own browser here,
 * so we use Debian's package. PREVENTIEKAART_CHROMIUM overrides the search.
 */
import { accessSync, constants } from 'node:fs';

export const CHROMIUM_ENV = 'PREVENTIEKAART_CHROMIUM';
const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(environment: Record<string, string | undefined> = process.env): string | undefined {
  const override = environment[CHROMIUM_ENV];
  if (override) return isExecutable(override) ? override : undefined;
  return candidates.find(isExecutable);
}

/** Flags for a headless Chromium in a container as root, with no network beyond this machine. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-dev-shm-usage',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
