/**
 * The agency page's report scores: computed from the stored row by lib/metrics/report-score.ts, they equal the
 * database's generated score column, and say in words what they rest on — on the samples (忻州 2020 was published
 * five days late) and on rows whose errors, dates and copied shares were changed behind the import's back.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { listAgencyReports } from '../../db/queries/list-agency-reports';
import { agencyScores } from '../../lib/dashboard/agency-scores';
import { importPaths } from '../../lib/ingest/import-files';
import { SAMPLES } from '../db-queries/synthetic-reports';
import { tempDatabase } from '../support/temp-db';

let db: Db;
const idOf = async (name: string) =>
  Number((await db.$client.execute({ sql: 'SELECT id FROM agencies WHERE name = ?', args: [name] })).rows[0].id);

beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES], { workers: 0 });
});
afterAll(() => db.$client.close());

describe('agencyScores', () => {
  test('忻州 2020: five days late is 95 points of timeliness; nothing to compare, so originality is not counted', async () => {
    const reports = await listAgencyReports(db, await idOf('忻州市科学技术局'));
    expect(reports.map((r) => [r.year, r.daysLate])).toEqual([[2020, 5]]);
    const [zh] = agencyScores(reports, 'zh');
    expect(zh.year).toBe(2020);
    expect(zh.total).toBeCloseTo(reports[0].score!, 9);
    expect(zh.words.total).toBe('98.8');
    expect(zh.words.counted).toBe('得分基于 80/100 权重（原创性未知）');
    expect(zh.words.components.map((c) => [c.id, c.points, c.evidence])).toEqual([
      ['completeness', '100.0', '表二有数；表三 10 项全部读到；表四 3 项全部读到'],
      ['consistency', '100.0', '未发现错误'],
      ['timeliness', '95.0', '逾期 5 天'],
      ['originality', '—', '无可比对的报告，不计入'],
    ]);
    const [en] = agencyScores(reports, 'en');
    expect(en.words.components[2].evidence).toBe('5 days late');
    expect(en.words.counted).toBe('score over 80/100 of the weight (originality unknown)');
  });

  test('on changed rows the score computed for the page equals the stored column', async () => {
    // Errors, dates, shares and a blank table-3 cell, varied per report; error_count kept equal in both tables.
    await db.$client.batch(
      [
        'UPDATE report_metrics SET error_count = report_id % 3, days_late = CASE WHEN report_id % 2 = 0 THEN NULL ELSE report_id * 7 - 10 END, copied_prev = CASE WHEN report_id % 3 = 1 THEN NULL ELSE 0.62 END, copied_peer = CASE WHEN report_id % 2 = 1 THEN 0.08 ELSE NULL END, apps_carried_over = CASE WHEN report_id % 2 = 0 THEN NULL ELSE apps_carried_over END',
        'UPDATE reports SET error_count = id % 3 WHERE id IN (SELECT report_id FROM report_metrics)',
      ],
      'write',
    );
    const ids = (await db.$client.execute('SELECT DISTINCT agency_id FROM report_metrics')).rows.map((r) =>
      Number(r.agency_id),
    );
    expect(ids.length).toBe(5);
    const seen = new Set<string>();
    for (const id of ids) {
      const reports = await listAgencyReports(db, id);
      const scores = agencyScores(reports, 'zh');
      for (const [i, r] of reports.entries()) {
        expect(scores[i].total).toBeCloseTo(r.score!, 9);
        seen.add(scores[i].words.counted);
      }
    }
    // Both an undated report and one with everything known were among them.
    expect([...seen].some((c) => c.includes('及时性'))).toBe(true);
    expect(seen.has('四项均已计入')).toBe(true);
  });
});
