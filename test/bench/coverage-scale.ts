/**
 * A database of the size the dashboard is designed for, written straight into the tables (no parsing), for
 * timing the coverage queries: `npx tsx test/bench/coverage-scale.ts [--agencies 200000] [--db FILE]`.
 * Agencies get a county (or their province or city), a type, a first year and a last year (most publish up to
 * the latest year; the rest stopped), and within those a report in most years (the rest are gaps); of the
 * reports a share is late, a share undated, and one in fifty replaced an earlier report. Then the rollups are
 * rebuilt as an import's end would, and the coverage queries are timed (p50/p95 over 20 runs, warm).
 */
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { type Db, openDatabase } from '../../db/client';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import { replaceAgencyList } from '../../db/queries/replace-agency-list';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { AGENCY_TYPES } from '../../lib/agencies/agency-type';
import { insertRows } from '../../db/sql/insert-rows';
import { mulberry32 } from '../../lib/synth/prng';
import { tempDir } from '../support/temp-db';

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};

const AGENCY_COLUMNS = ['id', 'name', 'sort_key', 'type_id', 'region_code', 'region_status', 'synthetic', 'created_at'];
/** Every report the same tiny source and document: the coverage reads none of them. */
const REPORT_COLUMNS = [
  'id',
  'agency_id',
  'year',
  'imported_at',
  'status',
  'replaced_by',
  'published_on',
  'source_hash',
  'format',
  'encoding',
  'parser_version',
  'synthetic',
  'error_count',
  'warning_count',
  'document',
  'year_link',
];
const REPORT_CONSTANTS = ['h', 'text', 'utf-8', '0.5.0', 0, 0, 0, new Uint8Array([0]), '{}'];
const METRIC_COLUMNS = [
  'report_id',
  'agency_id',
  'year',
  'template',
  'type_id',
  'province_code',
  'city_code',
  'county_code',
  'days_late',
  'apps_new',
  'synthetic',
  'error_count',
  'warning_count',
];

export async function fillScaleDatabase(db: Db, agencies: number, seed = 7): Promise<void> {
  const c = db.$client;
  const counties = (await c.execute("SELECT code, province_code, city_code FROM regions WHERE level = 'county'")).rows;
  const types = AGENCY_TYPES.map((t) => t.id);
  const rnd = mulberry32(seed);
  await c.execute(
    "INSERT OR IGNORE INTO source_files (hash, file_name, byte_length, content, stored_at) VALUES ('h', 'f', 1, x'00', 0)",
  );
  const now = Date.now();
  let reportId = 1;
  const rows = { agencies: [] as unknown[][], reports: [] as unknown[][], metrics: [] as unknown[][] };
  const flush = async () => {
    await c.batch(
      [
        ...insertRows('agencies', AGENCY_COLUMNS, rows.agencies.splice(0)),
        ...insertRows('reports', REPORT_COLUMNS, rows.reports.splice(0)),
        ...insertRows('report_metrics', METRIC_COLUMNS, rows.metrics.splice(0)),
      ],
      'write',
    );
  };
  for (let a = 1; a <= agencies; a++) {
    const county = counties[Math.floor(rnd() * counties.length)];
    const level = rnd();
    const province = county.province_code as string;
    const city = level < 0.1 ? null : (county.city_code as string | null);
    const countyCode = level < 0.25 ? null : (county.code as string);
    const region = countyCode ?? city ?? province;
    const type = types[Math.floor(rnd() * types.length)];
    rows.agencies.push([a, `机构${a}`, `jigou ${String(a).padStart(7, '0')}`, type, region, 'resolved', 0, now]);
    const first = 2019 + Math.floor(rnd() * rnd() * 5);
    const last = rnd() < 0.85 ? 2025 : first + Math.floor(rnd() * (2025 - first));
    for (let y = first; y <= last; y++) {
      if (y !== first && y !== last && rnd() < 0.08) continue;
      const r = rnd();
      const daysLate = r < 0.15 ? null : r < 0.4 ? 1 + Math.floor(rnd() * rnd() * 300) : -Math.floor(rnd() * 30);
      if (rnd() < 0.02) {
        rows.reports.push([reportId, a, y, now, 'replaced', reportId + 1, null, ...REPORT_CONSTANTS]);
        reportId++;
      }
      rows.reports.push([
        reportId,
        a,
        y,
        now,
        'current',
        null,
        daysLate === null ? null : `${y + 1}-02-01`,
        ...REPORT_CONSTANTS,
      ]);
      rows.metrics.push([
        reportId,
        a,
        y,
        y < 2021 ? '2019' : '2021',
        type,
        province,
        city,
        countyCode,
        daysLate,
        a % 97,
        0,
        0,
        0,
      ]);
      reportId++;
    }
    if (rows.metrics.length > 20_000) await flush();
  }
  await flush();
  await refreshRollups(db, { full: true });
}

