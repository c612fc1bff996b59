/**
 * The late-days histogram read from its rollups (late_day_totals, late_day_rollups) gives what counting the late
 * reports themselves gives, for every scope the coverage page reads from them: the country, each province, each
 * type and a province's type, over some years or all; and still after a save that replaces reports with ones
 * published on other days, refreshed through the marked cells only.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { coverageLateDays, fromReports, lateDaysQuery } from '../../db/queries/coverage-late-days';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import type { CoverageScope } from '../../db/sql/coverage-sql';
import { prepareReport } from '../../lib/ingest/prepare-report';
import { saveReports } from '../../lib/ingest/save-reports';
import { mulberry32 } from '../../lib/synth/prng';
import { randomContent } from '../../lib/synth/random';
import { renderText } from '../../lib/synth/render-text';
import { tempDatabase } from '../support/temp-db';

let db: Db;

/** A publication date `days` after the deadline of `year`'s report (31 January of the next year); ≤ 0 on time. */
function publishedAfterDeadline(year: number, days: number): string {
  return new Date(Date.UTC(year + 1, 0, 31 + days)).toISOString().slice(0, 10);
}

/** `count` synthetic reports, mostly late by 1–60 days (few distinct days, so counts above one), some on time, some undated. */
async function saveDated(seed: number, count: number, agencies?: { name: string; year: number }[]): Promise<void> {
  const rng = mulberry32(seed);
  const prepared = [];
  for (let i = 0; i < count; i++) {
    const given = agencies?.[i];
    const content = randomContent(mulberry32(seed * 1_000 + i), given ? { agency: given.name, year: given.year } : {});
    const roll = rng();
    const published =
      roll < 0.15 ? undefined : publishedAfterDeadline(content.year, roll < 0.3 ? -3 : 1 + Math.floor(rng() * 60));
    prepared.push(
      await prepareReport(new TextEncoder().encode(renderText(content, 'tab-rows')), `late-${seed}-${i}.txt`, {
        synthetic: true,
        published,
      }),
    );
  }
  const outcomes = await saveReports(db, prepared);
  expect(outcomes.filter((o) => !o.ok)).toEqual([]);
}

beforeAll(async () => {
  ({ db } = await tempDatabase());
  await saveDated(1, 400);
  await refreshRollups(db, { full: true });
}, 120_000);
afterAll(() => db.$client.close());

const values = async (sql: string) => (await db.$client.execute(sql)).rows.map((r) => r[0] as string);

/** Every scope read from the rollups, each compared with the count over the late reports. */
async function expectRollupsEqualReports(): Promise<number> {
  const years = (await values('SELECT DISTINCT year FROM report_metrics ORDER BY 1')).map(Number);
  const provinces = await values('SELECT DISTINCT province_code FROM report_metrics WHERE province_code IS NOT NULL');
  const types = await values('SELECT DISTINCT type_id FROM report_metrics WHERE type_id IS NOT NULL');
  expect(provinces.length).toBeGreaterThan(5);
  expect(types.length).toBeGreaterThan(5);
  const all: CoverageScope = { synthetic: true, years };
  const scopes: CoverageScope[] = [
    all,
    { ...all, years: years.slice(1, 3) },
    { ...all, synthetic: false },
    ...provinces.map((region) => ({ ...all, region })),
    ...types.map((type) => ({ ...all, typeIds: [type] })),
    { ...all, typeIds: types.slice(0, 3) },
    ...provinces
      .slice(0, 6)
      .flatMap((region) => types.slice(0, 6).map((type) => ({ ...all, region, typeIds: [type] }))),
  ];
  let late = 0;
  for (const scope of scopes) {
    expect(lateDaysQuery(scope).sql).toContain('late_day_');
    const expected = (await db.$client.execute(fromReports(scope))).rows.map((r) => ({
      year: Number(r.year),
      days: Number(r.days),
      reports: Number(r.reports),
    }));
    expect(await coverageLateDays(db, scope), JSON.stringify(scope)).toEqual(expected);
    if (scope === all) late = expected.reduce((n, r) => n + r.reports, 0);
  }
  return late;
}

test('the country, provinces, types and a province’s types: the rollups give what the late reports give', async () => {
  const late = await expectRollupsEqualReports();
  expect(late).toBeGreaterThan(150);
  // Many days shared by several reports, so the sums are tested, not only the rows.
  const shared = await values('SELECT count(*) FROM late_day_totals WHERE reports > 1');
  expect(Number(shared[0])).toBeGreaterThan(10);
});

test('after a save that replaces reports with ones published on other days, and its partial refresh', async () => {
  const existing = await db.$client.execute(
    `SELECT a.name, m.year FROM report_metrics m JOIN agencies a ON a.id = m.agency_id
     WHERE m.days_late > 0 ORDER BY m.report_id LIMIT 6`,
  );
  const before = await coverageLateDays(db, { synthetic: true, years: [2019, 2020, 2021, 2022, 2023, 2024] });
  await saveDated(
    2,
    10,
    existing.rows.map((r) => ({ name: String(r.name), year: Number(r.year) })),
  );
  expect(await refreshRollups(db)).toMatchObject({ full: false });
  await expectRollupsEqualReports();
  expect(await coverageLateDays(db, { synthetic: true, years: [2019, 2020, 2021, 2022, 2023, 2024] })).not.toEqual(
    before,
  );
});
