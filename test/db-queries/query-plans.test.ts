/**
 * Plans that matter at a million reports, on the real schema. The import's lookups stay on their indexes. A plan that reads every current report per group made a
 * million-report import quadratic once (an index on status took over); this keeps that from returning. The compare table's
 * conditions steer SQLite between walking an index and reading the table through (metric-filters.ts).
 */
import type { InValue } from '@libsql/client';
import { sql, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { metricConditions } from '../../db/sql/metric-filters';
import { reportMetrics } from '../../db/schema';
import { tempDatabase } from '../support/temp-db';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
});

async function plan(sql: string): Promise<string> {
  return (await db.$client.execute(`EXPLAIN QUERY PLAN ${sql}`)).rows.map((r) => String(r.detail)).join(' | ');
}

describe('query plans of the save path', () => {
  test.each([
    [
      "current reports of a group's agencies",
      "SELECT id, agency_id, year, year_link FROM reports INDEXED BY reports_current WHERE status = 'current' AND agency_id IN (1,2,3)",
      'reports_current',
    ],
    [
      'reports with the same bytes',
      "SELECT source_hash, min(id) AS id FROM reports WHERE source_hash IN ('a','b') GROUP BY source_hash",
      'reports_source',
    ],
    [
      'agencies by name',
      "SELECT id, name FROM agencies WHERE synthetic = 1 AND name IN ('a','b')",
      'agencies_name_synthetic',
    ],
    [
      'the latest import',
      "SELECT max(imported_at) FROM reports WHERE status = 'current' AND synthetic = 1",
      'reports_latest_import',
    ],
    [
      "an agency's current reports",
      "SELECT id FROM reports WHERE agency_id = 5 AND status = 'current'",
      'reports_current',
    ],
    [
      "a reparse's next page of stored originals",
      "SELECT r.id, s.file_name, s.content FROM reports r NOT INDEXED JOIN source_files s ON s.hash = r.source_hash WHERE r.status = 'current' AND r.synthetic = 1 AND (0 OR r.parser_version != '0.5.0') AND r.id <= 900 AND r.id > 100 ORDER BY r.id LIMIT 256",
      'SEARCH r USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)',
    ],
    [
      "a reparse's count of stored originals",
      "SELECT count(*) AS n FROM reports r INDEXED BY reports_parser_version WHERE r.status = 'current' AND r.synthetic = 1 AND (1 OR r.parser_version != '0.5.0') AND r.id <= 900",
      'COVERING INDEX reports_parser_version (synthetic=? AND status=?)',
    ],
    [
      'current reports an older parser made (one side)',
      "SELECT parser_version, count(*) FROM reports WHERE synthetic = 1 AND status = 'current' AND parser_version < '0.5.0' GROUP BY parser_version",
      'reports_parser_version (synthetic=? AND status=? AND parser_version<?)',
    ],
  ])('%s: searched through its index, never a scan', async (_, sql, index) => {
    const detail = await plan(sql);
    expect(detail).toContain(index);
    expect(detail).not.toMatch(/SCAN reports|SCAN agencies/);
  });
});

describe('query plans of the compare table (metricConditions)', () => {
  const dialect = new SQLiteSyncDialect();
  async function comparePlan(where: SQL | undefined, order: string): Promise<string> {
    const q = dialect.sqlToQuery(
      sql`SELECT report_id FROM ${reportMetrics} WHERE ${where} ORDER BY ${sql.raw(order)} LIMIT 50`,
    );
    return (await db.$client.execute({ sql: `EXPLAIN QUERY PLAN ${q.sql}`, args: q.params as InValue[] })).rows
      .map((r) => String(r.detail))
      .join(' | ');
  }
  const oneYearTownship = { synthetic: true, yearFrom: 2023, yearTo: 2023, typeIds: ['township'] };

  test('scan: a year and a type are read straight through the table, no index fetches their rows one by one', async () => {
    expect(await comparePlan(metricConditions(oneYearTownship, { scan: true }), 'granted DESC')).toMatch(
      /^SCAN report_metrics\b/,
    );
  });

  test('without it the same filter may use an index (which is what scan is for)', async () => {
    expect(await comparePlan(metricConditions(oneYearTownship), 'granted DESC')).toMatch(/USING INDEX/);
  });

  test('walkOrderIndex: the default order is read down its index', async () => {
    expect(
      await comparePlan(
        metricConditions({ synthetic: true, region: '510000' }, { walkOrderIndex: true }),
        'apps_new DESC',
      ),
    ).toContain('metrics_apps_new');
  });
});

describe('query plans of the pages read from the top of an index (issue 21)', () => {
  test.each([
    [
      'the compare table per agency, default order (new requests, largest first)',
      'SELECT agency_id FROM agency_totals WHERE +synthetic = 1 ORDER BY apps_new DESC, sort_key ASC, agency_id ASC LIMIT 50',
      'SCAN agency_totals USING COVERING INDEX agency_totals_apps_new',
    ],
    [
      'the compare table per agency by name',
      'SELECT agency_id FROM agency_totals WHERE +synthetic = 1 ORDER BY sort_key DESC, agency_id DESC LIMIT 50',
      'SCAN agency_totals USING COVERING INDEX agency_totals_sort_key',
    ],
    [
      "a province's type picker: agencies per type from the index alone",
      "SELECT p.type_id, count(*) AS n FROM agency_presence p WHERE p.synthetic = 1 AND p.years != 0 AND p.province_code = '510000' GROUP BY p.type_id",
      'SEARCH p USING COVERING INDEX agency_presence_province_type (synthetic=? AND province_code=?)',
    ],
  ])('%s', async (_, sql, expected) => {
    const detail = await plan(sql);
    expect(detail).toBe(expected);
  });
});
