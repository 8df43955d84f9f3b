/**
 * The search page's script (/cautare/ only). Reads the search from the URL, runs it with
 * Pagefind, shows the first page of results, then the counts per filter value. The URL is
 * the state: submitting or changing a filter pushes a new entry, Back restores it.
 *
 * Cost on a large archive (README "Căutare"): the index is split by date into shards
 * (src/lib/search-shards.ts), each a Pagefind instance. The newest loads as the page opens,
 * the others once it is ready (or once a search in the URL has shown its first results). A
 * search sorted by date asks the shards in date order and shows the first results as soon
 * as they are known; a search fetches only the index chunks of its words and the fragments
 * of the results shown (PAGE_SIZE), never all matches; filter counts load last.
 */
import {
  countPhrase,
  excerptParts,
  hasQuery,
  pagefindQuery,
  parseSearchState,
  resultHref,
  searchQueryString,
  SEARCH_FILTERS,
  type SearchState,
} from '../lib/search-state.ts';
import { isShardManifest, mergeByScore, needsVocabularyCheck, SHARD_MANIFEST, SHARD_MANIFEST_ELEMENT, shardPlan, shardQuery, sumCounts, vocabularyCheck, vocabularyHolders, type Shard } from '../lib/search-shards.ts';

const PAGE_SIZE = 10;
/** Words of context around the matches: two lines on a phone. */
const EXCERPT_WORDS = 26;

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
/** One Pagefind index (a shard), as pagefind.js's createInstance() returns it. */
interface Instance {
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o: Record<string, unknown>): Promise<PagefindResponse>;
}
interface PagefindModule {
  createInstance(o: Record<string, unknown>): Instance;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('cautare');
const input = $<HTMLInputElement>('q');
const sortSelect = $<HTMLSelectElement>('f-sort');
const status = $<HTMLParagraphElement>('search-status');
const list = $<HTMLOListElement>('search-list');
const more = $<HTMLButtonElement>('search-more');
const fallback = $<HTMLDivElement>('search-fallback');
const strings = JSON.parse($('search-strings').textContent ?? '{}') as Record<string, string>;
const selects = new Map(SEARCH_FILTERS.map((name) => [name, $<HTMLSelectElement>(`f-${name}`)]));

let current: PagefindResult[] = [];
let shown = 0;
let generation = 0;

function stateFromForm(): SearchState {
  return parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  for (const [name, select] of selects) select.value = state.filters[name] ?? '';
  sortSelect.value = state.sort;
}

/** The shards and Pagefind's loader, fetched once, as the page opens. */
interface Index {
  shards: Shard[];
  /** Shard i's instance, loaded on first use (shard 0 at once). */
  instance(i: number): Promise<Instance>;
  /** Starts loading every shard, so later searches pay only for their words. */
  warm(): void;
}

let index: Promise<Index> | undefined;
const countsLoaded = new Set<number>();

/** The index, loaded once; after a failure (a network error), the next search tries again. */
function loadIndex(): Promise<Index> {
  return (index ??= load().catch((e: unknown) => {
    index = undefined;
    throw e;
  }));
}

/**
 * The shard manifest: written into the page by the build (SHARD_MANIFEST_ELEMENT), so
 * nothing is fetched for it; a page without it (built before the index existed) asks for
 * the file.
 */
async function shardManifest(base: string): Promise<unknown> {
  const inline = document.getElementById(SHARD_MANIFEST_ELEMENT)?.textContent;
  if (inline) return JSON.parse(inline) as unknown;
  const r = await fetch(`${base}${SHARD_MANIFEST}`, { cache: 'no-cache' });
  return r.ok ? ((await r.json()) as unknown) : undefined;
}

/** Pagefind's compressed files: the index, fragments, filters, metadata and WebAssembly. */
const COMPRESSED = /^\/pagefind\/.+\.(?:pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/;

/**
 * Pagefind gzips its files itself and inflates them in JavaScript, on the page's only
 * thread: on a first search that was the largest part of the time between the bytes
 * arriving and the results. Its loader skips inflating a file that already starts with
 * its signature, so its requests (it calls the page's fetch) are answered, inflated by
 * the browser's own DecompressionStream, before it sees them. Only same-origin requests
 * for those files, only when the body is gzip (the placeholder WebAssembly of the older
 * shards is not); anything else, an error status included, is passed on untouched.
 */
let inflating = false;
function inflateForPagefind(): void {
  if (inflating || typeof DecompressionStream === 'undefined') return;
  inflating = true;
  const pageFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await pageFetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!response.ok || url.origin !== location.origin || !COMPRESSED.test(url.pathname)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const body = gzip ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer() : bytes;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

async function load(): Promise<Index> {
  // Paths built at run time, so the bundler leaves Pagefind's own file alone.
  const base = '/pagefind/';
  inflateForPagefind();
  const [manifest, pf] = await Promise.all([shardManifest(base), import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindModule>]);
  if (!isShardManifest(manifest)) throw new Error(`${base}${SHARD_MANIFEST}: missing or unreadable`);
  // metaCacheTag: the entry file's address names its version (the newest shard's is preloaded by the page).
  const create = (shard: Shard) => pf.createInstance({ basePath: `${base}${shard.key}/`, excerptLength: EXCERPT_WORDS, noWorker: true, metaCacheTag: shard.entry });
  // An empty search returns once the instance has its WebAssembly and metadata, fetching nothing more.
  const ready = async (i: Instance) => (await i.search('', {}), i);
  // Shard 0 (the newest) holds the WebAssembly module; the others share it once it runs
  // (their copy is an empty placeholder: see WASM_STUB in src/integrations/pagefind.ts),
  // so each of them starts only after shard 0 is ready. A shard that failed to load is
  // forgotten, and tried again by the next search that needs it.
  const loaded = new Map<number, Promise<Instance>>();
  const instance = (i: number): Promise<Instance> => {
    let p = loaded.get(i);
    if (!p) {
      p = (i === 0 ? ready(create(manifest.shards[0]!)) : instance(0).then(() => ready(create(manifest.shards[i]!)))).catch((e: unknown) => {
        loaded.delete(i);
        throw e;
      });
      loaded.set(i, p);
    }
    return p;
  };
  // Loading ahead: a failure here is reported by the search that needs the shard, if any.
  const warm = () => manifest.shards.forEach((_, i) => void instance(i).catch((e: unknown) => console.warn(e)));
  return { shards: manifest.shards, instance, warm };
}

function resultItem(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const li = document.createElement('li');
  const meta = document.createElement('p');
  meta.className = 'meta';
  const tag = document.createElement('span');
  tag.className = 'tag';
  tag.textContent = data.meta.eticheta ?? '';
  meta.append(tag);
  if (data.meta.retras) {
    const w = document.createElement('span');
    w.className = 'tag withdrawn';
    w.textContent = strings.withdrawn!;
    meta.append(' ', w);
  }
  const bits = [data.meta.numar ? `${strings.number} ${data.meta.numar}` : '', data.meta.data ?? ''].filter(Boolean);
  if (bits.length) meta.append(` ${bits.join(' · ')}`);
  const h = document.createElement('h3');
  const a = document.createElement('a');
  const parts = excerptParts(data.excerpt);
  a.href = resultHref(data.url, parts);
  a.textContent = data.meta.title ?? data.url;
  h.append(a);
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const part of parts) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      p.append(m);
    } else p.append(part.text);
  }
  li.append(h, meta, p);
  return li;
}

