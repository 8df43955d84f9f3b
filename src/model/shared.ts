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
    label: 'Ascuns de pe site',
    hint: 'Bifat: intrarea nu apare pe site, în fluxuri sau în căutare, chiar după „Publicare” în CMS. Folosiți doar pentru a ține deoparte o intrare deja publicată în CMS; pentru un text în lucru folosiți coloana „Ciorne” a fluxului editorial.',
    default: false,
  });

/**
 * Levels of a site-wide alert, most urgent first: the three warning codes of the
 * Romanian emergency system, and a plain notice. The order is the display order.
 */
export const ALERT_LEVELS = [
  { value: 'rosu', label: 'Cod roșu' },
  { value: 'portocaliu', label: 'Cod portocaliu' },
  { value: 'galben', label: 'Cod galben' },
  { value: 'informare', label: 'Informare' },
] as const satisfies readonly Option[];
export type AlertLevel = (typeof ALERT_LEVELS)[number]['value'];

/** The fields of a site-wide emergency banner, shared by a release and the settings. */
export const alertFields = (linkHint: string) => ({
  level: f.select({ label: 'Nivelul', options: ALERT_LEVELS, required: true }),
  text: f.string({
    label: 'Textul benzii',
    hint: 'O frază: ce se întâmplă, unde și ce trebuie să facă oamenii. Ex.: „Cod roșu de inundații pe Arieș până marți la 18:00: evitați zona podurilor din Câmpeni.”',
    required: true,
    max: 200,
  }),
  link: f.string({ label: 'Legătura „Detalii”', hint: linkHint, max: 300, pattern: /^(https:\/\/\S+|\/\S*)$/, patternHint: 'pattern.alertLink' }),
  until: f.datetime({ label: 'Afișată până la', hint: 'Ora României. După această oră banda dispare la prima construire a site-ului.', required: true }),
});
