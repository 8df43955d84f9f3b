/**
 * What of public/ reaches dist/. Astro copies its whole public folder, whatever the state
 * of the entries that use a file: an embargoed release's PDF was readable before the
 * embargo. So the build hands Astro a staged copy instead: every file outside media/, and
 * of media/ only the files `publicMedia` allows (named by the settings or by a public
 * entry). Files are hard-linked where the file system allows, so staging costs no space.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { walkFiles } from './content-check.ts';

export interface StageResult {
  copied: number;
  withheld: string[];
}

export function stagePublic(publicDir: string, target: string, allowed: Set<string>): StageResult {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const withheld: string[] = [];
  let copied = 0;
  for (const { abs, link } of walkFiles(publicDir)) {
    // Links are refused by the check; never follow one here.
    if (link) continue;
    const path = `/${relative(publicDir, abs)}`;
    if (path.startsWith('/media/') && !allowed.has(path)) {
      withheld.push(path);
      continue;
    }
    const to = join(target, path);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(abs, to);
    } catch {
      copyFileSync(abs, to);
    }
    copied++;
  }
  return { copied, withheld };
}
