/**
 * Copy-paste shares through the import (issue 16): a report made from its agency's previous year, another
 * agency's report made from it, each built from a real report (seed 003, 嘉兴 2020) with its passages kept,
 * dropped or replaced — the expected share counted independently, as the Han characters of the passages.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { importPaths } from '../../lib/ingest/import-files';
import { SEED_003, seedPassages, writeCopiedReport } from '../support/copied-reports';
import { tempDatabase, tempDir } from '../support/temp-db';

const SEED = SEED_003;

describe('copy shares at import', () => {
  let passages: string[] = [];
  let dir = '';
  beforeAll(async () => {
    passages = await seedPassages();
    dir = tempDir();
  });

  async function shares(db: Awaited<ReturnType<typeof tempDatabase>>['db']) {
    const rows = await db.$client.execute(
      `SELECT a.name, m.year, m.report_id, m.copied_prev, m.copied_peer, m.copied_peer_report
         FROM report_metrics m JOIN agencies a ON a.id = m.agency_id ORDER BY a.name, m.year`,
    );
    return rows.rows.map((r) => ({ ...r })) as unknown as {
      name: string;
      year: number;
      report_id: number;
      copied_prev: number | null;
      copied_peer: number | null;
      copied_peer_report: number | null;
    }[];
  }

  test('next year from its own last year; another agency from it; in either import order', async () => {
    expect(passages.length).toBeGreaterThan(10);
    const next = writeCopiedReport(
      dir,
      'jiaxing-2021.txt',
      ['嘉兴市科学技术局2020年度', '嘉兴市科学技术局2021年度'],
      passages,
      (i) => i % 3 !== 2,
    );
    const other = writeCopiedReport(
      dir,
      'haining-2020.txt',
      ['嘉兴市科学技术局2020年度', '海宁市科学技术局2020年度'],
      passages,
      (i) => i % 4 === 1,
    );
    for (const order of [
      [SEED, next.file, other.file],
      [other.file, next.file, SEED],
    ]) {
      const { db } = await tempDatabase();
      const summary = await importPaths(db, order, { workers: 0, groupSize: 1 });
      expect(summary.imported).toBe(3);
      const rows = await shares(db);
      const find = (name: string, year: number) => rows.find((r) => r.name === name && r.year === year)!;
      const haining = find('海宁市科学技术局', 2020);
      const jiaxing2020 = find('嘉兴市科学技术局', 2020);
      const jiaxing2021 = find('嘉兴市科学技术局', 2021);
      expect(haining).toMatchObject({ name: '海宁市科学技术局', year: 2020, copied_prev: null });
      expect(jiaxing2021).toMatchObject({ name: '嘉兴市科学技术局', year: 2021 });
      // The previous year's share, within ±2 points of the passages written.
      expect(Math.abs(jiaxing2021.copied_prev! - next.expected)).toBeLessThan(0.02);
      expect(jiaxing2020.copied_prev).toBeNull();
      // The other agency repeats a quarter of 嘉兴's passages: its peer is 嘉兴 2020, and 嘉兴 2020's peer is it.
      expect(Math.abs(haining.copied_peer! - other.expected)).toBeLessThan(0.02);
      expect(haining.copied_peer_report).toBe(jiaxing2020.report_id);
      expect(jiaxing2020.copied_peer_report).toBe(haining.report_id);
      expect(jiaxing2020.copied_peer).toBeGreaterThan(0);
      db.$client.close();
    }
  });

  test('reports sharing only the form\u2019s sentences and headings have no share', async () => {
    const { db } = await tempDatabase();
    await importPaths(db, [path.resolve(__dirname, '../../db/samples')], { workers: 0 });
    for (const r of await shares(db)) expect(r.copied_peer ?? 0, r.name).toBeLessThan(0.05);
    db.$client.close();
  });
});
