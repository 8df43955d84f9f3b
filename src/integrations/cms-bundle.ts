import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeKey } from '../lib/build-cache.ts';
import { CHUNK_SIZE_WARNING_KB, isKnownHarmless } from '../lib/build-warnings.ts';
import { CMS_SCRIPT_ENV } from '../lib/cms-script.ts';

/** Where the bundle is served from; /admin/ loads `${CMS_BASE}admin.<hash>.js` (the source file in `astro dev`). */
export const CMS_BASE = '/_astro/cms/';

/** The files the CMS bundle is made of: its code, the site's code it imports, the locked dependencies. */
const INPUTS = ['cms', 'src', 'package-lock.json'];

/** The key of the bundle: any change to what it is built from gives a new one. */
export function cmsInputsKey(projectRoot: string): string {
  return treeKey(projectRoot, INPUTS);
}

interface Bundle {
  /** The entry script's file name under CMS_BASE. */
  entry: string;
  dir: string;
}

/**
 * Decap CMS bundled for /admin/ (6.5 MB with React and CodeMirror, 8 s of every build), now
 * only when its inputs change: the bundle is kept in Astro's cache folder under the key
 * of its inputs, built with Vite's own API the first time, and copied into dist/ by each
 * build. Public pages load none of it.
 */
async function ensureBundle(projectRoot: string, cacheDir: string, log: (line: string) => void): Promise<Bundle> {
  const key = cmsInputsKey(projectRoot);
  const root = join(cacheDir, 'cms-bundle');
  const dir = join(root, key);
  const manifest = join(dir, 'cancelaria-cms.json');
  if (existsSync(manifest)) return { entry: (JSON.parse(readFileSync(manifest, 'utf8')) as { entry: string }).entry, dir };

  const started = performance.now();
  const { build } = await import('vite');
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const output = (await build({
    configFile: false,
    root: projectRoot,
    base: CMS_BASE,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    publicDir: false,
    build: {
      outDir: tmp,
      emptyOutDir: true,
      assetsDir: '',
      copyPublicDir: false,
      chunkSizeWarningLimit: CHUNK_SIZE_WARNING_KB,
      rolldownOptions: {
        input: join(projectRoot, 'cms/admin.ts'),
        output: { entryFileNames: 'admin.[hash].js', chunkFileNames: '[name].[hash].js', assetFileNames: '[name].[hash][extname]' },
        // Known, harmless warnings of the CMS's dependencies (src/lib/build-warnings.ts says why).
        onLog(level, entry, handler) {
          if (level === 'warn' && isKnownHarmless(entry)) return;
          handler(level, entry);
        },
      },
    },
  })) as { output: { type: string; isEntry?: boolean; fileName: string }[] } | { output: { type: string; isEntry?: boolean; fileName: string }[] }[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry)?.fileName;
  if (!entry) throw new Error('the CMS bundle has no entry script');
  writeFileSync(join(tmp, 'cancelaria-cms.json'), JSON.stringify({ entry }));
  // Older bundles go; the new one appears whole or not at all.
  for (const name of readdirSync(root)) if (join(root, name) !== tmp) rmSync(join(root, name), { recursive: true, force: true });
  renameSync(tmp, dir);
  log(`CMS bundle: built in ${((performance.now() - started) / 1000).toFixed(1)} s (inputs ${key})`);
  return { entry, dir };
}

export function cmsBundle(): AstroIntegration {
  let bundle: Bundle | undefined;
  return {
    name: 'cancelaria:cms-bundle',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const projectRoot = fileURLToPath(config.root);
        if (command !== 'build') {
          // astro dev: Vite serves and transforms the source file itself.
          process.env[CMS_SCRIPT_ENV] = '/cms/admin.ts';
          return;
        }
        bundle = await ensureBundle(projectRoot, fileURLToPath(config.cacheDir), (line) => logger.info(line));
        process.env[CMS_SCRIPT_ENV] = `${CMS_BASE}${bundle.entry}`;
        logger.info(`CMS bundle: ${CMS_BASE}${bundle.entry}`);
      },
      'astro:build:done': ({ dir }) => {
        if (!bundle) return;
        const target = join(fileURLToPath(dir), CMS_BASE);
        cpSync(bundle.dir, target, { recursive: true, filter: (src) => !src.endsWith('cancelaria-cms.json') });
      },
    },
  };
}
