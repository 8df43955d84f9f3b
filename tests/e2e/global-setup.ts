/**
 * Builds the sample site once (BUILD_TIME fixed, so the embargoed release is still under
 * embargo) and serves it with nginx for every site test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, ROOT } from './support/build.ts';
import { serveWithNginx } from './support/nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = mkdtempSync(join(tmpdir(), 'cancelaria-dist-'));
  const started = performance.now();
  const build = astroBuild(ROOT, distDir);
  if (build.status !== 0) throw new Error(`The sample site did not build:\n${build.output}`);
  console.log(`site built in ${((performance.now() - started) / 1000).toFixed(1)} s → ${distDir}`);
  const server = await serveWithNginx(distDir);
  project.provide('distDir', distDir);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.stop();
    rmSync(distDir, { recursive: true, force: true });
  };
}
