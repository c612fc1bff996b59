/**
 * The requests of the URL-state fuzz (url-fuzz.test.ts), made from a seed: every parameter each page and
 * API route reads, asked with extreme values (empty, whitespace, 10k characters, Han, emoji, control
 * characters, percent garbage, numbers no page has), odd keys (repeated, arrays, unknown), odd agency path
 * segments, wrong methods, garbage upload bodies, and random combinations of valid values. Deterministic:
 * one seed, one list of requests.
 */
import { mulberry32 } from '../../lib/synth/prng';
import { encode, EXTREME_VALUES, pick, shown, VALID, type Value, VIEW_PARAMS } from './url-fuzz-values';
import { AGENCY_SEGMENTS, previewFiles, uploadBodies } from './url-fuzz-inputs';

export interface FuzzCase {
  /** The route it is counted under, e.g. `/compare` or `POST /api/import`. */
  route: string;
  /** Path and query as sent, percent garbage included (not re-encoded). */
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  /** What a 200 must be: a page of the app, an image, a file, or JSON. */
  kind: 'page' | 'image' | 'file' | 'json';
  /** What the case tries, for the failure message. */
  what: string;
}

/** A small seeded generator, so a failing seed reproduces the same requests. */
export const seededRandom = mulberry32;

interface RouteSpec {
  route: string;
  kind: FuzzCase['kind'];
  /** Parameters the route reads; each gets every extreme value. */
  params: string[];
  /** Query every case of the route starts from, so the parameter under test reaches the code past the route's own checks. */
  base?: Record<string, (r: () => number) => string>;
}

/**
 * The GET routes and what they read (beyond the view state, which is spread over all of them).
 * `/agency/{id}` is filled in with an agency that exists.
 */
function routeSpecs(agencyId: number): RouteSpec[] {
  return [
    { route: '/', kind: 'page', params: [] },
    { route: '/compare', kind: 'page', params: [] },
    { route: '/region', kind: 'page', params: [] },
    { route: '/quality', kind: 'page', params: ['rule', 'sev'] },
    { route: '/quality/coverage', kind: 'page', params: ['show'] },
    { route: '/quality/score', kind: 'page', params: [] },
    { route: '/metrics', kind: 'page', params: [] },
    { route: '/import', kind: 'page', params: [] },
    { route: `/agency/${agencyId}`, kind: 'page', params: ['cell'] },
    {
      route: '/api/chart',
      kind: 'image',
      params: ['chart', 'format', 'agency', 'chartYear'],
      base: { chart: VALID.chart, agency: () => String(agencyId), chartYear: () => '2020' },
    },
    { route: '/api/export', kind: 'file', params: ['format'], base: { format: (r) => pick(r, ['csv', 'xlsx']) } },
    {
      route: '/api/export/coverage',
      kind: 'file',
      params: ['format', 'show'],
      base: { format: (r) => pick(r, ['csv', 'xlsx']) },
    },
  ];
}

