/**
 * Copy-paste shares through the import (issue 16): a report made from its agency's previous year, another
 * agency's report made from it, each built from a real report (seed 003, 嘉兴 2020) with its passages kept,
 * dropped or replaced — the expected share counted independently, as the Han characters of the passages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { importPaths } from '../../lib/ingest/import-files';
import { parseAnyDocument } from '../../lib/report/parse-any';
import { proseSentences } from '../../lib/similarity/sentences';
import { tempDatabase, tempDir } from '../support/temp-db';

const SEED = path.resolve(__dirname, '../../db/samples/003_ce3ce06ef0481c4f.txt');
const han = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;
const NEW = [
  '今年我局重点围绕科技创新平台建设、科技成果转化和人才引进等工作，主动公开各类政策文件和办事指南。',
  '在依申请公开方面，我局进一步规范受理、登记、审核、答复等环节，严格按照法定时限办理每一件申请。',
  '我局还组织全体干部开展政务公开专题培训，邀请专家讲解新条例的重点条款和常见问题的处理方法。',
];

interface Built {
  file: string;
  expected: number;
}

/** The seed with its title changed, only the passages `keep` picks (figures changed), and the new sentences. */
function build(
  dir: string,
  name: string,
  title: [string, string],
  passages: string[],
  keep: (i: number) => boolean,
): Built {
  let text = readFileSync(SEED, 'utf8').replace(title[0], title[1]);
  const kept: string[] = [];
  passages.forEach((p, i) => {
    if (keep(i)) {
      const changed = p.replace(/\d+/g, '7');
      text = text.replace(p, changed);
      kept.push(changed);
    } else text = text.replace(p, '');
  });
  text = text.replace('一、总体情况', `一、总体情况\n${NEW.join('')}\n`);
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const weight = (list: string[]) => list.reduce((n, s) => n + han(s), 0);
  return { file, expected: weight(kept) / weight([...kept, ...NEW]) };
}

describe('copy shares at import', () => {
  let passages: string[] = [];
  let dir = '';
  beforeAll(async () => {
    const doc = await parseAnyDocument(readFileSync(SEED), 'seed.txt');
    passages = proseSentences(doc.prose).map((p) => doc.text.slice(p.offset, p.offset + p.length));
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
    const next = build(
      dir,
      'jiaxing-2021.txt',
      ['嘉兴市科学技术局2020年度', '嘉兴市科学技术局2021年度'],
      passages,
      (i) => i % 3 !== 2,
    );
    const other = build(
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
