/** Public URL patterns shared by pages and tests. */

/** URL of page n of the press-release list. */
export function pageHref(n: number): string {
  return n === 1 ? '/comunicate/' : `/comunicate/pagina/${n}/`;
}
