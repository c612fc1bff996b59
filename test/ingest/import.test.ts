import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Db } from '../../db/client';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import { type SaveOutcome, saveReports } from '../../lib/ingest/save-reports';
import { importPaths, importSources } from '../../lib/ingest/import-files';
import * as prepare from '../../lib/ingest/prepare-report';
import { tempDatabase, tempDir } from '../support/temp-db';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const execFileAsync = promisify(execFile);
const SAMPLES = path.resolve(__dirname, '../../db/samples');
const SEED_003 = path.join(SAMPLES, '003_ce3ce06ef0481c4f.txt');

async function count(db: Db, table: string): Promise<number> {
  const r = await db.$client.execute(`SELECT count(*) AS n FROM ${table}`);
  return Number(r.rows[0].n);
}

async function tableCounts(db: Db) {
  const out: Record<string, number> = {};
  for (const t of ['agencies', 'reports', 'source_files', 'report_metrics', 'findings', 'narrative_figures'])
    out[t] = await count(db, t);
  return out;
}

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
});
afterAll(() => db.$client.close());

describe('importing the sample reports', () => {
  test('five reports, one metrics row each, regions resolved, originals kept', async () => {
    const summary = await importPaths(db, [SAMPLES]);
    expect(summary).toMatchObject({
      imported: 5,
      unchanged: 0,
      replaced: 0,
      failed: [{ file: path.join(SAMPLES, 'README.md') }],
    });
    // Where the importing thread's time went (the benches print it): each step timed, none past the whole.
    const { waiting, writing, copyShares, rollups } = summary.steps;
    expect(writing).toBeGreaterThan(0);
    expect(rollups).toBeGreaterThan(0);
    expect(waiting + writing + copyShares + rollups).toBeLessThanOrEqual(summary.seconds);
    const counts = await tableCounts(db);
    expect(counts).toMatchObject({ agencies: 5, reports: 5, source_files: 5, report_metrics: 5 });
    const r = await db.$client.execute(
      `SELECT a.name, a.region_code, m.apps_new, m.granted FROM report_metrics m JOIN agencies a ON a.id = m.agency_id ORDER BY a.name`,
    );
    const byName = Object.fromEntries(r.rows.map((row) => [row.name, row]));
    expect(byName.嘉兴市科学技术局).toMatchObject({ region_code: '330400', apps_new: 3, granted: 3 });
    expect(byName.上高县科技局).toMatchObject({ region_code: '360923', granted: 0 });
    const stored = await db.$client.execute(`SELECT byte_length FROM source_files ORDER BY byte_length`);
    expect(stored.rows.map((x) => Number(x.byte_length))).toContain(readFileSync(SEED_003).length);
  });

  test('importing the same files again changes nothing', async () => {
    const before = await tableCounts(db);
    const summary = await importPaths(db, [SAMPLES]);
    expect(summary).toMatchObject({ imported: 0, unchanged: 5, replaced: 0 });
    expect(await tableCounts(db)).toEqual(before);
  });

  test('bytes stored before are answered from their hash, without parsing them again', async () => {
    const { db } = await tempDatabase();
    const seed = readFileSync(SEED_003);
    await importSources(db, [{ name: 'first.txt', read: async () => seed }]);
    const parse = vi.spyOn(prepare, 'prepareReport');
    try {
      const saved: SaveOutcome[] = [];
      const summary = await importSources(db, [{ name: 'again.txt', read: async () => seed }], {
        onSaved: (_, o) => saved.push(o),
      });
      expect(summary).toMatchObject({ imported: 0, unchanged: 1, replaced: 0, failed: [] });
      expect(parse).not.toHaveBeenCalled();
      const first = await db.$client.execute({
        sql: `SELECT min(id) AS id FROM reports WHERE source_hash = ?`,
        args: [prepare.sourceHash(seed)],
      });
      expect(saved).toEqual([{ ok: true, value: { status: 'unchanged', reportId: Number(first.rows[0].id) } }]);
      // New bytes still go through the parser.
      await importSources(db, [{ name: 'new.txt', read: async () => Buffer.concat([seed, Buffer.from('\n')]) }]);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
      db.$client.close();
    }
  });

  test('a corrected report for the same agency and year replaces the old one and keeps it as history', async () => {
    const dir = tempDir();
    const corrected = path.join(dir, 'corrected.txt');
    writeFileSync(
      corrected,
      readFileSync(SEED_003, 'utf8').replace('通过门户网站发布信息464条', '通过门户网站发布信息465条'),
    );
    const summary = await importPaths(db, [corrected]);
    expect(summary).toMatchObject({ imported: 0, replaced: 1, unchanged: 0 });
    const rows = await db.$client.execute(
      `SELECT r.id, r.status, r.replaced_by FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE a.name = '嘉兴市科学技术局' ORDER BY r.id`,
    );
    expect(rows.rows.map((x) => x.status)).toEqual(['replaced', 'current']);
    expect(rows.rows[0].replaced_by).toBe(rows.rows[1].id);
    const metrics = await db.$client.execute(
      `SELECT report_id, items_published_website FROM report_metrics WHERE report_id IN (${rows.rows.map((x) => x.id).join(',')})`,
    );
    expect(metrics.rows).toEqual([
      expect.objectContaining({ report_id: rows.rows[1].id, items_published_website: 465 }),
    ]);
  });
});

