import type { z } from 'astro/zod';
import { defineContentType } from './define.ts';
import { f } from './fields.ts';
import { alertFields, ROLES } from './shared.ts';
import { msg } from '../i18n/messages.ts';

const personFields = {
  name: f.string({ label: 'Numele', required: true, max: 120 }),
  title: f.string({ label: 'Funcția', required: true, max: 160 }),
  phone: f.string({ label: 'Telefon', max: 60 }),
  email: f.string({ label: 'E-mail', email: true }),
};
const person = (label: string) => f.object({ label, required: true, fields: personFields });

const HEX = /^#[0-9a-fA-F]{6}$/;

export const SOCIAL_NETWORKS = [
  { value: 'facebook', label: 'Facebook' },
  { value: 'instagram', label: 'Instagram' },
  { value: 'youtube', label: 'YouTube' },
  { value: 'x', label: 'X' },
  { value: 'linkedin', label: 'LinkedIn' },
  { value: 'tiktok', label: 'TikTok' },
] as const;

export const CMS_BACKENDS = [
  { value: 'github', label: 'GitHub' },
  { value: 'gitlab', label: 'GitLab' },
  { value: 'gitea', label: 'Gitea' },
  { value: 'forgejo', label: 'Forgejo' },
] as const;

export const SettingsType = defineContentType({
  key: 'settings',
  label: 'Setări',
  labelSingular: 'Setările instituției',
  description: 'Datele instituției și lista temelor. Tot ce este specific instituției pe site vine de aici.',
  dir: 'content/settings',
  file: 'site.yaml',
  format: 'yaml',
  fields: {
    demo: f.boolean({
      label: 'Site demonstrativ',
      hint: 'Bifat: fiecare pagină și fiecare flux spun că instituția, persoanele și datele sunt fictive. Debifați doar pe site-ul real al instituției.',
      default: false,
    }),
    institution: f.object({
      label: 'Instituția',
      required: true,
      fields: {
        name: f.string({ label: 'Denumirea oficială', hint: 'De forma „Instituția Prefectului – Județul …”.', required: true, max: 120 }),
        shortName: f.string({ label: 'Denumirea scurtă', hint: 'De forma „Prefectura …”, pentru titlul ferestrei și spațiile înguste.', required: true, max: 60 }),
        county: f.string({ label: 'Județul', hint: 'Numele județului, fără cuvântul „județul”.', required: true, max: 60 }),
        address: f.string({ label: 'Adresa', required: true, max: 200 }),
        city: f.string({ label: 'Localitatea', required: true, max: 80 }),
        postalCode: f.string({ label: 'Codul poștal', required: true, pattern: /^\d{6}$/, patternHint: 'pattern.postalCode' }),
        phone: f.string({ label: 'Telefon', required: true, max: 60 }),
        fax: f.string({ label: 'Fax', max: 60 }),
        email: f.string({ label: 'E-mail', required: true, email: true }),
        fiscalCode: f.string({ label: 'Cod fiscal', max: 20 }),
        workingHours: f.list({
          label: 'Programul de lucru cu publicul',
          required: true,
          min: 1,
          summary: '{{fields.days}}: {{fields.hours}}',
          fields: {
            days: f.string({ label: 'Zilele', hint: 'Ex.: „Luni – Joi”.', required: true, max: 60 }),
            hours: f.string({ label: 'Orele', hint: 'Ex.: „08:00 – 16:30”.', required: true, max: 60 }),
          },
        }),
      },
    }),
    siteUrl: f.string({ label: 'Adresa site-ului', hint: 'Fără „/” la final, de forma https://xx.prefectura.mai.gov.ro (xx = indicativul județului).', required: true, pattern: /^https:\/\/[^\s/]+(\/[^\s]*[^/\s])?$/, patternHint: 'pattern.siteUrl' }),
    leadership: f.list({
      label: 'Conducerea',
      required: true,
      min: 1,
      summary: '{{fields.title}}: {{fields.name}}',
      fields: {
        role: f.select({ label: 'Rolul', options: ROLES, required: true }),
        name: f.string({ label: 'Numele', required: true, max: 120 }),
        title: f.string({ label: 'Funcția, cum apare pe site', required: true, max: 160 }),
      },
    }),
    spokesperson: f.object({
      label: 'Purtătorul de cuvânt',
      required: true,
      fields: {
        ...personFields,
        outOfHoursPhone: f.string({
          label: 'Telefon în afara programului',
          hint: 'Numărul la care presa găsește biroul de presă seara, în weekend și în situații de urgență. Apare lângă contactul de presă pe fiecare pagină de știri și în subsol.',
          max: 60,
        }),
      },
    }),
    publicInformationOfficer: person('Responsabilul cu informațiile de interes public'),
    logo: f.object({
      label: 'Sigla',
      required: true,
      fields: {
        src: f.media({ label: 'Fișier (SVG sau PNG)', media: 'image', required: true }),
        alt: f.string({ label: 'Text alternativ', required: true, max: 200 }),
      },
    }),
    colors: f.object({
      label: 'Culori',
      required: true,
      fields: {
        primary: f.string({ label: 'Culoarea principală', hint: 'Hex, ex.: #003b73. Contrast de cel puțin 4,5:1 cu albul.', required: true, pattern: HEX, patternHint: 'pattern.hexColour' }),
        accent: f.string({ label: 'Culoarea de accent', hint: 'Hex, ex.: #b8860b.', required: true, pattern: HEX, patternHint: 'pattern.hexColour' }),
      },
    }),
    officialSite: f.object({
      label: 'Banda „site oficial”',
      hint: 'Banda subțire de deasupra antetului, care spune că site-ul este al unei instituții a statului și cum se recunoaște un site oficial.',
      collapsed: true,
      fields: {
        statement: f.string({ label: 'Textul benzii', hint: 'Ex.: „Site oficial al Guvernului României”.', required: true, max: 120 }),
        parentName: f.string({ label: 'Autoritatea în subordinea căreia funcționează instituția', hint: 'Ex.: „Ministerul Afacerilor Interne”.', required: true, max: 120 }),
        parentUrl: f.string({ label: 'Adresa site-ului acelei autorități', hint: 'Ex.: https://www.mai.gov.ro', required: true, url: true }),
        domain: f.string({ label: 'Terminația adreselor oficiale', hint: 'Ex.: „gov.ro”: site-urile oficiale ale statului au adrese care se termină așa.', required: true, max: 60 }),
      },
    }),
    emergency: f.object({
      label: 'Alertă pe tot site-ul',
      hint: 'Pentru o alertă fără comunicat (de obicei alerta se dă din comunicatul care o anunță, secțiunea „Alertă pe tot site-ul”). Banda apare sus pe fiecare pagină până la ora de final. Ștergeți secțiunea după ce alerta s-a încheiat.',
      collapsed: true,
      fields: alertFields('Adresa paginii cu detalii, ex.: /comunicate/… sau https://… (ISU, ANM).'),
    }),
    social: f.list({
      label: 'Rețele sociale',
      summary: '{{fields.network}}',
      fields: {
        network: f.select({ label: 'Rețeaua', options: SOCIAL_NETWORKS, required: true }),
        url: f.string({ label: 'Adresa contului', required: true, url: true }),
      },
    }),
    pressKit: f.list({
      label: 'Materiale pentru presă',
      hint: 'Sigla în mai multe formate și fotografiile oficiale (conducerea, sediul), pe care jurnaliștii le pot prelua. Fiecare fotografie are autorul sau sursa.',
      summary: '{{fields.title}}',
      fields: {
        file: f.media({ label: 'Fișier', media: 'file', required: true }),
        title: f.string({ label: 'Titlu', hint: 'Ex.: „Sigla instituției (PNG, fundal alb)”, „Fotografia oficială a prefectului”.', required: true, max: 160 }),
        credit: f.string({ label: 'Autor / sursă', hint: 'Obligatoriu pentru fotografii: „Foto: …”.', max: 160 }),
      },
    }),
    topics: f.list({
      label: 'Teme',
      hint: 'Lista controlată a temelor comunicatelor. Nu schimbați identificatorul unei teme folosite: s-ar rupe legăturile și fluxurile RSS.',
      required: true,
      min: 1,
      summary: '{{fields.label}}',
      fields: {
        slug: f.string({ label: 'Identificator', hint: 'Litere mici fără diacritice și cratime, ex.: situatii-de-urgenta.', required: true, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, patternHint: 'pattern.slug' }),
        label: f.string({ label: 'Denumirea', required: true, max: 80 }),
      },
    }),
  },
  rules(data, report) {
    const seen = new Set<string>();
    for (const [i, t] of data.topics.entries()) {
      if (seen.has(t.slug)) report(['topics', i, 'slug'], msg('settings.topicTwice', { slug: t.slug }));
      seen.add(t.slug);
    }
    for (const role of ['prefect'] as const) {
      if (!data.leadership.some((l) => l.role === role)) report(['leadership'], msg('settings.missingRole', { role }));
    }
  },
});


export type Settings = z.output<typeof SettingsType.schema>;
