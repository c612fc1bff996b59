/**
 * Coverage and timeliness against a real database (issue 16): the samples and modified copies of them — a later
 * year published late (a gap before it), a year given on time, a corrected report that replaces one, an agency
 * whose first report arrives after the list — and an agency list with entries no agency answers. Every count of
 * the rollups is checked against the classification of each agency's own years (lib/metrics/coverage.ts), and the
 * rollups a refresh rebuilt for a few agencies against the same rebuilt whole.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { countCoverageRows } from '../../db/queries/count-coverage-rows';
import { coverageCounts } from '../../db/queries/coverage-counts';
import { coverageLateDays, lateDaysQuery } from '../../db/queries/coverage-late-days';
import { coveragePage } from '../../db/queries/coverage-page';
import { refreshRollups } from '../../db/queries/refresh-rollups';
import type { CoverageScope } from '../../db/sql/coverage-sql';
import {
  agenciesOver,
  classifyCell,
  countAgency,
  countsOver,
  stoppedPublishing,
  yearBit,
} from '../../lib/metrics/coverage';
import { COVERAGE_YEARS, copySample, coverageDatabase, importOne, SAMPLE } from './coverage-fixture';

let db: Db;
const YEARS = COVERAGE_YEARS;
const national: CoverageScope = { synthetic: false, years: YEARS };

beforeAll(async () => {
  ({ db } = await coverageDatabase());
}, 60_000);

/** Every agency's coverage row, read back, with its name. */
async function agencies() {
  const rows = await db.$client.execute(
    'SELECT a.name, c.* FROM agency_coverage c JOIN agencies a ON a.id = c.agency_id ORDER BY a.name',
  );
  return rows.rows.map((r) => ({
    name: String(r.name),
    province: r.province_code as string | null,
    area: r.area_code as string | null,
    years: Number(r.years),
    late: Number(r.late),
    undated: Number(r.undated),
    replaced: Number(r.replaced),
    listed: Boolean(r.listed),
  }));
}

describe('the coverage rows', () => {
  test('each agency-year classified: on time, late, undated, replaced, missing by gap or by list', async () => {
    const states = Object.fromEntries(
      (await agencies()).map((a) => [
        a.name,
        YEARS.map((y) => {
          const c = classifyCell(a, y);
          return c.by ?? c.state;
        }),
      ]),
    );
    expect(states).toEqual({
      上高县科技局: ['list', 'undated', 'list', 'list'],
      吴忠市科学技术局: ['none', 'none', 'undated', 'none'],
      嘉兴市科学技术局: ['list', 'replaced', 'gap', 'late'],
      大冶市科技局: ['undated', 'none', 'none', 'none'],
      忻州市科学技术局: ['none', 'late', 'gap', 'on-time'],
    });
  });
});

