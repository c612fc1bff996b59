import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importPaths } from '../../lib/ingest/import-files';
import { crossYearFindings, type YearReport } from '../../lib/metrics/cross-year';
import { tableFingerprints } from '../../lib/metrics/table-fingerprint';
import { parseAnyReport } from '../../lib/report/parse-any';
import { tempDatabase, tempDir } from '../support/temp-db';
import { writeFileSync } from 'node:fs';

// Seed 003 (嘉兴 2020) has three requests in table 3; the other seeds have none, so no fingerprint.
const SEED_003 = path.resolve(__dirname, '../../db/samples/003_ce3ce06ef0481c4f.txt');

async function parsed(text: string) {
  return parseAnyReport(Buffer.from(text), 'r.txt');
}

describe('table fingerprints', () => {
  test('equal tables, equal fingerprints; one cell changed, another; all zero or blank, none', async () => {
    const text = readFileSync(SEED_003, 'utf8');
    const a = await parsed(text);
    const fa = tableFingerprints(a.table3, a.table4);
    expect(fa.table3).toMatch(/^[0-9a-f]{16}$/);
    // Stored in reports.year_link and compared with reports imported years ago: the value itself must not change.
    expect(fa).toEqual({ table3: 'b9aa501879778bd7', table4: null });
    const b = structuredClone(a);
    expect(tableFingerprints(b.table3, b.table4)).toEqual(fa);
    b.table3.newReceived!.natural = (b.table3.newReceived!.natural ?? 0) + 1;
    expect(tableFingerprints(a.table3, a.table4)).toEqual(fa);
    expect(tableFingerprints(b.table3, b.table4).table3).not.toBe(fa.table3);
    const zero = structuredClone(a);
    for (const row of Object.values(zero.table3))
      for (const k of Object.keys(row!)) (row as Record<string, number>)[k] = 0;
    expect(tableFingerprints(zero.table3, zero.table4).table3).toBeNull();
  });

  test('the next year with the same table gets a finding; the year after a gap does not', () => {
    const link = (year: number, fp: string | null): YearReport => ({
      year,
      template: '2021',
      table2: {},
      table3: {},
      fingerprints: { table3: fp, table4: null },
    });
    expect(crossYearFindings(link(2021, 'abc'), link(2022, 'abc')).map((f) => f.rule)).toEqual([
      'crossYear.table3Unchanged',
    ]);
    expect(crossYearFindings(link(2021, 'abc'), link(2023, 'abc'))).toEqual([]);
    expect(crossYearFindings(link(2021, null), link(2022, null))).toEqual([]);
    expect(crossYearFindings(link(2021, 'abc'), link(2022, 'abd'))).toEqual([]);
  });
});

test('imported: a 2021 report whose table 3 repeats 2020 cell by cell is flagged', async () => {
  const { db } = await tempDatabase();
  const dir = tempDir();
  const text = readFileSync(SEED_003, 'utf8');
  const copied = path.join(dir, 'jiaxing-2021.txt');
  writeFileSync(copied, text.replace('嘉兴市科学技术局2020年度', '嘉兴市科学技术局2021年度'));
  const summary = await importPaths(db, [SEED_003, copied], { workers: 0 });
  expect(summary.imported).toBe(2);
  const rows = await db.$client.execute(
    `SELECT r.year, f.rule FROM findings f JOIN reports r ON r.id = f.report_id WHERE f.rule LIKE 'crossYear.%Unchanged'`,
  );
  expect(rows.rows.map((r) => ({ ...r }))).toEqual([{ year: 2021, rule: 'crossYear.table3Unchanged' }]);
});
