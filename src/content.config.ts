/** Astro collections: one per content type of the model, loaders and schemas only. */
import { defineCollection } from 'astro:content';
import { siteRoot } from './lib/content-check.ts';
import { contentLoader } from './lib/content-loader.ts';
import {
  AnnouncementType, AudienceType, EventType, PrefectOrderType, PageType, PressReleaseType, RomaExpertsType, RomaMeasureType, RomaPlanType, RomaReportType, StrategyType,
} from './model/index.ts';

const root = siteRoot();
/** Entry ids are file names without extension: the URL slugs editors chose. */
const files = (type: Parameters<typeof contentLoader>[1]) => contentLoader(root, type);

export const collections = {
  pressReleases: defineCollection({ loader: files(PressReleaseType), schema: PressReleaseType.schema }),
  events: defineCollection({ loader: files(EventType), schema: EventType.schema }),
  pages: defineCollection({ loader: files(PageType), schema: PageType.schema }),
  strategy: defineCollection({ loader: files(StrategyType), schema: StrategyType.schema }),
  romaPlan: defineCollection({ loader: files(RomaPlanType), schema: RomaPlanType.schema }),
  romaMeasures: defineCollection({ loader: files(RomaMeasureType), schema: RomaMeasureType.schema }),
  romaReports: defineCollection({ loader: files(RomaReportType), schema: RomaReportType.schema }),
  romaExperts: defineCollection({ loader: files(RomaExpertsType), schema: RomaExpertsType.schema }),
  audiences: defineCollection({ loader: files(AudienceType), schema: AudienceType.schema }),
  prefectOrders: defineCollection({ loader: files(PrefectOrderType), schema: PrefectOrderType.schema }),
  announcements: defineCollection({ loader: files(AnnouncementType), schema: AnnouncementType.schema }),
};
