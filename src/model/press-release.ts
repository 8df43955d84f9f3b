import type { z } from 'astro/zod';
import { defineContentType } from './define.ts';
import { f, type Option } from './fields.ts';
import { alertFields, attachments, draft, ROLES, summary } from './shared.ts';
import { msg } from '../i18n/messages.ts';

/** Kinds of press release, with the label shown on the site and in the CMS. */
export const RELEASE_TYPES = [
  { value: 'comunicat', label: 'Comunicat de presă' },
  { value: 'informare', label: 'Informare de presă' },
  { value: 'precizari', label: 'Precizări' },
  { value: 'drept-la-replica', label: 'Drept la replică' },
  { value: 'invitatie-de-presa', label: 'Invitație de presă' },
] as const satisfies readonly Option[];

/**
 * How a release reads in the CMS list: its status (hidden, under embargo, scheduled,
 * withdrawn, alert), date and title. Decap allows one transformation per value; the
 * `date('…')` formats run through dayjs with the Romanian locale and the two extensions
 * registered in cms/list-dates.ts (empty for a missing date; "future:" prints only dates
 * still to come, which is what "scheduled" means).
 */
const LIST_SUMMARY =
  "{{draft | ternary('ASCUNS · ', '')}}{{withdrawn.date | ternary('RETRAS · ', '')}}{{raiseAlert | ternary('ALERTĂ · ', '')}}" +
  "{{embargoUntil | date('future:[SUB EMBARGO până la ]D MMMM YYYY, HH:mm[ · ]')}}{{date | date('future:[PROGRAMAT pentru ]D MMMM YYYY, HH:mm[ · ]')}}" +
  "{{date | date('D MMM YYYY')}} · {{title}}";

export const NUMBER_RE = /^\d{1,6}\/\d{4}$/;

