import { getCollection, getEntry } from 'astro:content';
import { MEASURE_STATUSES, ROMA_DOMAINS } from '../model/roma-plan.ts';

export async function romaPlan() {
  const plan = await getEntry('romaPlan', 'plan');
  if (!plan) throw new Error('content/roma-plan/plan.mdx is missing');
  return plan;
}

export async function romaMeasures() {
  return (await getCollection('romaMeasures')).sort((a, b) => a.data.code.localeCompare(b.data.code));
}

export async function romaReports() {
  return (await getCollection('romaReports')).sort((a, b) => b.data.semester.localeCompare(a.data.semester));
}

export async function romaExperts() {
  const list = await getEntry('romaExperts', 'experts');
  return list ? [...list.data.experts].sort((a, b) => a.locality.localeCompare(b.locality, 'ro')) : [];
}

/** Measures per domain and status, for the progress chart and its table. */
export async function measuresByDomain() {
  const measures = await romaMeasures();
  return ROMA_DOMAINS.map((d) => {
    const inDomain = measures.filter((m) => m.data.domain === d.value);
    return {
      ...d,
      measures: inDomain,
      byStatus: Object.fromEntries(MEASURE_STATUSES.map((s) => [s.value, inDomain.filter((m) => m.data.status === s.value).length])) as Record<string, number>,
    };
  });
}
