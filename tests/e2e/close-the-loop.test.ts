/**
 * Issue 16, closing the loop: plek vrij in search and referral, the coach and loket of every gebied,
 * "Mijn lijstje" from tick to print, the gebied on paper, and the welzijnsrecept with its terugkoppelstrook.
 * The clock is fixed to the test build's date, so the validity of plek vrij and next dates are stable.
 */
import type { Page } from '@playwright/test';
import { MAX_SHORTLIST } from '../../src/lib/shortlist';
import { axeProblems, BUILD_DATE, expect, pdfPages, stubPrint, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${BUILD_DATE}T09:00:00+01:00`));
});

test.describe('plek vrij', () => {
  test('"Heeft plek" in search keeps only current "vrij"; a waiting list and full say so on the card', async ({ page }) => {
    await page.goto('/zoeken/?gemeente=noordoostpolder&plek=1');
    const titles = page.locator('[data-search-list] .pk-card__title');
    await expect(page.locator('[data-search-heading]')).toHaveText(/2 activiteiten gevonden/);
    expect((await titles.allInnerTexts()).sort()).toEqual(['Cursus Sterk op de been', 'Samen bewegen in de beweegtuin']);
    for (const card of await page.locator('[data-search-list] > li').all())
      await expect(card.locator('.pk-badge').first()).toHaveText('Er is plek');
    // The thuisadministratie said "vrij" in August: expired, so unknown, not free.
    await expect(page.locator('[data-activity-id="thuisadministratie-noordoostpolder"]')).toHaveCount(0);

    await page.goto('/zoeken/?q=taalmaatje&gemeente=noordoostpolder');
    await expect(page.locator('[data-activity-id="taalmaatje-noordoostpolder"] .pk-badge').first()).toHaveText('Wachtlijst');
    expect(await axeProblems(page)).toEqual([]);
  });

  test('the activity page says whether there is room and since when; an expired statement is not shown', async ({ page }) => {
    await page.goto('/activiteiten/taalmaatje-noordoostpolder/');
    const meedoen = page.getByRole('region', { name: 'Meedoen' });
    await expect(meedoen).toContainText('De groep is vol. U kunt op de wachtlijst. Dat is nagevraagd op maandag 2 november 2026.');
    await expect(meedoen).toContainText('U krijgt binnen 14 dagen antwoord.');
    await page.goto('/activiteiten/thuisadministratie-noordoostpolder/');
    await expect(page.getByRole('region', { name: 'Meedoen' })).not.toContainText('plek');
    await expect(page.getByRole('region', { name: 'Meedoen' })).toContainText('U krijgt binnen 5 dagen antwoord.');
  });

  test('in referral a full group sinks to the bottom and says so', async ({ page }) => {
    await page.goto('/verwijzen/');
    await page.getByRole('combobox', { name: 'Dorp of wijk' }).selectOption('ens');
    await page.getByRole('checkbox', { name: 'Klachten zonder duidelijke oorzaak' }).check();
    const items = page.locator('[data-referral-list] > li');
    await expect(page.locator('[data-referral-status]')).toContainText('passen bij uw keuze in Ens');
    await expect(items.last()).toContainText('Online praatgroep');
    await expect(items.last().locator('.pk-referral__reason')).toHaveText(/^Nu vol · Past bij klachten zonder duidelijke oorzaak/);
    await expect(items.first().locator('.pk-referral__reason')).not.toContainText('vol');
  });
});

test.describe('the right coach and team', () => {
  test("an activity in two gebieden shows both coaches and the loket; the visitor's own gebied comes first", async ({ page }) => {
    await page.goto('/gebieden/schoorl/');
    await page.locator('#activiteiten').getByRole('link', { name: 'Alzheimer Café Bergen' }).first().click();
    await expect(page).toHaveURL(/\/activiteiten\/alzheimer-cafe-bergen\/\?vanuit=schoorl$/);
    const help = page.getByRole('region', { name: 'Hulp in uw dorp of wijk' });
    const items = help.locator('[data-gebied]');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toHaveAttribute('data-gebied', 'schoorl');
    await expect(items.first().getByRole('heading')).toHaveText('Schoorl');
    await expect(items.nth(1).getByRole('heading')).toHaveText('Bergen');
    for (const item of await items.all()) {
      await expect(item).toContainText('Welzijnscoach:');
      await expect(item).toContainText('Sociaal team Bergen:');
    }
    expect(await axeProblems(page)).toEqual([]);

    // Straight to the page: the activity's own order, Bergen first.
    await page.goto('/activiteiten/alzheimer-cafe-bergen/');
    await expect(page.locator('[data-gebied]').first()).toHaveAttribute('data-gebied', 'bergen');
    // An unknown ?vanuit= changes nothing.
    await page.goto('/activiteiten/alzheimer-cafe-bergen/?vanuit=parijs');
    await expect(page.locator('[data-gebied]').first()).toHaveAttribute('data-gebied', 'bergen');
  });

  test('a search in one gebied links with ?vanuit= for activities in several gebieden', async ({ page }) => {
    await page.goto('/zoeken/?q=alzheimer&gebied=schoorl');
    await expect(page.locator('[data-search-list] a', { hasText: 'Alzheimer Café Bergen' })).toHaveAttribute(
      'href',
      '/activiteiten/alzheimer-cafe-bergen/?vanuit=schoorl',
    );
  });

  test('every activity page names the sociaal team or loket', async ({ page, request }) => {
    const feed = (await (await request.get('/data/activiteiten.json')).json()) as { activiteiten: { url: string; id: string }[] };
    for (const record of feed.activiteiten.filter((_, index) => index % 12 === 0)) {
      await page.goto(new URL(record.url).pathname);
      await expect(page.locator('.pk-contacts [data-gebied]').first(), record.id).toContainText(
        /(Sociaal team \w+|Kernpunt Neder-Betuwe): bel /,
      );
    }
  });
});

test.describe('Mijn lijstje', () => {
  test('from "Bewaar" on cards and an activity page to a shared link and one printed page, without cookies', async ({ page, context }) => {
    await stubPrint(page);
    await page.goto('/gebieden/ens/');
    const save = (title: string) =>
      page
        .locator('#activiteiten')
        .getByRole('button', { name: `Bewaar ${title} op mijn lijstje` })
        .first();
    await save('Koffie-inloop in De Zuidwester').click();
    await expect(save('Koffie-inloop in De Zuidwester')).toHaveAttribute('aria-pressed', 'true');
    // The same activity under another theme is the same button state.
    await save('Samen bewegen in de beweegtuin').click();
    await expect(page.getByRole('link', { name: 'Mijn lijstje (2)' })).toBeVisible();

    await page.goto('/activiteiten/taalmaatje-noordoostpolder/');
    await page.getByRole('button', { name: 'Bewaar Taalmaatje op mijn lijstje' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Bewaard op uw lijstje.' })).toBeVisible();

    await page.getByRole('link', { name: 'Mijn lijstje (3)' }).click();
    await expect(page).toHaveURL(/\/lijstje\/#koffie-inloop-ens,beweegtuin-ens,taalmaatje-noordoostpolder$/);
    const items = page.locator('[data-lijstje-list] > li');
    await expect(items).toHaveCount(3);
    await expect(items.first()).toContainText('Zuidwesterringweg 10');
    await expect(items.first()).toContainText('Volgende keer: dinsdag 24 november 2026, 10.00 tot 11.30 uur');
    await expect(items.first()).toContainText('0527 630 000');
    const link = `${new URL(page.url()).origin}/lijstje/#koffie-inloop-ens,beweegtuin-ens,taalmaatje-noordoostpolder`;
    await expect(page.getByRole('link', { name: 'Stuur via WhatsApp' })).toHaveAttribute(
      'href',
      `https://wa.me/?text=${encodeURIComponent(`Mijn lijstje met activiteiten op de Preventiekaart: ${link}`)}`,
    );
    await expect(page.getByRole('link', { name: 'Stuur via e-mail' })).toHaveAttribute('href', /^mailto:\?subject=/);
    expect(await axeProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Print het lijstje' }).click();
    expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);
    expect(await pdfPages(page)).toBe(1);

    await items
      .first()
      .getByRole('button', { name: /Haal weg/ })
      .click();
    await expect(items).toHaveCount(2);
    await expect(page).toHaveURL(/#beweegtuin-ens,taalmaatje-noordoostpolder$/);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('preventiekaart-lijstje'))).toBe('beweegtuin-ens,taalmaatje-noordoostpolder');

    await page.getByRole('button', { name: 'Maak het lijstje leeg' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Uw lijstje is leeg.' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('preventiekaart-lijstje'))).toBeNull();
  });

  test('a full list from a shared link still prints on one A4 page', async ({ page, request }) => {
    const index = (await (await request.get('/data/lijstje/index.json')).json()) as { buckets: number };
    const records: { id: string; waar: string[] }[] = [];
    for (let bucket = 1; bucket <= index.buckets; bucket += 1)
      records.push(...(await (await request.get(`/data/lijstje/${bucket}.json`)).json()));
    // The entries with the most places: the longest ones.
    const ids = records
      .sort((a, b) => b.waar.length - a.waar.length)
      .slice(0, MAX_SHORTLIST)
      .map((record) => record.id);
    await page.goto(`/lijstje/#${ids.join(',')}`);
    await expect(page.locator('[data-lijstje-list] > li')).toHaveCount(MAX_SHORTLIST);
    await expect(page.getByText('Dit lijstje kreeg u via een link.')).toBeVisible();
    expect(await pdfPages(page)).toBe(1);
    await page.getByRole('button', { name: 'Zet dit op mijn eigen lijstje' }).click();
    expect(await page.evaluate(() => localStorage.getItem('preventiekaart-lijstje'))).toBe(ids.join(','));
  });

  test('a malformed link shows what it can and names what it dropped', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const many = Array.from({ length: 300 }, (_, index) => `nep-${index}`);
    const fragment = [
      'koffie-inloop-ens',
      'bestaat-niet',
      encodeURIComponent('<img src=x onerror=alert(1)>'),
      '<script>alert(2)</script>',
      ...many,
    ].join(',');
    await page.goto(`/lijstje/#${fragment}`);
    await expect(page.locator('[data-lijstje-list] > li')).toHaveCount(1);
    const dropped = page.locator('[data-lijstje-dropped]');
    await expect(dropped).toContainText('kennen we niet (meer): "bestaat-niet"');
    await expect(dropped).toContainText('2 delen van de link konden we niet lezen.');
    await expect(dropped).toContainText(
      `Er stonden meer dan ${MAX_SHORTLIST} activiteiten in de link. We tonen de eerste ${MAX_SHORTLIST}.`,
    );
    await expect(page).toHaveURL(/\/lijstje\/#koffie-inloop-ens$/);
    expect(dialogs).toEqual([]);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await axeProblems(page)).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('no Bewaar button, and the list page says why', async ({ page }) => {
      await page.goto('/activiteiten/koffie-inloop-ens/');
      await expect(page.getByRole('button', { name: /Bewaar/ })).toHaveCount(0);
      await page.goto('/lijstje/');
      await expect(page.getByText('Het lijstje werkt alleen als JavaScript aan staat.')).toBeVisible();
    });
  });
});