describe('bad files in a batch', () => {
  test('each bad file is reported with its name and reason; the good ones are imported', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'random.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(
      path.join(dir, 'budget.txt'),
      '某某市财政局2021年部门预算公开说明\n一、部门职责\n负责全市财政收支。\n二、机构设置\n下设10个科室。\n',
    );
    writeFileSync(path.join(dir, 'no-title.txt'), readFileSync(SEED_003, 'utf8').split('\n').slice(2).join('\n'));
    mkdirSync(path.join(dir, 'sub'));
    copyFileSync(path.join(SAMPLES, '002_f5ed227d78862500.txt'), path.join(dir, 'sub', 'good.txt'));
    const fresh = await tempDatabase();
    const summary = await importPaths(fresh.db, [dir, path.join(dir, 'missing.txt')]);
    expect(summary.imported).toBe(1);
    const errors = Object.fromEntries(summary.failed.map((f) => [path.basename(f.file), f.error]));
    expect(Object.keys(errors).sort()).toEqual([
      'budget.txt',
      'empty.txt',
      'missing.txt',
      'no-title.txt',
      'random.bin',
    ]);
    expect(errors['empty.txt']).toMatch(/empty\.txt: the file is empty/);
    expect(errors['random.bin']).toMatch(/random\.bin: .*binary/);
    expect(errors['budget.txt']).toMatch(/not an annual open-government-information report/);
    expect(errors['no-title.txt']).toMatch(/agency could not be read|year could not be read/);
    expect(errors['missing.txt']).toMatch(/no such file/);
    expect(await count(fresh.db, 'reports')).toBe(1);
    fresh.db.$client.close();
  });

  test('a write that fails half-way leaves nothing of that report; the others of its group are saved', async () => {
    const fresh = await tempDatabase();
    const good = await prepare.prepareReport(readFileSync(path.join(SAMPLES, '000_1552932f4d23b490.txt')), '000.txt');
    const bad = await prepare.prepareReport(readFileSync(SEED_003), '003.txt');
    // The narrative insert is the last statement of a report: make it fail after everything else was written.
    (bad.report.narrative[0] as { value: number | null }).value = null;
    const outcomes = await saveReports(fresh.db, [good, bad]);
    expect(outcomes[0]).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(outcomes[1]).toMatchObject({
      ok: false,
      refusal: { reason: 'not-saved', message: expect.stringContaining('003.txt') },
    });
    expect(await tableCounts(fresh.db)).toMatchObject({ agencies: 1, reports: 1, source_files: 1, report_metrics: 1 });
    fresh.db.$client.close();
  });
});

