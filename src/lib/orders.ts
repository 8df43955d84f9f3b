/**
 * The register of the prefect's orders as readers filter it: by year, kind and status.
 * Filtering happens at build time into one static page per combination, so the filters
 * are plain links and work without JavaScript on any static host.
 */
import { startOfDate } from './dates.ts';
import { isPublished } from './publishing.ts';

export interface OrderLike {
  number: number;
  /** Date of issue, YYYY-MM-DD. */
  date: string;
  kind: string;
  status: string;
  /** Date made public, YYYY-MM-DD. */
  published: string;
  draft?: boolean | undefined;
  pdf?: string | undefined;
}

/** Base URL of the register. */
export const ORDERS_BASE = '/informatii-de-interes-public/ordinele-prefectului/';

/** "Any value" in a filter segment of the URL. */
export const ALL = 'toate';

/** URL of one order. */
export function orderHref(id: string): string {
  return `${ORDERS_BASE}${id}/`;
}

/** URL of the register of one year, filtered by kind and status (ALL for no filter). */
export function registerHref(year: number, kind: string = ALL, status: string = ALL): string {
  return kind === ALL && status === ALL ? `${ORDERS_BASE}${year}/` : `${ORDERS_BASE}${year}/${kind}/${status}/`;
}

/** Whether an order is on the site at `now`: not a draft and its publication day has begun. */
export function isOrderPublic(o: OrderLike, now: Date): boolean {
  return isPublished({ draft: o.draft === true, date: startOfDate(o.published) }, now);
}

/** The calendar year of an order (of its date of issue): the register is kept per year. */
export function orderYear(o: Pick<OrderLike, 'date'>): number {
  return Number(o.date.slice(0, 4));
}

/** Years that have orders, newest first. */
export function orderYears(orders: readonly Pick<OrderLike, 'date'>[]): number[] {
  return [...new Set(orders.map(orderYear))].sort((a, b) => b - a);
}

/** Register order: newest number first within a year; by year, newest first. */
export function compareOrders(a: OrderLike, b: OrderLike): number {
  return orderYear(b) - orderYear(a) || b.number - a.number;
}

/** The orders of one year that pass the kind and status filters (ALL passes everything). */
export function filterOrders<T extends OrderLike>(orders: readonly T[], year: number, kind: string = ALL, status: string = ALL): T[] {
  return orders
    .filter((o) => orderYear(o) === year && (kind === ALL || o.kind === kind) && (status === ALL || o.status === status))
    .sort(compareOrders);
}

/** Normative orders without the signed PDF: the law wants them public, so the check warns. */
export function normativeWithoutPdf<T extends OrderLike>(orders: readonly T[]): T[] {
  return orders.filter((o) => o.kind === 'normativ' && !o.pdf && !o.draft);
}
