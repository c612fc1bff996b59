import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '../../db/client';
import { getAgency } from '../../db/queries/get-agency';
import { getReportDocument } from '../../db/queries/get-report-document';
import { listAgencyReports } from '../../db/queries/list-agency-reports';
import { importPaths } from '../../lib/ingest/import-files';
import { reportRates } from '../../lib/metrics/report-metrics';
import type { ParsedReport } from '../../lib/report/types';
import { tempDatabase, tempDir } from '../support/temp-db';
import { SAMPLES } from './synthetic-reports';

const SEED_003 = path.join(SAMPLES, '003_ce3ce06ef0481c4f.txt');

let db: Db;
const idOf = async (name: string) =>
  Number((await db.$client.execute({ sql: 'SELECT id FROM agencies WHERE name = ?', args: [name] })).rows[0].id);

beforeAll(async () => {
  ({ db } = await tempDatabase());
  await importPaths(db, [SAMPLES]);
  // 嘉兴: a corrected 2020 report (the first becomes history) and a 2021 report.
  const dir = tempDir();
  const text = readFileSync(SEED_003, 'utf8');
  writeFileSync(
    path.join(dir, 'corrected-2020.txt'),
    text.replace('通过门户网站发布信息464条', '通过门户网站发布信息465条'),
  );
  writeFileSync(path.join(dir, 'next-2021.txt'), text.replace('嘉兴市科学技术局2020年度', '嘉兴市科学技术局2021年度'));
  const summary = await importPaths(db, [dir]);
  expect(summary).toMatchObject({ imported: 1, replaced: 1 });
});
afterAll(() => db.$client.close());

test('getAgency: division codes and names at every level, type, level, status; null for no such id', async () => {
  const agency = await getAgency(db, await idOf('上高县科技局'));
  expect(agency).toMatchObject({
    name: '上高县科技局',
    sortKey: 'shang gao xian ke ji ju',
    typeId: 'science',
    regionStatus: 'resolved',
    regionCode: '360923',
    provinceCode: '360000',
    province: '江西省',
    cityCode: '360900',
    city: '宜春市',
    countyCode: '360923',
    county: '上高县',
  });
  expect(agency!.level).not.toBeNull();
  expect(await getAgency(db, await idOf('嘉兴市科学技术局'))).toMatchObject({
    province: '浙江省',
    city: '嘉兴市',
    county: null,
    countyCode: null,
  });
  expect(await getAgency(db, 999_999)).toBeNull();
});

test('listAgencyReports: the current report of each year, oldest first, with metrics and rates', async () => {
  const reports = await listAgencyReports(db, await idOf('嘉兴市科学技术局'));
  // The file name is stored as the importer was given it (here a full path).
  expect(reports.map((r) => [r.year, path.basename(r.fileName)])).toEqual([
    [2020, 'corrected-2020.txt'],
    [2021, 'next-2021.txt'],
  ]);
  const [y2020] = reports;
  expect(y2020).toMatchObject({ template: '2019', format: 'text', synthetic: false });
  expect(y2020.importedAt).toBeInstanceOf(Date);
  expect(y2020.metrics).toMatchObject({ itemsPublishedWebsite: 465, appsNew: 3, granted: 3 });
  expect(y2020.rates).toEqual(reportRates(y2020.metrics));
  expect(y2020.rates.disclosureRate).toBe(1);
  expect(await listAgencyReports(db, 999_999)).toEqual([]);
});

test('getReportDocument: the parsed report and the original bytes inflated, the findings as stored', async () => {
  const [, y2021] = await listAgencyReports(db, await idOf('嘉兴市科学技术局'));
  const doc = await getReportDocument<ParsedReport>(db, y2021.reportId);
  expect(doc).toMatchObject({
    reportId: y2021.reportId,
    year: 2021,
    status: 'current',
    fileName: expect.stringMatching(/next-2021\.txt$/),
  });
  expect(doc!.report.agency).toBe('嘉兴市科学技术局');
  expect(doc!.report.year).toBe(2021);
  expect(doc!.sourceBytes.toString('utf8')).toContain('嘉兴市科学技术局2021年度');
  const stored = await db.$client.execute({
    sql: 'SELECT rule FROM findings WHERE report_id = ? ORDER BY id',
    args: [y2021.reportId],
  });
  expect(doc!.findings.map((f) => f.rule)).toEqual(stored.rows.map((r) => r.rule));
  // The counts are the parser's; the checks across years (here: table 3 copied from 2020, as this fixture is)
  // add findings of their own, which the counts do not include.
  const crossYear = doc!.findings.filter((f) => f.rule.startsWith('crossYear.'));
  expect(crossYear.map((f) => f.rule)).toEqual(['crossYear.table3Unchanged']);
  expect(doc!.findings.length).toBe(
    y2021.errorCount +
      y2021.warningCount +
      doc!.findings.filter((f) => f.severity === 'info').length +
      crossYear.length,
  );
});

test('getReportDocument: a replaced report is still readable, marked as such; an unknown id is null', async () => {
  const old = await db.$client.execute(`SELECT id FROM reports WHERE status = 'replaced'`);
  const doc = await getReportDocument(db, Number(old.rows[0].id));
  expect(doc).toMatchObject({ status: 'replaced', year: 2020 });
  expect(doc!.sourceBytes.equals(readFileSync(SEED_003))).toBe(true);
  expect(await getReportDocument(db, 999_999)).toBeNull();
});
