/**
 * The code that turns a content file into checked data and HTML: the model and the
 * libraries (src/lib, src/model, src/i18n) and the locked dependencies (package-lock.json).
 * Part of every cached result's key (the content check's cache, the loader's rendered
 * bodies), so a change of schema, rules or renderer never serves results made by older
 * code (CI keeps the caches between builds).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let memo: string | undefined;

export function codeVersion(): string {
  if (memo) return memo;
  // Inside a bundle this module's URL may be a build chunk: fall back to the project folder.
  const here = dirname(fileURLToPath(import.meta.url));
  const lib = existsSync(join(here, 'code-version.ts')) ? here : join(process.cwd(), 'src/lib');
  const hash = createHash('sha1');
  for (const dir of [lib, join(lib, '../model'), join(lib, '../i18n')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  }
  // The locked dependencies too: the renderer's plugins (remark, rehype) turn bodies into HTML.
  const lock = join(lib, '../../package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  memo = hash.digest('hex');
  return memo;
}

/**
 * The key of one content file's results: the code, where the file is, its bytes, and the
 * size of each media file it names (a body's document block shows "PDF, 84,2 kB": a file
 * replaced under the same name must render the body again).
 */
export function entryDigest(file: string, raw: string, publicDir?: string): string {
  const hash = createHash('sha1').update(codeVersion()).update('\n').update(file).update('\n').update(raw);
  if (publicDir) {
    for (const path of new Set(raw.match(/\/media\/[^\s"'()<>[\]{}|\\^`]+/g) ?? [])) {
      if (path.split('/').includes('..')) continue;
      let size = 'missing';
      try {
        size = String(statSync(join(publicDir, path)).size);
      } catch {
        // Missing: the check reports it; the key still changes when the file arrives.
      }
      hash.update(`\n${path} ${size}`);
    }
  }
  return hash.digest('hex');
}
