/**
 * The pages whose full server render is timed: each main view with the filters and sorts of the query
 * cases, fetched as a browser's first load would (the whole HTML, streamed parts included).
 */
import type { Picks } from './bench-picks';
import { namedFilters, type Query } from './case-kit';
import { percentile } from '../format';
import type { Timing } from './timing';

export interface PageResult extends Timing {
  label: string;
  path: string;
  status: number;
  kib: number;
}

export function benchPages(p: Picks): { label: string; path: string }[] {
  const n = namedFilters(p);
  const url = (path: string, query: Query) => {
    const q = new URLSearchParams({ ...query, ...(p.synthetic ? { synthetic: '1' } : {}) }).toString();
    return q ? `${path}?${q}` : path;
  };
  const agency = p.agencies[0];
  return [
    { label: 'overview', path: url('/', {}) },
    { label: `overview, ${n.provinceYear.label}`, path: url('/', n.provinceYear.query) },
    { label: 'compare', path: url('/compare', {}) },
    { label: 'compare, sort agency', path: url('/compare', { sort: 'agency.asc' }) },
    {
      label: `compare, ${n.province.label}, sort disclosureRate desc`,
      path: url('/compare', { ...n.province.query, sort: 'disclosureRate.desc' }),
    },
    { label: 'compare, sort score desc', path: url('/compare', { sort: 'score.desc' }) },
    { label: 'compare, sort originality asc', path: url('/compare', { sort: 'originality.asc' }) },
    { label: 'compare, by agency', path: url('/compare', { by: 'agency' }) },
    { label: `region, ${n.province.label}`, path: url('/region', n.province.query) },
    ...(n.city ? [{ label: `region, ${n.city.label}`, path: url('/region', n.city.query) }] : []),
    { label: `agency ${agency.id}`, path: url(`/agency/${agency.id}`, {}) },
    { label: 'quality', path: url('/quality', {}) },
    { label: 'quality, severity error', path: url('/quality', { sev: 'error' }) },
    { label: 'quality score', path: url('/quality/score', {}) },
    { label: `quality score, ${n.province.label}`, path: url('/quality/score', n.province.query) },
    { label: 'quality coverage', path: url('/quality/coverage', {}) },
    { label: `quality coverage, ${n.province.label}`, path: url('/quality/coverage', n.province.query) },
  ];
}

async function load(baseURL: string, path: string): Promise<{ status: number; bytes: number }> {
  const res = await fetch(baseURL + path);
  const body = await res.arrayBuffer();
  return { status: res.status, bytes: body.byteLength };
}

/** Each page once to warm up, then `runs` times; the time is until the last byte of the HTML. */
export async function timePages(
  baseURL: string,
  pages: { label: string; path: string }[],
  runs: number,
): Promise<PageResult[]> {
  const out: PageResult[] = [];
  for (const page of pages) {
    const first = await load(baseURL, page.path);
    const samples: number[] = [];
    let status = first.status;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = await load(baseURL, page.path);
      samples.push(performance.now() - t);
      if (r.status !== 200) status = r.status;
    }
    samples.sort((a, b) => a - b);
    out.push({
      ...page,
      status,
      kib: first.bytes / 1024,
      runs,
      p50: percentile(samples, 0.5),
      p95: percentile(samples, 0.95),
      max: samples[samples.length - 1],
    });
  }
  return out;
}