export const PressReleaseType = defineContentType({
  key: 'pressReleases',
  label: 'Comunicate de presă',
  labelSingular: 'Comunicat de presă',
  description:
    'Folosiți pentru orice text oficial transmis presei: comunicat, informare, precizări, drept la replică sau invitație de presă. Nu folosiți pentru anunțarea unei conferințe în calendar (acela este un Eveniment) sau pentru informații permanente (acelea sunt Pagini).',
  dir: 'content/press-releases',
  format: 'mdx',
  slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
  cms: {
    summary: LIST_SUMMARY,
    sortableFields: ['date', 'title'],
    identifierField: 'title',
    bodyAfter: 'summary',
    deletable: false,
  },
  fields: {
    title: f.string({
      label: 'Titlu',
      hint: 'Spuneți ce s-a întâmplat, cu verb, în cel mult 160 de caractere. Ex.: „Prefectul a convocat CJSU pentru pregătirea sezonului rece”.',
      required: true,
      max: 160,
    }),
    type: f.select({
      label: 'Tip',
      hint: 'Comunicat: o informație nouă. Informare: date de interes fără o decizie nouă. Precizări: clarificări la un subiect apărut în presă. Drept la replică: răspuns la un articol anume. Invitație de presă: cheamă jurnaliștii la un eveniment.',
      options: RELEASE_TYPES,
      default: 'comunicat',
    }),
    date: f.datetime({
      label: 'Data și ora publicării',
      hint: 'Ora României. O dată din viitor programează publicarea: comunicatul apare pe site la prima construire după această oră.',
      required: true,
    }),
    summary: summary(true, 'Ideea principală în una-două fraze (cel mult 300 de caractere). Apare în liste, în fluxul RSS, în căutare și pe rețelele sociale.'),
    number: f.string({
      label: 'Număr de înregistrare',
      hint: 'Forma număr/an, ex.: 412/2026, cum este înregistrat la registratură. Unic în cadrul unui an. Jurnaliștii îl găsesc în căutare scris la fel.',
      pattern: NUMBER_RE,
      patternHint: 'pattern.releaseNumber',
    }),
    topics: f.relations({
      label: 'Teme',
      hint: 'Una până la trei teme din lista instituției. Fiecare temă are pagina și fluxul RSS ei.',
      collection: 'settings',
      file: 'site',
      valueField: 'topics.*.slug',
      displayFields: ['topics.*.label'],
      searchFields: ['topics.*.label'],
    }),
    people: f.multiSelect({
      label: 'Persoane din conducere',
      hint: 'Cine din conducere apare în comunicat (numele vin din Setări).',
      options: ROLES,
    }),
    image: f.object({
      label: 'Imagine',
      hint: 'Nu publicați fotografii în care pot fi recunoscuți minori sau beneficiari ai măsurilor sociale fără acordul lor scris.',
      collapsed: true,
      fields: {
        src: f.media({ label: 'Fișier imagine', media: 'image', required: true }),
        alt: f.string({
          label: 'Text alternativ',
          hint: 'Descrieți ce arată imaginea pentru cine nu o poate vedea, ex.: „Prefectul vorbește cu primarii în sala de ședințe”. Nu începeți cu „Imagine cu”.',
          required: true,
          max: 250,
        }),
        credit: f.string({ label: 'Sursa / autorul', hint: 'Ex.: „Foto: Biroul de presă al prefecturii”.', max: 120 }),
      },
    }),
    attachments: attachments(),
    replyTo: f.object({
      label: 'Articolul la care se răspunde',
      hint: 'Obligatoriu pentru tipul „Drept la replică”: publicația, titlul și data articolului.',
      collapsed: true,
      fields: {
        outlet: f.string({ label: 'Publicația', required: true, max: 120 }),
        title: f.string({ label: 'Titlul articolului', required: true, max: 250 }),
        url: f.string({ label: 'Adresa articolului', hint: 'Lipsește doar pentru ediția tipărită.', url: true }),
        date: f.date({ label: 'Data articolului', required: true }),
        release: f.relation({
          label: 'Comunicatul nostru vizat',
          hint: 'Dacă articolul comenta un comunicat al instituției, alegeți-l aici.',
          collection: 'pressReleases',
          valueField: '{{slug}}',
          displayFields: ['title'],
          searchFields: ['title'],
        }),
      },
    }),
    embargoUntil: f.datetime({
      label: 'Embargo până la',
      hint: 'Până la această oră comunicatul nu apare nicăieri pe site (nici în RSS, căutare sau hărți ale site-ului).',
    }),
    raiseAlert: f.boolean({
      label: 'Ridică alertă pe tot site-ul',
      hint: 'Doar pentru avertizări care privesc siguranța oamenilor (cod roșu sau portocaliu, evacuări, întreruperi majore) sau o informare urgentă. Bifat, comunicatul pune o bandă colorată sus pe fiecare pagină a site-ului, până la ora de final din secțiunea de mai jos, și este marcat în fluxurile RSS. Debifați ca să opriți banda mai devreme. Nu folosiți pentru comunicatele obișnuite.',
      default: false,
    }),
    alert: f.object({
      label: 'Alerta: nivel, text și ora de final',
      hint: 'Se completează când bifați „Ridică alertă pe tot site-ul”.',
      collapsed: true,
      fields: alertFields('Lăsați gol ca banda să ducă la acest comunicat; sau o adresă, ex.: https://www.meteoromania.ro.'),
    }),
    draft: draft(),
    corrections: f.list({
      label: 'Corecturi',
      hint: 'Când modificați un comunicat deja publicat, adăugați aici ce s-a schimbat. Cititorii văd lista cu data fiecărei corecturi.',
      summary: '{{fields.date}} · {{fields.note}}',
      fields: {
        date: f.datetime({ label: 'Data corecturii', required: true }),
        note: f.string({ label: 'Ce s-a corectat', required: true, max: 500, multiline: true }),
      },
    }),
    withdrawn: f.object({
      label: 'Retras',
      hint: 'Completați doar dacă instituția retrage comunicatul. Pagina rămâne la aceeași adresă, cu un avertisment care arată data și motivul, și rămâne în căutare, marcată „Retras”.',
      collapsed: true,
      fields: {
        date: f.datetime({ label: 'Data retragerii', required: true }),
        reason: f.string({ label: 'Motivul retragerii', required: true, max: 500, multiline: true }),
      },
    }),
  },
  body: {
    label: 'Textul comunicatului',
    hint: 'Începeți cu faptele: cine, ce, când, unde. Folosiți subtitluri (Titlu 2) pentru texte lungi. Încheiați cu datele de contact ale biroului de presă, dacă este cazul. Scrieți actele cu numele întreg („Hotărârea CJSU nr. 7/2026”): căutarea le găsește și după forma scurtă (HCJSU 7/2026).',
  },
  rules(data, report) {
    if (data.type === 'drept-la-replica' && !data.replyTo) {
      report(['replyTo'], msg('release.replyToRequired'));
    }
    for (const [i, c] of data.corrections.entries()) {
      if (c.date < data.date) report(['corrections', i, 'date'], msg('release.correctionBeforeDate'));
      // In the order they were made: the page's „actualizat” and the printed version are the last one's date.
      else if (i > 0 && c.date < data.corrections[i - 1]!.date) report(['corrections', i, 'date'], msg('release.correctionsOutOfOrder'));
    }
    if (data.raiseAlert && !data.alert) report(['alert'], msg('alert.required'));
    if (data.alert && data.alert.until <= data.date) report(['alert', 'until'], msg('alert.endsBeforeStart'));
    if (data.withdrawn && data.withdrawn.date < data.date) {
      report(['withdrawn', 'date'], msg('release.withdrawnBeforeDate'));
    }
  },
});

export const PressReleaseSchema = PressReleaseType.schema;
/** A press release as the site uses it (dates parsed, defaults applied). */
export type PressRelease = z.output<typeof PressReleaseSchema>;
/** A press release as an author writes it. */
export type PressReleaseInput = z.input<typeof PressReleaseType.object>;