describe('two imports at once', () => {
  test('two processes importing the same folder store every report exactly once', async () => {
    const fresh = await tempDatabase();
    const run = () =>
      execFileAsync(TSX, ['lib/cli/import.ts', '--json', SAMPLES], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: fresh.url },
      })
        .catch((e: { stdout: string }) => ({ stdout: e.stdout }))
        .then((r) => JSON.parse(r.stdout) as { imported: number; unchanged: number; failed: unknown[] });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.imported + b.imported).toBe(5);
    expect(a.unchanged + b.unchanged).toBe(5);
    expect(await tableCounts(fresh.db)).toMatchObject({ agencies: 5, reports: 5, report_metrics: 5 });
    const dupes = await fresh.db.all(
      sql`SELECT agency_id, year, count(*) n FROM reports WHERE status = 'current' GROUP BY 1, 2 HAVING n > 1`,
    );
    expect(dupes).toEqual([]);
    fresh.db.$client.close();
  }, 60_000);
});

/**
 * 嘉兴's 2020 report and a 2021 one that carries over 2 requests where 2020 carried forward none, written
 * to a new folder (2021 first in name order); their paths.
 */
function carryOverMismatch(): { dir: string; y2020: string; y2021: string } {
  const dir = tempDir();
  const text2020 = readFileSync(SEED_003, 'utf8');
  const text2021 = text2020
    .replace('嘉兴市科学技术局2020年度', '嘉兴市科学技术局2021年度')
    .replace(
      '二、上年结转政府信息公开申请数量\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0',
      '二、上年结转政府信息公开申请数量\n\t2\n\t0\n\t0\n\t0\n\t0\n\t0\n\t2',
    );
  const y2021 = path.join(dir, 'a-2021.txt');
  const y2020 = path.join(dir, 'b-2020.txt');
  writeFileSync(y2021, text2021);
  writeFileSync(y2020, text2020);
  return { dir, y2020, y2021 };
}

describe('checks across years', () => {
  test('carried over this year ≠ carried forward last year is a finding on the later report, whichever is imported first', async () => {
    const fresh = await tempDatabase();
    const { dir } = carryOverMismatch();
    const summary = await importPaths(fresh.db, [dir]);
    expect(summary.imported).toBe(2);
    const rows = await fresh.db.$client.execute(
      `SELECT r.year, f.path, f.message FROM findings f JOIN reports r ON r.id = f.report_id WHERE f.rule = 'crossYear.carryOver' ORDER BY f.path`,
    );
    expect(rows.rows.map((r) => [r.year, r.path])).toEqual([
      [2021, 'table3.carriedOver.natural'],
      [2021, 'table3.carriedOver.total'],
    ]);
    fresh.db.$client.close();
  });

  test('a cross-year finding placed on a report imported earlier is counted in the data-quality totals', async () => {
    const fresh = await tempDatabase();
    const { y2020, y2021 } = carryOverMismatch();
    // The later year first, in its own import: the finding lands on it when 2020 arrives.
    await importPaths(fresh.db, [y2021]);
    await importPaths(fresh.db, [y2020]);
    const counts = `SELECT year, rule, count FROM finding_rollups WHERE rule LIKE 'crossYear.%' ORDER BY year, rule`;
    const incremental = (await fresh.db.$client.execute(counts)).rows.map((r) => ({ ...r }));
    expect(incremental).toEqual([{ year: 2021, rule: 'crossYear.carryOver', count: 2 }]);
    await refreshRollups(fresh.db, { full: true });
    expect((await fresh.db.$client.execute(counts)).rows.map((r) => ({ ...r }))).toEqual(incremental);

    // A database whose totals lack them (made before the fix) is healed by migration 0013 and a refresh.
    await fresh.db.$client.execute(`DELETE FROM finding_rollups WHERE rule LIKE 'crossYear.%'`);
    await fresh.db.$client.executeMultiple(
      readFileSync(path.join(ROOT, 'db/migrations/0013_cross_year_totals.sql'), 'utf8'),
    );
    await refreshRollups(fresh.db);
    expect((await fresh.db.$client.execute(counts)).rows.map((r) => ({ ...r }))).toEqual(incremental);
    fresh.db.$client.close();
  });
});
