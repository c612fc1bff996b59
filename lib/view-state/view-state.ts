/**
 * What a dashboard view shows, as it stands in the URL: filters, sort, selected metric, page, language.
 * Parsing is forgiving (a hand-edited or old link never breaks a page: what cannot be read is dropped),
 * and writing leaves defaults out, so links stay short and one view has one URL.
 */
import type { Locale } from '../format/locale';
import { COUNT_METRIC_IDS, RATE_IDS, type MetricId } from '../metrics/types';

export type CompareBy = 'agency-year' | 'agency';

export interface ViewState {
  lang: Locale;
  /** Six-digit division code: province, city or county. */
  region?: string;
  yearFrom?: number;
  yearTo?: number;
  types: string[];
  template?: '2019' | '2021';
  /** The metric a chart or ranking is about. */
  metric: MetricId;
  sort?: { id: string; desc: boolean };
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Compare table columns chosen by the user; empty = the default set. */
  columns: string[];
  by: CompareBy;
  /** Show synthetic (generated) data instead of real reports; never both at once. */
  synthetic: boolean;
}

export const DEFAULT_METRIC: MetricId = 'appsNew';
export const PAGE_SIZES = [25, 50, 100, 200] as const;
const DEFAULT_PAGE_SIZE = 50;
const METRIC_IDS = new Set<string>([...COUNT_METRIC_IDS, ...RATE_IDS]);
const MIN_YEAR = 2008;
const MAX_YEAR = 2100;

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A year as a URL writes it: four digits from MIN_YEAR to MAX_YEAR, else undefined ("Infinity", "1e3" are dropped). */
export function parseYear(v: string | null | undefined): number | undefined {
  if (!v || !/^\d{4}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= MIN_YEAR && n <= MAX_YEAR ? n : undefined;
}

/** Pages past this are no page of any table (a million reports at 25 a page is 40,000 pages). */
const MAX_PAGE = 10_000_000;

/** A whole number from 1 to MAX_PAGE written in digits ("1e30", "0x10", "99999999999999999999" are dropped, as ADR 0006 says). */
function positive(v: string | undefined, fallback: number): number {
  // Digits only: Number() would also read "0x10", " 5 " and "1e3".
  if (!v || !/^\d{1,8}$/.test(v)) return fallback;
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 && n <= MAX_PAGE ? n : fallback;
}

const list = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

export function isMetricId(id: string): id is MetricId {
  return METRIC_IDS.has(id);
}

export function parseViewState(params: SearchParams | URLSearchParams): ViewState {
  const get = (key: string) =>
    params instanceof URLSearchParams ? (params.get(key) ?? undefined) : first(params[key]);
  let yearFrom = parseYear(get('from') ?? get('year'));
  let yearTo = parseYear(get('to') ?? get('year'));
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const region = get('region');
  const template = get('tpl');
  const metric = get('metric');
  const sort = get('sort')?.match(/^([A-Za-z]+)\.(asc|desc)$/);
  const size = positive(get('size'), DEFAULT_PAGE_SIZE);
  return {
    lang: get('lang') === 'en' ? 'en' : 'zh',
    region: region && /^\d{6}$/.test(region) ? region : undefined,
    yearFrom,
    yearTo,
    types: list(get('type')).filter((t) => /^[a-z][a-z0-9-]*$/.test(t)),
    template: template === '2019' || template === '2021' ? template : undefined,
    metric: metric && isMetricId(metric) ? metric : DEFAULT_METRIC,
    sort: sort ? { id: sort[1], desc: sort[2] === 'desc' } : undefined,
    page: positive(get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    columns: list(get('cols')).filter((c) => /^[A-Za-z]+$/.test(c)),
    by: get('by') === 'agency' ? 'agency' : 'agency-year',
    synthetic: get('synthetic') === '1',
  };
}

/** The query string of a state (without "?"), defaults left out, keys in a fixed order. */
export function serializeViewState(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.lang === 'en') q.set('lang', 'en');
  if (s.region) q.set('region', s.region);
  if (s.yearFrom !== undefined && s.yearFrom === s.yearTo) q.set('year', String(s.yearFrom));
  else {
    if (s.yearFrom !== undefined) q.set('from', String(s.yearFrom));
    if (s.yearTo !== undefined) q.set('to', String(s.yearTo));
  }
  if (s.types.length) q.set('type', s.types.join(','));
  if (s.template) q.set('tpl', s.template);
  if (s.metric !== DEFAULT_METRIC) q.set('metric', s.metric);
  if (s.sort) q.set('sort', `${s.sort.id}.${s.sort.desc ? 'desc' : 'asc'}`);
  if (s.page !== 1) q.set('page', String(s.page));
  if (s.pageSize !== DEFAULT_PAGE_SIZE) q.set('size', String(s.pageSize));
  if (s.columns.length) q.set('cols', s.columns.join(','));
  if (s.by !== 'agency-year') q.set('by', s.by);
  if (s.synthetic) q.set('synthetic', '1');
  return q.toString();
}

/**
 * A link to `path` with the state changed by `patch`. A change of filters or sort sends the user back
 * to page 1, since page 7 of another result means nothing.
 */
export function hrefWith(path: string, state: ViewState, patch: Partial<ViewState> = {}): string {
  const resetsPage = Object.keys(patch).some((k) => k !== 'page' && k !== 'lang' && k !== 'columns' && k !== 'metric');
  const next: ViewState = { ...state, ...(resetsPage ? { page: 1 } : {}), ...patch };
  const query = serializeViewState(next);
  return query ? `${path}?${query}` : path;
}
