/**
 * The site as journalists and citizens use it, in real Chromium: the emergency banner
 * (raised, expired), past events, one-tap contacts, the official-site strip, and print
 * (emulated print media: letterhead, source URL and link addresses).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;

const LIVE = '/comunicate/2026-11-27-cod-galben-ninsori-zona-de-munte/';
const EXPIRED = '/comunicate/2026-07-13-cod-rosu-canicula-iulie-2026/';
const REPLY = '/comunicate/2026-06-02-drept-la-replica-observatorul-de-apuseni-deseuri-mures/';

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
});
afterAll(async () => browser?.close());

describe('emergency banner', () => {
  it('is raised on every page by a public release whose alert has not ended', async () => {
    for (const path of ['/', '/presa/', '/informatii-de-interes-public/', '/nu-exista/']) {
      await page.goto(base + path);
      const banners = page.locator('.emergency-banner');
      expect(await banners.count(), path).toBe(1);
      expect(await banners.first().getAttribute('class')).toContain('level-galben');
      expect(await banners.getByRole('heading', { level: 2 }).textContent()).toBe('Cod galben');
      expect(await banners.getByRole('link', { name: 'Detalii' }).getAttribute('href')).toBe(LIVE);
      // Above the content: the banner comes before <main>.
      expect(await page.evaluate(() => document.querySelector('.emergency-banner')!.compareDocumentPosition(document.querySelector('main')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    }
  });

  it('is gone once its end time has passed (the red heat alert of July)', async () => {
    await page.goto(base + EXPIRED);
    expect(await page.locator('.emergency-banner.level-rosu').count()).toBe(0);
    expect(await page.textContent('body')).not.toContain('Cod roșu de caniculă pe culoarul Mureșului');
  });

  it('marks the alert in the feed, for the live and the expired one', async () => {
    const rss = await (await fetch(`${base}/rss.xml`)).text();
    expect(rss).toContain('<title>[ALERTĂ] Cod galben – Cod galben de ninsori');
    expect(rss).toContain('<title>[ALERTĂ] Cod roșu – Cod roșu de caniculă');
    expect(rss).toContain('<category>ALERTĂ: Cod galben</category>');
  });
});

describe('events', () => {
  it('a past event says it took place, with no calendar button or accreditation, and shows what followed', async () => {
    await page.goto(`${base}/evenimente/2026-11-12-intalnire-primari-pregatirea-iernii/`);
    expect(await page.getByRole('note').textContent()).toContain('Evenimentul a avut loc');
    expect(await page.getByRole('link', { name: /Adaugă în calendar/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Acreditare pentru jurnaliști' }).count()).toBe(0);
    // The extraordinary CJSU meeting of 19 May: the release that came out after it is its outcome.
    await page.goto(`${base}/evenimente/2026-05-19-sedinta-extraordinara-cjsu-inundatii-aries/`);
    const after = page.locator('section', { has: page.getByRole('heading', { name: 'Comunicate publicate după eveniment' }) });
    expect(await after.getByRole('link', { name: /Cod portocaliu de inundații pe Arieș/ }).count()).toBe(1);
  });

  it('an upcoming event keeps its calendar button', async () => {
    await page.goto(`${base}/evenimente/2026-12-03-conferinta-de-presa-decembrie-2026/`);
    expect(await page.getByRole('link', { name: /Adaugă în calendar/ }).count()).toBe(1);
    expect(await page.getByText('Evenimentul a avut loc').count()).toBe(0);
  });

  it('the home page lists upcoming events by date and marks the next press conference where it falls', async () => {
    await page.goto(`${base}/`);
    const items = page.locator('#h-events ~ .event-list > li');
    const times = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(times.length).toBeGreaterThan(1);
    expect(times).toEqual([...times].sort());
    const marked = items.filter({ has: page.locator('.mark', { hasText: 'Următoarea conferință de presă' }) });
    expect(await marked.count()).toBe(1);
    expect(await marked.getByRole('link').textContent()).toContain('Conferință de presă');
  });

  it('the events page marks past events as having taken place', async () => {
    await page.goto(`${base}/evenimente/`);
    const pastList = page.locator('h2:has-text("Evenimente trecute") + .event-list');
    expect(await pastList.locator('.past-mark').count()).toBe(await pastList.locator('> li').count());
  });
});

describe('contacts', () => {
  it('the spokesperson, the office and the out-of-hours line are tel: and mailto: links', async () => {
    for (const path of ['/', '/comunicate/', REPLY, '/evenimente/']) {
      await page.goto(base + path);
      const line = page.locator('main .press-contact');
      expect(await line.count(), path).toBe(1);
      expect(await line.locator('a[href="tel:0258000430"]').count(), path).toBe(1);
      expect(await line.locator('a[href="tel:0258000431"]').count(), path).toBe(1);
      expect(await line.locator('a[href="mailto:presa@prefectura-alba.example.ro"]').count(), path).toBe(1);
    }
    const footer = page.locator('footer');
    expect(await footer.locator('a[href="tel:0258000430"]').count()).toBe(1);
    expect(await footer.locator('a[href="tel:0258000431"]').count()).toBe(1);
    expect(await footer.locator('a[href="tel:0258000204"]').count()).toBe(1);
  });

  it('every list of releases has its RSS link beside it', async () => {
    for (const path of ['/', '/comunicate/', '/comunicate/an/2025/', '/comunicate/teme/situatii-de-urgenta/']) {
      await page.goto(base + path);
      expect(await page.locator('main .feed-link a[type="application/rss+xml"]').count(), path).toBe(1);
    }
  });

  it('the audience page says the shared sign-up once, with its e-mail and phone as links', async () => {
    await page.goto(`${base}/audiente/`);
    expect(await page.locator('.cards .box').count()).toBeGreaterThan(1);
    expect(await page.locator('.cards').getByText('Înscrierea se face').count()).toBe(0);
    const how = page.locator('#inscriere + .summary-list');
    expect(await how.locator('a[href="mailto:prefectura@prefectura-alba.example.ro"]').count()).toBe(1);
    expect(await how.locator('a[href="tel:0258000204"]').count()).toBe(1);
  });
});

describe('official-site strip', () => {
  it('names the authority and explains, on demand and without script, how to recognise an official site', async () => {
    await page.goto(`${base}/`);
    const strip = page.locator('.official-strip');
    expect(await strip.locator('summary').textContent()).toContain('Site oficial al Guvernului României');
    const link = strip.getByRole('link', { name: 'Ministerul Afacerilor Interne' });
    expect(await link.isVisible()).toBe(false);
    await strip.locator('summary').click();
    expect(await link.isVisible()).toBe(true);
    expect(await strip.textContent()).toContain('.gov.ro');
  });
});

describe('print', () => {
  it('a release prints with the letterhead, its type and number, its address and every link’s address', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      await page.goto(base + REPLY);
      const letterhead = page.locator('.print-letterhead');
      expect(await letterhead.isVisible()).toBe(true);
      expect(await letterhead.textContent()).toContain('Instituția Prefectului – Județul Alba');
      expect(await letterhead.textContent()).toContain('Piața Ion I.C. Brătianu');
      expect(await letterhead.locator('img').isVisible()).toBe(true);
      expect(await page.locator('article header .meta').first().innerText()).toMatch(/Drept la replică\s+Nr\. 221\/2026/);
      const source = page.locator('.print-source');
      expect(await source.isVisible()).toBe(true);
      expect(await source.textContent()).toContain(`https://prefectura-alba.example.ro${REPLY}`);
      // A release's version is its text's: the date it was published (no correction since), not the build's.
      expect(await source.textContent()).toMatch(/Versiunea textului din 2 iunie 2026, ora 13:35/);
      // The article answered: its address printed after its title.
      const after = await page.locator('.notice.info a').first().evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('https://www.observatoruldeapuseni.ro/');
      for (const hidden of ['.site-header', '.official-strip', '.emergency-banner', '.site-footer', '.breadcrumbs']) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('prints a release’s version as its last correction or withdrawal, and any other page’s as the build time', async () => {
    const version = async (path: string) => {
      await page.goto(base + path);
      return (await page.locator('.print-source').textContent())!.replace(/\s+/g, ' ');
    };
    expect(await version('/comunicate/2025-06-03-cjsu-sedinta-extraordinara-inundatii-valea-sebesului/')).toContain('Versiunea textului din 4 iunie 2025, ora 09:05');
    expect(await version('/comunicate/2026-03-09-comisia-de-dialog-social-se-reuneste-pe-19-martie/')).toContain('Versiunea textului din 17 martie 2026, ora 10:30');
    expect(await version('/comunicate/')).toContain('Versiunea paginii din 27 noiembrie 2026');
  });

  it('prints nothing of the letterhead on screen', async () => {
    await page.goto(base + REPLY);
    expect(await page.locator('.print-letterhead').isVisible()).toBe(false);
    expect(await page.locator('.print-source').isVisible()).toBe(false);
  });
});
