import { getCollection } from 'astro:content';

/** All versions, newest period first; the content check guarantees exactly one is current. */
export async function strategies() {
  const all = (await getCollection('strategy')).sort((a, b) => b.data.periodStart - a.data.periodStart);
  return { current: all.find((s) => s.data.status === 'current'), archived: all.filter((s) => s.data.status === 'archived') };
}
