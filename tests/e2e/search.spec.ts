/**
 * The site search in real Chromium against the built sample site: Romanian stemming and
 * diacritics, numbers as typed, filters, date sort, counts, the URL as state, no-JS, the
 * withdrawn label, keyboard focus and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';
import { published } from './support/content.ts';
import { localYear } from '../../src/lib/dates.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ timezoneId: 'Europe/Bucharest', locale: 'ro-RO' });
});
afterAll(async () => browser?.close());

interface Shown {
  path: string;
  href: string;
  title: string;
  meta: string;
  marks: string[];
  excerpt: string;
}

/** Waits until the search the page is running has shown its results (or said there are none). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.searchDone !== undefined && document.getElementById('search-status')?.textContent !== 'Se caută…');
}

async function shown(page: Page): Promise<Shown[]> {
  return page.$$eval('#search-list > li', (items) =>
    items.map((li) => {
      const a = li.querySelector('h3 a') as HTMLAnchorElement;
      return {
        path: new URL(a.href).pathname,
        href: a.getAttribute('href')!,
        title: a.textContent ?? '',
        meta: li.querySelector('.meta')?.textContent ?? '',
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        excerpt: li.querySelector('.excerpt')?.textContent ?? '',
      };
    }),
  );
}

async function search(query: string): Promise<{ page: Page; results: Shown[]; status: string }> {
  const page = await context.newPage();
  await page.goto(`${base}/cautare/${query}`);
  await settled(page);
  return { page, results: await shown(page), status: (await page.textContent('#search-status')) ?? '' };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const withNumber = published.find((r) => r.data.number)!;
const withdrawn = published.find((r) => r.data.withdrawn)!;

describe('search: Romanian words as journalists type them', () => {
  it.each([
    ['sedinta', ['sedint']],
    ['situatii de urgenta', ['situati', 'urgent']],
    ['prefectul', ['prefect']],
  ])('"%s" finds pages that write the words with diacritics and in other forms', async (q, stems) => {
    const { page, results } = await search(`?q=${encodeURIComponent(q)}&sort=relevanta`);
    expect(results.length).toBeGreaterThan(0);
    // The best results show the matched words, whatever their diacritics and endings.
    for (const r of results.slice(0, 3)) {
      const marks = r.marks.map(fold);
      for (const stem of stems) expect(marks.some((m) => m.startsWith(stem)), `${r.path}: ${r.marks.join(', ')}`).toBe(true);
    }
    await page.close();
  });

  it('finds as many pages with diacritics as without, the exact spelling first', async () => {
    const plain = await search('?q=sedinta&sort=relevanta');
    const exact = await search(`?q=${encodeURIComponent('ședință')}&sort=relevanta`);
    expect(exact.status.replace(/„.*”/, '')).toBe(plain.status.replace(/„.*”/, ''));
    expect(exact.results[0]!.marks.some((m) => m.toLowerCase() === 'ședință')).toBe(true);
    await plain.page.close();
    await exact.page.close();
  });

  it('finds a release by its registration number as typed (N/YYYY)', async () => {
    const { page, results } = await search(`?q=${encodeURIComponent(withNumber.data.number!)}&sort=relevanta`);
    expect(results[0]?.path).toBe(`/comunicate/${withNumber.id}/`);
    expect(results[0]?.meta).toContain(`Nr. ${withNumber.data.number}`);
    await page.close();
  });

  it('finds an act by its short form ("HCJSU 7/2026" for "Hotărârea CJSU nr. 7/2026")', async () => {
    const citing = published.filter((r) => /Hotărârea CJSU(?: Alba)? nr\. 7\/2026/i.test(r.body ?? ''));
    expect(citing.length).toBeGreaterThan(0);
    const { page, results } = await search(`?q=${encodeURIComponent('HCJSU 7/2026')}`);
    const paths = results.map((r) => r.path);
    for (const r of citing) expect(paths).toContain(`/comunicate/${r.id}/`);
    await page.close();
  });

  it('says so when nothing matches, and links to nothing', async () => {
    const { page, results, status } = await search('?q=qwzxjkv');
    expect(results).toEqual([]);
    expect(status).toMatch(/^Nu am găsit nimic/);
    await page.close();
  });
});

describe('search: filters, sort and counts', () => {
  it('lists every release newest first with no term, 10 at a time, and counts them', async () => {
    const { page, results, status } = await search('?tip=comunicat');
    expect(results.map((r) => r.path)).toEqual(published.slice(0, 10).map((r) => `/comunicate/${r.id}/`));
    expect(status).toContain(`${published.length} de rezultate`);
    await page.waitForFunction(() => /\(\d+\)/.test(document.querySelector('#f-tip option[value="comunicat"]')?.textContent ?? ''));
    expect(await page.textContent('#f-tip option[value="comunicat"]')).toBe(`Comunicate (${published.length})`);
    await page.getByRole('button', { name: 'Mai multe rezultate' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 10);
    // Focus moves to the first new result, so keyboard users continue where they were.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(published[10]!.data.title);
    await page.close();
  });

  it('sorts oldest first on request', async () => {
    const { page, results } = await search('?tip=comunicat&sort=vechi');
    const oldest = [...published].reverse().slice(0, 10).map((r) => `/comunicate/${r.id}/`);
    expect(results.map((r) => r.path)).toEqual(oldest);
    await page.close();
  });

  it('keeps every indexed page in a date sort (each carries its date)', async () => {
    const relevance = await search('?q=prefectul&sort=relevanta');
    const byDate = await search('?q=prefectul');
    const count = (s: string) => Number(/^([\d.]+)/.exec(s)?.[1]?.replace(/\./g, ''));
    expect(count(byDate.status)).toBe(count(relevance.status));
    await relevance.page.close();
    await byDate.page.close();
  });

  it.each([
    ['tip', 'eveniment', (r: Shown) => r.path.startsWith('/evenimente/')],
    ['tip', 'informatii', (r: Shown) => r.path.startsWith('/informatii-de-interes-public/')],
    ['tip', 'romi', (r: Shown) => r.path.startsWith('/romi/')],
  ])('filters by %s=%s', async (name, value, check) => {
    const { page, results } = await search(`?${name}=${value}`);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(check(r), r.path).toBe(true);
    await page.close();
  });

  it('filters releases by type, topic and year, combined with a term', async () => {
    const topic = 'situatii-de-urgenta';
    const expected = published.filter((r) => r.data.topics.includes(topic) && localYear(r.data.date) === 2026 && /prefect/i.test(`${r.data.title} ${r.data.summary} ${r.body}`));
    const { page, results, status } = await search(`?q=prefectul&tema=${topic}&an=2026`);
    expect(Number(/^(\d+)/.exec(status)?.[1])).toBe(expected.length);
    for (const r of results) expect(expected.map((e) => `/comunicate/${e.id}/`)).toContain(r.path);
    await page.close();

    const precizari = published.filter((r) => r.data.type === 'precizari');
    const typed = await search('?categorie=precizari');
    expect(typed.results.map((r) => r.path).sort()).toEqual(precizari.slice(0, 10).map((r) => `/comunicate/${r.id}/`).sort());
    for (const r of typed.results) expect(r.meta).toContain('Precizări');
    await typed.page.close();
  });
});

describe('search: the URL is the state', () => {
  it('loads /cautare/?q=sedinta&tip=comunicat into the form, and the form gives the same URL and results', async () => {
    const loaded = await search('?q=sedinta&tip=comunicat');
    expect(await loaded.page.inputValue('#q')).toBe('sedinta');
    expect(await loaded.page.inputValue('#f-tip')).toBe('comunicat');
    expect(loaded.results.length).toBeGreaterThan(0);
    for (const r of loaded.results) expect(r.path).toMatch(/^\/comunicate\//);

    const page = await context.newPage();
    await page.goto(`${base}/cautare/`);
    await page.getByLabel('Ce căutați').selectOption('comunicat');
    await page.getByRole('searchbox', { name: 'Căutați în comunicate și în tot site-ul' }).fill('sedinta');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/cautare/?q=sedinta&tip=comunicat`);
    await settled(page);
    expect(await shown(page)).toEqual(loaded.results);

    // Back returns to the previous search, form and results included.
    await page.getByLabel('Ordinea rezultatelor').selectOption('vechi');
    await page.waitForURL(/sort=vechi/);
    await page.goBack();
    await page.waitForURL(`${base}/cautare/?q=sedinta&tip=comunicat`);
    await page.waitForFunction(() => (document.getElementById('f-sort') as HTMLSelectElement).value === 'noi');
    await settled(page);
    expect(await shown(page)).toEqual(loaded.results);
    await page.close();
    await loaded.page.close();
  });

  it('sends the header search of any page to /cautare/?q=…', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/comunicate/${published[0]!.id}/`);
    await page.getByRole('search').getByRole('searchbox').fill('ședință');
    await page.getByRole('search').getByRole('button', { name: 'Caută' }).click();
    await page.waitForURL(`${base}/cautare/?q=${encodeURIComponent('ședință')}`);
    await settled(page);
    expect((await shown(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('search: results', () => {
  it('labels a withdrawn release "Retras" and keeps it findable', async () => {
    const { page, results } = await search(`?q=${encodeURIComponent(withdrawn.data.title)}&sort=relevanta`);
    const hit = results.find((r) => r.path === `/comunicate/${withdrawn.id}/`);
    expect(hit?.meta).toContain('Retras');
    for (const r of results.filter((x) => x !== hit)) expect(r.meta).not.toContain('Retras');
    await page.close();
  });

  it('links each result with a text fragment that highlights the matched word on the page', async () => {
    const { page, results } = await search('?q=sedinta&sort=relevanta');
    const first = results[0]!;
    expect(first.href).toMatch(/#:~:text=/);
    expect(decodeURIComponent(first.href.split('#:~:text=')[1]!)).toBe(first.marks[0]);
    await page.close();
  });

  it('shows the type label and a Romanian date on every result, the excerpt from the main content only', async () => {
    const { page, results } = await search('?q=prefectul&sort=relevanta');
    for (const r of results) {
      expect(r.meta).toMatch(/\d{1,2} (ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie) \d{4}/);
      // Navigation, footer and the press contact box are not indexed.
      expect(r.excerpt).not.toMatch(/Sari la conținut|Program cu publicul|Contact pentru presă/);
    }
    await page.close();
  });
});

describe('search: without JavaScript, and the script budget', () => {
  it('says in one sentence that search needs JavaScript and offers the archive by year and topic', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, locale: 'ro-RO' });
    const page = await noJs.newPage();
    await page.goto(`${base}/cautare/?q=sedinta`);
    const fallback = page.locator('#search-fallback');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.locator('p').first().textContent()).toMatch(/are nevoie de JavaScript/);
    expect(await fallback.locator('a[href^="/comunicate/an/"]').count()).toBeGreaterThan(0);
    expect(await fallback.locator('a[href^="/comunicate/teme/"]').count()).toBeGreaterThan(0);
    await noJs.close();
  });

  it('hides that sentence when the search runs, and loads only its own file and Pagefind', async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (['script', 'fetch', 'xhr'].includes(r.resourceType())) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${base}/cautare/?q=sedinta`);
    await settled(page);
    expect(await page.locator('#search-fallback').isVisible()).toBe(false);
    for (const s of scripts) expect(s).toMatch(/^\/(_astro\/cautare[^/]*\.js|pagefind\/)/);
    await page.close();
  });
});

describe('search: accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it.each([
    ['with results', '?q=prefectul'],
    ['with no results', '?q=qwzxjkv'],
    ['before a search', ''],
  ])('/cautare/ %s', async (_, query) => {
    const page = await context.newPage();
    await page.goto(`${base}/cautare/${query}`);
    if (query) await settled(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    await page.close();
  });
});
