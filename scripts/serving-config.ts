/**
 * `npm run serving-config`: writes deploy/nginx/site.conf from src/lib/serving.ts for this
 * site's CMS backend (settings and CMS_* variables, as for the build). Run it after
 * changing the CMS backend, then copy deploy/nginx/ to the server (README, "Punerea în
 * producție"). `--check` only compares and fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteRoot } from '../src/lib/content-check.ts';
import { renderNginx } from '../src/lib/serving.ts';
import { servingOptions } from '../src/integrations/serving-headers.ts';

const file = join(process.cwd(), 'deploy/nginx/site.conf');
const text = renderNginx(servingOptions(siteRoot()));
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${file} is out of date with src/lib/serving.ts and the CMS backend; run: npm run serving-config`);
    process.exit(1);
  }
  console.log(`${file} is up to date`);
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
