/**
 * A throwaway git repository holding a copy of the site's content, and decap-server in
 * git mode (the editorial workflow as branches) serving it on loopback.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from './net.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build.ts';

export function git(repo: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A new repository on branch main with the project's content/ and public/ committed. */
export function contentRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'cancelaria-repo-'));
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  cpSync(join(ROOT, 'public'), join(repo, 'public'), { recursive: true });
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'test@cancelaria.invalid');
  git(repo, 'config', 'user.name', 'Test');
  git(repo, 'config', 'commit.gpgsign', 'false');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'Conținutul inițial');
  return repo;
}


export interface DecapServer {
  url: string;
  log: () => string;
  stop(): Promise<void>;
}

export async function startDecapServer(repo: string): Promise<DecapServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, MODE: 'git', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`decap-server exited: ${output}`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
      if (res.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    log: () => output,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}

/**
 * What a CMS browser test needs: a throwaway content repository, decap-server in git mode
 * on it, and a Chromium page whose admin talks to that server. Dialogs are accepted and
 * their messages kept, so a test can read what the CMS told the officer.
 */
export interface CmsSession {
  repo: string;
  decap: DecapServer;
  browser: import('playwright-core').Browser;
  page: import('playwright-core').Page;
  dialogs: string[];
  close(): Promise<void>;
}

export async function startCmsSession(timeoutMs = 15_000): Promise<CmsSession> {
  const { launch } = await import('./browser.ts');
  const repo = contentRepo();
  const decap = await startDecapServer(repo);
  const browser = await launch();
  const context = await browser.newContext({ timezoneId: 'Europe/Bucharest', locale: 'ro-RO', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept().catch(() => undefined);
  });
  // The built admin talks to decap-server on its default port; send it to this test's server.
  await page.route('http://127.0.0.1:8081/api/v1', (route) => route.continue({ url: decap.url }));
  return {
    repo,
    decap,
    browser,
    page,
    dialogs,
    async close() {
      await browser.close();
      await decap.stop();
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
