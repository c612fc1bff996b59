/**
 * The values the URL-state fuzz (url-fuzz-cases.ts) writes into parameters: those no parameter expects, valid ones
 * per parameter for random combinations, and how a value is written into a URL (encoded, or as it is for percent
 * garbage) and shown in a failure message.
 */
import { AGENCY_TYPES } from '../../lib/agencies/agency-type';
import { CHART_KINDS } from '../../lib/dashboard/chart-catalog';
import { COUNT_METRIC_IDS, RATE_IDS } from '../../lib/metrics/types';
/** A value written into the URL as it is (percent garbage), not through encodeURIComponent. */
export interface Raw {
  raw: string;
}
export type Value = string | Raw;

const raw = (s: string): Raw => ({ raw: s });
export const encode = (v: Value) => (typeof v === 'string' ? encodeURIComponent(v) : v.raw);
export const shown = (v: Value) => {
  const s = typeof v === 'string' ? JSON.stringify(v) : `raw ${v.raw}`;
  return s.length > 60 ? `${s.slice(0, 40)}… (${s.length} chars)` : s;
};

/** Values no parameter expects. Kept under Node's 16 KB request-line limit, which answers 431 by itself. */
export const EXTREME_VALUES: Value[] = [
  '',
  ' ',
  '\u3000',
  'a'.repeat(10_000),
  '9'.repeat(10_000),
  '中'.repeat(1_000),
  '北京市',
  '中文',
  '😀',
  '👨‍👩‍👧',
  '\u202e2020',
  '\ufeff2020',
  '\0',
  '\x01\x1f\x7f',
  'a\nb',
  raw('%'),
  raw('%zz'),
  raw('%00'),
  raw('%E4'),
  raw('%C0%AF'),
  raw('%ED%A0%80'),
  raw('%%%'),
  raw('%2'),
  raw('%2525'),
  '0',
  '-1',
  '-0',
  '+1',
  '1e30',
  '1e308',
  '99999999999999999999',
  'NaN',
  'Infinity',
  '0x10',
  '1.5',
  '00001',
  ' 5 ',
  String(2 ** 53 + 1),
  "'; DROP TABLE reports;--",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '{"a":1}',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  ',,,',
  'a,b,,c,',
  'appsNew.',
  '.desc',
  'appsNew.desc.desc',
];

/** The view state every dashboard page and the chart and export routes read (lib/view-state/view-state.ts). */
export const VIEW_PARAMS = [
  'lang',
  'region',
  'from',
  'to',
  'year',
  'type',
  'tpl',
  'metric',
  'sort',
  'page',
  'size',
  'cols',
  'by',
  'synthetic',
] as const;

const METRICS = [...COUNT_METRIC_IDS, ...RATE_IDS];
const REGIONS = ['110000', '330000', '330400', '360000', '360923', '420000', '420281', '999999', '000000'];
const YEARS = ['2008', '2018', '2019', '2020', '2021', '2022', '2100'];

/** Valid (or nearly valid) values per parameter, for random combinations. */
export const VALID: Record<string, (r: () => number) => string> = {
  lang: (r) => pick(r, ['zh', 'en']),
  region: (r) => pick(r, REGIONS),
  from: (r) => pick(r, YEARS),
  to: (r) => pick(r, YEARS),
  year: (r) => pick(r, YEARS),
  type: (r) =>
    sample(
      r,
      AGENCY_TYPES.map((t) => t.id),
    ).join(','),
  tpl: (r) => pick(r, ['2019', '2021']),
  metric: (r) => pick(r, METRICS),
  sort: (r) => `${pick(r, [...METRICS, 'agency', 'region', 'type', 'year', 'nope'])}.${pick(r, ['asc', 'desc'])}`,
  page: (r) => pick(r, ['1', '2', '3', '10000', '10000000']),
  size: (r) => pick(r, ['25', '50', '100', '200', '7']),
  cols: (r) => sample(r, [...METRICS, 'agency', 'nope']).join(','),
  by: (r) => pick(r, ['agency', 'agency-year']),
  synthetic: (r) => pick(r, ['0', '1']),
  rule: (r) => pick(r, ['row.short', 'row.missing', 'sum.total', 'source.ocr', 'nope']),
  sev: (r) => pick(r, ['error', 'warning', 'info']),
  show: (r) => pick(r, ['all', 'missing', 'late', 'undated', 'stopped', 'nope']),
  cell: (r) => pick(r, ['table2.rows.0.made', 'meta.year', 'nope']),
  chart: (r) => pick(r, CHART_KINDS),
  format: (r) => pick(r, ['svg', 'svg', 'png']),
  agency: (r) => pick(r, ['1', '2', '3', '4', '5', '999']),
  chartYear: (r) => pick(r, YEARS),
};

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function sample<T>(r: () => number, xs: readonly T[]): T[] {
  return xs.filter(() => r() < 2 / xs.length);
}
