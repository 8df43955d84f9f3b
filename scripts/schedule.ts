/**
 * `npm run schedule`: the next moment the public site changes without an edit (an
 * embargo ends, a scheduled release's time comes, an event becomes past), so a rebuild
 * can be planned for it. `--json`: all of them. BUILD_TIME sets "now" as for the build.
 */
import { checkContent, siteRoot } from '../src/lib/content-check.ts';
import { formatDateTime, resolveNow, toIsoLocal } from '../src/lib/dates.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { upcomingChanges, type ScheduleInput } from '../src/lib/schedule.ts';

const LABEL = { 'embargo-ends': 'embargo ends', scheduled: 'scheduled release goes live', 'event-ends': 'event moves to past events' } as const;

const { entries, problems } = checkContent(siteRoot());
if (problems.length) {
  console.error(`The content has ${problems.length} problem(s); the schedule would be wrong:`);
  for (const p of problems) console.error(`  - ${formatProblem(p)}`);
  process.exit(1);
}
const now = resolveNow(process.env);
const changes = upcomingChanges(
  { releases: entries.get('pressReleases') as ScheduleInput['releases'], events: entries.get('events') as ScheduleInput['events'] },
  now,
);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ now: toIsoLocal(now), changes: changes.map((c) => ({ ...c, at: toIsoLocal(c.at) })) }, null, 2));
} else if (!changes.length) {
  console.log('Nothing scheduled: the public site changes only when content is edited.');
} else {
  const next = changes[0]!;
  console.log(`${toIsoLocal(next.at)}  (${formatDateTime(next.at)}, Bucharest time)`);
  console.log(`  ${LABEL[next.kind]}: ${next.file} „${next.title}”`);
  if (changes.length > 1) console.log(`  ${changes.length - 1} more later; npm run schedule -- --json lists them all.`);
}
