/** The prefect's orders as pages read them: public ones only, in register order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareOrders, isOrderPublic, orderYears } from '../lib/orders.ts';
import { ORDER_DOMAINS, ORDER_KINDS, ORDER_STATUSES } from '../model/prefect-order.ts';
import { now } from './site.ts';

export type OrderEntry = CollectionEntry<'prefectOrders'>;

let cached: Promise<OrderEntry[]> | undefined;

/** Orders made public by the build time, newest year and number first. */
export function publishedOrders(): Promise<OrderEntry[]> {
  cached ??= getCollection('prefectOrders', (e) => isOrderPublic(e.data, now)).then((all) => all.sort((a, b) => compareOrders(a.data, b.data)));
  return cached;
}

export async function publishedOrderYears(): Promise<number[]> {
  return orderYears((await publishedOrders()).map((o) => o.data));
}

const label = (list: readonly { value: string; label: string }[]) => new Map<string, string>(list.map((o) => [o.value, o.label]));
export const orderKindLabel = label(ORDER_KINDS);
export const orderStatusLabel = label(ORDER_STATUSES);
export const orderDomainLabel = label(ORDER_DOMAINS);
