/**
 * `npm run build`: builds the site into a fresh folder and swaps it into dist/ only on
 * success (scripts/atomic-build.ts), so a failed build never leaves a half-written dist/
 * that looks finished. Exits non-zero with the reason. `--outDir <dir>` replaces another
 * folder (tests); other arguments go to `astro build`.
 */
import { atomicBuild, failureMessage } from './atomic-build.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = at >= 0 ? args.splice(at, 2)[1]! : 'dist';

const result = await atomicBuild({ outDir, args });
if (!result.ok) {
  console.error(`\n${failureMessage(outDir, result.reason)}`);
  process.exit(1);
}
console.log(`\n${outDir}: replaced by the new build.`);
