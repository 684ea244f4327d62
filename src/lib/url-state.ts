/**
 * Page state in the URL fragment (`/zoeken/#q=schulden&gebied=ens`), never in the query.
 * A browser does not send the fragment to the server, so what a visitor searches for, or the klachten
 * a huisarts ticks, stay out of the host's access logs. Back, forward, reload and a copied link still
 * work: the fragment is part of the URL in the address bar and in the history.
 *
 * Old links keep the state in the query (`/zoeken/?q=schulden`). A page reads them once and moves the
 * state into the fragment at once (`replaceWith`, for history.replaceState). That one request has then
 * already reached the server: nothing in the browser can take it back.
 *
 * Browser-safe. All but moveOldLinkState (which applies readUrlState to the page) are pure and see only
 * the parts of a URL they are given.
 */

export interface UrlParts {
  pathname: string;
  /** "?q=koffie" or "" */
  search: string;
  /** "#q=koffie" or "" */
  hash: string;
}

export type UrlState =
  /** The state to show; `replaceWith` is set when it came from the query of an old link. */
  | { kind: 'state'; params: URLSearchParams; replaceWith?: string }
  /** The fragment is an in-page anchor such as "#lijst" (a skip link): not a state, leave the page as it is. */
  | { kind: 'anchor' };

/** "#q=koffie&gratis=1", or "" for an empty state, so the URL of an empty search is just the page. */
export function fragmentOf(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `#${text}` : '';
}

/**
 * The state in a URL. `names` are the parameters the page keeps; others in the query (such as
 * utm_source) stay where they are. A state in the query wins over the fragment: only an old link has one.
 */
export function readUrlState(url: UrlParts, names: readonly string[]): UrlState {
  const fromQuery = new URLSearchParams();
  const rest = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(url.search)) (names.includes(name) ? fromQuery : rest).append(name, value);
  if (fromQuery.toString() !== '') {
    const restText = rest.toString();
    return { kind: 'state', params: fromQuery, replaceWith: `${url.pathname}${restText ? `?${restText}` : ''}${fragmentOf(fromQuery)}` };
  }
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  if (fragment.toString() !== '' && ![...fragment.keys()].some((name) => names.includes(name))) return { kind: 'anchor' };
  return { kind: 'state', params: fragment };
}

/**
 * Where a form on another page leads, with its fields as the state: "/zoeken/#q=koffie&gebied=ens".
 * Empty fields are left out, the rest keep their order; the page that reads them checks the values.
 */
export function hrefWithState(path: string, fields: Iterable<readonly [string, string]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of fields) if (value.trim() && !params.has(name)) params.set(name, value.trim());
  return `${path}${fragmentOf(params)}`;
}

/**
 * Moves the state of an old link from the query into the fragment, in place (history.replaceState), so a
 * reload does not send it again. Pages call it first thing, before they load anything that may fail.
 */
export function moveOldLinkState(names: readonly string[]): void {
  const url = readUrlState(location, names);
  if (url.kind === 'state' && url.replaceWith) history.replaceState(history.state, '', url.replaceWith);
}

/** The URL of a state on this page: path and query as they are, the state in the fragment. */
export function urlWithState(url: Pick<UrlParts, 'pathname' | 'search'>, params: URLSearchParams): string {
  return `${url.pathname}${url.search}${fragmentOf(params)}`;
}
