/**
 * `npm run check`: validates every content file with the build's own reader and prints
 * all problems, each as file:line: field, what is wrong and the fix. Exit code 1 when
 * there is an error (warnings are printed only). Fast: no build involved.
 *
 * `npm run check -- --fix` first rewrites what has one safe correction: cedilla letters
 * (ş ţ Ş Ţ, pasted from Word) become comma-below letters (ș ț Ș Ț).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroCacheDir } from '../src/lib/build-cache.ts';
import { checkContent, siteRoot, walkFiles } from '../src/lib/content-check.ts';
import { fixCedilla } from '../src/lib/content-file.ts';
import { resolveNow } from '../src/lib/dates.ts';
import { formatProblem } from '../src/lib/problems.ts';

const root = siteRoot();
if (process.argv.includes('--fix')) {
  for (const { abs, link } of walkFiles(join(root, 'content'))) {
    if (link || !/\.(mdx|yaml)$/.test(abs)) continue;
    const text = readFileSync(abs, 'utf8');
    const fixed = fixCedilla(text);
    if (fixed !== text) {
      writeFileSync(abs, fixed);
      console.log(`fixed: ${abs.slice(root.length + 1)} (cedilla ş ţ → comma-below ș ț)`);
    }
  }
}

const started = performance.now();
// The build's cache of what each file gave (by digest): a CI that checks, then builds, reads each file once.
const { problems: errors, warnings, entries } = checkContent(root, { now: resolveNow(), cacheFile: join(astroCacheDir(process.cwd(), root), 'content-check.v8') });
const count = [...entries.values()].reduce((n, list) => n + list.length, 0);
if (warnings.length) {
  console.warn(`${warnings.length} warning${warnings.length === 1 ? '' : 's'} (the build goes on; fix when you can):`);
  for (const w of warnings) console.warn(`  - ${formatProblem(w)}`);
}
if (errors.length) {
  console.error(`${errors.length} problem${errors.length === 1 ? '' : 's'} in the content:`);
  for (const p of errors) console.error(`  - ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`Content OK: ${count} entries checked in ${Math.round(performance.now() - started)} ms${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}.`);