describe('counts', () => {
  test('the country: agency-years and agencies, per province, as each agency counts them', async () => {
    const { cells, unanswered } = await coverageCounts(db, national, YEARS);
    expect(unanswered).toEqual([
      { key: '330000', entries: 2 },
      { key: '360000', entries: 1 },
    ]);
    const all = await agencies();
    for (const province of ['330000', '140000', '360000', '420000', '640000']) {
      const own = all.filter((a) => a.province === province).map((a) => countAgency(a, YEARS));
      const extra = unanswered.find((u) => u.key === province)?.entries ?? 0;
      const sum = (k: keyof (typeof own)[number]) => own.reduce((s, c) => s + c[k], 0);
      expect(
        countsOver(
          cells.filter((c) => c.key === province),
          YEARS,
          extra,
        ),
      ).toEqual({
        expected: sum('expected') + extra * YEARS.length,
        present: sum('present'),
        late: sum('late'),
        undated: sum('undated'),
        replaced: sum('replaced'),
        missingGap: sum('missingGap'),
        missingList: sum('missingList') + extra * YEARS.length,
      });
    }
    // 上高 three years and 嘉兴 2019 by the list, and the three unanswered entries every year.
    expect(countsOver(cells, YEARS, 3)).toEqual({
      expected: 25,
      present: 7,
      late: 2,
      undated: 4,
      replaced: 1,
      missingGap: 2,
      missingList: 16,
    });
    expect(agenciesOver(cells, YEARS, 3)).toEqual({ agencies: 8, stopped: 3 });
    // The years without 2022: 大冶 and 上高 still stopped; 忻州 and 嘉兴, who report in 2022, did not.
    expect(agenciesOver(cells, [2019, 2020, 2021], 3).stopped).toBe(2);
  });

  test('a province by its areas, from the rollups, agrees with each city counted from its agencies', async () => {
    const province = await coverageCounts(db, { ...national, region: '330000' }, YEARS);
    expect(province.unanswered).toEqual([
      { key: '330100', entries: 1 },
      { key: '330300', entries: 1 },
    ]);
    const jiaxing = await coverageCounts(db, { ...national, region: '330400' }, YEARS);
    expect(countsOver(jiaxing.cells, YEARS)).toEqual(
      countsOver(
        province.cells.filter((c) => c.key === '330400'),
        YEARS,
      ),
    );
    expect(countsOver(jiaxing.cells, YEARS)).toMatchObject({ present: 2, missingGap: 1, missingList: 1 });
    const wenzhou = await coverageCounts(db, { ...national, region: '330300' }, YEARS);
    expect(wenzhou.unanswered).toEqual([{ key: '330302', entries: 1 }]);
    const county = await coverageCounts(db, { ...national, region: '360923' }, YEARS);
    expect(countsOver(county.cells, YEARS)).toMatchObject({ expected: 4, present: 1, undated: 1, missingList: 3 });
  });

  test('a type filter: the list entry of another type does not count', async () => {
    const education = await coverageCounts(db, { ...national, typeIds: ['education'] }, YEARS);
    expect(education.cells.reduce((s, c) => s + c.present, 0)).toBe(0);
    expect(education.unanswered).toEqual([{ key: '330000', entries: 1 }]);
  });

  test('synthetic data has its own rows and no list', async () => {
    const synthetic = await coverageCounts(db, { ...national, synthetic: true }, YEARS);
    expect(synthetic).toEqual({ cells: [], unanswered: [] });
  });

  test('how late the late reports were, per year, for the country and for a city', async () => {
    expect(await coverageLateDays(db, national)).toEqual([
      { year: 2020, days: 5, reports: 1 },
      { year: 2022, days: 29, reports: 1 },
    ]);
    expect(await coverageLateDays(db, { ...national, region: '330400' })).toEqual([
      { year: 2022, days: 29, reports: 1 },
    ]);
    expect(await coverageLateDays(db, { ...national, region: '140000' })).toEqual([
      { year: 2020, days: 5, reports: 1 },
    ]);
  });
});

describe('query plans', () => {
  const plan = async (q: { sql: string; args: (string | number)[] }) =>
    (await db.$client.execute({ sql: `EXPLAIN QUERY PLAN ${q.sql}`, args: q.args })).rows
      .map((r) => String(r.detail))
      .join(' | ');

  test('late days: the country, a province and a type from the rollups, a city or county from its own index', async () => {
    // Summed in the index's order, as read: no sort.
    const country = await plan(lateDaysQuery(national));
    expect(country).toContain('COVERING INDEX late_day_totals_year');
    expect(country).not.toContain('TEMP B-TREE');
    expect(await plan(lateDaysQuery({ ...national, region: '330000' }))).toContain(
      'COVERING INDEX late_day_totals_province',
    );
    expect(await plan(lateDaysQuery({ ...national, typeIds: ['science'] }))).toContain(
      'COVERING INDEX late_day_rollups_type',
    );
    expect(await plan(lateDaysQuery({ ...national, region: '330000', typeIds: ['science'] }))).toContain(
      'COVERING INDEX late_day_rollups_type',
    );
    const city = await plan(lateDaysQuery({ ...national, region: '330400' }));
    expect(city).toContain('metrics_city_year');
    expect(city).not.toContain('metrics_late');
    expect(await plan(lateDaysQuery({ ...national, region: '360923' }))).toContain('metrics_county_year');
  });
});