/** Shows results up to `until` (the next page of PAGE_SIZE), fetching only their fragments. */
async function showUpTo(until: number, focusFirst: boolean, gen: number): Promise<void> {
  const slice = current.slice(shown, until);
  if (!slice.length) return;
  const from = shown;
  shown += slice.length;
  const data = await Promise.all(slice.map((r) => r.data()));
  if (gen !== generation) return;
  const items = data.map(resultItem);
  // Batches come one at a time (run() awaits each; „Mai multe” queues): append in order.
  list.append(...items);
  if (focusFirst && items[0] && from > 0) items[0].querySelector('a')!.focus();
}

function updateCounts(counts: Record<string, Record<string, number>>): void {
  for (const [name, select] of selects) {
    const byValue = counts[name] ?? {};
    for (const option of select.options) {
      if (!option.value) continue;
      const n = byValue[option.value] ?? 0;
      option.textContent = `${option.dataset.label} (${n})`;
    }
  }
}

async function run(state: SearchState): Promise<void> {
  const gen = ++generation;
  list.replaceChildren();
  more.hidden = true;
  current = [];
  shown = 0;
  if (!hasQuery(state)) {
    status.textContent = strings.prompt!;
    return;
  }
  status.textContent = strings.searching!;
  const idx = await loadIndex();
  const plan = shardPlan(idx.shards, state.sort, state.filters.an);
  const query = pagefindQuery(state);
  const search = async (i: number) => {
    const q = shardQuery(query, i, idx.shards);
    return (await idx.instance(i)).search(q.term, q.options);
  };
  // Whether older shard i holds every searched word, asked of the newest shard's hidden
  // pages (src/lib/search-vocabulary.ts): a shard that does not is not searched, as
  // Pagefind would answer it with other words.
  let holders: Promise<Set<number>> | undefined;
  const holds = async (i: number): Promise<boolean> => {
    if (i === 0 || !needsVocabularyCheck(query.term, idx.shards.length)) return true;
    const term = query.term;
    // One search answers for every older shard (its counts per shard key).
    holders ??= idx
      .instance(0)
      .then((newest) => newest.search(...vocabularyCheck(term)))
      .then((r) => vocabularyHolders(r.filters, idx.shards));
    return (await holders).has(i);
  };
  const holding = async (order: number[]) => (await Promise.all(order.map(async (i) => ((await holds(i)) ? i : -1)))).filter((i) => i >= 0);
  const responses = new Map<number, PagefindResponse>();
  // For `npm run bench:search` and the browser tests: when the first results were on screen.
  let marked = false;
  const markShown = () => {
    if (!marked) performance.mark('search:results');
    marked = true;
  };
  if (plan.mode === 'merge') {
    // Every shard loads now (the later searches pay only for their words).
    idx.warm();
    const kept = await holding(plan.order);
    await Promise.all(kept.map(async (i) => responses.set(i, await search(i))));
    if (gen !== generation) return;
    current = mergeByScore(kept.map((i) => responses.get(i)!.results));
    await showUpTo(PAGE_SIZE, false, gen);
    if (gen !== generation) return;
    markShown();
  } else {
    // Date order: shard by shard until a page of results is known, then the rest at once.
    let next = 0;
    while (next < plan.order.length && current.length < PAGE_SIZE) {
      const i = plan.order[next++]!;
      if (!(await holds(i))) continue;
      const response = await search(i);
      if (gen !== generation) return;
      responses.set(i, response);
      current = current.concat(response.results);
      if (current.length) {
        await showUpTo(PAGE_SIZE, false, gen);
        if (gen !== generation) return;
        markShown();
        if (next < plan.order.length) status.textContent = strings.searchingOlder!;
      }
    }
    // The first results are on screen: every shard loads now.
    idx.warm();
    const rest = await holding(plan.order.slice(next));
    const answers = await Promise.all(rest.map(search));
    if (gen !== generation) return;
    rest.forEach((i, k) => responses.set(i, answers[k]!));
    current = current.concat(...answers.map((a) => a.results));
    await showUpTo(PAGE_SIZE, false, gen);
    if (gen !== generation) return;
    markShown();
  }
  const n = current.length;
  more.hidden = shown >= n;
  status.textContent = n === 0 ? strings.none! : `${countPhrase(n, strings.resultOne!, strings.resultMany!)}${state.q ? ` ${strings.for} „${state.q}”` : ''}.`;
  document.body.dataset.searchDone = String(gen);
  performance.mark('search:complete');
  // Counts per filter value need every filter's chunk of every shard searched: loaded last.
  const counts = await Promise.all(
    [...responses.keys()].map(async (i) => {
      if (countsLoaded.has(i)) return responses.get(i)!.filters;
      const inst = await idx.instance(i);
      await inst.filters();
      countsLoaded.add(i);
      const q = shardQuery(query, i, idx.shards);
      return (await inst.search(q.term, q.options)).filters;
    }),
  );
  if (gen !== generation) return;
  updateCounts(sumCounts(counts));
}

