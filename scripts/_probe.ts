import { launch } from '../tests/e2e/support/browser.ts';
import { serveWithNginx } from '../tests/e2e/support/nginx.ts';
const s = await serveWithNginx('/tmp/cancelaria-search-dist-Puq5');
const b = await launch();
for (const [w, name, path] of [[320, 'search-320', '/cautare/?q=sedinta&tip=comunicat'], [1280, 'search-1280', '/cautare/?q=prefectul&tema=situatii-de-urgenta'], [320, 'home-320', '/'], [1280, 'list-1280', '/comunicate/'], [1280, 'release-1280', '/comunicate/2026-03-09-comisia-de-dialog-social-se-reuneste-pe-19-martie/']] as const) {
  const ctx = await b.newContext({ viewport: { width: w, height: 900 }, locale: 'ro-RO' });
  const p = await ctx.newPage();
  await p.goto(s.url + path);
  if (path.startsWith('/cautare/')) await p.waitForFunction(() => document.body.dataset.searchDone);
  await p.waitForTimeout(500);
  await p.screenshot({ path: '/tmp/search-helper-' + name + '.png', fullPage: name.startsWith('search') });
  await ctx.close();
}
await b.close(); await s.stop();
