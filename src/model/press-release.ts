import type { z } from 'astro/zod';
import { defineContentType } from './define.ts';
import { f, type Option } from './fields.ts';
import { attachments, draft, ROLES, summary } from './shared.ts';

/** Kinds of press release, with the label shown on the site and in the CMS. */
export const RELEASE_TYPES = [
  { value: 'comunicat', label: 'Comunicat de presă' },
  { value: 'informare', label: 'Informare de presă' },
  { value: 'precizari', label: 'Precizări' },
  { value: 'drept-la-replica', label: 'Drept la replică' },
  { value: 'invitatie-de-presa', label: 'Invitație de presă' },
] as const satisfies readonly Option[];

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
  cms: { summary: '{{date | date("DD.MM.YYYY")}} · {{title}}', sortableFields: ['date', 'title'], identifierField: 'title' },
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
    number: f.string({
      label: 'Număr de înregistrare',
      hint: 'Opțional, forma număr/an, ex.: 412/2026. Unic în cadrul unui an. Jurnaliștii îl găsesc în căutare scris la fel.',
      pattern: NUMBER_RE,
      patternHint: 'must be number/year, e.g. 412/2026',
    }),
    summary: summary(true, 'Ideea principală în una-două fraze (cel mult 300 de caractere). Apare în liste, în fluxul RSS și pe rețelele sociale; căutarea îl cuprinde, împreună cu textul.'),
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
      hint: 'Opțional. Nu publicați fotografii în care pot fi recunoscuți minori sau beneficiari ai măsurilor sociale fără acordul lor scris.',
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
          label: 'Comunicatul nostru vizat (opțional)',
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
      hint: 'Opțional. Până la această oră comunicatul nu apare nicăieri pe site (nici în RSS, căutare sau hărți ale site-ului).',
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
      report(['replyTo'], 'is required when type is drept-la-replica; add the outlet, title and date of the article you answer');
    }
    for (const [i, c] of data.corrections.entries()) {
      if (c.date < data.date) report(['corrections', i, 'date'], 'is before the release date; a correction comes after publication');
    }
    if (data.withdrawn && data.withdrawn.date < data.date) {
      report(['withdrawn', 'date'], 'is before the release date; a release is withdrawn after publication');
    }
  },
});

export const PressReleaseSchema = PressReleaseType.schema;
/** A press release as the site uses it (dates parsed, defaults applied). */
export type PressRelease = z.output<typeof PressReleaseSchema>;
/** A press release as an author writes it. */
export type PressReleaseInput = z.input<typeof PressReleaseType.object>;