test('a gebied on paper lists each activity once, with next date, address and phone, on few pages', async ({ page }) => {
  await page.goto('/gebieden/akersloot/');
  const cardIds = await page
    .locator('#activiteiten [data-activity-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-activity-id')!));
  const unique = [...new Set(cardIds)];
  // On screen, activities with two themes are shown twice; that is what the paper list avoids.
  expect(cardIds.length).toBeGreaterThan(unique.length);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('[data-print-activity]');
  await expect(printed.first()).toBeVisible();
  await expect(page.locator('#activiteiten')).toBeHidden();
  expect((await printed.evaluateAll((items) => items.map((item) => item.getAttribute('data-print-activity')!))).sort()).toEqual(
    unique.sort(),
  );
  const meal = page.locator('[data-print-activity="samen-eten-akersloot"]');
  await expect(meal).toContainText(/Volgende keer: \w+ \d+ \w+, \d+\.\d\d tot \d+\.\d\d uur/);
  await expect(meal).toContainText('Akersloot');
  await expect(meal).toContainText('Bel 0251 313 620.');
  await page.emulateMedia({ media: 'screen' });
  await page
    .locator('#activiteiten')
    .getByRole('button', { name: /^Bewaar / })
    .first()
    .click();
  expect(await axeProblems(page)).toEqual([]);
});

