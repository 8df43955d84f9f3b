/**
 * `npm run check`: validates every content file and prints all problems, each with the
 * file, the field and the fix. Exit code 1 when there is any. Fast: no build involved.
 */
import { checkContent, siteRoot } from '../src/lib/content-check.ts';
import { formatProblem } from '../src/lib/problems.ts';

const started = performance.now();
const { problems, warnings, entries } = checkContent(siteRoot());
const count = [...entries.values()].reduce((n, list) => n + list.length, 0);
if (warnings.length) {
  console.warn(`${warnings.length} warning${warnings.length === 1 ? '' : 's'} (the build goes on; fix when you can):`);
  for (const w of warnings) console.warn(`  - ${formatProblem(w)}`);
}
if (problems.length) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:`);
  for (const p of problems) console.error(`  - ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`Content OK: ${count} entries checked in ${Math.round(performance.now() - started)} ms.`);
