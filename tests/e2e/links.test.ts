/** No broken internal link anywhere in the built site, content included. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadSettings } from '../../src/lib/settings.ts';
import { CALENDAR_HREF, MAIN_FEED_HREF, topicFeedHref, typeFeedHref } from '../../src/lib/paths.ts';
import { ROOT } from './support/build.ts';
import { checkLinks, formatBroken } from './support/links.ts';

const dist = inject('distDir');
const { siteUrl } = loadSettings(ROOT);

describe('links of the built site', () => {
  const report = checkLinks(dist, siteUrl);

  it('resolve every internal href and src to a file of the build, and every #fragment to an id', () => {
    expect(report.checked).toBeGreaterThan(2000);
    expect(formatBroken(report.broken)).toEqual([]);
  });

  it('reach the feeds and the calendar the pages announce', () => {
    for (const href of [MAIN_FEED_HREF, CALENDAR_HREF, topicFeedHref('situatii-de-urgenta'), typeFeedHref('precizari')]) {
      expect(report.resolved.has(href), href).toBe(true);
    }
  });
});

describe('the link checker', () => {
  const site = mkdtempSync(join(tmpdir(), 'cancelaria-links-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const page = (path: string, html: string) => {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), `<!doctype html><html lang="ro"><body>${html}</body></html>`);
  };
  page('a/index.html', '<h2 id="sus">A</h2>');
  page('media/x.pdf', '');
  page(
    'index.html',
    [
      '<a href="/a/">ok</a> <a href="/a">ok, redirected</a> <a href="/a/#sus">ok</a> <a href="/media/x.pdf?v=1#page=2">ok</a>',
      '<a href="mailto:presa@x.ro">other</a> <a href="https://alt.ro/lipsa/">other site</a> <a href="a/">relative ok</a>',
      '<a href="/lipsa/">missing page</a> <a href="/a/#jos">missing id</a> <a href="#nicaieri">missing id here</a>',
      `<img src="/media/y.svg" alt=""> <link rel="canonical" href="${siteUrl}/fantoma/"> <a href="/a/?q=1&amp;r=2">ok</a>`,
    ].join('\n'),
  );

  it('reports every broken internal link at once and nothing else', () => {
    expect(formatBroken(checkLinks(site, siteUrl).broken)).toEqual([
      '/index.html: /lipsa/ – no file lipsa/index.html in the build',
      '/index.html: /a/#jos – no id="jos" in a/index.html',
      '/index.html: #nicaieri – no id="nicaieri" in index.html',
      '/index.html: /media/y.svg – no file media/y.svg in the build',
      `/index.html: ${siteUrl}/fantoma/ – no file fantoma/index.html in the build`,
    ]);
  });
});
