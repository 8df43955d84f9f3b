import { checkContent, type LoadedEntry } from '../../../src/lib/content-check.ts';
import { resolveNow } from '../../../src/lib/dates.ts';
import { isPublished } from '../../../src/lib/publishing.ts';
import type { PressRelease } from '../../../src/model/index.ts';
import { ROOT, TEST_BUILD_TIME } from './build.ts';

export type Release = LoadedEntry & { data: PressRelease };

const { entries, problems } = checkContent(ROOT);
if (problems.length) throw new Error(`sample content is invalid: ${problems.length} problems`);

export const testNow = resolveNow({ BUILD_TIME: TEST_BUILD_TIME });
export const releases = entries.get('pressReleases') as Release[];
export const published = releases.filter((r) => isPublished(r.data, testNow)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
export const unpublished = releases.filter((r) => !isPublished(r.data, testNow));
