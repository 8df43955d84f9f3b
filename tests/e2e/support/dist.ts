import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder. */
export function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** Files whose text a leak or a stray word could hide in. */
export const TEXT_FILE = /\.(html|xml|json|js|mjs|css|txt|ics|svg|webmanifest)$/;
