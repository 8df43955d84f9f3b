/**
 * Dates in the CMS lists, in Romanian. Decap formats the `{{date | date('…')}}` values of
 * a collection's `summary` with dayjs, the same instance this module configures:
 * - the Romanian locale (month names: „26 noiembrie 2026”);
 * - a missing date prints nothing instead of "Invalid Date", so a template can name a
 *   date that most entries lack (embargo);
 * - a format starting with "future:" prints only a date still to come, which is how the
 *   list marks a scheduled release ("programat pentru …") without any code in the template.
 */
import dayjs from 'dayjs';
import ro from 'dayjs/locale/ro';

const FUTURE = 'future:';

export function installListDates(): void {
  // Romanian month names are written in lower case („26 noiembrie 2026”); dayjs capitalises them.
  const lower = (names: unknown) => (Array.isArray(names) ? names.map((n: string) => n.toLowerCase()) : names);
  dayjs.locale({ ...ro, months: lower(ro.months), monthsShort: lower(ro.monthsShort) } as Parameters<typeof dayjs.locale>[0], undefined, false);
  dayjs.extend((_options, Dayjs) => {
    const format = Dayjs.prototype.format;
    Dayjs.prototype.format = function (this: dayjs.Dayjs, template?: string) {
      if (!this.isValid()) return '';
      if (template?.startsWith(FUTURE)) return this.valueOf() > Date.now() ? format.call(this, template.slice(FUTURE.length)) : '';
      return format.call(this, template);
    };
  });
}
