/**
 * The press officer's workflow in real Chromium against a throwaway git repository and
 * decap-server in git mode: create a release with diacritics and an image, save (a
 * cms/press-releases/… branch), mark it ready, publish (merged to main), build the site
 * from that repository and find the release; then edit an existing release the same way.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent, parseContentFile } from '../../src/lib/content-check.ts';
import { astroBuild, ROOT } from './support/build.ts';
import { git, startCmsSession, type CmsSession } from './support/decap.ts';
import { cmsCollections } from '../../cms/config.ts';

const base = inject('baseUrl');
const TITLE = 'Ședința Comitetului Județean pentru Situații de Urgență: măsuri pentru iarnă';
const SLUG = '2026-11-26-sedinta-comitetului-judetean-pentru-situatii-de-urgenta-masuri-pentru-iarna';
const FILE = `content/press-releases/${SLUG}.mdx`;
let repo: string;
let session: CmsSession;
let page: Page;
const axeReport: string[] = [];

beforeAll(async () => {
  session = await startCmsSession();
  ({ repo, page } = session);
});

afterAll(async () => {
  await session?.close();
  if (axeReport.length) console.log(`axe on the CMS (reported, not gated):\n${axeReport.join('\n')}`);
});

let shot = 0;
afterEach(async (ctx) => {
  if (process.env.CMS_SCREENSHOTS && ctx.task.result?.state === 'fail') await page.screenshot({ path: `/tmp/cms-fail-${++shot}.png` });
});

async function axe(screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  axeReport.push(`  ${screen}: ${results.violations.length} violation types${results.violations.length ? ` (${results.violations.map((v) => `${v.id}×${v.nodes.length}`).join(', ')})` : ''}`);
}

/** Opens an admin screen afresh (Decap keeps the previous editor's state across hash changes). */
async function open(hash: string) {
  await page.goto(`${base}/admin/#${hash}`);
  await page.reload();
}

async function newRelease() {
  await open('/collections/press-releases/new');
  await page.getByLabel('Titlu', { exact: true }).waitFor();
}

