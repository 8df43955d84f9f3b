import type { z } from 'astro/zod';
import { defineContentType } from './define.ts';
import { msg } from '../i18n/messages.ts';
import { f } from './fields.ts';
import { attachments, summary } from './shared.ts';

export const STRATEGY_STATUSES = [
  { value: 'current', label: 'În vigoare' },
  { value: 'archived', label: 'Arhivată' },
] as const;

export const StrategyType = defineContentType({
  key: 'strategy',
  label: 'Strategia de comunicare',
  labelSingular: 'Versiune a strategiei',
  description:
    'Fiecare versiune adoptată a strategiei de comunicare este o intrare separată. Când se adoptă una nouă, marcați-o „În vigoare” și treceți-o pe cea veche la „Arhivată”; nu ștergeți versiunile vechi.',
  dir: 'content/strategy',
  format: 'mdx',
  slug: '{{fields.periodStart}}-{{fields.periodEnd}}',
  cms: { summary: '{{periodStart}}–{{periodEnd}} · {{status}}', sortableFields: ['periodStart'], identifierField: 'title' },
  fields: {
    title: f.string({ label: 'Titlu', required: true, max: 200 }),
    periodStart: f.number({ label: 'Primul an', required: true, min: 2000, max: 2100 }),
    periodEnd: f.number({ label: 'Ultimul an', required: true, min: 2000, max: 2100 }),
    adoptingAct: f.string({ label: 'Actul de aprobare', hint: 'Ex.: „Ordinul prefectului nr. 18 din 20 ianuarie 2025”.', required: true, max: 200 }),
    adopted: f.date({ label: 'Data aprobării', required: true }),
    status: f.select({ label: 'Stare', options: STRATEGY_STATUSES, required: true }),
    summary: summary(true, 'Obiectivele strategiei, pe scurt.'),
    attachments: attachments(),
  },
  body: { label: 'Textul strategiei', hint: 'Context, obiective, publicuri, canale, mesaje, evaluare.' },
  rules(data, report) {
    if (data.periodEnd < data.periodStart) report(['periodEnd'], msg('strategy.endBeforeStart'));
  },
});

export const StrategySchema = StrategyType.schema;
export type Strategy = z.output<typeof StrategySchema>;