/** A list of `n` agencies: three in four of them agencies with reports, the rest never heard from. */
export async function fillScaleList(db: Db, n: number): Promise<void> {
  const known = (
    await db.$client.execute({
      sql: 'SELECT a.name, a.region_code, a.type_id FROM agencies a WHERE a.id % 13 = 0 LIMIT ?',
      args: [Math.ceil((n * 3) / 4)],
    })
  ).rows;
  const entries = known.map((r) => {
    const code = String(r.region_code);
    return {
      name: String(r.name),
      regionCode: code,
      provinceCode: `${code.slice(0, 2)}0000`,
      cityCode: code.endsWith('0000') ? null : `${code.slice(0, 4)}00`,
      countyCode: code.endsWith('00') ? null : code,
      typeId: r.type_id as string | null,
      sortKey: `jigou ${String(r.name).slice(2).padStart(7, '0')}`,
    };
  });
  for (let i = entries.length; i < n; i++) {
    const like = entries[i % entries.length];
    entries.push({ ...like, name: `未报机构${i}`, sortKey: `weibao ${i}` });
  }
  await replaceAgencyList(db, entries);
}

async function time(label: string, runs: number, f: () => Promise<unknown>): Promise<void> {
  await f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(1);
  process.stdout.write(`${label.padEnd(60)} p50 ${at(0.5).padStart(7)}  p95 ${at(0.95).padStart(7)} ms\n`);
}

export type Timer = typeof time;

async function main() {
  const file = arg('db') ?? path.join(tempDir('nianbao-coverage-'), 'scale.db');
  const db = await openDatabase({ url: `file:${file}` });
  await prepareDatabase({ db, samples: false });
  const have = Number((await db.$client.execute('SELECT count(*) AS n FROM report_metrics')).rows[0].n);
  if (have === 0) {
    const t0 = performance.now();
    await fillScaleDatabase(db, Number(arg('agencies') ?? 200_000));
    process.stdout.write(`filled in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${file}\n`);
  }
  const listed = Number(arg('list') ?? 0);
  if (listed > 0 && Number((await db.$client.execute('SELECT count(*) AS n FROM agency_list')).rows[0].n) === 0) {
    const t0 = performance.now();
    await fillScaleList(db, listed);
    process.stdout.write(`list of ${listed} imported in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const counts = (
    await db.$client.execute(
      `SELECT (SELECT count(*) FROM report_metrics) AS reports, (SELECT count(*) FROM agency_coverage) AS agencies,
            (SELECT count(*) FROM agency_list) AS listed`,
    )
  ).rows[0];
  process.stdout.write(`${JSON.stringify(counts)}\n`);
  const bench = arg('cases');
  if (bench) {
    const cases = (await import(path.resolve(bench))) as { run(db: Db, time: Timer): Promise<void> };
    await cases.run(db, time);
  }
  db.$client.close();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) void main();
