/**
 * "Bewaar" on cards and activity pages (<pk-bewaar>) and the header link to the list (<pk-lijstje-link>).
 * Without JavaScript there is no list to save to: "Bewaar" is shown only where scripts run (pk-needs-js),
 * and the header link only once the list holds something.
 */
import { MAX_SHORTLIST } from '../lib/shortlist';
import { onListChange, storedList, toggleStored } from './shortlist-store';

class SaveButton extends HTMLElement {
  private get button() {
    return this.querySelector('button')!;
  }

  private get status() {
    return this.querySelector<HTMLElement>('[data-bewaar-status]');
  }

  /** Search results are rebuilt on every keystroke: a button that leaves the page stops listening. */
  private stopListening: (() => void) | undefined;

  disconnectedCallback() {
    this.stopListening?.();
    this.stopListening = undefined;
  }

  connectedCallback() {
    if (!this.dataset.id) return;
    this.render();
    this.stopListening ??= onListChange(() => this.render());
    if (this.dataset.ready !== undefined) return;
    this.dataset.ready = '';
    this.button.addEventListener('click', () => {
      const result = toggleStored(this.dataset.id!);
      const status = this.status;
      if (!status) return;
      status.textContent =
        result.change === 'full'
          ? `Uw lijstje is vol. Er kunnen ${MAX_SHORTLIST} activiteiten op. Haal eerst iets weg.`
          : result.change === 'added'
            ? 'Bewaard op uw lijstje.'
            : 'Van uw lijstje gehaald.';
    });
  }

  private render() {
    const saved = storedList().includes(this.dataset.id!);
    this.button.setAttribute('aria-pressed', String(saved));
    this.classList.toggle('pk-bewaar--saved', saved);
  }
}

class ShortlistLink extends HTMLElement {
  connectedCallback() {
    this.render();
    onListChange(() => this.render());
  }

  private render() {
    const count = storedList().length;
    this.hidden = count === 0;
    const link = this.querySelector('a');
    if (link) link.textContent = `Mijn lijstje (${count})`;
  }
}

if (!customElements.get('pk-bewaar')) customElements.define('pk-bewaar', SaveButton);
if (!customElements.get('pk-lijstje-link')) customElements.define('pk-lijstje-link', ShortlistLink);

/** The same markup as SaveButton.astro, for cards made in the browser (search results). */
export function saveButtonElement(id: string, titel: string): HTMLElement {
  const element = document.createElement('pk-bewaar');
  element.className = 'pk-bewaar pk-no-print pk-needs-js';
  element.dataset.id = id;
  const button = document.createElement('button');
  button.className = 'pk-button pk-button--secondary pk-bewaar__button';
  button.type = 'button';
  button.setAttribute('aria-pressed', 'false');
  const hiddenName = document.createElement('span');
  hiddenName.className = 'pk-visually-hidden';
  hiddenName.textContent = ` ${titel} op mijn lijstje`;
  button.append('Bewaar', hiddenName);
  const status = document.createElement('span');
  status.className = 'pk-bewaar__status';
  status.setAttribute('role', 'status');
  status.dataset.bewaarStatus = '';
  element.append(button, status);
  return element;
}
