/**
 * The publication date through the import: what the file says, or what the person importing states
 * (`--published`, the upload field), stored with its source and turned into days late (issue 16).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyGivenDate, readGivenDate } from '../../lib/ingest/given-date';
import { importPaths } from '../../lib/ingest/import-files';
import { daysLate, timeliness } from '../../lib/metrics/timeliness';
import { parseAnyReport } from '../../lib/report/parse-any';
import { tempDatabase } from '../support/temp-db';

const SAMPLES = path.resolve(__dirname, '../../db/samples');
const sample = (name: string) => path.join(SAMPLES, name);

async function stored(db: Awaited<ReturnType<typeof tempDatabase>>['db']) {
  const rows = await db.$client.execute(
    `SELECT a.name, r.year, r.published_on, r.published_from, m.days_late
       FROM reports r JOIN agencies a ON a.id = r.agency_id JOIN report_metrics m ON m.report_id = r.id
      WHERE r.status = 'current' ORDER BY a.name`,
  );
  return rows.rows.map((r) => ({ ...r }));
}

describe('days late', () => {
  test('counted from 31 January of the next year; unknown stays unknown', () => {
    expect(daysLate(2021, '2022-02-08')).toBe(8);
    expect(daysLate(2021, '2022-01-31')).toBe(0);
    expect(daysLate(2020, '2021-01-26')).toBe(-5);
    expect(daysLate(2021, null)).toBeNull();
    expect([8, 0, null].map(timeliness)).toEqual(['late', 'on-time', 'unknown']);
  });
});

describe('a date given at import', () => {
  test('is read as typed, or refused', () => {
    expect(readGivenDate('2022-01-20')).toBe('2022-01-20');
    expect(readGivenDate('2022年1月20日')).toBe('2022-01-20');
    expect(readGivenDate('2022-02-30')).toBeNull();
    expect(readGivenDate('tomorrow')).toBeNull();
  });

  test("is kept above the file's own date, which stays as evidence", async () => {
    const report = await parseAnyReport(readFileSync(sample('000_1552932f4d23b490.txt')), '000.txt');
    expect(applyGivenDate(report, '2021-01-28')).toEqual({ ok: true, value: '2021-01-28' });
    expect(report.source).toMatchObject({
      published: '2021-01-28',
      publishedFrom: 'given',
      publishedDates: [
        { from: 'given', date: '2021-01-28' },
        { from: 'signed', date: '2021-02-05' },
      ],
    });
    const early = applyGivenDate(report, '2020-06-01');
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.refusal.message).toContain('before the 2020 reporting year ended');
  });

  test('the import stores the date, its source and the days late', async () => {
    const { db } = await tempDatabase();
    await importPaths(db, [sample('000_1552932f4d23b490.txt'), sample('002_f5ed227d78862500.txt')], { workers: 0 });
    expect(await stored(db)).toEqual([
      { name: '吴忠市科学技术局', year: 2021, published_on: null, published_from: null, days_late: null },
      { name: '忻州市科学技术局', year: 2020, published_on: '2021-02-05', published_from: 'signed', days_late: 5 },
    ]);
  });

  test('a date before the year ended refuses the file with the reason; the same file with a good date imports', async () => {
    const { db } = await tempDatabase();
    const summary = await importPaths(db, [sample('002_f5ed227d78862500.txt')], {
      workers: 0,
      published: '2021-06-01',
    });
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0].error).toMatch(/002_f5ed227d78862500\.txt: the publication date 2021-06-01 is before/);
    const ok = await importPaths(db, [sample('002_f5ed227d78862500.txt')], { workers: 0, published: '2022-01-20' });
    expect(ok.imported).toBe(1);
    expect(await stored(db)).toEqual([
      { name: '吴忠市科学技术局', year: 2021, published_on: '2022-01-20', published_from: 'given', days_late: -11 },
    ]);
  });
});

describe('npm run import -- --published', () => {
  const ROOT = path.resolve(__dirname, '../..');
  const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
  const run = (url: string, ...args: string[]) =>
    promisify(execFile)(TSX, ['lib/cli/import.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });

  test('stores the given date for the files; a date that is none is a usage error naming it', async () => {
    const { db, url } = await tempDatabase();
    await run(url, '--json', '--published', '2022-01-20', sample('002_f5ed227d78862500.txt'));
    expect(await stored(db)).toEqual([
      { name: '吴忠市科学技术局', year: 2021, published_on: '2022-01-20', published_from: 'given', days_late: -11 },
    ]);
    const bad = await run(url, '--published', '2022-13-01', sample('000_1552932f4d23b490.txt')).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('--published "2022-13-01" is not a date') });
  }, 60_000);
});
