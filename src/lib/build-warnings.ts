/**
 * Bundler warnings that are known and harmless, dropped where the bundler reports them so
 * that every warning the build prints is worth reading. Each is narrowed to the packages
 * that cause it: the same warning from our code, or from another package, still shows.
 *
 * - EVAL: js-sha256, gray-matter and @iarna/toml (dependencies of Decap CMS, in the
 *   /admin/ bundle only) call `eval("require(...)")` to reach Node modules when run in
 *   Node; in the browser that branch never runs. Public pages load none of them.
 * - MODULE_LEVEL_DIRECTIVE: "use client" in react-toastify and jotai (Decap's UI) is a
 *   React Server Components marker; the CMS renders in the browser only, where it means
 *   nothing.
 */
const KNOWN: { code: string; packages: RegExp }[] = [
  { code: 'EVAL', packages: /node_modules\/(js-sha256|gray-matter|@iarna\/toml)\// },
  { code: 'MODULE_LEVEL_DIRECTIVE', packages: /node_modules\/(react-toastify|jotai)\// },
];

export interface BundlerLog {
  code?: string;
  id?: string;
  message?: string;
}

export function isKnownHarmless(log: BundlerLog): boolean {
  const where = `${log.id ?? ''} ${log.message ?? ''}`;
  return KNOWN.some((k) => k.code === log.code && k.packages.test(where));
}

/**
 * The CMS bundle (Decap CMS with React, CodeMirror and their dependencies, about 6.5 MB,
 * loaded by /admin/ only) is above Vite's 500 kB advice for a page's script; public pages
 * load no script but the search page's. The limit is set just above the CMS.
 */
export const CHUNK_SIZE_WARNING_KB = 8000;
