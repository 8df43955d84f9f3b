/**
 * What each indexed page tells Pagefind besides its text: filters (the names the search
 * page's URL uses, see search-state.ts), metadata shown in results, and the date sort key
 * every indexed page must carry, or it drops out of a date sort. Build side only.
 */
import { formatDate, localYear, toIsoLocal } from './dates.ts';

/** Kinds of indexed page: the `tip` filter. Keys are URL values; labels are shown. */
export const SEARCH_KINDS = [
  { value: 'comunicat', label: 'Comunicate' },
  { value: 'eveniment', label: 'Evenimente' },
  { value: 'informatii', label: 'Informații de interes public' },
  { value: 'strategie', label: 'Strategia de comunicare' },
  { value: 'romi', label: 'Incluziunea romilor' },
  { value: 'audiente', label: 'Audiențe' },
  { value: 'presa', label: 'Pentru presă' },
] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number]['value'];

/** What a page says about itself to the index. */
export interface SearchEntryInput {
  kind: SearchKind;
  /** The label shown beside the result: the release type, the event type, "Plan de acțiune"… */
  label: string;
  /** The moment that places the page in a date sort (publication, event start, last update). */
  date: Date;
  /** Press-release type (a RELEASE_TYPES value), for the `categorie` filter. */
  releaseType?: string | undefined;
  /** Topic slugs, for the `tema` filter. */
  topics?: readonly string[] | undefined;
  /** Registration number, e.g. 412/2026. */
  number?: string | undefined;
  /** True for a withdrawn release: labelled "Retras" in results. */
  withdrawn?: boolean | undefined;
  /** Text whose act references become searchable short forms (HCJSU 7/2026). */
  text?: string | undefined;
}

export interface SearchRecord {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** Pagefind sorts strings; local ISO date-times sort in time order. */
  sort: { data: string };
}

/** Short forms journalists type for acts the text spells out: "Hotărârea CJSU nr. 7/2026" → HCJSU 7/2026. */
const ACTS: { re: RegExp; short: string }[] = [
  { re: /hot[aă]r[aâ]r(?:ea|ii|ile|i)\s+(?:comitetului\s+județean\s+pentru\s+situații\s+de\s+urgență|cjsu)(?:\s+alba)?\s+(?:nr\.?\s*)?(\d{1,5}\/\d{4})/giu, short: 'HCJSU' },
  { re: /hot[aă]r[aâ]r(?:ea|ii|ile|i)\s+consiliului\s+(?:județean|judetean)(?:\s+\p{Lu}\p{Ll}+)?\s+(?:nr\.?\s*)?(\d{1,5}\/\d{4})/giu, short: 'HCJ' },
  { re: /hot[aă]r[aâ]r(?:ea|ii|ile|i)\s+consiliului\s+local(?:\s+(?:al\s+)?[\p{L}-]+){0,3}?\s+(?:nr\.?\s*)?(\d{1,5}\/\d{4})/giu, short: 'HCL' },
  { re: /hot[aă]r[aâ]r(?:ea|ii|ile|i)\s+guvernului\s+(?:nr\.?\s*)?(\d{1,5}\/\d{4})/giu, short: 'HG' },
  { re: /ordinul\s+prefectului(?:\s+județului\s+\p{Lu}\p{Ll}+)?\s+(?:nr\.?\s*)?(\d{1,5}\/\d{4})/giu, short: 'OP' },
];

/** The short forms (HCJSU 7/2026, HCL 12/2026…) of the acts a text cites, each once. */
export function actReferences(text: string): string[] {
  const found = new Set<string>();
  for (const { re, short } of ACTS) for (const m of text.matchAll(re)) found.add(`${short} ${m[1]}`);
  return [...found];
}

/** Filters, metadata and sort key of one indexed page. */
export function searchRecord(entry: SearchEntryInput): SearchRecord {
  const filters: Record<string, string[]> = { tip: [entry.kind], an: [String(localYear(entry.date))] };
  if (entry.releaseType) filters.categorie = [entry.releaseType];
  if (entry.topics?.length) filters.tema = [...entry.topics];
  const meta: Record<string, string> = { eticheta: entry.label, data: formatDate(entry.date) };
  if (entry.number) meta.numar = entry.number;
  if (entry.withdrawn) meta.retras = 'Retras';
  const acts = entry.text ? actReferences(entry.text) : [];
  if (acts.length) meta.acte = acts.join('; ');
  return { filters, meta, sort: { data: toIsoLocal(entry.date).slice(0, 16) } };
}

