/**
 * Every content type of the site, in the order the CMS lists them. This list is the one
 * place a new type is registered: the Astro collections, the CMS config and the content
 * check all iterate it.
 */
import { AnnouncementType } from './announcement.ts';
import { AudienceType } from './audience.ts';
import { EventType } from './event.ts';
import { PageType } from './page.ts';
import { PrefectOrderType } from './prefect-order.ts';
import { PressReleaseType } from './press-release.ts';
import { RomaExpertsType, RomaMeasureType, RomaPlanType, RomaReportType } from './roma-plan.ts';
import { SettingsType } from './settings.ts';
import { StrategyType } from './strategy.ts';

export const CONTENT_TYPES = [
  PressReleaseType,
  EventType,
  PageType,
  StrategyType,
  RomaPlanType,
  RomaMeasureType,
  RomaReportType,
  RomaExpertsType,
  AudienceType,
  PrefectOrderType,
  AnnouncementType,
  SettingsType,
] as const;

export type ContentTypeKey = (typeof CONTENT_TYPES)[number]['key'];

export {
  AnnouncementType, PrefectOrderType,
  AudienceType, EventType, PageType, PressReleaseType, RomaExpertsType, RomaMeasureType, RomaPlanType, RomaReportType, SettingsType, StrategyType,
};
export type { PressRelease } from './press-release.ts';
export type { Event } from './event.ts';
export type { Page } from './page.ts';
export type { Strategy } from './strategy.ts';
export type { RomaPlan, RomaMeasure, RomaReport, RomaExperts } from './roma-plan.ts';
export type { Audience } from './audience.ts';
export type { Settings } from './settings.ts';
export type { PrefectOrder } from './prefect-order.ts';
export type { Announcement } from './announcement.ts';
