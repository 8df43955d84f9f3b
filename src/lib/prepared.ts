/**
 * Entries the content check has just read in this build, handed to the loader so that a
 * cold build parses and renders each body once, not twice (the check runs first, in the
 * same process). Kept on globalThis because Astro loads the integrations and the content
 * config as separate module graphs. The loader takes each entry out as it stores it.
 */
import type { LoadedEntry } from './content-check.ts';
import type { Heading } from './body-store.ts';

export interface PreparedEntry {
  entry: LoadedEntry;
  /** The body as HTML and its headings, for public entries that have one. */
  rendered?: { html: string; headings: Heading[]; text: string };
}

const KEY = Symbol.for('cancelaria.prepared-entries');

export function preparedEntries(): Map<string, PreparedEntry> {
  const g = globalThis as { [KEY]?: Map<string, PreparedEntry> };
  g[KEY] ??= new Map();
  return g[KEY];
}
