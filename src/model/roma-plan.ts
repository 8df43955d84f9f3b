import type { z } from 'astro/zod';
import { defineContentType } from './define.ts';
import { msg } from '../i18n/messages.ts';
import { f, type Option } from './fields.ts';
import { attachments, summary } from './shared.ts';

/**
 * Intervention domains of the national strategy (HG 560/2022). `participare` holds what is
 * neither a sector nor anti-discrimination: identity documents (the right to legal identity)
 * and the local experts who link communities and town halls.
 */
export const ROMA_DOMAINS = [
  { value: 'educatie', label: 'Educație' },
  { value: 'ocupare', label: 'Ocupare' },
  { value: 'sanatate', label: 'Sănătate' },
  { value: 'locuire', label: 'Locuire' },
  { value: 'infrastructura', label: 'Infrastructură' },
  { value: 'cultura', label: 'Cultură și identitate' },
  { value: 'antidiscriminare', label: 'Antidiscriminare' },
  { value: 'participare', label: 'Acces la drepturi și participare' },
] as const satisfies readonly Option[];
export type RomaDomain = (typeof ROMA_DOMAINS)[number]['value'];

export const MEASURE_STATUSES = [
  { value: 'planificata', label: 'Planificată' },
  { value: 'in-derulare', label: 'În derulare' },
  { value: 'realizata', label: 'Realizată' },
  { value: 'intarziata', label: 'Întârziată' },
  { value: 'anulata', label: 'Anulată' },
] as const satisfies readonly Option[];
export type MeasureStatus = (typeof MEASURE_STATUSES)[number]['value'];

const SEMESTER_RE = /^\d{4}-S[12]$/;
const semester = (label: string) =>
  f.string({ label, hint: 'Anul și semestrul, ex.: 2026-S1.', required: true, pattern: SEMESTER_RE, patternHint: 'pattern.semester' });

export const RomaPlanType = defineContentType({
  key: 'romaPlan',
  label: 'Planul pentru romi',
  labelSingular: 'Planul județean de măsuri',
  description: 'Planul județean de măsuri pentru incluziunea cetățenilor români aparținând minorității rome: datele de adoptare și textul de prezentare. Măsurile, rapoartele și experții locali au colecțiile lor.',
  dir: 'content/roma-plan',
  file: 'plan.mdx',
  format: 'mdx',
  fields: {
    title: f.string({ label: 'Titlu', required: true, max: 250 }),
    periodStart: f.number({ label: 'Primul an', required: true, min: 2000, max: 2100 }),
    periodEnd: f.number({ label: 'Ultimul an', required: true, min: 2000, max: 2100 }),
    adoptingAct: f.string({ label: 'Actul de adoptare', required: true, max: 250 }),
    adopted: f.date({ label: 'Data adoptării', required: true }),
    summary: summary(true, 'Ce urmărește planul, pe scurt.'),
    office: f.object({
      label: 'Biroul județean pentru romi',
      required: true,
      fields: {
        name: f.string({ label: 'Denumirea', required: true, max: 200 }),
        email: f.string({ label: 'E-mail', email: true }),
        phone: f.string({ label: 'Telefon', max: 60 }),
      },
    }),
    attachments: attachments(),
  },
  body: { label: 'Prezentarea planului', hint: 'Context, principii, cum se face monitorizarea.' },
});

