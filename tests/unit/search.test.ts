import { describe, expect, it } from 'vitest';
import { actReferences, searchRecord } from '../../src/lib/search-record.ts';
import { countPhrase, excerptParts, hasQuery, pagefindQuery, parseSearchState, resultHref, searchQueryString, searchTerm } from '../../src/lib/search-state.ts';

describe('searchRecord', () => {
  it('gives a release its kind, type, topics, year, label, number, date and sort key', () => {
    const r = searchRecord({
      kind: 'comunicat',
      label: 'Comunicat de presă',
      date: new Date('2026-07-20T11:30:00Z'), // 14:30 in Bucharest (summer)
      releaseType: 'comunicat',
      topics: ['situatii-de-urgenta', 'infrastructura'],
      number: '412/2026',
    });
    expect(r.filters).toEqual({ tip: ['comunicat'], an: ['2026'], categorie: ['comunicat'], tema: ['situatii-de-urgenta', 'infrastructura'] });
    expect(r.meta).toEqual({ eticheta: 'Comunicat de presă', data: '20 iulie 2026', numar: '412/2026' });
    expect(r.sort).toEqual({ data: '2026-07-20T14:30' });
  });

  it('files a release of 31 December late evening under its Bucharest year', () => {
    const r = searchRecord({ kind: 'comunicat', label: 'x', date: new Date('2025-12-31T22:30:00Z') });
    expect(r.filters.an).toEqual(['2026']);
    expect(r.sort.data).toBe('2026-01-01T00:30');
  });

  it('labels a withdrawn release and lists the acts its text cites', () => {
    const r = searchRecord({ kind: 'comunicat', label: 'x', date: new Date('2026-01-01T10:00:00Z'), withdrawn: true, text: 'Conform Hotărârii CJSU Alba nr. 7/2026 și Hotărârea CJSU nr. 9/2025…' });
    expect(r.meta.retras).toBe('Retras');
    expect(r.meta.acte).toBe('HCJSU 7/2026; HCJSU 9/2025');
  });
});

describe('actReferences', () => {
  it.each([
    ['Hotărârea CJSU Alba nr. 7/2026', ['HCJSU 7/2026']],
    ['hotărârea Comitetului Județean pentru Situații de Urgență nr. 12/2026', ['HCJSU 12/2026']],
    ['Hotărârea Consiliului Local Zlatna nr. 45/2026', ['HCL 45/2026']],
    ['Hotărârea Consiliului Local al orașului Abrud nr. 3/2025', ['HCL 3/2025']],
    ['Hotărârea Consiliului Județean Alba nr. 210/2026', ['HCJ 210/2026']],
    ['Hotărârea Guvernului nr. 560/2022', ['HG 560/2022']],
    ['Ordinul prefectului nr. 318/2026', ['OP 318/2026']],
    ['hotărârea a fost comunicată', []],
    ['nr. 7/2026 fără act', []],
  ])('%s → %j', (text, expected) => {
    expect(actReferences(text)).toEqual(expected);
  });
});

describe('search state in the URL', () => {
  it('reads a shared URL, ignoring unknown and empty parameters', () => {
    const s = parseSearchState(new URLSearchParams('q=  sedinta   cjsu &tip=comunicat&tema=&an=2026&sort=vechi&x=1'));
    expect(s).toEqual({ q: 'sedinta cjsu', filters: { tip: 'comunicat', an: '2026' }, sort: 'vechi' });
  });

  it('falls back to newest first for an unknown sort, and caps a hostile query', () => {
    const s = parseSearchState(new URLSearchParams(`q=${'a'.repeat(5000)}&sort=<script>`));
    expect(s.sort).toBe('noi');
    expect(s.q.length).toBe(200);
  });

  it('writes the same URL for the same search, defaults left out', () => {
    expect(searchQueryString({ q: 'ședință', filters: { tip: 'comunicat' }, sort: 'noi' })).toBe('?q=%C8%99edin%C8%9B%C4%83&tip=comunicat');
    expect(searchQueryString({ q: '', filters: {}, sort: 'noi' })).toBe('');
    expect(searchQueryString({ q: 'x', filters: { an: '2025', tema: 'mediu' }, sort: 'relevanta' })).toBe('?q=x&tema=mediu&an=2025&sort=relevanta');
    const round = parseSearchState(new URLSearchParams(searchQueryString({ q: 'a b', filters: { categorie: 'precizari' }, sort: 'vechi' }).slice(1)));
    expect(round).toEqual({ q: 'a b', filters: { categorie: 'precizari' }, sort: 'vechi' });
  });

  it('asks Pagefind for the date sort by default, none for relevance, null term for filters alone', () => {
    expect(pagefindQuery({ q: 'x', filters: { tip: 'eveniment' }, sort: 'noi' })).toEqual({ term: 'x', options: { filters: { tip: 'eveniment' }, sort: { data: 'desc' } } });
    expect(pagefindQuery({ q: 'x', filters: {}, sort: 'relevanta' }).options.sort).toEqual({});
    expect(pagefindQuery({ q: '', filters: { an: '2026' }, sort: 'vechi' })).toEqual({ term: null, options: { filters: { an: '2026' }, sort: { data: 'asc' } } });
    expect(hasQuery({ q: '', filters: {}, sort: 'noi' })).toBe(false);
  });
});

describe('searchTerm', () => {
  it.each([
    ['situatii de urgenta', 'situatii urgenta'],
    ['Situații De Urgență', 'Situații Urgență'],
    ['ședința CJSU din 19 mai', 'ședința CJSU 19 mai'],
    ['prefectul și subprefectul', 'prefectul subprefectul'],
    ['de', 'de'],
    ['de la', 'de la'],
    ['"situații de urgență"', '"situații de urgență"'],
    ['418/2026', '418/2026'],
  ])('%s → %s', (q, expected) => {
    expect(searchTerm(q)).toBe(expected);
  });
});

describe('countPhrase', () => {
  it.each([
    [0, '0 rezultate'],
    [1, '1 rezultat'],
    [2, '2 rezultate'],
    [19, '19 rezultate'],
    [20, '20 de rezultate'],
    [101, '101 rezultate'],
    [120, '120 de rezultate'],
    [10000, '10.000 de rezultate'],
  ])('%i → %s', (n, expected) => {
    expect(countPhrase(n, 'rezultat', 'rezultate')).toBe(expected);
  });
});

describe('excerpts and result links', () => {
  it('splits an excerpt into text and marked words, decoding what Pagefind escaped', () => {
    expect(excerptParts('Prefectul a convocat <mark>ședința</mark> &lt;CJSU&gt; &amp; <mark>ISU</mark>')).toEqual([
      { text: 'Prefectul a convocat ', mark: false },
      { text: 'ședința', mark: true },
      { text: ' <CJSU> & ', mark: false },
      { text: 'ISU', mark: true },
    ]);
  });

  it('keeps markup in content as text, never as elements', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>test</mark>');
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', mark: false });
  });

  it('links to the first matched word with a text fragment', () => {
    expect(resultHref('/comunicate/x/', excerptParts('a <mark>ședința</mark> b'))).toBe('/comunicate/x/#:~:text=%C8%99edin%C8%9Ba');
    expect(resultHref('/comunicate/x/', excerptParts('a <mark>social-democrat</mark>'))).toBe('/comunicate/x/#:~:text=social%2Ddemocrat');
    expect(resultHref('/comunicate/x/', excerptParts('no marks'))).toBe('/comunicate/x/');
  });
});
