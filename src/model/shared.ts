/** Fields and option lists several content types share. */
import { f, type Option } from './fields.ts';

/** Roles of the institution's leadership and press office; names come from settings. */
export const ROLES = [
  { value: 'prefect', label: 'Prefectul' },
  { value: 'subprefect', label: 'Subprefectul' },
  { value: 'secretar-general', label: 'Secretarul general' },
  { value: 'purtator-de-cuvant', label: 'Purtătorul de cuvânt' },
] as const satisfies readonly Option[];
export type Role = (typeof ROLES)[number]['value'];

/** Attachments: documents offered for download beside the text. */
export const attachments = () =>
  f.list({
    label: 'Documente atașate',
    hint: 'PDF-uri sau alte documente de descărcat. Preferați PDF cu text (nu scanat), ca să fie accesibil.',
    summary: '{{fields.title}}',
    fields: {
      file: f.media({ label: 'Fișier', media: 'file', required: true }),
      title: f.string({ label: 'Titlul documentului', hint: 'Ce conține, ex.: „Ordinul prefectului nr. 112/2026”.', required: true, max: 200 }),
    },
  });

/** A short text shown in lists, search results, feeds and social cards. */
export const summary = <const R extends boolean>(required: R, hint: string) =>
  f.string({ label: 'Rezumat', hint, required, max: 300, multiline: true });

export const draft = () =>
  f.boolean({
    label: 'Ciornă',
    hint: 'Bifat: nu apare pe site, în fluxuri sau în căutare, chiar dacă a fost publicat în CMS.',
    default: false,
  });