async function setStatusReadyAndPublish() {
  await page.getByRole('button', { name: /^Stare:/ }).click();
  await page.getByText('Gata', { exact: true }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Stare: Gata' }).count(), { timeout: 10_000 }).toBe(1);
  await page.getByRole('button', { name: 'Publicare' }).first().click();
  await page.getByText('Publicare', { exact: true }).last().click();
}

describe('Decap CMS with the git editorial workflow', () => {
  it('logs in to the Romanian admin', async () => {
    await page.goto(`${base}/admin/`);
    const login = page.getByRole('button', { name: 'Autentificare' });
    await login.waitFor();
    await axe('login');
    await login.click();
    await page.getByText('Comunicate de presă').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ro');
  });

  // Ten collections, each opened twice: a minute is not enough on a busy machine.
  it('opens every content type, and an entry of each, without an error', { timeout: 20_000 * cmsCollections().length + 60_000 }, async () => {
    for (const c of cmsCollections()) {
      await open(`/collections/${c.name}`);
      await page.getByRole('heading', { name: c.label }).first().waitFor();
      // The first entry (or the single file) opens in the editor with its data loaded.
      const href = c.files
        ? `#/collections/${c.name}/entries/${c.files[0]!.name}`
        : await page.locator(`a[href^="#/collections/${c.name}/entries/"]`).first().getAttribute('href');
      await open(href!.slice(1));
      await page.getByRole('button', { name: 'Salvare' }).waitFor();
      // Decap's error screens (its own text, not the entry's: a strategy may well mention an „eroare”).
      expect(await page.getByText(/A apărut o eroare|^Eroare$|^Error$/).count(), c.name).toBe(0);
      // The preview pane renders (a crashing preview template shows "Eroare" there).
      const preview = page.frameLocator('iframe').first();
      await preview.locator('body').waitFor({ state: 'attached' });
      expect(await preview.getByText(/^Eroare$/).count(), `${c.name} preview`).toBe(0);
      if (['press-releases', 'events', 'pages'].includes(c.name)) {
        await expect.poll(() => preview.locator('h1').count(), { timeout: 10_000 }).toBe(1);
      }
    }
    // Ten editors, each loading the admin afresh (and Satori for the card previews).
  });

  it('shows the social card in the release and event previews, drawn as the build draws it', async () => {
    const dist = inject('distDir');
    for (const [collection, id, folder] of [
      ['press-releases', '2026-01-14-ninsori-cod-portocaliu-drumuri-apuseni', 'comunicate'],
      ['events', '2026-12-03-conferinta-de-presa-decembrie-2026', 'evenimente'],
    ] as const) {
      await open(`/collections/${collection}/entries/${id}`);
      const card = page.frameLocator('iframe').first().locator('img[data-social-card]');
      await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(1);
      const src = (await card.getAttribute('src'))!;
      const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
      expect(svg).toMatch(/^<svg width="1200" height="630"/);
      // Rasterised, the browser's drawing matches the site's PNG (the logo aside, which
      // the build composites apart: a few antialiased pixels).
      const file = readdirSync(join(dist, 'carduri', folder)).find((f) => f.startsWith(`${id}-`))!;
      const [a, b] = await Promise.all([sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer(), sharp(join(dist, 'carduri', folder, file)).removeAlpha().raw().toBuffer()]);
      let differing = 0;
      for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 48) differing++;
      expect(differing / a.length, `${collection} card`).toBeLessThan(0.002);
    }
    // Typing a title redraws the card.
    const card = page.frameLocator('iframe').first().locator('img[data-social-card]');
    const before = await card.getAttribute('src');
    await page.getByLabel('Titlu', { exact: true }).fill('Conferință de presă a prefectului despre măsurile pentru iarnă, ședința Comitetului Județean pentru Situații de Urgență și țările partenere');
    await expect.poll(() => card.getAttribute('src'), { timeout: 15_000 }).not.toBe(before);
  }, 120_000);

  it('refuses to save a right of reply without the article it answers', async () => {
    await newRelease();
    await page.getByLabel('Titlu', { exact: true }).fill('Drept la replică fără articol');
    await page.getByLabel('Data și ora publicării').fill('2026-11-26T09:00');
    await page.getByLabel('Rezumat').fill('Test.');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Text.');
    await page.getByLabel('Tip').click();
    await page.getByText('Drept la replică', { exact: true }).click();
    await page.getByRole('button', { name: 'Salvare' }).click();
    await expect.poll(() => page.getByText(/corectați întâi: „Articolul la care se răspunde” este obligatoriu la un drept la replică/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(git(repo, 'branch', '--list', 'cms/*')).toBe('');
  });

  it('creates a release with diacritics and an image, saved as a cms/press-releases/… branch', async () => {
    await newRelease();
    await page.getByLabel('Titlu', { exact: true }).fill(TITLE);
    await page.getByLabel('Data și ora publicării').fill('2026-11-26T10:30');
    await page.getByLabel('Rezumat').fill('Prefectul a cerut primarilor să verifice stocurile de sare și nisip până la 1 decembrie.');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Ședința a avut loc la sediul prefecturii; bugetul {2026} crește cu 3 < 5 procente.');
    const image = page.locator('[aria-label="câmpul object"]').filter({ has: page.locator('label', { hasText: /^Imagine/ }) });
    await image.getByTestId('expand-button').click();
    await image.getByRole('button', { name: 'Alegeți o imagine' }).click();
    await page.locator('input[type="file"]').setInputFiles(join(ROOT, 'tests/fixtures/cms/sedinta-cjsu.png'));
    await page.getByRole('button', { name: 'Folosiți fișierul ales' }).click();
    await image.getByLabel('Text alternativ').fill('Membrii comitetului în sala de ședințe a prefecturii');
    // The preview pane shows the release as the site will, the new image included.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('h1').textContent(), { timeout: 10_000 }).toBe(TITLE);
    await expect
      .poll(() => preview.locator('figure img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await axe('editor');
    await page.getByRole('button', { name: 'Salvare' }).click();
    await page.getByRole('button', { name: /^Stare:/ }).waitFor();
    expect(git(repo, 'branch', '--list', 'cms/*')).toContain(`cms/press-releases/${SLUG}`);
    expect(existsSync(join(repo, FILE)), 'not on main before publishing').toBe(false);
  });

  it('moves it to ready and publishes: merged to main in a commit, valid content', async () => {
    await setStatusReadyAndPublish();
    await expect.poll(() => git(repo, 'branch', '--list', 'cms/*'), { timeout: 15_000 }).toBe('');
    expect(git(repo, 'log', '-1', '--name-only', '--format=%s', 'main')).toContain(FILE);
    const raw = readFileSync(join(repo, FILE), 'utf8');
    const { data, body } = parseContentFile(FILE, raw, 'mdx') as { data: Record<string, unknown>; body: string };
    expect(data).toMatchObject({ title: TITLE, date: '2026-11-26T10:30', image: { src: '/media/2026/sedinta-cjsu.png', alt: 'Membrii comitetului în sala de ședințe a prefecturii' } });
    expect(body).toContain('Ședința a avut loc');
    expect(existsSync(join(repo, 'public/media/2026/sedinta-cjsu.png'))).toBe(true);
    expect(checkContent(repo).problems).toEqual([]);
  });

  it('builds the site from that repository with the new release on its page', () => {
    const out = mkdtempSync(join(tmpdir(), 'cancelaria-cms-dist-'));
    try {
      const result = astroBuild(ROOT, out, { CANCELARIA_SITE: repo });
      expect(result.status, result.output).toBe(0);
      const html = readFileSync(join(out, 'comunicate', SLUG, 'index.html'), 'utf8');
      expect(html).toContain(TITLE);
      expect(html).toContain('bugetul {2026} crește cu 3 &lt; 5 procente');
      expect(html).toContain('src="/media/2026/sedinta-cjsu.png" alt="Membrii comitetului în sala de ședințe a prefecturii"');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('edits an existing release and commits the change to main', async () => {
    const id = '2026-01-14-ninsori-cod-portocaliu-drumuri-apuseni';
    const before = git(repo, 'rev-parse', 'main');
    await open(`/collections/press-releases/entries/${id}`);
    const summary = page.getByLabel('Rezumat');
    // Wait for the stored entry to load, or the edit would be overwritten by it.
    await expect.poll(() => summary.inputValue(), { timeout: 10_000 }).toContain('ninsori abundente');
    await summary.fill('Rezumat actualizat: drumurile județene din Apuseni sunt deschise, cu restricții pentru camioane.');
    await page.getByRole('button', { name: 'Salvare' }).click();
    await page.getByRole('button', { name: /^Stare:/ }).waitFor();
    expect(git(repo, 'branch', '--list', 'cms/*')).toContain(`cms/press-releases/${id}`);
    await setStatusReadyAndPublish();
    await expect.poll(() => git(repo, 'branch', '--list', 'cms/*'), { timeout: 15_000 }).toBe('');
    expect(git(repo, 'diff', '--name-only', before, 'main')).toBe(`content/press-releases/${id}.mdx`);
    expect(readFileSync(join(repo, `content/press-releases/${id}.mdx`), 'utf8')).toContain('Rezumat actualizat: drumurile județene din Apuseni');
    expect(checkContent(repo).problems).toEqual([]);
  });

  it('edits a YAML entry (audience hours) and keeps it valid YAML without a body', async () => {
    const file = 'content/audiences/prefect.yaml';
    await open('/collections/audiences/entries/prefect');
    const place = page.getByLabel('Locul', { exact: true });
    await expect.poll(() => place.inputValue(), { timeout: 10_000 }).not.toBe('');
    await place.fill('Sediul Instituției Prefectului, Sala „Unirii”, etajul 1');
    await page.getByRole('button', { name: 'Salvare' }).click();
    await page.getByRole('button', { name: /^Stare:/ }).waitFor();
    await setStatusReadyAndPublish();
    await expect.poll(() => git(repo, 'branch', '--list', 'cms/*'), { timeout: 15_000 }).toBe('');
    const raw = readFileSync(join(repo, file), 'utf8');
    expect(raw).toContain('Sala „Unirii”, etajul 1');
    expect(raw).not.toMatch(/^body:/m);
    expect(checkContent(repo).problems).toEqual([]);
  });

  it('lists releases newest first, with Romanian dates and a status mark, and offers no delete', async () => {
    // The list marks "scheduled" against the browser's clock: pin it to the test build's moment.
    await page.clock.setFixedTime(new Date('2026-11-27T12:00:00+02:00'));
    await open('/collections/press-releases');
    const cards = page.locator('a[href^="#/collections/press-releases/entries/"]');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(20);
    if (process.env.CMS_SCREENSHOTS) await page.screenshot({ path: join(tmpdir(), `cms-list-${process.pid}.png`) });
    const texts = (await cards.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    // Newest first: the release scheduled for 1 December leads, under embargo and scheduled.
    expect(texts[0]).toMatch(/^SUB EMBARGO până la 1 decembrie 2026, 10:00 · PROGRAMAT pentru 1 decembrie 2026, 10:00 · 1 dec\.? 2026 · Mesajul prefectului/);
    expect(texts.find((t) => t.includes('pregătit pentru iarnă'))).toMatch(/^ASCUNS · /);
    expect(texts.find((t) => t.includes('Comisia de dialog social'))).toMatch(/^RETRAS · /);
    expect(texts.find((t) => t.includes('Cod galben de ninsori'))).toMatch(/^ALERTĂ · 27 nov\.? 2026 · /);
    expect(texts.join('\n')).not.toMatch(/Invalid Date|\d{4}-\d{2}-\d{2}T/);
    const dates = await cards.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/^.*\/entries\//, '').slice(0, 10)));
    expect(dates).toEqual([...dates].sort().reverse());

    // A published release can be withdrawn (guide), never deleted from the CMS.
    await open('/collections/press-releases/entries/2026-03-09-comisia-de-dialog-social-se-reuneste-pe-19-martie');
    await page.getByRole('button', { name: 'Salvare' }).waitFor();
    expect(await page.getByRole('button', { name: /Ștergeți intrarea/ }).count()).toBe(0);
    // The body comes right after the summary, the fields an officer fills first.
    const labels = await page.locator('label').allTextContents();
    const order = ['Titlu', 'Tip', 'Data și ora publicării', 'Rezumat', 'Textul comunicatului'].map((l) => labels.findIndex((x) => x.trim().replace(/\s*\(?opțional\)?$/i, '') === l));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i >= 0)).toBe(true);
  });
});
