/** One URL of every page type of the sample site (and variants that render differently). */
import { published } from './content.ts';

const pick = (pred: (r: (typeof published)[number]) => boolean) => `/comunicate/${published.find(pred)!.id}/`;

export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  releases: '/comunicate/',
  'releases page 2': '/comunicate/pagina/2/',
  'year archive': '/comunicate/an/2025/',
  'topics index': '/comunicate/teme/',
  'topic archive': '/comunicate/teme/situatii-de-urgenta/',
  release: `/comunicate/${published[0]!.id}/`,
  'release with image and attachments': pick((r) => Boolean(r.data.image) && r.data.attachments.length > 0),
  'release with corrections': pick((r) => r.data.corrections.length > 0),
  'withdrawn release': pick((r) => Boolean(r.data.withdrawn)),
  'right of reply': pick((r) => r.data.type === 'drept-la-replica'),
  events: '/evenimente/',
  event: '/evenimente/2026-12-03-conferinta-de-presa-decembrie-2026/',
  'cancelled event': '/evenimente/2026-08-13-conferinta-de-presa-august-2026/',
  press: '/presa/',
  'public information': '/informatii-de-interes-public/',
  'public information page': '/informatii-de-interes-public/solicitare-informatii/',
  strategy: '/strategia-de-comunicare/',
  'archived strategy': '/strategia-de-comunicare/2021-2024/',
  roma: '/romi/',
  'roma measures': '/romi/masuri/',
  'roma experts': '/romi/experti-locali/',
  'roma report': '/romi/rapoarte/2026-s1/',
  audiences: '/audiente/',
  accessibility: '/accesibilitate/',
  privacy: '/confidentialitate/',
  search: '/cautare/',
  'not found': '/nu-exista/',
};
