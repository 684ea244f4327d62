/**
 * Pages are built once, visitors come later: these two elements drop the stored dates that lie before the
 * visitor's today (see src/lib/upcoming.ts). Without JavaScript the build's dates stay.
 *   <pk-next-date data-dates="2026-11-24 2026-12-01" data-van="10:00" data-tot="11:30">: a card's "Volgende keer".
 *   <pk-coming-dates data-skipped="[…]">, around li[data-date] and [data-dates-none]: "De volgende keren" on an activity page.
 */
import { todayInNetherlands } from '../lib/dates';
import type { SkippedDate } from '../lib/schedule';
import { datesToShow, nextDateText, skippedSentence } from '../lib/upcoming';

const visitorToday = () => todayInNetherlands({}, new Date());

class NextDate extends HTMLElement {
  connectedCallback() {
    const { van = '', tot = '' } = this.dataset;
    const dates = (this.dataset.dates ?? '')
      .split(' ')
      .filter(Boolean)
      .map((date) => ({ date, van, tot }));
    const line = this.querySelector('strong') ?? this;
    if (dates.length > 0) line.textContent = nextDateText(dates, visitorToday());
  }
}

class ComingDates extends HTMLElement {
  connectedCallback() {
    const items = [...this.querySelectorAll<HTMLElement>('li[data-date]')];
    let skipped: SkippedDate[] = [];
    try {
      const parsed: unknown = JSON.parse(this.dataset.skipped ?? '[]');
      if (Array.isArray(parsed))
        skipped = parsed.filter((item): item is SkippedDate => typeof item?.date === 'string' && typeof item?.reden === 'string');
    } catch {
      // A broken attribute only loses the note about skipped dates.
    }
    const shown = datesToShow({ dates: items.map((item) => ({ date: item.dataset.date!, van: '', tot: '' })), skipped }, visitorToday());
    const shownDates = new Set(shown.dates.map((occurrence) => occurrence.date));
    for (const item of items) item.hidden = !shownDates.has(item.dataset.date!);
    const none = this.querySelector<HTMLElement>('[data-dates-none]');
    if (none) none.hidden = shownDates.size > 0;
    const note = this.querySelector<HTMLElement>('[data-dates-skipped]');
    if (note) {
      note.textContent = skippedSentence(shown.skipped);
      note.hidden = note.textContent === '';
    }
  }
}

customElements.define('pk-next-date', NextDate);
customElements.define('pk-coming-dates', ComingDates);
