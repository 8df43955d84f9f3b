import type { z } from 'astro/zod';
import { defineContentType } from './define.ts';
import { f, type Option } from './fields.ts';
import { attachments, summary } from './shared.ts';

/**
 * Sections of the public-interest information area, in the order of the publishing
 * standard (HG 123/2002 as amended by HG 478/2016), which opens with how to request
 * information. `general` is any page outside it. `needsPage`: the content check fails
 * when no page is in the section. Sections fed by other content types (the orders
 * register, Carieră and consultations from Anunțuri) list those entries besides pages.
 */
export const PAGE_SECTIONS = [
  { value: 'solicitare-informatii', label: 'Solicitarea informațiilor de interes public', needsPage: true },
  { value: 'legislatie', label: 'Legislație' },
  { value: 'conducere', label: 'Conducere' },
  { value: 'organizare', label: 'Organizare' },
  { value: 'ordinele-prefectului', label: 'Ordinele prefectului' },
  { value: 'programe-si-strategii', label: 'Programe și strategii' },
  { value: 'rapoarte', label: 'Rapoarte și studii' },
  { value: 'buget', label: 'Buget și situații financiare' },
  { value: 'venituri-salariale', label: 'Transparența veniturilor salariale', needsPage: true },
  { value: 'achizitii-publice', label: 'Achiziții publice' },
  { value: 'declaratii-avere-interese', label: 'Declarații de avere și de interese', needsPage: true },
  { value: 'cariera', label: 'Carieră' },
  { value: 'transparenta-decizionala', label: 'Transparență decizională' },
  { value: 'arhiva', label: 'Arhivă: buletine și rapoarte pe ani', needsPage: true },
  { value: 'servicii-publice', label: 'Pașapoarte, permise de conducere și înmatriculări', needsPage: true },
  { value: 'contact', label: 'Contact' },
  { value: 'general', label: 'Altă pagină (în afara secțiunii de informații de interes public)' },
] as const satisfies readonly (Option & { needsPage?: boolean })[];
export type PageSection = (typeof PAGE_SECTIONS)[number]['value'];

/** The ex-officio information of Law 544/2001, art. 5(1), letter by letter. */
export const LAW_544_ITEMS = [
  { value: 'a', label: 'a) actele normative care reglementează organizarea și funcționarea' },
  { value: 'b', label: 'b) structura organizatorică, atribuțiile, programul de funcționare și de audiențe' },
  { value: 'c', label: 'c) conducerea și funcționarul responsabil cu difuzarea informațiilor publice' },
  { value: 'd', label: 'd) coordonatele de contact' },
  { value: 'e', label: 'e) sursele financiare, bugetul și bilanțul contabil' },
  { value: 'f', label: 'f) programele și strategiile proprii' },
  { value: 'g', label: 'g) lista documentelor de interes public' },
  { value: 'h', label: 'h) lista categoriilor de documente produse și/sau gestionate' },
  { value: 'i', label: 'i) modalitățile de contestare a deciziei și de exercitare a drepturilor' },
] as const satisfies readonly Option[];

export const PageType = defineContentType({
  key: 'pages',
  label: 'Pagini',
  labelSingular: 'Pagină',
  description:
    'Folosiți pentru informații permanente, actualizate din când în când: informațiile de interes public (Legea 544/2001), pagina pentru presă, declarația de accesibilitate, nota de confidențialitate. Nu folosiți pentru știri (acelea sunt Comunicate).',
  dir: 'content/pages',
  format: 'mdx',
  slug: '{{slug}}',
  cms: { summary: '{{section}} · {{title}}', sortableFields: ['section', 'order', 'title', 'updated'], identifierField: 'title' },
  fields: {
    title: f.string({ label: 'Titlu', required: true, max: 160 }),
    summary: summary(false, 'Ce găsește cititorul pe pagină, într-o frază.'),
    section: f.select({
      label: 'Secțiunea',
      hint: 'Unde apare pagina în structura standard a informațiilor de interes public (HG 478/2016). „Altă pagină” pentru paginile din afara ei.',
      options: PAGE_SECTIONS,
      required: true,
    }),
    order: f.number({ label: 'Ordinea în secțiune', hint: 'Numerele mici apar primele.', min: 0, max: 999 }),
    updated: f.date({ label: 'Actualizată la', hint: 'Data la care ați verificat sau schimbat ultima dată informațiile.', required: true }),
    law544: f.multiSelect({
      label: 'Informații din oficiu (Legea 544/2001, art. 5 alin. 1)',
      hint: 'Ce litere ale art. 5 alin. (1) acoperă pagina. Fiecare literă trebuie să aibă cel puțin o pagină.',
      options: LAW_544_ITEMS,
    }),
    attachments: attachments(),
  },
  body: { label: 'Conținut', hint: 'Scrieți pentru cetățeni: fraze scurte, subtitluri, liste. Explicați termenele și pașii.' },
});

export const PageSchema = PageType.schema;
export type Page = z.output<typeof PageSchema>;
