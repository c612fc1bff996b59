/**
 * Rankings by the report score: the regions' mean scores and on-time counts from the rollups equal those of
 * their report rows; no rank below MIN_RANKED reports; agencies best first with shared ranks for ties.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { regionScores } from '../../db/queries/region-scores';
import {
  loadAgencyScores,
  loadRegionScores,
  MIN_RANKED,
  rankingYear,
  rankRegions,
} from '../../lib/dashboard/score-rankings';
import { parseViewState } from '../../lib/view-state/view-state';
import { importSyntheticReports } from '../db-queries/synthetic-reports';
import { tempDatabase } from '../support/temp-db';

describe('rankRegions', () => {
  test('best mean first, ties share a rank, small or unscored groups unranked', () => {
    const rows = [
      { code: 'a', reports: 9, meanScore: 70 },
      { code: 'b', reports: 5, meanScore: 90 },
      { code: 'c', reports: 4, meanScore: 99 },
      { code: 'd', reports: 12, meanScore: 70 },
      { code: 'e', reports: 30, meanScore: null },
    ];
    expect(rankRegions(rows).map((r) => [r.code, r.rank])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', null],
      ['d', 2],
      ['e', null],
    ]);
    expect(MIN_RANKED).toBe(5);
  });
});

describe('from the database', () => {
  let db: Db;
  const synthetic = parseViewState({ synthetic: '1' });
  beforeAll(async () => {
    ({ db } = await tempDatabase());
    await importSyntheticReports(db, 400, 31);
    // Dates for two reports in three: late by 0–59 days or early; the rest undated.
    await db.$client.execute(
      'UPDATE report_metrics SET days_late = CASE WHEN report_id % 3 = 0 THEN NULL ELSE (report_id * 17) % 80 - 20 END',
    );
    // Changed behind the import's back: mark every cell, as a migration would, for the next read to rebuild.
    await db.$client.execute(
      "INSERT OR IGNORE INTO rollup_dirty (synthetic, year, province_code) SELECT DISTINCT synthetic, year, coalesce(province_code, '') FROM report_metrics",
    );
  }, 120_000);
  afterAll(() => db.$client.close());

  test('provinces: the rollups give each province its reports, score sum and on-time counts', async () => {
    const year = (await rankingYear(db, synthetic))!;
    const got = await regionScores(db, { synthetic: true, years: [year] });
    const want = await db.$client.execute({
      sql: `SELECT province_code AS code, count(*) AS reports, sum(score) AS score_sum, count(days_late) AS dated,
                   count(CASE WHEN days_late <= 0 THEN 1 END) AS on_time
            FROM report_metrics WHERE synthetic = 1 AND year = ? AND province_code IS NOT NULL GROUP BY province_code`,
      args: [year],
    });
    expect(got.length).toBe(want.rows.length);
    expect(got.length).toBeGreaterThan(5);
    const byCode = new Map(got.map((r) => [r.code, r]));
    for (const w of want.rows) {
      const g = byCode.get(String(w.code))!;
      expect(g.reports).toBe(Number(w.reports));
      expect(g.scored).toBe(Number(w.reports));
      expect(g.scoreSum!).toBeCloseTo(Number(w.score_sum), 6);
      expect([g.dated, g.onTime]).toEqual([Number(w.dated), Number(w.on_time)]);
    }
  });

  test('the region ranking: means, Wilson intervals around the on-time rate, ranks only for 5 reports or more', async () => {
    const year = (await rankingYear(db, synthetic))!;
    const regions = await loadRegionScores(db, synthetic, year);
    expect(regions.some((r) => r.rank === null && r.reports < MIN_RANKED)).toBe(true);
    expect(regions.some((r) => r.rank !== null)).toBe(true);
    for (const r of regions) {
      if (r.reports < MIN_RANKED) expect(r.rank).toBeNull();
      if (r.onTime) {
        expect(r.onTime.interval.low).toBeLessThanOrEqual(r.onTime.rate);
        expect(r.onTime.interval.high).toBeGreaterThanOrEqual(r.onTime.rate);
      }
    }
    const ranked = regions.filter((r) => r.rank !== null);
    expect(ranked.map((r) => r.meanScore)).toEqual([...ranked.map((r) => r.meanScore)].sort((a, b) => b! - a!));
  });

  test('agencies: best score first, with ranks when the group is large enough; none for a small one', async () => {
    const year = (await rankingYear(db, synthetic))!;
    const all = await loadAgencyScores(db, synthetic, year);
    expect(all.ranked).toBe(true);
    expect(all.rows[0].rank).toBe(1);
    const scores = all.rows.map((r) => r.row.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (let i = 1; i < all.rows.length; i++)
      if (Math.round(scores[i] * 10) === Math.round(scores[i - 1] * 10))
        expect(all.rows[i].rank).toBe(all.rows[i - 1].rank);
      else expect(all.rows[i].rank).toBe(i + 1);

    // A county with fewer than five agencies in the year: listed, not ranked.
    const county = await db.$client.execute({
      sql: `SELECT county_code FROM report_metrics WHERE synthetic = 1 AND year = ? AND county_code IS NOT NULL
            GROUP BY county_code HAVING count(*) < ${MIN_RANKED} LIMIT 1`,
      args: [year],
    });
    const code = String(county.rows[0].county_code);
    const small = await loadAgencyScores(db, parseViewState({ synthetic: '1', region: code }), year);
    expect(small.total).toBeGreaterThan(0);
    expect(small.ranked).toBe(false);
    expect(small.rows.every((r) => r.rank === null)).toBe(true);
  });

  test("a region's ranking year is its own latest year with reports, not the country's", async () => {
    const national = (await rankingYear(db, synthetic))!;
    const county = await db.$client.execute({
      sql: `SELECT county_code, max(year) AS latest FROM report_metrics WHERE synthetic = 1 AND county_code IS NOT NULL
            GROUP BY county_code HAVING max(year) < ? LIMIT 1`,
      args: [national],
    });
    const row = county.rows[0];
    expect(row).toBeDefined();
    const state = parseViewState({ synthetic: '1', region: String(row.county_code) });
    expect(await rankingYear(db, state)).toBe(Number(row.latest));
  });
});
