/**
 * The Pagefind index of the built sample site: it holds the public pages the search
 * promises (and only their main content), and nothing of a draft or an embargoed release,
 * in any file under dist/pagefind/ (Pagefind's files are gzip; read decompressed).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { published, unpublished } from './support/content.ts';
import { walk } from './support/dist.ts';
import { LOADER_WAIT } from '../../src/integrations/pagefind.ts';

const dist = inject('distDir');
const pagefindDir = join(dist, 'pagefind');

/** Every file of the index as text: Pagefind's gzip files decompressed, others as they are. */
const indexFiles = [...walk(pagefindDir)].map((file) => {
  const raw = readFileSync(file);
  const isGzip = raw[0] === 0x1f && raw[1] === 0x8b;
  return { file: relative(dist, file), text: (isGzip ? gunzipSync(raw) : raw).toString('utf8') };
});
const fragments = indexFiles.filter((f) => f.file.includes('/fragment/')).flatMap((f) => {
  const json = f.text.replace(/^pagefind_dcd/, '');
  const parsed = JSON.parse(json) as { url?: string; content: string; meta: Record<string, string> } | Record<string, { url: string; content: string; meta: Record<string, string> }>;
  return 'content' in parsed && typeof parsed.content === 'string' ? [parsed as { url: string; content: string; meta: Record<string, string> }] : Object.values(parsed);
});
const htmlText = (html: string) => html.replace(/<[^>]+>/g, ' ');

describe('the search index', () => {
  it('holds every public release, event and the other pages the search promises', () => {
    const urls = new Set(fragments.map((f) => f.url));
    for (const r of published) expect(urls.has(`/comunicate/${r.id}/`), r.id).toBe(true);
    for (const path of ['/evenimente/2026-12-03-conferinta-de-presa-decembrie-2026/', '/informatii-de-interes-public/solicitare-informatii/', '/strategia-de-comunicare/', '/romi/', '/romi/masuri/', '/romi/rapoarte/2026-s1/', '/audiente/', '/presa/']) {
      expect(urls.has(path), path).toBe(true);
    }
    // Lists, the search page itself and pages that only lead elsewhere are not results.
    for (const path of ['/', '/comunicate/', '/comunicate/an/2025/', '/cautare/', '/evenimente/']) expect(urls.has(path), path).toBe(false);
  });

  it('gives every indexed page its kind, year and date sort key', () => {
    const withBody = [...walk(dist)].filter((f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('data-pagefind-body'));
    expect(fragments.length).toBe(withBody.length);
    for (const f of fragments) {
      expect(f.meta.eticheta, f.url).toBeTruthy();
      expect(f.meta.data, f.url).toMatch(/^\d{1,2} \p{L}+ \d{4}$/u);
    }
    for (const file of withBody) expect(readFileSync(file, 'utf8'), relative(dist, file)).toMatch(/data-pagefind-sort="data:\d{4}-\d\d-\d\dT\d\d:\d\d"/);
  });

  it('indexes the main content only: no navigation, footer, breadcrumbs or press contact box', () => {
    const release = fragments.find((f) => f.url === `/comunicate/${published[0]!.id}/`)!;
    for (const words of ['Sari la conținut', 'Navigare principală', 'Program cu publicul', 'Contact pentru presă', 'Unde vă aflați', 'format text simplu']) {
      expect(release.content, words).not.toContain(words);
    }
    expect(release.content).toContain(published[0]!.data.summary.slice(0, 40));
  });

  it('contains nothing of the draft or the embargoed release, in any file under dist/pagefind/', () => {
    expect(unpublished.length).toBeGreaterThan(0);
    // Words that only the unpublished releases use: none may be in the index, in any form.
    const publicText = [...walk(dist)].filter((f) => f.endsWith('.html')).map((f) => htmlText(readFileSync(f, 'utf8')).toLowerCase()).join(' ');
    for (const r of unpublished) {
      const sentence = r.body!.split('\n').find((l) => l.trim().length > 60)!.trim().slice(0, 60);
      const needles = [r.id, r.data.title, r.data.summary.slice(0, 60), sentence];
      const ownWords = [...new Set((`${r.data.title} ${r.data.summary} ${r.body}`.toLowerCase().match(/\p{L}{9,}/gu) ?? []))].filter((w) => !publicText.includes(w));
      expect(ownWords.length, `${r.file} has words of its own to look for`).toBeGreaterThan(0);
      for (const { file, text } of indexFiles) {
        const lower = text.toLowerCase();
        for (const needle of needles) expect(text.includes(needle), `${file} contains "${needle}" of ${r.file}`).toBe(false);
        for (const word of ownWords) expect(lower.includes(word), `${file} contains "${word}" of ${r.file}`).toBe(false);
      }
    }
  });

  it('serves Pagefind’s loader with the short readiness wait (patchLoader), once, for every shard', () => {
    const loaders = indexFiles.filter((f) => f.file.endsWith('pagefind.js'));
    expect(loaders.map((f) => f.file)).toEqual(['pagefind/pagefind.js']);
    expect(loaders[0]!.text).toContain(LOADER_WAIT.replace('asyncSleep(50)', 'asyncSleep(1)'));
    expect(loaders[0]!.text).not.toContain(LOADER_WAIT);
  });
});