function query(pairs: [string, Value][]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encode(v)}`).join('&');
}

function withBase(spec: RouteSpec, r: () => number, pairs: [string, Value][]): string {
  const keys = new Set(pairs.map(([k]) => k));
  const base = Object.entries(spec.base ?? {})
    .filter(([k]) => !keys.has(k))
    .map(([k, f]): [string, Value] => [k, f(r)]);
  const q = query([...base, ...pairs]);
  return q ? `${spec.route}?${q}` : spec.route;
}

/** Odd query strings: repeated keys, arrays, keys without values, unknown and hostile keys. */
const ODD_QUERIES = [
  'page=1&page=2',
  'page=2&page=abc',
  'lang=en&lang=zh',
  'lang=zh&lang=en',
  'type[]=education&type[]=finance',
  'type=education&type=finance',
  'page[]=2',
  'page[0]=2',
  'page',
  'page=',
  '=',
  '&&&',
  '=&=&',
  '==',
  '%zz=1',
  '%=%',
  'foo=bar',
  '__proto__=1',
  '__proto__[page]=2',
  'constructor=1&prototype=2',
  '%E4%B8%AD%E6%96%87=1',
  `${'k'.repeat(5_000)}=1`,
  Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&'),
  Array.from({ length: 300 }, () => 'region=110000').join('&'),
  'region=110000&region=%zz',
  'from=2020&to=2019&year=2021',
  'sort=appsNew.desc&sort=%zz',
  `cols=${Array.from({ length: 300 }, () => 'appsNew').join(',')}`,
  `type=${Array.from({ length: 300 }, (_, i) => `t${i}`).join(',')}`,
  '?',
  '#page=2',
];

/** Requests that answered 500 before issue 18's fixes, as [route, url]. */
const KNOWN_FAILURES = (agencyId: number): [string, string][] => [
  // SQLITE_MISMATCH on OFFSET 5e+31 (lib/view-state/view-state.ts, `positive`).
  ['/compare', '/compare?page=99999999999999999999'],
  ['/quality', '/quality?page=1e30'],
  // Infinity bound as a query argument (lib/view-state/agency-id.ts, parseYear).
  ['/api/chart', `/api/chart?chart=agency-trend&agency=${'9'.repeat(400)}`],
  ['/api/chart', `/api/chart?chart=peers&agency=${agencyId}&chartYear=Infinity`],
  // Next's router could not decode the segment (the rewrite in next.config.js).
  ['/agency/[id]', '/agency/%zz'],
  ['/agency/[id]', '/agency/%E4'],
];

const METHODS_NOT_GET = ['POST', 'PUT', 'DELETE', 'PATCH'];
const ODD_QUERY_ROUTES = 3;

export interface CaseOptions {
  seed: number;
  /** An agency that exists, for the agency page's own parameters and the agency charts. */
  agencyId: number;
  adminToken: string;
  /** Random combinations of valid values per GET route. */
  combinations: number;
}

export function fuzzCases({ seed, agencyId, adminToken, combinations }: CaseOptions): FuzzCase[] {
  const r = seededRandom(seed);
  const specs = routeSpecs(agencyId);
  const cases: FuzzCase[] = [];
  const get = (spec: RouteSpec, url: string, what: string) =>
    cases.push({
      route: spec.route.replace(/\/agency\/\d+$/, '/agency/[id]'),
      url,
      method: 'GET',
      kind: spec.kind,
      what,
    });

  // The requests that once answered 500, asked in every run whatever the seed draws.
  for (const [route, url] of KNOWN_FAILURES(agencyId))
    cases.push({ route, url, method: 'GET', kind: route === '/api/chart' ? 'image' : 'page', what: 'once a 500' });
  // Every view-state parameter with every extreme value, each on a route drawn by the seed.
  for (const param of VIEW_PARAMS)
    for (const v of EXTREME_VALUES) {
      const spec = pick(r, specs);
      get(spec, withBase(spec, r, [[param, v]]), `${param}=${shown(v)}`);
    }
  // Each route's own parameters with every extreme value.
  for (const spec of specs)
    for (const param of spec.params)
      for (const v of EXTREME_VALUES) get(spec, withBase(spec, r, [[param, v]]), `${param}=${shown(v)}`);
  // Odd query strings, each on three routes drawn by the seed.
  for (const q of ODD_QUERIES)
    for (let i = 0; i < ODD_QUERY_ROUTES; i++) {
      const spec = pick(r, specs);
      const base = withBase(spec, r, []);
      get(spec, `${base}${base.includes('?') ? '&' : '?'}${q}`, `query ${q.slice(0, 40)}`);
    }
  // Odd agency ids.
  for (const segment of AGENCY_SEGMENTS)
    cases.push({
      route: '/agency/[id]',
      url: `/agency/${segment}`,
      method: 'GET',
      kind: 'page',
      what: `id ${segment.slice(0, 40)}`,
    });
  // Random combinations of valid values, with now and then an extreme one among them.
  for (const spec of specs)
    for (let i = 0; i < combinations; i++) {
      const params = [...VIEW_PARAMS, ...spec.params].filter(() => r() < 0.35);
      const pairs = params.map((p): [string, Value] => [p, r() < 0.1 ? pick(r, EXTREME_VALUES) : VALID[p](r)]);
      get(spec, withBase(spec, r, pairs), `combination ${pairs.map(([k, v]) => `${k}=${shown(v)}`).join(' ')}`);
    }

  // Wrong methods on the GET routes: pages render or refuse; route handlers answer 405.
  for (const spec of specs)
    for (const method of METHODS_NOT_GET)
      cases.push({
        route: spec.kind === 'page' ? 'other methods: pages' : `other methods: ${spec.route}`,
        url: withBase(spec, r, []),
        method,
        kind: spec.kind,
        what: `${method} to a GET route`,
      });

  // The upload routes: wrong methods, then every body without a token, with a wrong one, with the right one.
  for (const route of ['/api/import', '/api/import/preview']) {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH'])
      cases.push({
        route: `other methods: ${route}`,
        url: route,
        method,
        kind: 'json',
        what: `${method} to a POST route`,
      });
    for (const [who, authorization] of [
      ['no token', undefined],
      ['a wrong token', 'Bearer not-the-token'],
      ['an empty bearer', 'Bearer '],
      ['a garbage header', '\u00ff\u00fe garbage'],
      ['the token', `Bearer ${adminToken}`],
    ] as const) {
      const bodies = [...uploadBodies(), ...(route.endsWith('/preview') && who === 'the token' ? previewFiles() : [])];
      for (const { what, body, type } of bodies) {
        const headers: Record<string, string> = {};
        if (authorization !== undefined) headers.authorization = authorization;
        if (type) headers['content-type'] = type;
        cases.push({
          route: `POST ${route}`,
          url: route,
          method: 'POST',
          headers,
          body,
          kind: 'json',
          what: `${what}, ${who}`,
        });
      }
    }
  }
  return cases;
}
