/** Another county's settings and content build a correct site with nothing of Alba left. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT } from './support/build.ts';
import { TEXT_FILE, walk } from './support/dist.ts';

const out = mkdtempSync(join(tmpdir(), 'cancelaria-cluj-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a second institution (Cluj)', () => {
  it('builds from its own settings and content, with no Alba text anywhere', () => {
    const result = astroBuild(ROOT, out, { CANCELARIA_SITE: 'tests/fixtures/cluj' });
    expect(result.status, result.output).toBe(0);
    // The CMS bundle (third-party code under _astro/) is the same for every institution.
    const files = [...walk(out)].filter((f) => TEXT_FILE.test(f) && !/\/_astro\/.+\.js$/.test(f));
    expect(files.length).toBeGreaterThan(30);
    const leaks = files.flatMap((f) => {
      const m = /.{0,60}(alba|\bab\.prefectura).{0,30}/i.exec(readFileSync(f, 'utf8'));
      return m ? [`${f.slice(out.length)}: …${m[0]}…`] : [];
    });
    expect(leaks).toEqual([]);

    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('Instituția Prefectului – Județul Cluj');
    expect(home).toContain('https://cj.prefectura.mai.gov.ro/');
    expect(readFileSync(join(out, 'theme.css'), 'utf8')).toContain('#6b1d1d');
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toMatch(/<loc>https:\/\/cj\.prefectura\.mai\.gov\.ro\//);
  });
});
