/**
 * Editor blocks in the CMS, as a press officer uses them: an existing release's quote and
 * notes to editors open as blocks (not as raw tags) and survive a save untouched; a quote
 * inserted from "Adăugați un bloc" is saved as a <Citat> block, published, built and
 * shown on the page; an SVG with a script is refused when picked for upload. Real
 * Chromium, decap-server in git mode, a throwaway repository.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { astroBuild, ROOT } from './support/build.ts';
import { git, startCmsSession, type CmsSession } from './support/decap.ts';

const base = inject('baseUrl');
const EXISTING = '2026-11-02-prefectul-convoaca-primarii-pregatirea-iernii';
let repo: string;
let session: CmsSession;
let page: Page;
let dialogs: string[];

beforeAll(async () => {
  session = await startCmsSession(20_000);
  ({ repo, page, dialogs } = session);
  await page.goto(`${base}/admin/`);
  await page.getByRole('button', { name: 'Autentificare' }).click();
  await page.getByText('Comunicate de presă').first().waitFor();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

async function open(hash: string) {
  await page.goto(`${base}/admin/#${hash}`);
  await page.reload();
}

async function publish() {
  await page.getByRole('button', { name: 'Salvare' }).click();
  await page.getByRole('button', { name: /^Stare:/ }).waitFor();
  await page.getByRole('button', { name: /^Stare:/ }).click();
  await page.getByText('Gata', { exact: true }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Stare: Gata' }).count(), { timeout: 15_000 }).toBe(1);
  await page.getByRole('button', { name: 'Publicare' }).first().click();
  await page.getByText('Publicare', { exact: true }).last().click();
  await expect.poll(() => git(repo, 'branch', '--list', 'cms/*'), { timeout: 20_000 }).toBe('');
}

describe('editor blocks in the CMS', () => {
  it('opens the blocks of an existing release as blocks and saves them unchanged', { timeout: 180_000 }, async () => {
    const file = join(repo, `content/press-releases/${EXISTING}.mdx`);
    const before = readFileSync(file, 'utf8');
    await open(`/collections/press-releases/entries/${EXISTING}`);
    const summary = page.getByLabel('Rezumat');
    await expect.poll(() => summary.inputValue(), { timeout: 20_000 }).toContain('12 noiembrie');
    // The quote is a form with its fields, not a raw tag in the text.
    await expect.poll(() => page.getByLabel('Cine a spus').inputValue(), { timeout: 20_000 }).toBe('Adrian Mureșan');
    await expect.poll(() => page.locator('[data-slate-editor="true"]').textContent()).not.toContain('<Citat');
    await summary.fill('Joi, 12 noiembrie 2026, prefectul se întâlnește cu primarii celor 78 de unități administrativ-teritoriale.');
    await publish();
    const after = readFileSync(file, 'utf8');
    const block = (text: string, tag: string) => text.slice(text.indexOf(`<${tag}`), text.indexOf(`</${tag}>`) + tag.length + 3);
    expect(block(after, 'Citat')).toBe(block(before, 'Citat'));
    expect(block(after, 'NotaRedactii')).toBe(block(before, 'NotaRedactii'));
    expect(checkContent(repo).problems).toEqual([]);
  });

  it('inserts a quote from "Adăugați un bloc"; it is saved as a block and built on the page', { timeout: 240_000 }, async () => {
    await open('/collections/press-releases/new');
    await page.getByLabel('Titlu', { exact: true }).fill('Prefectul a vizitat centrul de vaccinare');
    await page.getByLabel('Data și ora publicării').fill('2026-11-26T09:00');
    await page.getByLabel('Rezumat').fill('Vizită la centrul de vaccinare din Alba Iulia.');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Prefectul a vizitat centrul.');
    await page.getByRole('button', { name: 'Adăugați un bloc' }).click();
    await page.getByRole('menuitem', { name: 'Citat' }).or(page.getByText('Citat', { exact: true })).first().click();
    await page.getByLabel('Cine a spus').fill('Adrian Mureșan');
    await page.getByLabel('Funcția').last().fill('prefectul județului Alba');
    await page.getByLabel('Citatul, exact cum a fost spus').fill('Vaccinarea {gratuită} rămâne deschisă <tuturor>.');
    // The preview shows the block as the site will.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('figure.block-quote figcaption').textContent(), { timeout: 20_000 }).toContain('Adrian Mureșan');
    await publish();
    const slug = '2026-11-26-prefectul-a-vizitat-centrul-de-vaccinare';
    const raw = readFileSync(join(repo, `content/press-releases/${slug}.mdx`), 'utf8');
    expect(raw).toContain('<Citat autor="Adrian Mureșan" functia="prefectul județului Alba">\nVaccinarea \\{gratuită\\} rămâne deschisă \\<tuturor>.\n</Citat>');
    expect(checkContent(repo).problems).toEqual([]);
    const out = mkdtempSync(join(tmpdir(), 'cancelaria-blocks-dist-'));
    try {
      const result = astroBuild(ROOT, out, { CANCELARIA_SITE: repo });
      expect(result.status, result.output).toBe(0);
      const html = readFileSync(join(out, 'comunicate', slug, 'index.html'), 'utf8');
      expect(html).toContain('<figure class="block-quote"><blockquote><p>Vaccinarea {gratuită} rămâne deschisă &lt;tuturor>.</p></blockquote><figcaption>— Adrian Mureșan, prefectul județului Alba</figcaption></figure>');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses an SVG with a script when it is picked for upload, before anything is saved', { timeout: 120_000 }, async () => {
    await open('/collections/press-releases/new');
    await page.getByLabel('Titlu', { exact: true }).waitFor();
    const image = page.locator('[aria-label="câmpul object"]').filter({ has: page.locator('label', { hasText: /^Imagine/ }) });
    await image.getByTestId('expand-button').click();
    await image.getByRole('button', { name: 'Alegeți o imagine' }).click();
    const before = dialogs.length;
    await page.locator('input[type="file"]').setInputFiles({ name: 'harta.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>') });
    await expect.poll(() => dialogs.slice(before).join('\n'), { timeout: 20_000 }).toContain('fișierul „harta.svg” nu poate fi publicat');
    expect(dialogs.slice(before).join('\n')).toContain('<script>');
    // Nothing reached the media library or the repository.
    expect(await page.getByText('harta.svg').count()).toBe(0);
    expect(git(repo, 'log', '--all', '--name-only', '--format=')).not.toContain('harta.svg');
  });
});
