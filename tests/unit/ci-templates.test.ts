/**
 * The CI templates and server units in deploy/: they parse, they run on pushes to main
 * and every 15 minutes, they keep the caches (Astro, cards, search), and every npm
 * script and file they call exists.
 */
import { cardCacheDir } from '../../src/og/store.ts';
import { astroCacheDir } from '../../src/lib/build-cache.ts';
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

/** Every shell line of a workflow or pipeline. */
function shellLines(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(shellLines);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => {
      if (k === 'run' && typeof v === 'string') return v.split('\n');
      if (k === 'script' && Array.isArray(v)) return v.map(String);
      return shellLines(v);
    });
  }
  return [];
}

/** npm scripts and repository files a command line calls. */
function calls(lines: string[]): { npm: string[]; files: string[] } {
  const text = lines.join('\n');
  const npm = [...text.matchAll(/\bnpm (?:run(?: -s)? )?([\w:-]+)/g)].map((m) => m[1]!).filter((s) => !['ci', 'install', 'run'].includes(s));
  const files = [...text.matchAll(/(?:^|[\s<])(deploy\/[\w.-]+)/gm)].map((m) => m[1]!);
  return { npm, files };
}

const TEMPLATES = {
  'GitHub Actions': 'deploy/github-actions.yml',
  'GitLab CI': 'deploy/gitlab-ci.yml',
};

describe.each(Object.entries(TEMPLATES))('%s template (%s)', (_, file) => {
  const doc = yaml.load(read(file)) as Record<string, unknown>;
  const lines = shellLines(doc);
  const { npm, files } = calls(lines);

  it('calls only npm scripts and files that exist, and builds, reports the schedule and publishes', () => {
    expect(npm).toEqual(expect.arrayContaining(['build', 'schedule']));
    for (const s of npm) expect(scripts, `npm run ${s}`).toContain(s);
    expect(files).toContain('deploy/release.sh');
    for (const f of files) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });

  it('keeps the Astro and card caches between runs, where the build writes them', () => {
    const text = read(file);
    // cardCacheDir's default folder (src/og/store.ts), and Astro's cache (src/lib/build-cache.ts).
    expect(cardCacheDir('https://x.example', {}, '/p')).toBe('/p/.cache/carduri/x.example');
    expect(text).toContain('.cache/carduri');
    expect(text).not.toMatch(/\.cache\/(cards|search)\b/);
    expect(astroCacheDir('/p', '/p')).toMatch(/^\/p\/node_modules\/\.astro\//);
    expect(text).toMatch(/node_modules\/\.astro/);
  });
});

describe('triggers', () => {
  it('GitHub: every push to main and every 15 minutes, one run at a time', () => {
    const doc = yaml.load(read(TEMPLATES['GitHub Actions'])) as { on: { push: { branches: string[] }; schedule: { cron: string }[] }; concurrency: { 'cancel-in-progress': boolean } };
    expect(doc.on.push.branches).toEqual(['main']);
    expect(doc.on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
    expect(doc.concurrency['cancel-in-progress']).toBe(false);
  });
  it('GitLab: scheduled pipelines and the default branch, for build and deploy', () => {
    const doc = yaml.load(read(TEMPLATES['GitLab CI'])) as Record<string, { rules?: { if: string }[]; needs?: string[] }>;
    for (const job of ['build', 'deploy']) {
      expect(doc[job]!.rules!.map((r) => r.if)).toEqual(['$CI_PIPELINE_SOURCE == "schedule"', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    }
    expect(doc.deploy!.needs).toEqual(['build']);
    expect(read(TEMPLATES['GitLab CI'])).toContain('*/15 * * * *');
  });
  it('the server timer: every 15 minutes, running deploy/rebuild.sh, which calls existing scripts', () => {
    expect(read('deploy/cancelaria-rebuild.timer')).toMatch(/^OnCalendar=\*:0\/15$/m);
    expect(read('deploy/cancelaria-rebuild.service')).toMatch(/^ExecStart=\/srv\/cancelaria\/site\/deploy\/rebuild\.sh$/m);
    const { npm, files } = calls(read('deploy/rebuild.sh').split('\n').filter((l) => !l.startsWith('#')));
    expect(npm).toEqual(['build', 'schedule']);
    for (const s of npm) expect(scripts).toContain(s);
    expect(files).toEqual(['deploy/release.sh']);
  });
  it.each(['deploy/rebuild.sh', 'deploy/release.sh'])('%s is valid POSIX sh and executable', (f) => {
    const r = spawnSync('sh', ['-n', join(ROOT, f)], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(statSync(join(ROOT, f)).mode & 0o111).not.toBe(0);
  });
});
