/**
 * Checks of the public-information area that span files: the prefect's orders (numbers
 * unique per year, amendments that point at real orders, normative orders with their PDF),
 * announcements, and the sections of the publishing standard (HG 123/2002 as amended by
 * HG 478/2016) that need a page. Warnings do not stop the build; problems do.
 */
import type { Announcement } from '../model/announcement.ts';
import type { Page } from '../model/page.ts';
import { PAGE_SECTIONS } from '../model/page.ts';
import type { PrefectOrder } from '../model/prefect-order.ts';
import { normativeWithoutPdf, orderYear } from './orders.ts';
import type { Problem } from './problems.ts';

interface Loaded<T> {
  id: string;
  file: string;
  data: T;
}

export function checkPublicInfo(
  get: <T>(key: string) => Loaded<T>[],
  problems: Problem[],
  warnings: Problem[],
): void {
  const orders = get<PrefectOrder>('prefectOrders');
  const byId = new Map(orders.map((o) => [o.id, o]));
  const numbers = new Map<string, string>();
  for (const o of orders) {
    const key = `${o.data.number}/${orderYear(o.data)}`;
    const other = numbers.get(key);
    if (other) problems.push({ file: o.file, field: 'number', message: `${key} is already used by ${other}; order numbers are unique within a year` });
    else numbers.set(key, o.file);
    o.data.changedBy.forEach((id, i) => {
      const target = byId.get(id);
      const field = `changedBy[${i}]`;
      if (!target) problems.push({ file: o.file, field, message: `"${id}" is not an order; use the file name of one in content/prefect-orders/ without .yaml` });
      else if (id === o.id) problems.push({ file: o.file, field, message: 'names the order itself; name the later order that changed it' });
      else if (target.data.date < o.data.date) problems.push({ file: o.file, field, message: `"${id}" is dated ${target.data.date}, before this order (${o.data.date}); an order is changed only by a later one` });
    });
  }
  for (const o of normativeWithoutPdf(orders.map((o) => ({ ...o.data, file: o.file })))) {
    warnings.push({ file: o.file, field: 'pdf', message: 'is missing on a normative order; normative orders must be made public (Administrative Code, OUG 57/2019), so upload the signed PDF' });
  }

  const announcements = get<Announcement>('announcements');
  for (const a of announcements) {
    if (a.data.kind === 'consultare' && a.data.finalAct && !a.data.minutes) {
      warnings.push({ file: a.file, field: 'minutes', message: 'is missing while the final act is published; Law 52/2003 asks for the minutes (or the summary of proposals) to be public too' });
    }
  }

  const pages = get<Page>('pages');
  // Pages that would take a built page's address are refused with the other route
  // clashes (src/lib/routes.ts, which includes PUBLIC_INFO_ROUTES).
  if (pages.length) {
    const withPages = new Set(pages.map((p) => p.data.section));
    const missing = PAGE_SECTIONS.filter((s) => 'needsPage' in s && s.needsPage && !withPages.has(s.value));
    for (const s of missing) {
      problems.push({
        file: 'content/pages/',
        message: `no page is in the section "${s.label}" (section: ${s.value}), which the publishing standard (HG 478/2016) requires; write one with section: ${s.value}`,
      });
    }
  }
}
