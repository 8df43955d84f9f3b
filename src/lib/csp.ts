/**
 * The Content-Security-Policies of the site, each source with its reason: the public
 * pages, the search page (Pagefind's WebAssembly) and /admin/ (Decap CMS and the git
 * service it saves to). Rendered into headers by src/lib/serving.ts.
 */

/** A Content-Security-Policy as directives → sources, rendered in this order. */
export type Policy = Record<string, string[]>;

export function renderPolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The public site: no script at all except the search page's own files, no inline code,
 * nothing from another origin. Images are the site's own (no data: URL is used anywhere).
 */
export const PUBLIC_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * /cautare/: Pagefind's script (/pagefind/*.js and the page's script from /_astro/)
 * compiles its WebAssembly index reader, which needs 'wasm-unsafe-eval' (and nothing
 * wider: no 'unsafe-eval'). It fetches its index from /pagefind/ (connect-src 'self').
 */
export const SEARCH_POLICY: Policy = { ...PUBLIC_POLICY, 'script-src': ["'self'", "'wasm-unsafe-eval'"] };

/**
 * Files under /pagefind/ are fetched by the search page's script (index, fragments,
 * filters, WebAssembly) or imported by it (the loader); none is ever a page. A policy on
 * a fetched file or a module script does nothing (the page's policy governs them), so
 * theirs is only the guard for a file opened directly: nothing may load, run or frame it.
 */
export const RESOURCE_POLICY: Policy = { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], sandbox: [] };

/** Where the CMS in the browser talks to: the git service's API and login, and its avatar images. */
export interface CmsOrigins {
  connect: string[];
  img: string[];
}

/** The backend as Decap receives it (cms/config.ts → cmsBackend, or the local proxy). */
export interface CmsBackendLike {
  name: string;
  proxy_url?: string;
  base_url?: string;
  api_root?: string;
}

const origin = (url: string) => new URL(url).origin;

/**
 * The origins the configured git service needs, each for a stated reason. Unknown
 * backends get only their explicit addresses.
 */
export function cmsOrigins(backend: CmsBackendLike): CmsOrigins {
  const explicit = [backend.api_root, backend.base_url].filter((u): u is string => Boolean(u)).map(origin);
  switch (backend.name) {
    case 'proxy':
      // Local editing only: decap-server on the editor's machine (`npm start`).
      return { connect: [origin(backend.proxy_url ?? 'http://127.0.0.1:8081/api/v1')], img: [] };
    case 'github':
      return {
        // The REST and GraphQL API; base_url is the OAuth helper, opened as a pop-up (a
        // navigation, not a fetch) and listed only so a token exchange by fetch also works.
        connect: unique(['https://api.github.com', ...explicit]),
        // Editors' avatars in the CMS header.
        img: ['https://avatars.githubusercontent.com'],
      };
    case 'gitlab': {
      // API and the PKCE token exchange (POST /oauth/token) on the same host; avatars come
      // from the instance itself or Gravatar.
      const host = explicit.length ? explicit : ['https://gitlab.com'];
      return { connect: unique(host), img: unique([...host, 'https://secure.gravatar.com']) };
    }
    case 'gitea':
    case 'forgejo':
      // API, PKCE token exchange and avatars on the instance (apiRoot and baseUrl).
      return { connect: unique(explicit), img: unique([...explicit, 'https://secure.gravatar.com']) };
    default:
      return { connect: unique(explicit), img: [] };
  }
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/**
 * /admin/: Decap CMS, bundled into /_astro/cms/ (no CDN; src/integrations/cms-bundle.ts). Found by running the
 * built admin in Chromium under this policy and listening for violations; the CMS
 * browser test (tests/e2e/cms.spec.ts) keeps doing so (tests/e2e/support/csp.ts).
 */
export function adminPolicy(cms: CmsOrigins): Policy {
  return {
    'default-src': ["'self'"],
    // The bundle only (its configuration is a JSON data block, which CSP does not execute).
    // 'unsafe-eval': Decap validates its configuration with ajv, which compiles each
    // validator with new Function(); without it the CMS stops at "Error loading the CMS
    // configuration". Only the admin page gets it; no public page does.
    'script-src': ["'self'", "'unsafe-eval'"],
    // Decap's styling library (emotion) and CodeMirror write <style> elements at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    // data: for icons inlined by Decap; blob: for previews of images being uploaded or
    // read through the git API; the git service's avatars.
    'img-src': ["'self'", 'data:', 'blob:', ...cms.img],
    'media-src': ["'self'", 'blob:'],
    // The git service's API (and, locally, decap-server); blob: because Decap reads an
    // uploaded image back from its blob: URL with fetch() when it saves the entry.
    'connect-src': ["'self'", 'blob:', ...cms.connect],
    // The preview pane is a same-origin frame.
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}
