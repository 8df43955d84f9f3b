/**
 * The /admin/ entry point: Decap CMS in Romanian, configured from the content model
 * (the page embeds the generated config), with previews that use the site's CSS and a
 * guard that refuses saves the build would reject.
 */
import CMS from 'decap-cms-app';
import { ro } from 'decap-cms-locales';
import siteCss from '../src/styles/site.css?url';
import type { CmsConfig } from './config.ts';
import { guardEntry } from './guard.ts';
import { EDITOR_COMPONENTS } from './blocks.ts';
import { FORMAT_MDX, FORMAT_YAML, mdxFormat, yamlFormat } from './format.ts';
import { guardUploads, unsafeMedia } from './uploads.ts';
import { installListDates } from './list-dates.ts';
import { mergeLocale } from './locale-ro.ts';
import { EventPreview, PagePreview, PressReleasePreview, setUploadFolder } from './previews.ts';
import { setCardBrand } from './card-preview.ts';

const config = JSON.parse(document.getElementById('cms-config')!.textContent!) as CmsConfig;

// Uploads go to the folder of the year they are made in: public/media/2026/…
const year = String(new Date().getFullYear());
config.media_folder = config.media_folder.replace('{{year}}', year);
config.public_folder = config.public_folder.replace('{{year}}', year);
setUploadFolder(config.public_folder);
// The institution's identity on the social cards, as the build draws them (logo embedded).
setCardBrand(JSON.parse(document.getElementById('card-brand')!.textContent!));

const local = ['localhost', '127.0.0.1'].includes(location.hostname);
if (!local && config.backend.name === 'proxy') {
  document.body.innerHTML =
    '<main style="font:1.1rem/1.5 system-ui;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>CMS-ul nu este configurat</h1>' +
    '<p>Pentru a edita conținutul pe site-ul public, persoana care administrează site-ul completează fișierul cancelaria.config.yaml (secțiunea cms: serviciul git și depozitul) sau variabilele CMS_BACKEND și CMS_REPO la construirea site-ului. Vedeți README, „CMS în producție”.</p></main>';
} else {
  CMS.registerCustomFormat(FORMAT_MDX, 'mdx', mdxFormat);
  CMS.registerCustomFormat(FORMAT_YAML, 'yaml', yamlFormat);
  guardUploads();
  for (const component of EDITOR_COMPONENTS) CMS.registerEditorComponent(component as never);
  // Formal Romanian, dates in the lists as „26 noiembrie 2026”.
  CMS.registerLocale('ro', mergeLocale(ro as never) as never);
  installListDates();
  CMS.registerPreviewStyle(siteCss);
  CMS.registerPreviewStyle('/theme.css');
  CMS.registerPreviewTemplate('press-releases', PressReleasePreview);
  CMS.registerPreviewTemplate('events', EventPreview);
  CMS.registerPreviewTemplate('pages', PagePreview);
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      // Files uploaded with this entry are checked again here (the upload check can be
      // bypassed by dragging a file in); an unsafe SVG is never committed.
      const unsafe = await unsafeMedia(entry);
      if (unsafe.length) throw new Error(`corectați întâi: ${unsafe.join('; ')}.`);
      const collection = entry.get('collection') as string;
      const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
      const { data: safe, problems } = guardEntry(collection, data);
      if (problems.length) throw new Error(`corectați întâi: ${problems.join('; ')}.`);
      // Only MDX entries have a body to escape; YAML entries are saved as they are.
      if (typeof safe.body !== 'string') return undefined;
      return (entry.get('data') as { set(k: string, v: unknown): unknown }).set('body', safe.body) as never;
    },
  });
  CMS.init({ config: config as never });
}
