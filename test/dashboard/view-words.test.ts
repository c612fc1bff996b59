/**
 * One function says a view's filters (issue 18): the same state gives the same words in the chart caption, the
 * region page's heading, the XLSX export's heading and the filter bar's line — in either language — and an
 * unknown region code is said as unknown, years as asked even where the data has none.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { exportCompare } from '../../lib/dashboard/compare-export';
import { loadFilterOptions } from '../../lib/dashboard/filter-options';
import { loadRegionPage } from '../../lib/dashboard/region-page';
import { viewCaption } from '../../lib/dashboard/view-caption';
import { viewWords } from '../../lib/dashboard/view-words';
import { CHART_LABELS } from '../../lib/i18n/chart-text';
import { prepareDatabase } from '../../lib/ingest/seed-samples';
import { parseViewState } from '../../lib/view-state/view-state';
import { tempDatabase } from '../support/temp-db';

const words = (query: string) => viewWords(parseViewState(new URLSearchParams(query)));

describe('viewWords', () => {
  test.each([
    ['region=330400&from=2019&to=2021', '浙江省 嘉兴市 · 2019–2021年'],
    ['region=330400&from=2019&to=2021&lang=en', 'Jiaxing, Zhejiang · 2019–2021'],
    ['region=110105&year=2020&lang=en', 'Chaoyang District, Beijing · 2020'],
    ['region=360923&type=science&tpl=2019', '江西省 宜春市 上高县 · 全部年份 · 科技局 · 2019 版表格'],
    ['', '全国 · 全部年份'],
    ['lang=en', 'All of China · all years'],
  ])('%s → %s', (query, sentence) => {
    expect(words(query).sentence).toBe(sentence);
  });

  test('an unknown region code is said as unknown, never as the whole country', () => {
    expect(words('region=999999').region).toBe('未知地区代码 999999');
    expect(words('region=999999&lang=en').region).toBe('unknown region code 999999');
    expect(words('region=999999').trail).toEqual([]);
  });

  test('years are said as asked, whether or not the data reaches them', () => {
    expect(words('from=2015&to=2016').years).toBe('2015–2016年');
    expect(words('from=2030').years).toBe('2030年起');
    expect(words('to=2010&lang=en').years).toBe('up to 2010');
  });
});

describe('the same words everywhere a view is said', () => {
  let db: Db;
  beforeAll(async () => {
    ({ db } = await tempDatabase());
    await prepareDatabase({ db });
  }, 60_000);
  afterAll(() => db.$client.close());

  /** The filters line of the XLSX export's heading. */
  async function exportHeading(query: string): Promise<string> {
    const state = parseViewState(new URLSearchParams(query));
    const file = await exportCompare(db, state, 'xlsx');
    if (!file.ok) throw new Error('refused');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const prefix = CHART_LABELS.filters[state.lang];
    for (let row = 1; row < 10; row++) {
      const line = String(sheet.getCell(row, 1).value ?? '');
      if (line.startsWith(prefix)) return line.slice(prefix.length);
    }
    throw new Error('no filters line');
  }

  test.each([
    'region=330400&from=2019&to=2021',
    'region=330400&from=2019&to=2021&lang=en',
    'region=999999',
    'region=999999&lang=en',
    'from=2015&to=2016',
    'region=420281&from=2015&lang=en',
  ])('%s: caption, heading, export and filter bar agree', async (query) => {
    const state = parseViewState(new URLSearchParams(query));
    const { sentence, region } = viewWords(state);
    expect((await viewCaption(db, state, 'title')).filters).toBe(sentence);
    expect((await loadRegionPage(db, state)).place).toBe(region);
    expect(await exportHeading(query)).toBe(sentence);
    expect((await loadFilterOptions(db, state)).current).toBe(sentence);
  });
});

describe('the filter boxes', () => {
  let db: Db;
  beforeAll(async () => {
    ({ db } = await tempDatabase());
    await prepareDatabase({ db });
  }, 60_000);
  afterAll(() => db.$client.close());

  test('each province says how many reports it holds; the rest are marked as without', async () => {
    const options = await loadFilterOptions(db, parseViewState({}));
    const zhejiang = options.regions.provinces.find((p) => p.code === '330000')!;
    expect(zhejiang).toEqual({ code: '330000', label: '浙江省（1 份报告）', hasReports: true });
    expect(options.regions.provinces.filter((p) => p.hasReports)).toHaveLength(5);
    expect(options.regions.provinces.find((p) => p.code === '110000')).toEqual({
      code: '110000',
      label: '北京市',
      hasReports: false,
    });
  });

  test('under the other filters, in English, down to the county', async () => {
    const options = await loadFilterOptions(db, parseViewState({ region: '360923', lang: 'en', year: '2020' }));
    expect(options.regions.provinces.find((p) => p.code === '360000')!.label).toBe('Jiangxi (1 report)');
    expect(options.regions.cities.find((p) => p.code === '360900')!.label).toBe('Yichun (1 report)');
    expect(options.regions.counties.find((p) => p.code === '360923')!.label).toBe('Shanggao County (1 report)');
    // Hubei's one report is of 2019: not under year=2020.
    expect(options.regions.provinces.find((p) => p.code === '420000')!.hasReports).toBe(false);
  });

  test('a code no region has stays in the province box, said as unknown', async () => {
    const options = await loadFilterOptions(db, parseViewState({ region: '999999' }));
    expect(options.regions.unknown).toEqual({ code: '999999', label: '未知地区代码 999999' });
  });

  test('a type asked for stays in the type box even when no agency has it', async () => {
    const options = await loadFilterOptions(db, parseViewState({ type: 'education' }));
    expect(options.types.find((t) => t.id === 'education')?.label).toMatch(/（0 个机构）$/);
  });
});