describe('the matrix', () => {
  test('a page in name order, with the unanswered list entries among the agencies', async () => {
    const rows = await coveragePage(db, national, 'all', { offset: 0, limit: 50 });
    expect(rows.map((r) => [r.name, r.agencyId === null])).toEqual([
      ['大冶市科技局', false],
      ['杭州市科学技术局', true],
      ['嘉兴市科学技术局', false],
      ['鹿城区教育局', true],
      ['上高县科技局', false],
      ['吴忠市科学技术局', false],
      ['忻州市科学技术局', false],
      ['宜丰县科技局', true],
    ]);
    const jiaxing = rows[2];
    expect([...jiaxing.daysLate]).toEqual([[2022, 29]]);
    expect(jiaxing.listed).toBe(true);
    expect(await countCoverageRows(db, national, 'all')).toBe(8);
    const second = await coveragePage(db, national, 'all', { offset: 3, limit: 2 });
    expect(second.map((r) => r.name)).toEqual(['鹿城区教育局', '上高县科技局']);
  });

  test('the row filters list what their counts say', async () => {
    const names = async (show: 'missing' | 'late' | 'undated' | 'stopped') =>
      (await coveragePage(db, national, show, { offset: 0, limit: 50 })).map((r) => r.name);
    expect(await names('missing')).toEqual([
      '杭州市科学技术局',
      '嘉兴市科学技术局',
      '鹿城区教育局',
      '上高县科技局',
      '忻州市科学技术局',
      '宜丰县科技局',
    ]);
    expect(await names('late')).toEqual(['嘉兴市科学技术局', '忻州市科学技术局']);
    expect(await names('undated')).toEqual(['大冶市科技局', '嘉兴市科学技术局', '上高县科技局', '吴忠市科学技术局']);
    expect(await names('stopped')).toEqual(['大冶市科技局', '上高县科技局', '吴忠市科学技术局']);
    for (const show of ['missing', 'late', 'undated', 'stopped'] as const)
      expect(await countCoverageRows(db, national, show)).toBe((await names(show)).length);
    const all = await agencies();
    expect(
      all
        .filter((a) => stoppedPublishing(a, YEARS))
        .map((a) => a.name)
        .sort(),
    ).toEqual((await names('stopped')).sort());
  });
});

describe('a refresh after an import', () => {
  async function rollups() {
    const read = async (table: string) =>
      (
        await db.$client.execute(
          `SELECT * FROM ${table} ORDER BY synthetic, year, province_code, type_id${
            table === 'coverage_rollups' ? ', area_code' : ''
          }`,
        )
      ).rows.map((r) => ({ ...r }));
    return { area: await read('coverage_rollups'), province: await read('coverage_province_rollups') };
  }

  test('rebuilds the agencies it touched, matches a list entry to an agency reporting for the first time, and equals a full rebuild', async () => {
    // 宜丰 reports for the first time (上高's report under its name), 吴忠 reports again in 2022.
    await importOne(db, copySample(SAMPLE.shanggao, 'yifeng-2020.txt', '上高县', '宜丰县'));
    await importOne(
      db,
      copySample(SAMPLE.wuzhong, 'wuzhong-2022.txt', '2021 年政府信息公开', '2022 年政府信息公开'),
      '2023-01-10',
    );
    const [entry] = (await db.$client.execute("SELECT agency_id FROM agency_list WHERE name = '宜丰县科技局'")).rows;
    expect(entry.agency_id).not.toBeNull();
    const after = (await agencies()).find((a) => a.name === '宜丰县科技局');
    expect(after).toMatchObject({ listed: true, years: yearBit(2020), area: '360900' });
    const { cells, unanswered } = await coverageCounts(db, national, YEARS);
    expect(unanswered.reduce((s, u) => s + u.entries, 0)).toBe(2);
    // 宜丰 is one agency more (and stopped after 2020, as 上高 and 大冶 did); 吴忠 reported again.
    expect(agenciesOver(cells, YEARS, 2)).toEqual({ agencies: 8, stopped: 3 });
    const partial = await rollups();
    await refreshRollups(db, { full: true });
    expect(await rollups()).toEqual(partial);
  });
});