function navigate(push: boolean): void {
  const state = stateFromForm();
  const url = `/cautare/${searchQueryString(state)}`;
  if (push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  void run(state).catch(failed);
}

function failed(e: unknown): void {
  console.error(e);
  $('search-fallback-text').textContent = strings.loadFailed!;
  fallback.hidden = false;
  status.textContent = '';
}

fallback.hidden = true;
fillForm(parseSearchState(new URLSearchParams(location.search)));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  navigate(true);
});
for (const select of [...selects.values(), sortSelect]) select.addEventListener('change', () => navigate(true));
// „Mai multe rezultate”: one page at a time, in order, however fast it is pressed.
let moreQueue: Promise<void> = Promise.resolve();
more.addEventListener('click', () => {
  const gen = generation;
  moreQueue = moreQueue
    .then(async () => {
      if (gen !== generation) return;
      await showUpTo(shown + PAGE_SIZE, true, gen);
      if (gen === generation) more.hidden = shown >= current.length;
    })
    .catch(failed);
});
window.addEventListener('popstate', () => {
  fillForm(parseSearchState(new URLSearchParams(location.search)));
  void run(stateFromForm()).catch(failed);
});
const opening = stateFromForm();
// With a search in the URL, the other shards wait for its first results; without, they load now.
loadIndex()
  .then((idx) => (hasQuery(opening) ? undefined : idx.instance(0).then(() => idx.warm())))
  .catch(failed);
void run(opening).catch(failed);
