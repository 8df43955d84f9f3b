import type { z } from 'astro/zod';
import { defineContentType } from './define.ts';
import { msg } from '../i18n/messages.ts';
import { f } from './fields.ts';

export const WEEKDAYS = [
  { value: 'luni', label: 'Luni' },
  { value: 'marti', label: 'Marți' },
  { value: 'miercuri', label: 'Miercuri' },
  { value: 'joi', label: 'Joi' },
  { value: 'vineri', label: 'Vineri' },
] as const;

export const AudienceType = defineContentType({
  key: 'audiences',
  label: 'Audiențe',
  labelSingular: 'Program de audiențe',
  description: 'Programul de audiențe al unei persoane din conducere (Legea 544/2001, art. 5 alin. 1 lit. b). Actualizați-l imediat ce se schimbă.',
  dir: 'content/audiences',
  format: 'yaml',
  slug: '{{slug}}',
  cms: { summary: '{{name}}', sortableFields: ['order'], identifierField: 'name' },
  fields: {
    name: f.string({ label: 'Numele', required: true, max: 120 }),
    role: f.select({
      label: 'Funcția',
      options: [
        { value: 'prefect', label: 'Prefect' },
        { value: 'subprefect', label: 'Subprefect' },
        { value: 'secretar-general', label: 'Secretar general' },
      ],
      required: true,
    }),
    order: f.number({ label: 'Ordinea pe pagină', min: 0, max: 99 }),
    slots: f.list({
      label: 'Intervale de audiență',
      required: true,
      min: 1,
      summary: '{{fields.weekday}} {{fields.from}}–{{fields.to}}',
      fields: {
        weekday: f.select({ label: 'Ziua', options: WEEKDAYS, required: true }),
        from: f.time({ label: 'De la', hint: 'Ex.: 10:00', required: true }),
        to: f.time({ label: 'Până la', hint: 'Ex.: 12:00', required: true }),
      },
    }),
    place: f.string({ label: 'Locul', required: true, max: 200 }),
    registration: f.string({ label: 'Cum vă înscrieți', hint: 'Telefon, e-mail, registratură; ce acte sunt necesare.', required: true, max: 1000, multiline: true }),
    notes: f.string({ label: 'Observații', max: 500, multiline: true }),
  },
  rules(data, report) {
    for (const [i, s] of data.slots.entries()) {
      if (s.to <= s.from) report(['slots', i, 'to'], msg('audience.toBeforeFrom'));
    }
  },
});

export type Audience = z.output<typeof AudienceType.schema>;
