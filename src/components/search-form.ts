/**
 * <pk-search-form>: a search box on another page goes to the search page with the words in the URL
 * fragment (/zoeken/#q=koffie&gebied=ens) instead of the query, so they never reach a server.
 */
// Only url-state.ts: this runs on every page with a search box, so it stays a few hundred bytes.
import { hrefWithState } from '../lib/url-state';

class SearchFormElement extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const words = this.querySelector<HTMLInputElement>('[data-search-words]');
    if (!form || !words) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const fields: [string, string][] = [['q', words.value]];
      for (const [name, value] of new FormData(form)) if (typeof value === 'string') fields.push([name, value]);
      location.assign(hrefWithState(form.getAttribute('action') ?? '/zoeken/', fields));
    });
  }
}

customElements.define('pk-search-form', SearchFormElement);
