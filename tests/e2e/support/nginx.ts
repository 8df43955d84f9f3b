/**
 * Serves a built site with Debian's nginx on a free loopback port, as a static host
 * would in production (directory indexes, the 404 page).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { freePort } from './net.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));


export interface Served {
  url: string;
  stop(): Promise<void>;
}

/** `gzip`: compress text responses as a production host would (the search bench measures bytes on the wire). */
export async function serveWithNginx(root: string, options: { gzip?: boolean } = {}): Promise<Served> {
  if (!NGINX) throw new Error('nginx is not installed; run: apt-get install -y nginx (.ci/run does this)');
  // nginx workers drop root; a folder from mkdtemp is readable by its owner only.
  chmodSync(root, 0o755);
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'cancelaria-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  types { text/calendar ics; application/rss+xml xml; }
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  charset utf-8;
  charset_types text/css application/javascript application/rss+xml text/calendar text/plain application/json image/svg+xml;
${options.gzip ? '  gzip on;\n  gzip_types text/css application/javascript application/json image/svg+xml;\n' : ''}  server {
    listen 127.0.0.1:${port};
    root ${root};
    index index.html;
    location / { try_files $uri $uri/ =404; }
    error_page 404 /404.html;
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
