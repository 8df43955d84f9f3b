/**
 * `npm start`: builds the site, serves it on http://127.0.0.1:4321 and starts the CMS
 * backend (decap-server in git mode, on 127.0.0.1 only) against this repository, so
 * /admin/ works locally with the editorial workflow. The site is rebuilt whenever
 * published content changes on main, never while decap-server has a cms/… branch
 * checked out (a rebuild that saw git move is thrown away and run again), and a failed
 * rebuild is reported loudly while the previous build stays served.
 * `npm run dev` (`--dev`): the Astro dev server with live reload instead of build + serve.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import { atomicBuild, failureMessage } from './atomic-build.ts';

const root = process.cwd();
const dev = process.argv.includes('--dev');
const cmsPort = process.env.CMS_PORT ?? '8081';
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const children = new Set<ChildProcess>();

function start(name: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping && code !== 0) console.error(`${name} stopped (${signal ?? `exit ${code}`})`);
  });
  return child;
}


/** A build's Astro process, stopped with the rest on Ctrl-C. */
function track(child: ChildProcess) {
  children.add(child);
  child.on('exit', () => children.delete(child));
}

let stopping = false;
function stop() {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(0), 500).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });

/** The checked-out branch ('' when detached or not a repository). */
const branch = () => git('symbolic-ref', '--short', '-q', 'HEAD').stdout.trim();

/** Grows with every checkout and commit: a build that saw it change may mix two branches. */
function headLog(): string {
  const path = git('rev-parse', '--git-path', 'logs/HEAD').stdout.trim();
  const file = path ? join(root, path) : '';
  return file && existsSync(file) ? `${branch()}:${statSync(file).size}` : branch();
}

/** Builds into dist/ atomically, only from main; the reason when it did not. */
async function buildFromMain(): Promise<string | undefined> {
  if (branch() !== 'main') return `the working tree is on "${branch() || 'a detached HEAD'}", not main`;
  const before = headLog();
  const result = await atomicBuild({
    outDir: join(root, 'dist'),
    onChild: track,
    beforeSwap: () => (headLog() !== before ? 'git moved during the build (decap-server switched branches); the result was thrown away' : undefined),
  });
  return result.ok ? undefined : result.reason;
}

function loud(message: string) {
  const line = '!'.repeat(78);
  console.error(`\n${line}\n${message}\n${line}\n`);
}

/** decap-server commits and checks out branches in this repository's working tree. */
function startCms() {
  if (git('rev-parse', '--verify', '--quiet', 'main').status !== 0) {
    console.warn('CMS: this folder is not a git repository with a "main" branch; /admin/ will not be able to save. Run: git init -b main && git add -A && git commit -m "Conținut"');
    return;
  }
  if (git('status', '--porcelain', '--', 'content', 'public').stdout.trim()) {
    console.warn('CMS: content/ or public/ has uncommitted changes; the CMS commits everything in the working tree with its next save. Commit or stash them first.');
  }
  start('decap-server', [join(root, 'node_modules/decap-server/dist/index.js')], {
    MODE: 'git',
    BIND_HOST: '127.0.0.1',
    PORT: cmsPort,
    GIT_REPO_DIRECTORY: root,
    LOG_LEVEL: 'warn',
  });
  console.log(`CMS: http://127.0.0.1:4321/admin/ (decap-server on 127.0.0.1:${cmsPort}, git mode, editorial workflow)`);
}

/**
 * Rebuilds after content changes, but only while main is checked out: decap-server
 * briefly checks out draft branches (cms/…), whose content must never reach dist/.
 */
function watchAndRebuild() {
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;
  const rebuild = async () => {
    if (branch().startsWith('cms/')) {
      // decap-server is working on a draft branch; wait until it is back on main.
      timer = setTimeout(rebuild, 1000);
      return;
    }
    if (building) {
      again = true;
      return;
    }
    building = true;
    console.log('Content changed on main: rebuilding…');
    const problem = await buildFromMain();
    building = false;
    if (problem?.startsWith('git moved')) {
      console.warn(`Rebuild: ${problem}; building again.`);
      again = true;
    } else if (problem?.startsWith('the working tree')) {
      console.warn(`Not rebuilt: ${problem}. Check out main to publish changes locally.`);
    } else if (problem) {
      loud(`THE SITE WAS NOT REBUILT. ${failureMessage(join(root, 'dist'), problem)}\nFix the problem above (the CMS shows the same message on save); the next change rebuilds.`);
    } else {
      console.log('Rebuilt: http://127.0.0.1:4321/');
    }
    if (again) {
      again = false;
      void rebuild();
    }
  };
  for (const dir of ['content', 'public']) {
    if (!existsSync(join(root, dir))) continue;
    watch(join(root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(rebuild, 1500);
    });
  }
}

if (dev) {
  startCms();
  start('astro dev', [astro, 'dev', '--host', '127.0.0.1', '--port', '4321']);
} else {
  // The first build is of the working tree as it is (a developer's uncommitted edits
  // included), but never of a draft branch.
  if (branch().startsWith('cms/')) {
    loud(`The working tree is on the CMS draft branch "${branch()}". Run: git checkout main, then npm start.`);
    process.exit(1);
  }
  const first = await atomicBuild({ outDir: join(root, 'dist'), onChild: track });
  if (!first.ok) {
    loud(failureMessage(join(root, 'dist'), first.reason));
    process.exit(1);
  }
  startCms();
  start('astro preview', [astro, 'preview', '--host', '127.0.0.1', '--port', '4321']);
  watchAndRebuild();
}
