/**
 * The site-wide emergency banner. A release raises one with its `raiseAlert` switch and
 * `alert` details, the settings with `emergency`; either way it is shown only while it is public and not
 * over: a release's alert follows the release's publication rule (isPublished), and
 * every alert disappears at the first build after its `until` time (BUILD_TIME or the
 * clock). The most urgent level comes first; the feeds mark the releases that raised one.
 */
import { isPublished, type Publishable } from './publishing.ts';
import { ALERT_LEVELS, type AlertLevel } from '../model/shared.ts';

export interface Alert {
  level: AlertLevel;
  text: string;
  link?: string | undefined;
  until: Date;
}

export interface ActiveAlert extends Alert {
  /** Where "Detalii" leads: the alert's link, else the release that raised it. */
  href?: string | undefined;
}

export interface AlertSource {
  id: string;
  data: Publishable & { raiseAlert?: boolean; alert?: Alert | undefined };
}

const rank = new Map<string, number>(ALERT_LEVELS.map((l, i) => [l.value, i]));

/** Whether an alert is still to be shown at `now`. */
export function alertLive(alert: Alert, now: Date): boolean {
  return alert.until.getTime() > now.getTime();
}

/** Alerts to show at `now`, most urgent first, then the one ending soonest. */
export function activeAlerts(
  releases: readonly AlertSource[],
  settingsAlert: Alert | undefined,
  now: Date,
  releaseHref: (id: string) => string,
): ActiveAlert[] {
  const out: ActiveAlert[] = [];
  if (settingsAlert && alertLive(settingsAlert, now)) out.push({ ...settingsAlert, href: settingsAlert.link });
  for (const r of releases) {
    const a = r.data.alert;
    if (a && r.data.raiseAlert && isPublished(r.data, now) && alertLive(a, now)) out.push({ ...a, href: a.link ?? releaseHref(r.id) });
  }
  return out.sort((a, b) => rank.get(a.level)! - rank.get(b.level)! || a.until.getTime() - b.until.getTime());
}

export function alertLabel(level: AlertLevel): string {
  return ALERT_LEVELS.find((l) => l.value === level)!.label;
}
