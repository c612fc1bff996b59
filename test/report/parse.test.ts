import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseReport, UnreadableReportError } from '../../lib/report';

const enc = (s: string) => new TextEncoder().encode(s);
const seed = (name: string) => readFileSync(new URL(`../../db/samples/${name}`, import.meta.url), 'utf8');
const SEED_003 = seed('003_ce3ce06ef0481c4f.txt');
const SEED_002 = seed('002_f5ed227d78862500.txt');

/** Seed 002 (tab rows, 2021 form) with one table-3 row replaced. */
function with002Row(label: RegExp, cells: string): string {
  const lines = SEED_002.split('\n');
  const i = lines.findIndex((l) => label.test(l));
  if (i < 0) throw new Error(`no line matches ${label}`);
  lines[i] = cells;
  return lines.join('\n');
}

describe('inputs that are not reports', () => {
  test.each([
    ['empty.txt', new Uint8Array(0), /empty/],
    ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), /binary/],
    [
      'budget.txt',
      enc('某某市财政局2021年部门预算公开说明\n一、部门职责\n负责全市财政收支。\n二、机构设置\n下设10个科室。\n'),
      /not an annual/,
    ],
    ['notes.md', enc('# Notes\n\nnothing here\n'), /not an annual/],
  ])('%s is refused with a clear error', (name, bytes, message) => {
    expect(() => parseReport(bytes, name)).toThrow(UnreadableReportError);
    expect(() => parseReport(bytes, name)).toThrow(message);
  });
});

describe('values as written, with findings where they are uncertain', () => {
  test('a blank 总计 cell stays null; the summary is derived and says so', () => {
    const doc = with002Row(/^一、本年新收/, '一、本年新收政府信息公开申请数量\t\t2\t1\t0\t0\t0\t0\t\u00a0\t');
    const r = parseReport(enc(doc), 'x.txt');
    expect(r.table3.newReceived).toEqual({
      natural: 2,
      commercial: 1,
      research: 0,
      social: 0,
      legal: 0,
      other: 0,
      total: null,
    });
    expect(r.summary.newReceived).toBe(3);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'cell.blank', where: 'table3.newReceived.total' }),
    );
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'value.derived', where: 'summary.newReceived' }));
  });

  test('an unreadable cell is null with a finding; its neighbours are kept', () => {
    const doc = with002Row(/^一、本年新收/, '一、本年新收政府信息公开申请数量\t\tO\t0\t0\t0\t0\t0\t0\t');
    const r = parseReport(enc(doc), 'x.txt');
    expect(r.table3.newReceived?.natural).toBeNull();
    expect(r.table3.newReceived?.commercial).toBe(0);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'cell.unreadable', where: 'table3.newReceived.natural' }),
    );
  });

  test('broken sums are reported, never corrected', () => {
    const doc = with002Row(/^\(七\) 总计/, '(七) 总计\t\t4\t0\t0\t0\t0\t0\t4\t');
    const r = parseReport(enc(doc), 'x.txt');
    expect(r.table3.total?.natural).toBe(4);
    const rules = r.findings.filter((f) => f.where === 'table3.total.natural').map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['table3.totalSum', 'table3.balance']));
  });

  test('a row given twice with different numbers is dropped, not guessed', () => {
    const doc = SEED_002.replace(
      /^(二、上年结转[^\n]*)$/m,
      '$1\n二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\t',
    );
    const r = parseReport(enc(doc), 'x.txt');
    expect(r.table3.carriedOver).toEqual({
      natural: null,
      commercial: null,
      research: null,
      social: null,
      legal: null,
      other: null,
      total: null,
    });
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'row.conflict', where: 'table3.carriedOver' }));
    expect(r.provenance['table3.carriedOver.natural']).toBeUndefined();
  });

  test('a missing row is null with a finding', () => {
    // Seed 003's 3 requests were all granted: without that row, nothing in the sums says what it held.
    const doc = SEED_003.replace(/^\t（一）予以公开\n\t3\n(?:\t0\n){5}\t3\n/m, '');
    expect(doc).not.toBe(SEED_003);
    const r = parseReport(enc(doc), 'x.txt');
    expect(r.table3.granted?.total).toBeNull();
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'row.missing', where: 'table3.granted' }));
  });

  test('a missing row whose numbers the sums leave no room for is 0, derived', () => {
    const doc = SEED_003.replace(/^\t2\.重复申请\n(?:\t0\n){7}/m, '');
    const r = parseReport(enc(doc), 'x.txt');
    expect(r.table3.rejectedRepeated?.total).toBe(0);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'value.derived', where: 'table3.rejectedRepeated' }),
    );
  });

  test('a missing row of a report with no requests at all is 0, derived, with both findings', () => {
    const doc = SEED_002.replace(/^[^\n]*重复申请[^\n]*\n/m, '');
    const r = parseReport(enc(doc), 'x.txt');
    expect(r.table3.rejectedRepeated?.total).toBe(0);
    expect(r.provenance['table3.rejectedRepeated.total']).toBeUndefined();
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'row.missing', where: 'table3.rejectedRepeated' }),
    );
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'value.derived', where: 'table3.rejectedRepeated' }),
    );
  });

  test('a table replaced by a sentence: nulls, and the finding quotes the sentence', () => {
    const start = SEED_003.indexOf('三、收到和处理政府信息公开申请情况');
    const end = SEED_003.indexOf('四、政府信息公开行政复议');
    const doc =
      SEED_003.slice(0, start) +
      '三、收到和处理政府信息公开申请情况\n2020年，我局未收到政府信息公开申请。\n\n' +
      SEED_003.slice(end);
    const r = parseReport(enc(doc), 'x.txt');
    expect(r.summary.newReceived).toBeNull();
    const f = r.findings.find((x) => x.rule === 'table3.missing');
    expect(f?.message).toContain('未收到政府信息公开申请');
  });
});

describe('header', () => {
  test.each([
    ['2021年某某县教育局政府信息公开工作年度报告', '某某县教育局', 2021],
    ['某某市人民政府办公室关于2022年度政府信息公开工作年度报告', '某某市人民政府办公室', 2022],
    ['吴忠市科学技术局\n\n2021 年政府信息公开工作年度报告', '吴忠市科学技术局', 2021],
  ])('%j → %s %d', (title, agency, year) => {
    const body = SEED_002.slice(SEED_002.indexOf('一、总体情况'));
    const r = parseReport(enc(`${title}\n\n${body}`), 'x.txt');
    expect(r.agency).toBe(agency);
    expect(r.year).toBe(year);
  });

  test('the year comes from the title, not the signing date', () => {
    const r = parseReport(enc(seed('004_91f57d8fbcd74313.txt')), '004.txt');
    expect(r.year).toBe(2019);
  });
});

describe('provenance', () => {
  test('every number of tables 2–4 points at text in the source that holds it', () => {
    const r = parseReport(enc(SEED_003), '003.txt');
    const paths = Object.keys(r.provenance);
    // 2019 form: table 2 has 6×3 + 2×2 cells, table 3 has 23 rows × 7, table 4 has 15.
    expect(paths.length).toBe(22 + 23 * 7 + 15);
    for (const path of paths) {
      const p = r.provenance[path];
      expect(SEED_003.slice(p.offset, p.offset + p.length)).toBe(p.text.trim());
    }
    expect(r.provenance['table2.procurement[1]'].text).toBe('129600元');
  });
});
