/**
 * The database the coverage tests read (issue 16): the five samples, then modified copies — 嘉兴 2022 published a
 * month late (2021 a gap), 忻州 2022 given on time (2021 a gap), a corrected 嘉兴 2020 that replaces the first — and
 * an agency list of five: two agencies with reports (嘉兴, 上高), three with none (杭州, 鹿城, 宜丰).
 *
 * | agency | 2019 | 2020 | 2021 | 2022 |
 * | 大冶 | undated | – | – | – |
 * | 忻州 | – | 5 days late | gap | on time |
 * | 上高 (listed) | list | undated | list | list |
 * | 吴忠 | – | – | undated | – |
 * | 嘉兴 (listed) | list | replaced (undated) | gap | 29 days late |
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Db } from '../../db/client';
import { importAgencyList } from '../../lib/agencies/import-agency-list';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase, tempDir } from '../support/temp-db';

const SAMPLES = path.resolve(__dirname, '../../db/samples');
export const SAMPLE = {
  /** 忻州 2020, signed 2021-02-05: 5 days late. */
  xinzhou: path.join(SAMPLES, '000_1552932f4d23b490.txt'),
  /** 上高 2020, undated. */
  shanggao: path.join(SAMPLES, '001_a164060509a28f52.txt'),
  /** 吴忠 2021, undated. */
  wuzhong: path.join(SAMPLES, '002_f5ed227d78862500.txt'),
  /** 嘉兴 2020, undated. */
  jiaxing: path.join(SAMPLES, '003_ce3ce06ef0481c4f.txt'),
  /** 大冶 2019, undated. */
  daye: path.join(SAMPLES, '004_91f57d8fbcd74313.txt'),
};

export const COVERAGE_YEARS = [2019, 2020, 2021, 2022];

const dir = tempDir('nianbao-coverage-');

/** A copy of a sample with `from` replaced by `to` (its title's year, or its agency), and `extra` after it. */
export function copySample(file: string, name: string, from: string, to: string, extra = ''): string {
  const out = path.join(dir, name);
  writeFileSync(out, readFileSync(file, 'utf8').replaceAll(from, to) + extra);
  return out;
}

export async function importOne(db: Db, file: string, published?: string) {
  const summary = await importPaths(db, [file], { workers: 0, published });
  expect(summary.failed).toEqual([]);
  expect(summary.imported + summary.replaced).toBe(1);
  return summary;
}

/** `given`: a database already opened and migrated (the app's, for a route test); else a new temp one. */
export async function coverageDatabase(given?: Db): Promise<{ db: Db }> {
  const db = given ?? (await tempDatabase()).db;
  expect((await importPaths(db, Object.values(SAMPLE), { workers: 0 })).imported).toBe(5);
  await importOne(
    db,
    copySample(SAMPLE.jiaxing, 'jiaxing-2022.txt', '嘉兴市科学技术局2020年度', '嘉兴市科学技术局2022年度'),
    '2023-03-01',
  );
  await importOne(db, copySample(SAMPLE.xinzhou, 'xinzhou-2022.txt', '2020年度', '2022年度'), '2023-01-20');
  const corrected = await importOne(
    db,
    copySample(SAMPLE.jiaxing, 'jiaxing-2020-corrected.txt', '', '', '\n（更正版）\n'),
  );
  expect(corrected.replaced).toBe(1);
  const list = path.join(dir, 'list.csv');
  writeFileSync(
    list,
    [
      '名称,区划代码,类型',
      '嘉兴市科学技术局,330400,科技局',
      '上高县科技局,360923,科技局',
      '杭州市科学技术局,330100,科技局',
      '鹿城区教育局,330302,教育局',
      '宜丰县科技局,360924,科技局',
    ].join('\n'),
  );
  const said = await importAgencyList(db, list);
  expect(said.at(-1)).toContain('5 agencies listed');
  expect(said.at(-1)).toContain('2 match an agency with reports, 3 have none yet');
  return { db };
}
