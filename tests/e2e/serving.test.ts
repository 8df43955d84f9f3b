/**
 * The production nginx config (deploy/nginx.conf + deploy/nginx/site.conf) over the built
 * site: every kind of path answers with its status, type, caching and security headers.
 * Kinds the sample build does not produce yet (the search page, Pagefind's files, social
 * cards) are checked on a second nginx over a few stand-in files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PUBLIC_POLICY, renderPolicy, SEARCH_POLICY } from '../../src/lib/csp.ts';
import { pathKinds, renderHeadersFile } from '../../src/lib/serving.ts';
import { servingOptions } from '../../src/integrations/serving-headers.ts';
import { ROOT } from './support/build.ts';
import { published } from './support/content.ts';
import { BROTLI_MODULE, installInclude, NGINX, serverBlock, serveWithNginx, type Served } from './support/nginx.ts';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const base = inject('baseUrl');
const dist = inject('distDir');
const kinds = pathKinds(servingOptions(ROOT));
const headersOf = (kind: string) => kinds.find((k) => k.kind === kind)!.headers;

const COMMON = {
  'strict-transport-security': 'max-age=31536000',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': expect.stringContaining('camera=()'),
};
const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const SHORT = 'public, max-age=60, must-revalidate';
const FEED = 'public, max-age=300, must-revalidate';
const YEAR = 'public, max-age=31536000, immutable';

async function head(url: string, init: RequestInit = {}) {
  const res = await fetch(url, { redirect: 'manual', ...init });
  await res.arrayBuffer();
  return { status: res.status, headers: Object.fromEntries(res.headers) };
}

const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
const release = published[0]!.id;

describe('nginx with deploy/nginx.conf over the built site', () => {
  const cases: [string, string, number, Record<string, unknown>][] = [
    ['page', `/comunicate/${release}/`, 200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, 'cross-origin-opener-policy': 'same-origin', 'cache-control': SHORT }],
    ['home', '/', 200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, 'cache-control': SHORT }],
    ['404', '/nu-exista/', 404, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, 'cross-origin-opener-policy': 'same-origin' }],
    ['admin', '/admin/', 200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': expect.stringContaining("script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'"), 'cross-origin-opener-policy': 'same-origin-allow-popups', 'cache-control': 'no-cache', 'x-robots-tag': 'noindex, nofollow' }],
    ['asset', `/_astro/${asset}`, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': YEAR }],
    ['feed', '/rss.xml', 200, { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': FEED }],
    ['feed by type', '/rss/tip/comunicat.xml', 200, { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': FEED }],
    ['calendar', '/evenimente.ics', 200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': FEED }],
    ['event calendar', '/evenimente/2026-12-03-conferinta-de-presa-decembrie-2026.ics', 200, { 'content-type': 'text/calendar; charset=utf-8' }],
    ['svg', '/media/identitate/sigla.svg', 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'content-security-policy': 'sandbox' }],
    ['plain text', `/comunicate/${release}.txt`, 200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': SHORT }],
    ['sitemap', '/sitemap.xml', 200, { 'content-type': 'application/xml; charset=utf-8' }],
    ['media', '/media/2026/hotarare-cjsu-7-2026.pdf', 200, { 'content-type': 'application/pdf', 'content-security-policy': PAGE_CSP, 'cache-control': 'public, max-age=3600' }],
  ];
  it.each(cases)('%s: %s', async (_, path, status, expected) => {
    const res = await head(`${base}${path}`);
    expect(res.status).toBe(status);
    expect(res.headers).toMatchObject({ ...COMMON, ...expected });
  });

  it('answers with exactly the headers of the table (no header lost to nginx add_header inheritance)', async () => {
    for (const [kind, path] of [['page', '/presa/'], ['admin', '/admin/'], ['asset', `/_astro/${asset}`], ['svg', '/media/identitate/sigla.svg'], ['feed', '/rss.xml']] as const) {
      const { headers } = await head(`${base}${path}`);
      for (const [name, value] of Object.entries(headersOf(kind))) expect(headers[name.toLowerCase()], `${kind} ${name}`).toBe(value);
    }
  });

  it('the build wrote dist/_headers from the same table', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(renderHeadersFile(servingOptions(ROOT)));
  });

  it('does not serve the static hosts\' _headers file', async () => {
    expect((await head(`${base}/_headers`)).status).toBe(404);
  });

  it('serves the Romanian 404 page for a missing page, with the page policy', async () => {
    const res = await fetch(`${base}/comunicate/nu-exista-acest-comunicat/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Pagina nu a fost găsită');
  });

  it('adds the trailing slash and drops index.html with a relative redirect', async () => {
    expect(await head(`${base}/comunicate`)).toMatchObject({ status: 301, headers: { location: '/comunicate/' } });
    expect(await head(`${base}/admin`)).toMatchObject({ status: 301, headers: { location: '/admin/' } });
    expect(await head(`${base}/presa/index.html`)).toMatchObject({ status: 301, headers: { location: '/presa/' } });
    expect(await head(`${base}/index.html?x=1`)).toMatchObject({ status: 301, headers: { location: '/' } });
  });

  it('compresses text (gzip; brotli where the module is installed)', async () => {
    const gz = await head(`${base}/comunicate/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toContain('Accept-Encoding');
    const feed = await head(`${base}/rss.xml`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(feed.headers['content-encoding']).toBe('gzip');
    const br = await head(`${base}/comunicate/`, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe(existsSync(BROTLI_MODULE) ? 'br' : undefined);
  });
});

describe('in Debian\'s stock nginx.conf', () => {
  it('passes nginx -t where the README installs it (sites-enabled, modules-enabled, brotli when installed)', () => {
    const stock = '/etc/nginx/nginx.conf';
    expect(existsSync(stock), `${stock} (Debian's nginx package)`).toBe(true);
    const prefix = mkdtempSync(join(tmpdir(), 'cancelaria-nginx-t-'));
    try {
      const text = readFileSync(stock, 'utf8');
      const conf = text
        .replace(/^\s*include \/etc\/nginx\/sites-enabled\/\*;$/m, serverBlock(dist, 8080, installInclude(prefix)))
        .replace(/^pid .*;$/m, `pid ${prefix}/nginx.pid;`)
        .replace(/^(\s*)(access_log|error_log) [^;]+;$/gm, `$1$2 ${prefix}/$2.log;`);
      expect(conf).not.toBe(text);
      writeFileSync(join(prefix, 'nginx.conf'), conf);
      // modules-enabled/*.conf name modules relative to the prefix, as Debian's nginx sees them.
      symlinkSync('/usr/lib/nginx/modules', join(prefix, 'modules'));
      const r = spawnSync(NGINX!, ['-t', '-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/\[warn\]/);
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});

// Stand-ins for what other parts of the build write: the search page, Pagefind, social cards.
let served: Served | undefined;
let standIns: string;
beforeAll(async () => {
  standIns = mkdtempSync(join(tmpdir(), 'cancelaria-serving-'));
  const files: [string, string][] = [
    ['cautare/index.html', '<!doctype html><title>Căutare</title>'],
    ['pagefind/pagefind.js', 'export {};'],
    ['carduri/comunicat-3f9a2c.png', 'png'],
    ['404.html', '<!doctype html><title>Pagina nu a fost găsită</title>'],
  ];
  for (const [file, text] of files) {
    mkdirSync(join(standIns, file, '..'), { recursive: true });
    writeFileSync(join(standIns, file), text);
  }
  served = await serveWithNginx(standIns);
});
afterAll(async () => {
  await served?.stop();
  rmSync(standIns, { recursive: true, force: true });
});

describe('paths other parts of the build fill', () => {
  it('search page: the public policy plus WebAssembly for Pagefind, nothing wider', async () => {
    const res = await head(`${served!.url}/cautare/`);
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(renderPolicy(SEARCH_POLICY));
    expect(res.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(res.headers['content-security-policy']).not.toContain("'unsafe-eval'");
    expect(renderPolicy(PUBLIC_POLICY)).toBe(PAGE_CSP);
  });
  it('Pagefind files: revalidated, with the headers of a fetched file and none of a page', async () => {
    const { headers } = await head(`${served!.url}/pagefind/pagefind.js`);
    expect(headers).toMatchObject({
      'strict-transport-security': COMMON['strict-transport-security'],
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
      'content-type': 'application/javascript; charset=utf-8',
      'cache-control': SHORT,
    });
    for (const documentOnly of ['referrer-policy', 'permissions-policy', 'cross-origin-opener-policy']) expect(headers).not.toHaveProperty(documentOnly);
  });
  it('social cards under /carduri/ (hash in the name): cached for a year', async () => {
    expect((await head(`${served!.url}/carduri/comunicat-3f9a2c.png`)).headers).toMatchObject({ ...COMMON, 'content-type': 'image/png', 'cache-control': YEAR });
  });
});