test('every gebied prints on at most two A4 pages', async ({ page, request }) => {
  const manifest = (await (await request.get('/data/zoeken/index.json')).json()) as { gebieden: { id: string }[] };
  expect(manifest.gebieden.length).toBeGreaterThan(20);
  const pageCounts: Record<string, number> = {};
  for (const { id } of manifest.gebieden) {
    await page.goto(`/gebieden/${id}/`);
    pageCounts[id] = await pdfPages(page);
  }
  const tooLong = Object.entries(pageCounts).filter(([, count]) => count > 2);
  expect(tooLong, `gebieden that need more than two pages: ${JSON.stringify(pageCounts)}`).toEqual([]);
});

test('the welzijnsrecept carries a terugkoppelstrook with a code, Z68 and the four parts, without a name', async ({ page }) => {
  await stubPrint(page);
  await page.goto('/verwijzen/');
  await page.getByRole('combobox', { name: 'Dorp of wijk' }).selectOption('ens');
  await page.getByRole('checkbox', { name: 'Eenzaamheid' }).check();
  await page.getByRole('combobox', { name: 'Leeftijd' }).selectOption('ouderen');
  const boxes = page.locator('[data-referral-list] input[type="checkbox"]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByLabel('Voor (mag leeg blijven)').fill('Jan Testpatiënt');
  const strook = page.locator('[data-strook]');
  await expect(strook).toBeVisible();
  const text = (await strook.innerText()).replace(/\s+/g, ' ');
  const code = /Code: ([2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4})/.exec(text)?.[1];
  expect(code, text).toBeDefined();
  expect(text).toContain('ICPC Z68');
  for (const part of ['Wie', 'Vraag', 'Aanbod', 'Uitkomst']) await expect(strook.locator('dt', { hasText: part })).toHaveCount(1);
  for (const box of ['Contact gehad', 'Gestart', 'Afgesloten']) await expect(strook.locator('li', { hasText: box })).toHaveCount(1);
  expect(text).toContain('Eenzaamheid.');
  expect(text).toContain('Oudere (65 jaar en ouder)');
  expect(text).toContain('beveiligde kanaal van de praktijk');
  expect(text).not.toContain('Jan');
  await expect(page.locator('.pk-recept__reference')).toHaveText(`Code van deze verwijzing: ${code}`);
  expect(await axeProblems(page)).toEqual([]);

  await page.getByRole('button', { name: 'Print het welzijnsrecept' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(strook).toBeVisible();
  // The slip is one sheet of its own, after the recept.
  const withSlip = await pdfPages(page);
  await strook.evaluate((element) => element.setAttribute('hidden', ''));
  expect(withSlip).toBe((await pdfPages(page)) + 1);
  await strook.evaluate((element) => element.removeAttribute('hidden'));
  // After printing, the next recept gets a new code.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.pk-recept__reference')).not.toHaveText(`Code van deze verwijzing: ${code}`);

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/verwijzen/ens/');
  await expect(page.getByRole('heading', { name: 'De strook bij het recept' })).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
});

test.describe('at 320 pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the list, the coaches and a gebied with Bewaar buttons fit without sideways scrolling', async ({ page }) => {
    for (const path of [
      '/lijstje/#alzheimer-cafe-bergen,koffie-inloop-ens,taalmaatje-noordoostpolder',
      '/activiteiten/alzheimer-cafe-bergen/?vanuit=schoorl',
      '/gebieden/ens/',
      '/privacy/',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('offline on a phone', () => {
  /** Waits until the service worker controls the page, so the next visits are kept. */
  async function controlled(page: Page) {
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  }
  /** Waits until a page or data file is on the phone (the worker keeps it just after answering). */
  async function onPhone(page: Page, key: string) {
    await expect.poll(() => page.evaluate(async (path) => (await caches.match(path)) !== undefined, key)).toBe(true);
  }

  test('opened pages open without a network, with a note about the day of the data; others get the offline page', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await controlled(page);
    await page.goto('/gebieden/ens/');
    await page.goto('/activiteiten/koffie-inloop-ens/');
    await onPhone(page, '/gebieden/ens/');
    await onPhone(page, '/activiteiten/koffie-inloop-ens/');

    await context.setOffline(true);
    await page.goto('/gebieden/ens/');
    await expect(page.getByRole('heading', { level: 1, name: 'Ens' })).toBeVisible();
    await expect(page.locator('[data-offline-note]')).toHaveText(
      /U heeft nu geen internet\..*De gegevens zijn van maandag 23 november 2026\./,
    );
    // Styles came from the phone too: the notice is laid out, not bare text.
    expect(await page.locator('.pk-header').evaluate((element) => getComputedStyle(element).display)).not.toBe('inline');
    await page.goto('/activiteiten/koffie-inloop-ens/?vanuit=ens');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koffie-inloop in De Zuidwester');
    await page.goto('/activiteiten/beweegtuin-ens/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen internet');
    expect(await axeProblems(page)).toEqual([]);

    await context.setOffline(false);
    await page.goto('/activiteiten/beweegtuin-ens/');
    await expect(page.locator('[data-offline-note]')).toBeHidden();
  });

  test('a kept gebied opens without a network, also the activities the visitor never opened', async ({ page, context }) => {
    await page.goto('/gebieden/marknesse/');
    await controlled(page);
    await page.getByRole('button', { name: 'Bewaar voor zonder internet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Klaar.' })).toHaveText(
      'Klaar. U kunt Marknesse en de activiteiten nu ook zonder internet bekijken.',
    );
    expect(await axeProblems(page)).toEqual([]);
    const activity = (await page.locator('#activiteiten a[href^="/activiteiten/"]').first().getAttribute('href'))!;

    await context.setOffline(true);
    await page.goto(activity);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Geen internet');
    await expect(page.locator('[data-offline-note]')).toBeVisible();
  });

  test('search works offline on the shards already loaded', async ({ page, context }) => {
    await page.goto('/');
    await controlled(page);
    await page.goto('/zoeken/?q=koffie&gemeente=noordoostpolder');
    await expect(page.locator('[data-search-heading]')).toContainText('gevonden');
    await onPhone(page, '/data/zoeken/noordoostpolder.json');

    await context.setOffline(true);
    await page.goto('/zoeken/?q=wandelen&gemeente=noordoostpolder');
    await expect(page.locator('[data-search-heading]')).toContainText('gevonden');
    await expect(page.locator('[data-search-list] > li').first()).toBeVisible();
  });

  test('the site can go on the home screen: a manifest with SVG and PNG icons', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await request.get(href!)).json()) as {
      start_url: string;
      display: string;
      icons: { src: string; type: string }[];
    };
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.type).sort()).toEqual(['image/png', 'image/png', 'image/svg+xml']);
    for (const icon of manifest.icons) {
      const response = await request.get(icon.src);
      expect(response.ok(), icon.src).toBe(true);
      expect(response.headers()['content-type']).toContain(icon.type);
    }
  });

  test('/privacy/ says what is kept and removes it on request', async ({ page }) => {
    await page.goto('/privacy/');
    await controlled(page);
    await page.goto('/gebieden/ens/');
    await onPhone(page, '/gebieden/ens/');
    await page.goto('/privacy/');
    await expect(page.getByRole('heading', { name: 'Zonder internet' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Mijn lijstje' })).toBeVisible();
    await page.getByRole('button', { name: 'Haal alles weg wat voor zonder internet is bewaard' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Alles is weggehaald.' })).toBeVisible();
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
  });
});
