/**
 * The coverage page's loader (lib/dashboard/coverage-page.ts) on the coverage fixture: what each table and each
 * matrix cell says, in both languages, as the page prints it.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { loadCoverage } from '../../lib/dashboard/coverage-page';
import { parseViewState } from '../../lib/view-state/view-state';
import { coverageDatabase } from '../db-queries/coverage-fixture';

let db: Db;
beforeAll(async () => {
  ({ db } = await coverageDatabase());
}, 60_000);

const view = (query: string, show: Parameters<typeof loadCoverage>[2] = 'all') =>
  loadCoverage(db, parseViewState(new URLSearchParams(query)), show);

describe('the country', () => {
  test('provinces named, with the total; every year with its timeliness and median days late', async () => {
    const v = await view('');
    expect(v.years).toEqual([2019, 2020, 2021, 2022]);
    expect(v.list).toEqual({ entries: 5, unanswered: 3 });
    expect(v.regions.map((r) => [r.name, r.counts.expected, r.counts.present])).toEqual([
      ['山西省', 3, 2],
      ['浙江省', 12, 2],
      ['江西省', 8, 1],
      ['湖北省', 1, 1],
      ['宁夏回族自治区', 1, 1],
      ['合计', 25, 7],
    ]);
    expect(v.timeliness).toEqual([
      { year: 2019, present: 1, dated: 0, onTime: 0, late: 0, undated: 1, medianLate: null },
      { year: 2020, present: 3, dated: 1, onTime: 0, late: 1, undated: 2, medianLate: 5 },
      { year: 2021, present: 1, dated: 0, onTime: 0, late: 0, undated: 1, medianLate: null },
      { year: 2022, present: 2, dated: 2, onTime: 1, late: 1, undated: 0, medianLate: 29 },
    ]);
    expect(v.agencies).toEqual({ agencies: 8, stopped: 3 });
    expect(v.matrix.total).toBe(8);
  });

  test('each cell: its state, the symbol beside its colour, and its words', async () => {
    const v = await view('');
    const jiaxing = v.matrix.rows.find((r) => r.name === '嘉兴市科学技术局')!;
    expect(jiaxing).toMatchObject({ listed: true, place: '浙江省 嘉兴市', type: '科技局', stoppedAfter: null });
    expect(jiaxing.cells.map((c) => [c.state, c.symbol])).toEqual([
      ['list', '○'],
      ['replaced', '↻'],
      ['gap', '✗'],
      ['late', '+29'],
    ]);
    expect(jiaxing.cells[2].title).toBe('2021 年：缺报（该机构此前和此后都有报告）');
    const daye = v.matrix.rows.find((r) => r.name === '大冶市科技局')!;
    expect(daye.stoppedAfter).toBe(2019);
    expect(daye.cells.map((c) => c.symbol)).toEqual(['?', '·', '·', '·']);
    const hangzhou = v.matrix.rows.find((r) => r.name === '杭州市科学技术局')!;
    expect(hangzhou).toMatchObject({ agencyId: null, listed: true });
    expect(hangzhou.cells.every((c) => c.state === 'list')).toBe(true);
  });

  test('in English', async () => {
    const v = await view('lang=en');
    expect(v.regions.at(-1)?.name).toBe('Total');
    expect(v.regions[1].name).toBe('Zhejiang');
    const xinzhou = v.matrix.rows.find((r) => r.name === '忻州市科学技术局')!;
    expect(xinzhou.place).toBe('Xinzhou, Shanxi');
    expect(xinzhou.cells.map((c) => c.title)).toEqual([
      '2019: no report',
      '2020: 5 days late',
      '2021: missing (the agency has reports before and after)',
      '2022: on time',
    ]);
  });
});

describe('a province and its areas', () => {
  test("浙江: its cities with the list's entries in theirs; the row filter for late reports", async () => {
    const v = await view('region=330000');
    expect(v.regions.map((r) => [r.code, r.name, r.counts.expected, r.counts.missingList])).toEqual([
      ['330100', '杭州市', 4, 4],
      ['330300', '温州市', 4, 4],
      ['330400', '嘉兴市', 4, 1],
      [null, '合计', 12, 9],
    ]);
    const late = await view('region=330000', 'late');
    expect(late.matrix.total).toBe(1);
    expect(late.matrix.rows.map((r) => r.name)).toEqual(['嘉兴市科学技术局']);
  });

  test('a year range narrows the columns and the counts', async () => {
    const v = await view('from=2020&to=2021');
    expect(v.years).toEqual([2020, 2021]);
    expect(v.regions.at(-1)?.counts).toMatchObject({ present: 4, missingGap: 2 });
    expect(v.matrix.rows[0].cells).toHaveLength(2);
  });
});
