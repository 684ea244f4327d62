/**
 * <pk-search-form>: a search box on another page goes to the search page with the words in the URL
 * fragment (/zoeken/#q=koffie&gebied=ens) instead of the query, so they never reach a server.
 */
import { searchFormHref } from '../lib/search/filters';

class SearchFormElement extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const words = this.querySelector<HTMLInputElement>('[data-search-words]');
    if (!form || !words) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const fields: [string, string][] = [['q', words.value]];
      for (const [name, value] of new FormData(form)) if (typeof value === 'string') fields.push([name, value]);
      location.assign(searchFormHref(form.getAttribute('action') ?? '/zoeken/', fields));
    });
  }
}

customElements.define('pk-search-form', SearchFormElement);
