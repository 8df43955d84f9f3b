/**
 * The press officer's workflow in real Chromium against a throwaway git repository and
 * decap-server in git mode: create a release with diacritics and an image, save (a
 * cms/press-releases/… branch), mark it ready, publish (merged to main), build the site
 * from that repository and find the release; then edit an existing release the same way.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent, parseContentFile } from '../../src/lib/content-check.ts';
import { launch } from './support/browser.ts';
import { astroBuild, ROOT } from './support/build.ts';
import { contentRepo, git, startDecapServer, type DecapServer } from './support/decap.ts';
import { cmsCollections } from '../../cms/config.ts';

const base = inject('baseUrl');
const TITLE = 'Ședința Comitetului Județean pentru Situații de Urgență: măsuri pentru iarnă';
const SLUG = '2026-11-26-sedinta-comitetului-judetean-pentru-situatii-de-urgenta-masuri-pentru-iarna';
const FILE = `content/press-releases/${SLUG}.mdx`;
let repo: string;
let decap: DecapServer;
let browser: Browser;
let page: Page;
const axeReport: string[] = [];

beforeAll(async () => {
  repo = contentRepo();
  decap = await startDecapServer(repo);
  browser = await launch();
  const context = await browser.newContext({ timezoneId: 'Europe/Bucharest', locale: 'ro-RO', viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('dialog', (d) => void d.accept());
  // The built admin talks to decap-server on its default port; send it to this test's server.
  await page.route('http://127.0.0.1:8081/api/v1', (route) => route.continue({ url: decap.url }));
});

afterAll(async () => {
  await browser?.close();
  await decap?.stop();
  if (axeReport.length) console.log(`axe on the CMS (reported, not gated):\n${axeReport.join('\n')}`);
  rmSync(repo, { recursive: true, force: true });
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
  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByText('Gata', { exact: true }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Status: Gata' }).count(), { timeout: 10_000 }).toBe(1);
  await page.getByRole('button', { name: 'Publicare' }).first().click();
  await page.getByText('Publicare', { exact: true }).last().click();
}

describe('Decap CMS with the git editorial workflow', () => {
  it('logs in to the Romanian admin', async () => {
    await page.goto(`${base}/admin/`);
    const login = page.getByRole('button', { name: 'Autentifică-te' });
    await login.waitFor();
    await axe('login');
    await login.click();
    await page.getByText('Comunicate de presă').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ro');
  });

  it('opens every content type, and an entry of each, without an error', async () => {
    for (const c of cmsCollections()) {
      await open(`/collections/${c.name}`);
      await page.getByRole('heading', { name: c.label }).first().waitFor();
      // The first entry (or the single file) opens in the editor with its data loaded.
      const href = c.files
        ? `#/collections/${c.name}/entries/${c.files[0]!.name}`
        : await page.locator(`a[href^="#/collections/${c.name}/entries/"]`).first().getAttribute('href');
      await open(href!.slice(1));
      await page.getByRole('button', { name: 'Salvează' }).waitFor();
      expect(await page.getByText(/eroare|error/i).count(), c.name).toBe(0);
      // The preview pane renders (a crashing preview template shows "Eroare" there).
      const preview = page.frameLocator('iframe').first();
      await preview.locator('body').waitFor({ state: 'attached' });
      expect(await preview.getByText(/^Eroare$/).count(), `${c.name} preview`).toBe(0);
      if (['press-releases', 'events', 'pages'].includes(c.name)) {
        await expect.poll(() => preview.locator('h1').count(), { timeout: 10_000 }).toBe(1);
      }
    }
  }, 180_000); // two full loads of the CMS per content type: minutes on a loaded machine

  it('refuses to save a right of reply without the article it answers', async () => {
    await newRelease();
    await page.getByLabel('Titlu', { exact: true }).fill('Drept la replică fără articol');
    await page.getByLabel('Data și ora publicării').fill('2026-11-26T09:00');
    await page.getByLabel('Rezumat').fill('Test.');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Text.');
    await page.getByLabel('Tip').click();
    await page.getByText('Drept la replică', { exact: true }).click();
    await page.getByRole('button', { name: 'Salvează' }).click();
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
    const image = page.locator('[aria-label="object field"]').filter({ has: page.locator('label', { hasText: /^Imagine/ }) });
    await image.getByTestId('expand-button').click();
    await image.getByRole('button', { name: 'Alege o imagine' }).click();
    await page.locator('input[type="file"]').setInputFiles(join(ROOT, 'tests/fixtures/cms/sedinta-cjsu.png'));
    await page.getByRole('button', { name: 'Alege fișierele selectate' }).click();
    await image.getByLabel('Text alternativ').fill('Membrii comitetului în sala de ședințe a prefecturii');
    // The preview pane shows the release as the site will, the new image included.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('h1').textContent(), { timeout: 10_000 }).toBe(TITLE);
    await expect
      .poll(() => preview.locator('figure img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await axe('editor');
    await page.getByRole('button', { name: 'Salvează' }).click();
    await page.getByRole('button', { name: /^Status:/ }).waitFor();
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
    await page.getByRole('button', { name: 'Salvează' }).click();
    await page.getByRole('button', { name: /^Status:/ }).waitFor();
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
    await page.getByRole('button', { name: 'Salvează' }).click();
    await page.getByRole('button', { name: /^Status:/ }).waitFor();
    await setStatusReadyAndPublish();
    await expect.poll(() => git(repo, 'branch', '--list', 'cms/*'), { timeout: 15_000 }).toBe('');
    const raw = readFileSync(join(repo, file), 'utf8');
    expect(raw).toContain('Sala „Unirii”, etajul 1');
    expect(raw).not.toMatch(/^body:/m);
    expect(checkContent(repo).problems).toEqual([]);
  });
});
