/**
 * How the built site is served: the HTTP headers per kind of path (Content-Security-Policy,
 * caching, content types) written once here, and rendered both as the nginx include
 * (deploy/nginx/site.conf) and as the `_headers` file static hosts read (Netlify and
 * Cloudflare Pages style, written into dist/ by the build). Two renderers of one table, so
 * nginx and a static host can never disagree about the policy.
 */
import { adminPolicy, PUBLIC_POLICY, renderPolicy, RESOURCE_POLICY, SEARCH_POLICY, type CmsOrigins } from './csp.ts';

/** Headers every response carries, the search index's files included. */
const TRANSPORT_HEADERS: Record<string, string> = {
  // One year; the site must be served over HTTPS only (certbot sets up the redirect).
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
};

/** Headers every page and file carries, except the search index's files (RESOURCE_HEADERS, below). */
export const COMMON_HEADERS: Record<string, string> = {
  ...TRANSPORT_HEADERS,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses no device feature; nothing embedded may either.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/**
 * The headers of a file that is fetched, never shown as a page (the search index). The
 * document headers (Referrer-Policy, Permissions-Policy, Cross-Origin-Opener-Policy, the
 * page's policy) act only on documents; on a fetched file they are bytes on every
 * response: 800 bytes of headers on fragments of 550–1,000 bytes, 17 answers for a first
 * search. Transport security and no sniffing stay.
 */
export const RESOURCE_HEADERS: Record<string, string> = { ...TRANSPORT_HEADERS, 'Content-Security-Policy': renderPolicy(RESOURCE_POLICY) };

const SHORT = 'public, max-age=60, must-revalidate';
const FEED = 'public, max-age=300, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** What a kind of path is, how nginx finds it, and what it answers with. */
export interface PathKind {
  kind: string;
  /** Why these headers, for the generated files. */
  note: string;
  /** nginx location (without the braces). */
  location: string;
  /** The `_headers` path patterns (static hosts). */
  paths: string[];
  /** The type of files with this extension here (UTF-8 for text), replacing the extension map. */
  type?: { mime: string; extension: string };
  /** nginx: serve an existing file only (no directory index). */
  filesOnly?: boolean;
  headers: Record<string, string>;
}

export interface ServingOptions {
  /** The git service's origins for /admin/. */
  cms: CmsOrigins;
}

/** The table: one row per kind of path. nginx picks the row by its location rules; order matters only for regex locations. */
export function pathKinds({ cms }: ServingOptions): PathKind[] {
  const page = { ...COMMON_HEADERS, 'Content-Security-Policy': renderPolicy(PUBLIC_POLICY), 'Cross-Origin-Opener-Policy': 'same-origin' };
  return [
    {
      kind: 'asset',
      note: 'Files named by their content hash: never change, cached for a year.',
      location: '^~ /_astro/',
      paths: ['/_astro/*'],
      filesOnly: true,
      headers: { ...page, 'Cache-Control': IMMUTABLE },
    },
    {
      kind: 'card',
      note: 'Social cards, named by the hash of what they show: cached for a year.',
      location: '^~ /carduri/',
      paths: ['/carduri/*'],
      filesOnly: true,
      headers: { ...page, 'Cache-Control': IMMUTABLE },
    },
    {
      kind: 'search index',
      note: 'Pagefind: the loader and its index, fetched by the search page, never a page (fragment names are hashed, the entry file is not), so revalidated.',
      location: '^~ /pagefind/',
      paths: ['/pagefind/*'],
      filesOnly: true,
      headers: { ...RESOURCE_HEADERS, 'Cache-Control': SHORT },
    },
    {
      kind: 'search',
      note: 'The search page: its script reads the WebAssembly index.',
      location: '^~ /cautare/',
      paths: ['/cautare/*'],
      headers: { ...page, 'Content-Security-Policy': renderPolicy(SEARCH_POLICY), 'Cache-Control': SHORT },
    },
    {
      kind: 'admin',
      note: 'Decap CMS. Opener kept for pop-ups: the GitHub login window reports back to this page.',
      location: '^~ /admin/',
      paths: ['/admin/*'],
      headers: {
        ...COMMON_HEADERS,
        'Content-Security-Policy': renderPolicy(adminPolicy(cms)),
        'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
        'Cache-Control': 'no-cache',
        'X-Robots-Tag': 'noindex, nofollow',
      },
    },
    {
      kind: 'feed',
      note: 'RSS feeds: read by aggregators every few minutes.',
      location: '~ ^/rss(\\.xml$|/.*\\.xml$)',
      paths: ['/rss.xml', '/rss/*'],
      type: { mime: 'application/rss+xml', extension: 'xml' },
      filesOnly: true,
      headers: { ...page, 'Cache-Control': FEED },
    },
    {
      kind: 'calendar',
      note: 'iCalendar files: the calendar of events and one file per event.',
      location: '~ \\.ics$',
      paths: ['/evenimente.ics', '/evenimente/*.ics'],
      type: { mime: 'text/calendar', extension: 'ics' },
      filesOnly: true,
      headers: { ...page, 'Cache-Control': FEED },
    },
    {
      kind: 'svg',
      note: 'SVG files (uploads, charts, the logo) are documents that could run script when opened directly: sandboxed.',
      location: '~* \\.svg$',
      paths: ['/*.svg'],
      type: { mime: 'image/svg+xml', extension: 'svg' },
      filesOnly: true,
      headers: { ...COMMON_HEADERS, 'Content-Security-Policy': 'sandbox', 'Cache-Control': 'public, max-age=3600' },
    },
    {
      kind: 'text',
      note: 'Plain-text copies of releases, robots.txt: UTF-8 so the diacritics survive.',
      location: '~ \\.txt$',
      paths: ['/*.txt'],
      type: { mime: 'text/plain', extension: 'txt' },
      filesOnly: true,
      headers: { ...page, 'Cache-Control': SHORT },
    },
    {
      kind: 'sitemap',
      note: 'The sitemap.',
      location: '= /sitemap.xml',
      paths: ['/sitemap.xml'],
      type: { mime: 'application/xml', extension: 'xml' },
      filesOnly: true,
      headers: { ...page, 'Cache-Control': FEED },
    },
    {
      kind: 'media',
      note: 'Uploaded documents and photos: not renamed when replaced, so cached for an hour.',
      location: '/media/',
      paths: ['/media/*'],
      filesOnly: true,
      headers: { ...page, 'Cache-Control': 'public, max-age=3600' },
    },
    {
      kind: 'page',
      note: 'Every HTML page (and the 404 page): no script, nothing inline, nothing from elsewhere.',
      location: '/',
      paths: ['/*'],
      headers: { ...page, 'Cache-Control': SHORT },
    },
  ];
}

const nginxQuote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The include for the nginx server block (deploy/nginx/site.conf). */
export function renderNginx(opts: ServingOptions): string {
  const kinds = pathKinds(opts);
  const out: string[] = [
    '# GENERATED by `npm run serving-config` from src/lib/serving.ts: do not edit; edit that',
    '# file and regenerate (a test checks this file equals the generated one).',
    '# Included from the server block in deploy/nginx.conf, which sets server_name and root.',
    '',
    'index index.html;',
    'charset utf-8;',
    'charset_types text/css text/plain text/xml application/javascript application/json application/xml application/rss+xml text/calendar image/svg+xml;',
    '# Redirects keep the host and scheme the reader used (behind a proxy, in tests).',
    'absolute_redirect off;',
    'server_tokens off;',
    '',
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 5;',
    'gzip_min_length 256;',
    'gzip_types text/css text/plain text/xml application/javascript application/json application/xml application/rss+xml text/calendar image/svg+xml application/wasm;',
    '# Brotli, only where the Debian module is installed (README, "Punerea în producție").',
    'include /etc/nginx/cancelaria/optional/*.conf;',
    '',
    '# The Romanian 404 page, with the headers of a page.',
    'error_page 404 /404.html;',
    'location = /404.html {',
    '    internal;',
    ...headerLines(kinds.find((k) => k.kind === 'page')!.headers),
    '}',
    '',
    '# The static hosts\' header file is configuration, not a page.',
    'location = /_headers {',
    '    return 404;',
    '}',
    '',
    '# /x/index.html as typed by a reader is sent to /x/ (the index lookup itself is internal).',
    'if ($request_uri ~ "^(.*/)index\\.html(\\?.*)?$") {',
    '    return 301 $1;',
    '}',
    '',
  ];
  for (const k of kinds) {
    out.push(`# ${k.kind}: ${k.note}`, `location ${k.location} {`);
    // The charset parameter comes from `charset utf-8` (charset_types above), so gzip_types still match.
    if (k.type) out.push(`    types { ${k.type.mime} ${k.type.extension}; }`);
    // A path without its slash (/comunicate) is redirected to the folder (/comunicate/) by nginx itself.
    out.push(k.filesOnly ? '    try_files $uri =404;' : '    try_files $uri $uri/ =404;');
    out.push(...headerLines(k.headers), '}', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function headerLines(headers: Record<string, string>): string[] {
  // `always`: the headers go on 404 and redirect answers too.
  return Object.entries(headers).map(([name, value]) => `    add_header ${name} ${nginxQuote(value)} always;`);
}

/** nginx's choice among matching locations: `^~` prefixes, then exact and regex, then plain prefixes. */
function precedence(location: string): number {
  if (location.startsWith('^~')) return 3;
  if (location.startsWith('~') || location.startsWith('=')) return 2;
  return location === '/' ? 0 : 1;
}

/**
 * `_headers` for static hosts. Every matching rule applies there, in file order, so rules
 * are written from the weakest nginx location to the strongest, and each rule first
 * detaches (`! Name`, Cloudflare Pages) every header a rule before it may have set: a
 * host that joined two CSPs would enforce both, and two policies only narrow.
 */
export function renderHeadersFile(opts: ServingOptions): string {
  const kinds = [...pathKinds(opts)].sort((a, b) => precedence(a.location) - precedence(b.location));
  const names = [...new Set(kinds.flatMap((k) => Object.keys(k.headers)))];
  const out: string[] = ['# GENERATED at build from src/lib/serving.ts (the same table as deploy/nginx/site.conf).', ''];
  for (const [i, k] of kinds.entries()) {
    const detach = i === 0 ? [] : names.map((n) => `  ! ${n}`);
    const set = Object.entries(k.headers).map(([n, v]) => `  ${n}: ${v}`);
    const contentType = k.type ? [`  Content-Type: ${k.type.mime}; charset=utf-8`] : [];
    for (const path of k.paths) out.push(`# ${k.kind}`, path, ...detach, ...set, ...contentType, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
