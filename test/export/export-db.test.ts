import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { listAgencyYears } from '../../db/queries/list-agency-years';
import { settleRegion } from '../../db/queries/settle-region';
import { EXPORT_COLUMNS, exportRecord } from '../../lib/export/agency-year-table';
import { importPaths } from '../../lib/ingest/import-files';
import { tempDatabase } from '../support/temp-db';

let db: Db;
beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [path.resolve(__dirname, '../../db/samples')]);
});
afterAll(() => db.$client.close());

test('filters by region, year and type; the record carries metrics and rates', async () => {
  const zhejiang = await listAgencyYears(db, { region: '330000' });
  expect(zhejiang.map((r) => r.agency)).toEqual(['嘉兴市科学技术局']);
  const record = exportRecord(zhejiang[0]);
  expect(record).toMatchObject({
    agency: '嘉兴市科学技术局',
    year: 2020,
    regionCode: '330400',
    province: '浙江省',
    city: '嘉兴市',
    appsNew: 3,
    granted: 3,
    disclosureRate: 1,
    // Each rate with the count it rests on, flagged below SMALL_BASE (issue 18).
    disclosureRateBase: 3,
    disclosureRateSmallBase: true,
  });
  const rateAt = EXPORT_COLUMNS.indexOf('disclosureRate');
  expect(EXPORT_COLUMNS.slice(rateAt, rateAt + 3)).toEqual([
    'disclosureRate',
    'disclosureRateBase',
    'disclosureRateSmallBase',
  ]);
  expect(Object.keys(record).sort()).toEqual([...EXPORT_COLUMNS].sort());
  // Days late as a number (its date unknown here: null), after the findings; 忻州 signed 5 days after the deadline.
  expect(record.daysLate).toBeNull();
  expect(
    EXPORT_COLUMNS.slice(EXPORT_COLUMNS.indexOf('warningFindings'), EXPORT_COLUMNS.indexOf('warningFindings') + 2),
  ).toEqual(['warningFindings', 'daysLate']);
  const xinzhou = (await listAgencyYears(db, { region: '140900' })).map((r) => exportRecord(r));
  expect(xinzhou.map((r) => [r.agency, r.year, r.daysLate])).toEqual([['忻州市科学技术局', 2020, 5]]);
  expect((await listAgencyYears(db, { years: [2021] })).map((r) => r.agency)).toEqual(['吴忠市科学技术局']);
  expect((await listAgencyYears(db, { region: '360923' })).map((r) => r.agency)).toEqual(['上高县科技局']);
  expect(await listAgencyYears(db, { typeIds: ['science'] })).toHaveLength(5);
  expect(await listAgencyYears(db, { synthetic: true })).toHaveLength(0);
});

test('a settled region moves the agency and its metrics rows', async () => {
  await settleRegion(db, '上高县科技局', '360900');
  const rows = await listAgencyYears(db, { region: '360900' });
  expect(rows.map((r) => [r.agency, r.countyCode, r.regionStatus])).toEqual([['上高县科技局', null, 'settled']]);
  await expect(settleRegion(db, '上高县科技局', '999999')).rejects.toThrow(/not a division code/);
  await expect(settleRegion(db, '没有这个机构', '360900')).rejects.toThrow(/no agency/);
});
