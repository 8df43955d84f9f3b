/**
 * A broken-link check over a built site, offline: every internal address in every page
 * (navigation, content, <link>, <img>, the site's own absolute URLs in canonical and Open
 * Graph tags) must name a file of the build, and a #fragment must name an id there.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { walk } from './dist.ts';

export interface BrokenLink {
  /** The page holding the link, as a path of the site (/presa/index.html). */
  page: string;
  /** The address as written. */
  link: string;
  problem: string;
}

export interface LinkReport {
  /** Internal addresses checked, counting repeats. */
  checked: number;
  /** Distinct internal targets (path and fragment) that resolved. */
  resolved: Set<string>;
  broken: BrokenLink[];
}

const TAG = /<[a-zA-Z][^>]*>/g;
const ATTR = /\s([a-zA-Z-:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Attribute values of every tag, as [name, value]. */
function attributes(html: string): [string, string][] {
  const out: [string, string][] = [];
  for (const tag of html.match(TAG) ?? []) {
    for (const m of tag.matchAll(ATTR)) out.push([m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? '')]);
  }
  return out;
}

/** Addresses a page points to: href/src everywhere, and Open Graph/Twitter URLs given in content. */
function links(html: string, siteUrl: string): string[] {
  const out: string[] = [];
  for (const [name, value] of attributes(html)) {
    if (name === 'href' || name === 'src') out.push(value);
    else if (name === 'srcset') out.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean));
    else if (name === 'content' && value.startsWith(`${siteUrl}/`)) out.push(value);
  }
  return out;
}

function ids(html: string): Set<string> {
  return new Set(attributes(html).filter(([name]) => name === 'id').map(([, value]) => value));
}

export function checkLinks(dist: string, siteUrl: string): LinkReport {
  const origin = new URL(siteUrl).origin;
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = idCache.get(file);
    if (!set) idCache.set(file, (set = ids(readFileSync(file, 'utf8'))));
    return set;
  };
  const report: LinkReport = { checked: 0, resolved: new Set(), broken: [] };
  const pages = [...walk(dist)].filter((f) => f.endsWith('.html')).sort();
  for (const file of pages) {
    const pagePath = `/${relative(dist, file).split(sep).join('/')}`;
    const base = new URL(pagePath, origin);
    for (const link of links(readFileSync(file, 'utf8'), siteUrl)) {
      let url: URL;
      try {
        url = new URL(link, base);
      } catch {
        report.broken.push({ page: pagePath, link, problem: 'is not a valid address' });
        continue;
      }
      if (url.origin !== origin) continue; // another site, mailto:, tel:
      report.checked++;
      const path = decodeURIComponent(url.pathname);
      const candidate = join(dist, path);
      const target = path.endsWith('/')
        ? join(candidate, 'index.html')
        : existsSync(candidate) && statSync(candidate).isDirectory()
          ? join(candidate, 'index.html')
          : candidate;
      if (!existsSync(target)) {
        report.broken.push({ page: pagePath, link, problem: `no file ${relative(dist, target)} in the build` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        report.broken.push({ page: pagePath, link, problem: `no id="${fragment}" in ${relative(dist, target)}` });
        continue;
      }
      report.resolved.add(`${path}${url.hash}`);
    }
  }
  return report;
}

/** One line per broken link, for an assertion message that lists them all. */
export function formatBroken(broken: BrokenLink[]): string[] {
  return broken.map((b) => `${b.page}: ${b.link} – ${b.problem}`);
}
