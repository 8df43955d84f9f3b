/**
 * The search page's script (/cautare/ only). Reads the search from the URL, runs it with
 * Pagefind, shows the first page of results, then the counts per filter value. The URL is
 * the state: submitting or changing a filter pushes a new entry, Back restores it.
 *
 * Cost on a large archive (README "Căutare"): Pagefind's files load once, when the page
 * opens; a search fetches only the index chunks of its words and the fragments of the
 * results shown (PAGE_SIZE), never all matches; filter counts load after the first results.
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

const PAGE_SIZE = 10;
/** Words of context around the matches: two lines on a phone. */
const EXCERPT_WORDS = 26;

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o: Record<string, unknown>): Promise<PagefindResponse>;
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

let ready: Promise<Pagefind> | undefined;
let current: PagefindResult[] = [];
let shown = 0;
let generation = 0;
let countsLoaded = false;

function stateFromForm(): SearchState {
  return parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  for (const [name, select] of selects) select.value = state.filters[name] ?? '';
  sortSelect.value = state.sort;
}

/** Pagefind, loaded once; started as the page opens so a first search pays only for its words. */
function pagefind(): Promise<Pagefind> {
  return (ready ??= load());
}

async function load(): Promise<Pagefind> {
  // A path built at run time, so the bundler leaves Pagefind's own file alone.
  const url = '/pagefind/pagefind.js';
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.options({ excerptLength: EXCERPT_WORDS, noWorker: true });
  await pf.init();
  return pf;
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

async function showMore(focusFirst: boolean, gen: number): Promise<void> {
  const slice = current.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(slice.map((r) => r.data()));
  if (gen !== generation) return;
  const items = data.map(resultItem);
  list.append(...items);
  shown += slice.length;
  more.hidden = shown >= current.length;
  if (focusFirst && items[0]) {
    const link = items[0].querySelector('a')!;
    link.focus();
  }
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
  const pf = await pagefind();
  const { term, options } = pagefindQuery(state);
  const response = await pf.search(term, options);
  if (gen !== generation) return;
  current = response.results;
  const n = current.length;
  await showMore(false, gen);
  if (gen !== generation) return;
  status.textContent = n === 0 ? strings.none! : `${countPhrase(n, strings.resultOne!, strings.resultMany!)}${state.q ? ` ${strings.for} „${state.q}”` : ''}.`;
  document.body.dataset.searchDone = String(gen);
  // For `npm run bench:search`: when the first results of each search were on screen.
  performance.mark('search:results');
  // Counts per filter value need every filter's chunk; loaded after the first results show.
  if (!countsLoaded) {
    await pf.filters();
    countsLoaded = true;
    if (gen !== generation) return;
    const again = await pf.search(term, options);
    if (gen !== generation) return;
    updateCounts(again.filters);
  } else updateCounts(response.filters);
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
more.addEventListener('click', () => void showMore(true, generation).catch(failed));
window.addEventListener('popstate', () => {
  fillForm(parseSearchState(new URLSearchParams(location.search)));
  void run(stateFromForm()).catch(failed);
});
pagefind().catch(failed);
void run(stateFromForm()).catch(failed);
