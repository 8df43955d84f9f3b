/**
 * The serving table and its two renderings: the committed nginx include is the generated
 * one, and a static host applying `_headers` (every matching rule, `! Name` detaches)
 * ends with exactly the headers nginx sends for each kind of path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servingOptions } from '../../src/integrations/serving-headers.ts';
import { adminPolicy, cmsOrigins, PUBLIC_POLICY, renderPolicy, SEARCH_POLICY } from '../../src/lib/csp.ts';
import { pathKinds, renderHeadersFile, renderNginx, type ServingOptions } from '../../src/lib/serving.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('deploy/nginx/site.conf', () => {
  it('is what `npm run serving-config` generates from src/lib/serving.ts for this site', () => {
    expect(readFileSync(join(ROOT, 'deploy/nginx/site.conf'), 'utf8')).toBe(renderNginx(servingOptions(ROOT)));
  });
  it('is included by the server block, which holds server_name and root once', () => {
    const conf = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
    expect(conf.match(/^\s*server_name /gm)).toHaveLength(1);
    expect(conf.match(/^\s*root /gm)).toHaveLength(1);
    expect(conf).toContain('include /etc/nginx/cancelaria/site.conf;');
  });
});

/** Cloudflare Pages' reading of `_headers`: every rule whose pattern matches applies in order; `! Name` removes. */
function applyHeadersFile(file: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  let matches = false;
  for (const line of file.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      const re = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      matches = re.test(path);
      continue;
    }
    if (!matches) continue;
    const detach = line.trim().match(/^! (.+)$/);
    if (detach) delete out[detach[1]!];
    else {
      const [name, ...rest] = line.trim().split(': ');
      out[name!] = out[name!] ? `${out[name!]}, ${rest.join(': ')}` : rest.join(': ');
    }
  }
  return out;
}

describe('_headers for static hosts', () => {
  const opts: ServingOptions = { cms: cmsOrigins({ name: 'github', repo: 'p/c' } as never) };
  const file = renderHeadersFile(opts);
  const kinds = pathKinds(opts);
  const samples: [string, string, string?][] = [
    ['page', '/comunicate/x/'],
    ['page', '/404.html'],
    ['search', '/cautare/'],
    ['search index', '/pagefind/pagefind.js'],
    ['admin', '/admin/'],
    ['asset', '/_astro/site.abc123.css'],
    ['card', '/carduri/x-3f9a.png'],
    ['feed', '/rss.xml', 'application/rss+xml; charset=utf-8'],
    ['feed', '/rss/tema/sanatate.xml', 'application/rss+xml; charset=utf-8'],
    ['calendar', '/evenimente.ics', 'text/calendar; charset=utf-8'],
    ['calendar', '/evenimente/x.ics', 'text/calendar; charset=utf-8'],
    ['svg', '/media/2026/grafic.svg', 'image/svg+xml; charset=utf-8'],
    ['text', '/comunicate/x.txt', 'text/plain; charset=utf-8'],
    ['media', '/media/2026/x.pdf'],
  ];
  it.each(samples)('%s (%s) gets exactly the nginx headers', (kind, path, type) => {
    const expected = { ...kinds.find((k) => k.kind === kind)!.headers, ...(type ? { 'Content-Type': type } : {}) };
    expect(applyHeadersFile(file, path)).toEqual(expected);
  });
  it('never lets two Content-Security-Policy values reach one path (two policies only narrow)', () => {
    for (const [, path] of samples) expect(applyHeadersFile(file, path)['Content-Security-Policy']).not.toContain(', ');
  });
});

describe('policies', () => {
  it('public pages run no inline or evaluated code and load nothing from elsewhere', () => {
    const csp = renderPolicy(PUBLIC_POLICY);
    expect(csp).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  });
  it('the search page adds only WebAssembly compilation', () => {
    expect(SEARCH_POLICY).toEqual({ ...PUBLIC_POLICY, 'script-src': ["'self'", "'wasm-unsafe-eval'"] });
  });
  it.each([
    ['local decap-server', { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' }, ['http://127.0.0.1:8081'], []],
    ['GitHub', { name: 'github', base_url: 'https://auth.prefectura.ro' }, ['https://api.github.com', 'https://auth.prefectura.ro'], ['https://avatars.githubusercontent.com']],
    ['gitlab.com', { name: 'gitlab' }, ['https://gitlab.com'], ['https://gitlab.com', 'https://secure.gravatar.com']],
    ['own GitLab', { name: 'gitlab', api_root: 'https://git.ab.ro/api/v4', base_url: 'https://git.ab.ro' }, ['https://git.ab.ro'], ['https://git.ab.ro', 'https://secure.gravatar.com']],
    ['Forgejo', { name: 'forgejo', api_root: 'https://cod.ab.ro/api/v1', base_url: 'https://cod.ab.ro' }, ['https://cod.ab.ro'], ['https://cod.ab.ro', 'https://secure.gravatar.com']],
  ])('/admin/ with %s connects only to it', (_, backend, connect, img) => {
    const origins = cmsOrigins(backend);
    expect(origins).toEqual({ connect, img });
    const policy = adminPolicy(origins);
    expect(policy['connect-src']).toEqual(["'self'", 'blob:', ...connect]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
  });
});
