/**
 * One catalogue of messages (src/i18n/messages.ts): every message round-trips from the
 * build's English to the CMS's Romanian, and no English reaches the CMS: every label,
 * hint, option and pattern message of every field of the model, as the generated Decap
 * config carries it, and the Decap interface phrases the project overrides.
 */
import { describe, expect, it } from 'vitest';
import { cmsCollections } from '../../cms/config.ts';
import { LOCALE_OVERRIDES } from '../../cms/locale-ro.ts';
import { MESSAGES, msg, msgRo, parseMessage, toRomanian, type MessageKey } from '../../src/i18n/messages.ts';
import type { FieldMap } from '../../src/model/fields.ts';
import { CONTENT_TYPES } from '../../src/model/index.ts';

/** Words that only English sentences use (Romanian shares none of them as a whole word). */
const words = (list: string) => new RegExp(`(?<!\\p{L})(${list})(?!\\p{L})`, 'iu');
const ENGLISH = words('the|must|should|is|be|not|write|add|remove|with|without|e\\.g\\.|such as|lowercase|digits|letters|hyphens?|trailing|slash|colou?r|number|year|owner|required|optional|invalid|please|oops|workflow|rich text|new post|entry|entries|field|click|save|delete|publish');
/** The informal imperative and "tu" forms of Decap's own locale. */
const INFORMAL = new RegExp(`(?<!se )${words('ești|te rugăm|completează|alege|introdu|verifică|salvează|dorești|ai fost|ai ratat|scrie|caută|copiază|șterge|încarcă|descarcă').source}`, 'iu');

/** Every string of a Decap config object that an editor can read. */
function visibleStrings(node: unknown, path: string, out: [string, string][]) {
  if (Array.isArray(node)) {
    // pattern: [regex source, message]: only the message is shown.
    if (path.endsWith('.pattern') && node.length === 2) out.push([`${path}[1]`, String(node[1])]);
    else node.forEach((n, i) => visibleStrings(n, `${path}[${i}]`, out));
    return;
  }
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (['label', 'label_singular', 'hint', 'description'].includes(k) && typeof v === 'string') out.push([`${path}.${k}`, v]);
      else if (typeof v === 'object') visibleStrings(v, `${path}.${k}`, out);
    }
  }
}

function leaves(node: unknown, path: string, out: [string, string][]) {
  if (typeof node === 'string') out.push([path, node]);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) leaves(v, `${path}.${k}`, out);
}

const sample: Record<string, string> = { label: ' („Titlu”)', value: '"x"', length: '301', max: '300', min: '1', unit: 'item', options: 'a, b', expected: 'a text', guess: 'title', known: 'title, date', pattern: '/x/', example: '2026-12-01T10:00', date: '2026-03-29', time: '03:30', fix: '04:30', types: 'PDF, SVG', prefix: 'ED', domain: 'educatie', semester: '2026-S1', slug: 'x', role: 'prefect', problem: 'is bad' };

describe('the message catalogue', () => {
  it.each(Object.keys(MESSAGES).filter((k) => k !== 'field.value') as MessageKey[])('%s reads back from English to the same Romanian', (key) => {
    const en = msg(key, sample);
    expect(parseMessage(en)?.key).toBe(key);
    expect(toRomanian(en)).toBe(msgRo(key, sample));
    expect(msgRo(key, sample)).not.toMatch(/\{\w+\}/);
  });

  it('keeps a value quoted before a message in its place, in Romanian quotes', () => {
    expect(toRomanian(`"12-2026" ${msg('pattern.releaseNumber')}`)).toBe(`„12-2026” ${msgRo('pattern.releaseNumber')}`);
  });

  it.each(Object.entries(MESSAGES))('%s has Romanian without English words', (_key, { ro }) => {
    expect(ro).not.toMatch(ENGLISH);
  });

  it('has the Romanian of every message a model rule or pattern can produce', () => {
    const walk = (fields: FieldMap, at: string): string[] =>
      Object.entries(fields).flatMap(([name, def]) => {
        const s = def.spec;
        const here = s.kind === 'string' && s.patternHint ? [`${at}.${name}: ${s.patternHint}`] : [];
        return s.kind === 'object' || s.kind === 'list' ? [...here, ...walk(s.fields, `${at}.${name}`)] : here;
      });
    const keys = CONTENT_TYPES.flatMap((t) => walk(t.fields, t.key));
    expect(keys.length).toBeGreaterThan(5);
    for (const k of keys) expect(MESSAGES, k).toHaveProperty(k.split(': ')[1]!);
  });
});

describe('no English reaches the CMS', () => {
  const strings: [string, string][] = [];
  for (const c of cmsCollections()) visibleStrings(c, c.name, strings);

  it('walks every field of every content type', () => {
    const fields = strings.filter(([p]) => p.endsWith('.label')).length;
    expect(fields).toBeGreaterThan(150);
    expect(strings.some(([p]) => p.endsWith('pattern[1]'))).toBe(true);
  });

  it.each(strings)('%s', (_path, text) => {
    expect(text).not.toMatch(ENGLISH);
    expect(text, 'cedilla ş/ţ instead of comma-below ș/ț').not.toMatch(/[şţŞŢ]/);
  });

  it('labels do not say "(opțional)": Decap adds that itself', () => {
    for (const [path, text] of strings) if (path.endsWith('.label')) expect(text, path).not.toMatch(/opțional/i);
  });

  const phrases: [string, string][] = [];
  leaves(LOCALE_OVERRIDES, 'decap', phrases);
  it.each(phrases)('%s is formal Romanian', (_path, text) => {
    expect(text).not.toMatch(ENGLISH);
    expect(text).not.toMatch(INFORMAL);
  });
});

describe('Decap’s Romanian, with the overrides laid over it', () => {
  it('has no English or informal phrase left on the screens officers use', async () => {
    const { ro } = await import('decap-cms-locales/dist/esm/ro/index.js' as string).then((m: { default: unknown }) => ({ ro: m.default }));
    const { mergeLocale } = await import('../../cms/locale-ro.ts');
    const all: [string, string][] = [];
    leaves(mergeLocale(ro as never), 'decap', all);
    // Screens a press officer never sees with the git backend (other providers' logins, bug reports).
    const unseen = /loginWith|identitySettings|errorBoundary|onFailToAuth|auth\.errors|mediaLibraryCard\.draft$|i18n|dateFormat|app\.app\.|toggleI18n|notFoundPage/;
    const bad = all.filter(([p, text]) => !unseen.test(p) && (ENGLISH.test(text) || INFORMAL.test(text)));
    expect(bad).toEqual([]);
  });

  it('has a Romanian phrase for every phrase of Decap’s English locale, so none falls back to English', async () => {
    const load = async (l: string) => (await import(`../../node_modules/decap-cms-locales/dist/esm/${l}/index.js` as string)).default as Record<string, unknown>;
    const { mergeLocale } = await import('../../cms/locale-ro.ts');
    const merged = mergeLocale((await load('ro')) as never);
    const en: [string, string][] = [];
    leaves(await load('en'), '', en);
    const get = (path: string) => path.split('.').slice(1).reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], merged);
    expect(en.length).toBeGreaterThan(200);
    expect(en.map(([p]) => p).filter((p) => typeof get(p) !== 'string')).toEqual([]);
  });
});
