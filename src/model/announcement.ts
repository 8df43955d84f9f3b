/**
 * Anunțuri: competitions for posts (Carieră), public consultations on draft acts under
 * Law 52/2003 (Transparență decizională) and other notices. Each has an opening and a
 * closing moment; the site marks it open or closed by the build time (src/lib/announcements.ts).
 */
import type { z } from 'astro/zod';
import { defineContentType } from './define.ts';
import { f, type Option } from './fields.ts';
import { attachments, draft, summary } from './shared.ts';
import { wallTime } from '../lib/dates.ts';

export const ANNOUNCEMENT_KINDS = [
  { value: 'concurs', label: 'Concurs de recrutare sau promovare' },
  { value: 'consultare', label: 'Consultare publică (Legea 52/2003)' },
  { value: 'altul', label: 'Alt anunț' },
] as const satisfies readonly Option[];
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number]['value'];

/** Law 52/2003 gives at least 10 calendar days for written proposals on a draft act. */
export const MIN_COMMENT_DAYS = 10;

/** …and announces the draft at least 30 working days before it is adopted. */
export const MIN_NOTICE_WORKING_DAYS = 30;

/** Monday-to-Friday days (Bucharest calendar) after `from` up to `to`; legal holidays are not known here. */
export function workingDaysBetween(from: Date, to: Date): number {
  let n = 0;
  const a = wallTime(from);
  const b = wallTime(to);
  const day = new Date(Date.UTC(a.year, a.month - 1, a.day));
  const end = Date.UTC(b.year, b.month - 1, b.day);
  while (day.getTime() < end) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) n++;
  }
  return n;
}

export const AnnouncementType = defineContentType({
  key: 'announcements',
  label: 'Anunțuri',
  labelSingular: 'Anunț',
  description:
    'Folosiți pentru ce are un termen: concursuri pentru ocuparea posturilor (apar la Carieră), consultări publice asupra proiectelor de acte normative (apar la Transparență decizională) și alte anunțuri cu termen. Nu folosiți pentru știri (acelea sunt Comunicate) sau pentru evenimente cu oră și loc (acelea sunt Evenimente).',
  dir: 'content/announcements',
  format: 'mdx',
  slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
  cms: { summary: '{{opens | date("DD.MM.YYYY")}} · {{kind}} · {{title}}', sortableFields: ['opens', 'closes', 'title'], identifierField: 'title' },
  fields: {
    title: f.string({ label: 'Titlu', hint: 'Ex.: „Concurs pentru ocuparea unei funcții publice de execuție de consilier”.', required: true, max: 200 }),
    kind: f.select({ label: 'Tipul', options: ANNOUNCEMENT_KINDS, required: true }),
    opens: f.datetime({ label: 'Publicat la', hint: 'Ora României. De la această oră anunțul apare pe site; o oră din viitor îl programează.', required: true }),
    closes: f.datetime({
      label: 'Se încheie la',
      hint: 'Ora României. Până atunci anunțul apare „în desfășurare”, apoi „încheiat”. Pentru concurs: data ultimei probe; pentru consultare: data adoptării actului, la cel puțin 30 de zile lucrătoare de la publicare (Legea 52/2003).',
      required: true,
    }),
    summary: summary(true, 'Ce se anunță, în una-două fraze (cel mult 300 de caractere).'),
    draftAct: f.media({ label: 'Proiectul de act (consultare)', hint: 'Obligatoriu pentru consultări: proiectul supus dezbaterii, cu nota de fundamentare.', media: 'file' }),
    commentsDeadline: f.datetime({
      label: 'Termenul pentru propuneri (consultare)',
      hint: 'Obligatoriu pentru consultări: cel puțin 10 zile calendaristice de la publicare (Legea 52/2003).',
    }),
    commentsAddress: f.string({
      label: 'Unde se trimit propunerile (consultare)',
      hint: 'Obligatoriu pentru consultări: adresa de e-mail și adresa poștală sau registratura.',
      max: 300,
    }),
    minutes: f.media({ label: 'Minuta dezbaterii (consultare)', hint: 'După dezbaterea publică sau, fără dezbatere, sinteza propunerilor primite.', media: 'file' }),
    finalAct: f.media({ label: 'Actul adoptat (consultare)', hint: 'După adoptare: actul final.', media: 'file' }),
    attachments: attachments(),
    draft: draft(),
  },
  body: { label: 'Textul anunțului', hint: 'Condițiile, calendarul, documentele cerute, persoana de contact.' },
  rules(data, report) {
    if (data.closes <= data.opens) report(['closes'], 'is not after opens; an announcement closes after it is published');
    if (data.kind === 'consultare') {
      if (!data.draftAct) report(['draftAct'], 'is required for a public consultation; upload the draft act');
      if (!data.commentsAddress) report(['commentsAddress'], 'is required for a public consultation; write where proposals are sent');
      if (!data.commentsDeadline) report(['commentsDeadline'], 'is required for a public consultation; write the deadline for proposals');
      else {
        const days = (data.commentsDeadline.getTime() - data.opens.getTime()) / 86_400_000;
        if (days < MIN_COMMENT_DAYS) report(['commentsDeadline'], `leaves ${Math.floor(days)} days for proposals; Law 52/2003 requires at least ${MIN_COMMENT_DAYS} calendar days after publication`);
        if (data.commentsDeadline > data.closes) report(['commentsDeadline'], 'is after closes; the consultation closes after the deadline for proposals');
      }
      const notice = workingDaysBetween(data.opens, data.closes);
      if (notice < MIN_NOTICE_WORKING_DAYS) {
        report(['closes'], `is ${notice} working days after opens; Law 52/2003 announces a draft at least ${MIN_NOTICE_WORKING_DAYS} working days before it is adopted, so close the consultation no earlier`);
      }
    } else {
      for (const k of ['draftAct', 'commentsDeadline', 'commentsAddress', 'minutes', 'finalAct'] as const) {
        if (data[k] !== undefined) report([k], `is only for public consultations; remove it or set kind: consultare`);
      }
    }
  },
});

export const AnnouncementSchema = AnnouncementType.schema;
export type Announcement = z.output<typeof AnnouncementSchema>;
