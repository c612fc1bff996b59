/**
 * The report score: each component's rule on hand-made inputs, and the database's generated columns
 * (db/schema/score-columns.ts) against lib/metrics/report-score.ts on imported rows whose dates, copy
 * shares, errors and cells were varied at random — two implementations of one definition, held together.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import { metricColumn, TABLE3_SCORE_CELLS, TABLE4_SCORE_CELLS } from '../../db/schema';
import { reportScore, type ScoreInput } from '../../lib/metrics/report-score';
import { COUNT_METRIC_IDS } from '../../lib/metrics/report-metrics';
import { mulberry32 } from '../../lib/synth/render';
import { importSyntheticReports } from '../db-queries/synthetic-reports';
import { tempDatabase } from '../support/temp-db';

const full = Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, 1])) as ScoreInput['metrics'];
const base: ScoreInput = { metrics: full, errorCount: 0, daysLate: -3, copiedPrev: 0, copiedPeer: 0 };

describe('the rules', () => {
  test('a complete, consistent, timely, original report scores 100', () => {
    const s = reportScore(base);
    expect(s.total).toBe(100);
    expect(s.weightCounted).toBe(100);
    expect(s.components.map((c) => [c.id, c.weight, c.points])).toEqual([
      ['completeness', 30, 100],
      ['consistency', 30, 100],
      ['timeliness', 20, 100],
      ['originality', 20, 100],
    ]);
  });

  test('a missing table 4 costs a third of completeness, and the evidence names its cells', () => {
    const metrics = { ...full, reviewTotal: null, litigationDirectTotal: null, litigationAfterReviewTotal: null };
    const s = reportScore({ ...base, metrics });
    expect(s.components[0].points).toBeCloseTo(200 / 3, 10);
    expect(s.evidence.completeness.missing).toEqual([...TABLE4_SCORE_CELLS]);
    expect(s.total).toBeCloseTo((30 * (200 / 3) + 70 * 100) / 100, 10);
  });

  test('half of table 3 read gives a sixth less completeness', () => {
    const metrics = { ...full };
    for (const id of TABLE3_SCORE_CELLS.slice(0, 5)) metrics[id] = null;
    expect(reportScore({ ...base, metrics }).components[0].points).toBeCloseTo(100 - 100 / 6, 10);
  });

  test('each error costs 25 points of consistency, never below 0', () => {
    expect(reportScore({ ...base, errorCount: 1 }).components[1].points).toBe(75);
    expect(reportScore({ ...base, errorCount: 9 }).components[1].points).toBe(0);
  });

  test('timeliness: on time 100, a point a day late, unknown when undated (and then not counted)', () => {
    expect(reportScore({ ...base, daysLate: 0 }).components[2].points).toBe(100);
    expect(reportScore({ ...base, daysLate: 30 }).components[2].points).toBe(70);
    expect(reportScore({ ...base, daysLate: 400 }).components[2].points).toBe(0);
    const undated = reportScore({ ...base, daysLate: null, errorCount: 2 });
    expect(undated.components[2].points).toBeNull();
    expect(undated.weightCounted).toBe(80);
    expect(undated.total).toBeCloseTo((30 * 100 + 30 * 50 + 20 * 100) / 80, 10);
  });

  test('originality is the larger copied share taken away; unknown when nothing was compared', () => {
    expect(reportScore({ ...base, copiedPrev: 0.8, copiedPeer: 0.1 }).components[3].points).toBeCloseTo(20, 10);
    expect(reportScore({ ...base, copiedPrev: null, copiedPeer: 0.25 }).components[3].points).toBeCloseTo(75, 10);
    expect(reportScore({ ...base, copiedPrev: null, copiedPeer: null }).components[3].points).toBeNull();
  });
});

describe('the database computes the same score', () => {
  let db: Db;
  beforeAll(async () => {
    ({ db } = await tempDatabase());
    await importSyntheticReports(db, 150, 23);
    const ids = (await db.$client.execute('SELECT report_id FROM report_metrics')).rows.map((r) => Number(r.report_id));
    const random = mulberry32(5);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    const cells = [...TABLE3_SCORE_CELLS, ...TABLE4_SCORE_CELLS, 'docsIssued', 'licensingDecisions'].map(metricColumn);
    await db.$client.batch(
      ids.map((id) => ({
        sql: `UPDATE report_metrics SET days_late = ?, copied_prev = ?, copied_peer = ?, error_count = ?,
              ${pick(cells)} = NULL, ${pick(cells)} = NULL WHERE report_id = ?`,
        args: [
          pick([null, -20, 0, 1, 45, 150]),
          pick([null, 0, 0.33, 0.9]),
          pick([null, 0, 0.5, 1]),
          pick([0, 0, 1, 3, 5]),
          id,
        ],
      })),
      'write',
    );
  }, 90_000);
  afterAll(() => db.$client.close());

  test('every row: the generated columns equal reportScore', async () => {
    const rows = (await db.$client.execute('SELECT * FROM report_metrics')).rows;
    expect(rows.length).toBeGreaterThan(100);
    const totals = new Set<number>();
    for (const r of rows) {
      const want = reportScore({
        metrics: Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, r[metricColumn(id)] as number | null])),
        errorCount: Number(r.error_count),
        daysLate: r.days_late === null ? null : Number(r.days_late),
        copiedPrev: r.copied_prev === null ? null : Number(r.copied_prev),
        copiedPeer: r.copied_peer === null ? null : Number(r.copied_peer),
      });
      const got = [r.score_completeness, r.score_consistency, r.score_timeliness, r.score_originality];
      want.components.forEach((c, i) =>
        c.points === null ? expect(got[i]).toBeNull() : expect(Number(got[i])).toBeCloseTo(c.points, 9),
      );
      expect(Number(r.score)).toBeCloseTo(want.total, 9);
      totals.add(Math.round(want.total));
    }
    expect(totals.size).toBeGreaterThan(10);
  });

  test('the rollups total the scores and the on-time reports of their cells', async () => {
    await db.$client.execute(
      "INSERT OR IGNORE INTO rollup_dirty (synthetic, year, province_code) SELECT DISTINCT synthetic, year, coalesce(province_code, '') FROM report_metrics",
    );
    await refreshRollups(db);
    const rows = await db.$client.execute(`SELECT
      (SELECT sum(score) FROM report_metrics) AS want_sum, (SELECT sum(score_sum) FROM province_rollups) AS got_sum,
      (SELECT count(days_late) FROM report_metrics) AS want_dated, (SELECT sum(dated) FROM city_rollups) AS got_dated,
      (SELECT count(*) FROM report_metrics WHERE days_late <= 0) AS want_on_time,
      (SELECT sum(on_time) FROM province_rollups) AS got_on_time,
      (SELECT sum(scored) FROM agency_totals) AS agency_scored, (SELECT count(*) FROM report_metrics) AS reports`);
    const t = rows.rows[0];
    expect(Number(t.got_sum)).toBeCloseTo(Number(t.want_sum), 6);
    expect(Number(t.got_dated)).toBe(Number(t.want_dated));
    expect(Number(t.got_on_time)).toBe(Number(t.want_on_time));
    expect(Number(t.want_on_time)).toBeGreaterThan(0);
    expect(Number(t.agency_scored)).toBe(Number(t.reports));
  });
});
