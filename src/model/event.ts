import type { z } from 'astro/zod';
import { defineContentType } from './define.ts';
import { f, type Option } from './fields.ts';
import { draft, ROLES, summary } from './shared.ts';
import { msg } from '../i18n/messages.ts';

export const EVENT_TYPES = [
  { value: 'conferinta-de-presa', label: 'Conferință de presă' },
  { value: 'intalnire', label: 'Întâlnire' },
  { value: 'sedinta', label: 'Ședință' },
  { value: 'eveniment-public', label: 'Eveniment public' },
] as const satisfies readonly Option[];

export const EventType = defineContentType({
  key: 'events',
  label: 'Evenimente',
  labelSingular: 'Eveniment',
  description:
    'Folosiți pentru ce are o dată și un loc: conferința de presă lunară, ședințe (CJSU, Colegiul Prefectural), întâlniri, ceremonii. Evenimentul apare în calendarul pentru jurnaliști. Textul trimis presei despre eveniment este un Comunicat (tip „Invitație de presă”), legat de eveniment.',
  dir: 'content/events',
  format: 'mdx',
  slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
  cms: {
    summary: "{{draft | ternary('ASCUNS · ', '')}}{{cancelled | ternary('ANULAT · ', '')}}{{start | date('D MMM YYYY, HH:mm')}} · {{title}}",
    sortableFields: ['start', 'title'],
    identifierField: 'title',
    bodyAfter: 'summary',
    deletable: false,
  },
  fields: {
    title: f.string({ label: 'Titlu', hint: 'Ex.: „Conferința de presă lunară a prefectului – decembrie 2026”.', required: true, max: 160 }),
    type: f.select({ label: 'Tip', options: EVENT_TYPES, required: true }),
    summary: summary(true, 'Despre ce este evenimentul, în una-două fraze (cel mult 300 de caractere).'),
    start: f.datetime({ label: 'Începe la', hint: 'Ora României.', required: true }),
    end: f.datetime({ label: 'Se termină la', hint: 'Ora României, după început.' }),
    location: f.string({ label: 'Locul', hint: 'Ex.: „Sala de ședințe a Instituției Prefectului”.', required: true, max: 200 }),
    address: f.string({ label: 'Adresa', hint: 'Strada, numărul și localitatea, pentru hartă și calendar.', max: 200 }),
    accreditation: f.string({
      label: 'Acreditare pentru jurnaliști',
      hint: 'Ce trebuie să facă jurnaliștii ca să participe (acreditare, legitimație, ora de acces). Lăsați gol dacă evenimentul nu este deschis presei.',
      max: 1000,
      multiline: true,
    }),
    people: f.multiSelect({
      label: 'Participă din conducere',
      hint: 'Cine din conducere participă (numele vin din Setări). Evenimentele cu prefectul, subprefectul sau secretarul general apar în „Agenda conducerii”.',
      options: ROLES,
    }),
    relatedReleases: f.relations({
      label: 'Comunicate legate',
      hint: 'Invitația de presă și comunicatele de după eveniment.',
      collection: 'pressReleases',
      valueField: '{{slug}}',
      displayFields: ['title'],
      searchFields: ['title'],
    }),
    cancelled: f.string({ label: 'Anulat – motivul', hint: 'Completați doar dacă evenimentul a fost anulat sau amânat.', max: 500, multiline: true }),
    draft: draft(),
  },
  body: { label: 'Detalii și ordinea de zi', hint: 'Ordinea de zi, participanții, informații practice.' },
  rules(data, report) {
    if (data.end && data.end <= data.start) report(['end'], msg('event.endBeforeStart'));
  },
});

export const EventSchema = EventType.schema;
export type Event = z.output<typeof EventSchema>;
