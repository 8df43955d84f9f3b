/**
 * Serves a built site with Debian's nginx on a free loopback port, with the production
 * server block (deploy/nginx.conf and its generated include deploy/nginx/site.conf), so
 * every test sees the headers, the CSP, the 404 page and the redirects the public will.
 * Only the lines deploy/nginx.conf marks as "the one place to edit" change: the port,
 * server_name, root, and where the include lives. Brotli is switched on when Debian's
 * module is installed, as the README tells the server's administrator to do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build.ts';
import { freePort } from './net.ts';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

export interface Served {
  url: string;
  /** Whether this nginx compresses with brotli (the Debian module is installed). */
  brotli: boolean;
  stop(): Promise<void>;
}

/** deploy/nginx.conf with its editable lines set for this test server. */
export function serverBlock(root: string, port: number, includeDir: string): string {
  const conf = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const out = conf
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)server_name [^;]+;/m, '$1server_name localhost;')
    .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`)
    .replaceAll('/etc/nginx/cancelaria/', `${includeDir}/`);
  if (out === conf || !out.includes(`root ${root};`) || !out.includes(`${includeDir}/site.conf`)) {
    throw new Error('deploy/nginx.conf no longer has the listen/server_name/root/include lines the tests set');
  }
  return out;
}

/**
 * deploy/nginx/ installed under `prefix` as the README installs it under
 * /etc/nginx/cancelaria/: the include, and brotli.conf in optional/ when the module exists.
 */
export function installInclude(prefix: string): string {
  const includeDir = join(prefix, 'cancelaria');
  mkdirSync(join(includeDir, 'optional'), { recursive: true });
  writeFileSync(join(includeDir, 'site.conf'), readFileSync(join(ROOT, 'deploy/nginx/site.conf'), 'utf8').replaceAll('/etc/nginx/cancelaria/', `${includeDir}/`));
  if (existsSync(BROTLI_MODULE)) copyFileSync(join(ROOT, 'deploy/nginx/brotli.conf'), join(includeDir, 'optional/brotli.conf'));
  return includeDir;
}

/** Serves `root` with deploy/nginx.conf, as production does (its gzip included: the search bench measures bytes on the wire). */
export async function serveWithNginx(root: string, _options: { gzip?: boolean } = {}): Promise<Served> {
  if (!NGINX) throw new Error('nginx is not installed; run: apt-get install -y nginx (.ci/run does this)');
  // nginx workers drop root; a folder from mkdtemp is readable by its owner only.
  chmodSync(root, 0o755);
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'cancelaria-nginx-'));
  chmodSync(prefix, 0o755);
  mkdirSync(join(prefix, 'logs'));
  const includeDir = installInclude(prefix);
  const brotli = existsSync(BROTLI_MODULE);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
${brotli ? `load_module ${BROTLI_MODULE};` : ''}
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
${serverBlock(root, port, includeDir)}
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  let up = false;
  for (let i = 0; i < 100 && !up; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(url);
      up = true;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  if (!up) throw new Error(`nginx did not answer on ${url} within 5 s: ${stderr}`);
  return {
    url,
    brotli,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
