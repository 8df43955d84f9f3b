/**
 * Ordinele prefectului: the register of the prefect's orders. Normative orders are public
 * by law (Administrative Code, OUG 57/2019) and are published with the signed PDF; individual
 * orders are listed so the register has no gaps, with the PDF when it may be published.
 */
import type { z } from 'astro/zod';
import { defineContentType } from './define.ts';
import { f, type Option } from './fields.ts';
import { draft, summary } from './shared.ts';

export const ORDER_KINDS = [
  { value: 'normativ', label: 'Cu caracter normativ' },
  { value: 'individual', label: 'Cu caracter individual' },
] as const satisfies readonly Option[];
export type OrderKind = (typeof ORDER_KINDS)[number]['value'];

export const ORDER_STATUSES = [
  { value: 'in-vigoare', label: 'În vigoare' },
  { value: 'modificat', label: 'Modificat' },
  { value: 'abrogat', label: 'Abrogat' },
] as const satisfies readonly Option[];
export type OrderStatus = (typeof ORDER_STATUSES)[number]['value'];

/** What an order is about; a short fixed list so the register can be read by domain. */
export const ORDER_DOMAINS = [
  { value: 'situatii-de-urgenta', label: 'Situații de urgență' },
  { value: 'ordine-publica', label: 'Ordine publică' },
  { value: 'fond-funciar', label: 'Fond funciar' },
  { value: 'alegeri', label: 'Alegeri' },
  { value: 'comisii-si-grupuri-de-lucru', label: 'Comisii și grupuri de lucru' },
  { value: 'controlul-legalitatii', label: 'Controlul legalității' },
  { value: 'organizare-interna', label: 'Organizarea instituției' },
  { value: 'servicii-publice', label: 'Servicii publice comunitare' },
  { value: 'alte-domenii', label: 'Alte domenii' },
] as const satisfies readonly Option[];

export const PrefectOrderType = defineContentType({
  key: 'prefectOrders',
  label: 'Ordinele prefectului',
  labelSingular: 'Ordin al prefectului',
  description:
    'Folosiți pentru fiecare ordin emis de prefect, în ordinea numerelor din registru. Ordinele cu caracter normativ se publică obligatoriu, cu PDF-ul semnat. Ordinele individuale se trec în registru; atașați PDF-ul doar dacă nu conține date personale care nu pot fi publicate. Nu folosiți pentru comunicate despre ordine (acelea sunt Comunicate).',
  dir: 'content/prefect-orders',
  format: 'yaml',
  slug: 'ordin-{{fields.number}}-{{year}}',
  cms: { summary: 'Nr. {{number}} din {{date | date("DD.MM.YYYY")}} · {{title}}', sortableFields: ['date', 'number', 'title'], identifierField: 'title' },
  fields: {
    number: f.number({ label: 'Numărul', hint: 'Numărul din registrul ordinelor. Unic în cadrul unui an.', required: true, min: 1, max: 99999 }),
    date: f.date({ label: 'Data emiterii', hint: 'Data de pe ordin.', required: true }),
    title: f.string({ label: 'Titlul', hint: 'Titlul complet, ex.: „privind constituirea Comisiei județene pentru…”.', required: true, max: 300 }),
    kind: f.select({ label: 'Caracterul', hint: 'Normativ: se aplică tuturor (se publică obligatoriu). Individual: privește persoane anume.', options: ORDER_KINDS, required: true }),
    domain: f.select({ label: 'Domeniul', options: ORDER_DOMAINS, required: true }),
    status: f.select({
      label: 'Starea',
      hint: 'Când un ordin nou modifică sau abrogă acest ordin, schimbați starea și adăugați ordinul nou mai jos.',
      options: ORDER_STATUSES,
      default: 'in-vigoare',
    }),
    changedBy: f.relations({
      label: 'Modificat sau abrogat prin',
      hint: 'Ordinele care au modificat sau au abrogat acest ordin. Obligatoriu când starea nu este „În vigoare”.',
      collection: 'prefectOrders',
      valueField: '{{slug}}',
      displayFields: ['number', 'title'],
      searchFields: ['number', 'title'],
    }),
    pdf: f.media({ label: 'Ordinul semnat (PDF)', hint: 'PDF-ul ordinului semnat. Obligatoriu pentru ordinele normative.', media: 'file' }),
    published: f.date({
      label: 'Data aducerii la cunoștință publică',
      hint: 'Ziua în care ordinul apare pe site. O dată din viitor îl programează.',
      required: true,
    }),
    summary: summary(false, 'Opțional: ce prevede ordinul, pe scurt, pentru cetățeni.'),
    draft: draft(),
  },
  rules(data, report) {
    if (data.pdf && !data.pdf.toLowerCase().endsWith('.pdf')) report(['pdf'], 'is not a PDF; upload the signed order as a .pdf file');
    if (data.published < data.date) report(['published'], `is before the date of the order (${data.date}); an order is made public after it is signed`);
    if (data.status !== 'in-vigoare' && data.changedBy.length === 0) {
      report(['changedBy'], `is empty but the status is ${data.status}; add the order that changed or repealed it`);
    }
  },
});

export const PrefectOrderSchema = PrefectOrderType.schema;
export type PrefectOrder = z.output<typeof PrefectOrderSchema>;
