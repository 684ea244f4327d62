/**
 * What the search benchmark measures in Chromium. Every scenario gets a fresh browser context, so no
 * shard comes from the HTTP cache of an earlier one; every request off this machine is refused.
 * Times are taken inside the page with performance.now(), so the DevTools round trips of
 * Playwright do not count.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';

const FIRST_RESULT_TIMEOUT_MS = 180_000;
/** A keystroke that renders nothing in this time is counted as lost, so one hang cannot stop the run. */
const KEYSTROKE_TIMEOUT_MS = 30_000;

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors of the page. */
  errors: string[];
  /** Requests refused because they left this machine. */
  blocked: string[];
}

export async function openSession(browser: Browser, origin: string): Promise<Session> {
  const context = await browser.newContext();
  const errors: string[] = [];
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name(); the
  // functions handed to page.evaluate run in the page, where that helper does not exist.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  // Installed before any page script, so the first, URL-driven search cannot be missed.
  await page.addInitScript(() => {
    const bench: { rendered: { at: number; count: number }[] } = { rendered: [] };
    (window as unknown as { __bench: typeof bench }).__bench = bench;
    document.addEventListener('pk-search:rendered', (event) => {
      bench.rendered.push({ at: performance.now(), count: (event as CustomEvent<{ ids: string[] }>).detail.ids.length });
    });
  });
  return { context, page, errors, blocked };
}

/** performance.now() at the first render: the page's clock starts at navigation start. */
export async function waitForFirstRender(page: Page): Promise<{ at: number; count: number }> {
  await page.waitForFunction(() => (window as unknown as { __bench: { rendered: unknown[] } }).__bench.rendered.length > 0, undefined, {
    timeout: FIRST_RESULT_TIMEOUT_MS,
    polling: 50,
  });
  return page.evaluate(() => (window as unknown as { __bench: { rendered: { at: number; count: number }[] } }).__bench.rendered[0]!);
}

const ALL_BUTTON = 'Zoek in alle gemeenten';

/** The page offers the button when the site is too big to search everywhere unasked. */
export async function waitForSearchAllButton(page: Page): Promise<void> {
  await page.locator('[data-search-notes] button', { hasText: ALL_BUTTON }).waitFor({ timeout: FIRST_RESULT_TIMEOUT_MS });
}

/** Clicks "Zoek in alle gemeenten" and returns the time from the click to the rendered results. */
export async function clickSearchAll(page: Page): Promise<{ ms: number; count: number }> {
  return page.evaluate(
    ([label, timeout]) =>
      new Promise<{ ms: number; count: number }>((resolve, reject) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('[data-search-notes] button')].find(
          (node) => node.textContent === label,
        );
        if (!button) return reject(new Error(`no "${label}" button`));
        const timer = setTimeout(() => reject(new Error('no render after the click')), timeout);
        const start = performance.now();
        document.addEventListener(
          'pk-search:rendered',
          (event) => {
            clearTimeout(timer);
            resolve({ ms: performance.now() - start, count: (event as CustomEvent<{ ids: string[] }>).detail.ids.length });
          },
          { once: true },
        );
        button.click();
      }),
    [ALL_BUTTON, FIRST_RESULT_TIMEOUT_MS] as const,
  );
}

export interface Keystroke {
  query: string;
  prefix: string;
  /** detail.ms of the client: input handling to the end of rendering; NaN when nothing rendered. */
  ms: number;
  /** From dispatching the input event to the next animation frame: includes style and layout of the results. */
  frameMs: number;
  results: number;
}

export interface TypedQuery {
  keys: Keystroke[];
  /** The page said it narrowed the search to a place it read in the query. */
  placeFromQuery: boolean;
}

/**
 * Types a query one character at a time the way the brief describes: set the value to the prefix,
 * dispatch a bubbling input event, wait for the render. The field is emptied first (not measured),
 * and the page gets a frame between keystrokes, as it would between a person's key presses.
 */
export async function typeQuery(page: Page, query: string): Promise<TypedQuery> {
  return page.evaluate(
    async ([text, timeout]) => {
      const input = document.querySelector<HTMLInputElement>('#zoek-q')!;
      const host = document.querySelector('pk-search')!;
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const type = async (value: string) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const rendered = new Promise<{ ms?: number; ids: string[] } | undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), timeout);
          host.addEventListener('pk-search:rendered', (event) => resolve((event as CustomEvent<{ ms?: number; ids: string[] }>).detail), {
            once: true,
          });
        });
        input.value = value;
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const detail = await rendered;
        clearTimeout(timer);
        await frame();
        const frameMs = performance.now() - start;
        await new Promise((resolve) => setTimeout(resolve, 0));
        return { prefix: value, ms: detail?.ms ?? Number.NaN, frameMs: detail ? frameMs : Number.NaN, results: detail?.ids.length ?? 0 };
      };
      await type('');
      const keys = [];
      for (let length = 1; length <= text.length; length += 1) keys.push({ query: text, ...(await type(text.slice(0, length))) });
      const notes = document.querySelector('[data-search-notes]')?.textContent ?? '';
      return { keys, placeFromQuery: notes.includes('want die plaats staat in uw zoekwoorden') };
    },
    [query, KEYSTROKE_TIMEOUT_MS] as const,
  );
}