export const RomaMeasureType = defineContentType({
  key: 'romaMeasures',
  label: 'Măsurile planului pentru romi',
  labelSingular: 'Măsură',
  description: 'O măsură a planului județean, cu responsabili, termen, indicatori și stadiu. Actualizați stadiul și adăugați o notă de progres în fiecare semestru. Nu scrieți date care identifică beneficiari sau minori: doar cifre agregate.',
  dir: 'content/roma-plan/measures',
  format: 'yaml',
  slug: '{{fields.code}}',
  cms: { summary: '{{code}} · {{measure}}', sortableFields: ['code', 'domain', 'status', 'deadline'], identifierField: 'code' },
  fields: {
    code: f.string({
      label: 'Cod',
      hint: 'Prefixul domeniului și un număr, ex.: ED-01 (educație), OC-02 (ocupare).',
      required: true,
      pattern: /^[A-Z]{2}-\d{2}$/,
      patternHint: 'pattern.measureCode',
    }),
    domain: f.select({ label: 'Domeniul', options: ROMA_DOMAINS, required: true }),
    objective: f.string({ label: 'Obiectivul specific', required: true, max: 400, multiline: true }),
    measure: f.string({ label: 'Măsura', required: true, max: 600, multiline: true }),
    responsible: f.stringList({ label: 'Instituții responsabile', itemLabel: 'Instituție', required: true, min: 1 }),
    partners: f.stringList({ label: 'Parteneri', itemLabel: 'Partener' }),
    deadline: f.date({ label: 'Termen', required: true }),
    indicators: f.stringList({ label: 'Indicatori', itemLabel: 'Indicator', required: true, min: 1 }),
    funding: f.string({ label: 'Sursa de finanțare', required: true, max: 300 }),
    status: f.select({ label: 'Stadiu', options: MEASURE_STATUSES, required: true }),
    progress: f.list({
      label: 'Progres pe semestre',
      hint: 'O notă pe semestru, cu cifre agregate. Cea mai nouă la final.',
      summary: '{{fields.semester}}',
      fields: {
        semester: semester('Semestrul'),
        note: f.string({ label: 'Ce s-a realizat', required: true, max: 1500, multiline: true }),
      },
    }),
  },
  rules(data, report) {
    const prefix = { educatie: 'ED', ocupare: 'OC', sanatate: 'SA', locuire: 'LO', infrastructura: 'IN', cultura: 'CU', antidiscriminare: 'AD', participare: 'PA' }[data.domain];
    if (!data.code.startsWith(`${prefix}-`)) report(['code'], msg('roma.codePrefix', { prefix, domain: data.domain }));
    const seen = new Set<string>();
    for (const [i, p] of data.progress.entries()) {
      if (seen.has(p.semester)) report(['progress', i, 'semester'], msg('roma.semesterTwice', { semester: p.semester }));
      seen.add(p.semester);
    }
  },
});

export const RomaReportType = defineContentType({
  key: 'romaReports',
  label: 'Rapoarte de monitorizare (romi)',
  labelSingular: 'Raport semestrial',
  description: 'Raportul semestrial de monitorizare a planului județean pentru romi.',
  dir: 'content/roma-plan/reports',
  format: 'mdx',
  slug: '{{fields.semester}}',
  cms: { summary: '{{semester}} · {{title}}', sortableFields: ['published'], identifierField: 'title' },
  fields: {
    title: f.string({ label: 'Titlu', required: true, max: 200 }),
    semester: semester('Semestrul raportat'),
    published: f.date({ label: 'Data publicării', required: true }),
    summary: summary(true, 'Concluziile raportului, pe scurt.'),
    attachments: attachments(),
  },
  body: { label: 'Textul raportului', hint: 'Progresul pe domenii, cu cifre agregate; fără date despre persoane.' },
});

export const RomaExpertsType = defineContentType({
  key: 'romaExperts',
  label: 'Experți locali pentru romi',
  labelSingular: 'Lista experților locali',
  description: 'Lista experților locali pentru romi din primării. Un post vacant se lasă fără nume.',
  dir: 'content/roma-plan',
  file: 'experts.yaml',
  format: 'yaml',
  fields: {
    experts: f.list({
      label: 'Experți locali',
      summary: '{{fields.locality}} · {{fields.name}}',
      required: true,
      min: 1,
      fields: {
        locality: f.string({ label: 'Localitatea', required: true, max: 100 }),
        institution: f.string({ label: 'Primăria', required: true, max: 200 }),
        name: f.string({ label: 'Numele expertului', hint: 'Lăsați gol dacă postul este vacant.', max: 120 }),
        phone: f.string({ label: 'Telefon', max: 60 }),
        email: f.string({ label: 'E-mail', email: true }),
      },
    }),
  },
});

export type RomaPlan = z.output<typeof RomaPlanType.schema>;
export type RomaMeasure = z.output<typeof RomaMeasureType.schema>;
export type RomaReport = z.output<typeof RomaReportType.schema>;
export type RomaExperts = z.output<typeof RomaExpertsType.schema>;
