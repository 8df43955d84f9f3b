/**
 * `npm run serving-config`: writes deploy/nginx/site.conf from src/lib/serving.ts for this
 * site's CMS backend (settings and CMS_* variables, as for the build). Run it after
 * changing the CMS backend, then copy deploy/nginx/ to the server (README, "Punerea în
 * producție"). `--out <file>` writes elsewhere (on the server, outside the checkout).
 * `--check` only compares and fails when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteRoot } from '../src/lib/content-check.ts';
import { renderNginx } from '../src/lib/serving.ts';
import { servingOptions } from '../src/integrations/serving-headers.ts';

const args = process.argv.slice(2);
const out = args.indexOf('--out');
const file = out >= 0 && args[out + 1] ? resolve(args[out + 1]!) : join(process.cwd(), 'deploy/nginx/site.conf');
const text = renderNginx(servingOptions(siteRoot()));
if (args.includes('--check')) {
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
