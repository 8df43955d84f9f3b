/**
 * One URL per page shape: the route patterns of src/pages matched against the URLs the
 * build wrote (the sitemap). The layout test and the screenshot script both walk these,
 * so a new route is covered the day it is added, without editing a list.
 */

/** A route file of src/pages (relative, e.g. "comunicate/[slug].astro") as a URL pattern. */
export function routePattern(file: string): { route: string; re: RegExp; dynamic: number } | undefined {
  if (!file.endsWith('.astro')) return undefined; // endpoints (.ts) write feeds and files, not pages
  const noExt = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  const segments = noExt.split('/').filter(Boolean);
  let dynamic = 0;
  const re = segments
    .map((s) => {
      if (/^\[.+\]$/.test(s)) {
        dynamic++;
        return '[^/]+';
      }
      return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { route: `/${segments.join('/')}${segments.length ? '/' : ''}`, re: new RegExp(`^/${re}${segments.length ? '/' : ''}$`), dynamic };
}

/**
 * For each route with at least one built URL, the first URL (sorted) it serves. A URL
 * matching several routes belongs to the one with fewer dynamic segments, as in Astro.
 */
export function pageShapes(routeFiles: readonly string[], urls: readonly string[]): Map<string, string> {
  const routes = routeFiles.map(routePattern).filter((r) => r !== undefined).sort((a, b) => a.dynamic - b.dynamic);
  const out = new Map<string, string>();
  for (const url of [...urls].sort()) {
    const route = routes.find((r) => r.re.test(url));
    if (route && !out.has(route.route)) out.set(route.route, url);
  }
  return out;
}
