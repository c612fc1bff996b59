import { describe, expect, test } from 'vitest';
import { COUNT_METRIC_IDS, type CountMetricId, reportMetrics } from '../../lib/metrics/report-metrics';
import { TABLE4_COLUMNS, TABLE4_GROUPS, type TemplateVersion } from '../../lib/report/types';
import { buildReport, figure, type ReportSpec } from './build-report';

const metric = (id: CountMetricId, spec: ReportSpec) => reportMetrics(buildReport(spec))[id];

describe('a report with nothing known', () => {
  test.each(['2019', '2021', null] as const)('every metric is null, never 0 (template %s)', (template) => {
    const values = reportMetrics(buildReport({ template }));
    expect(Object.keys(values)).toEqual([...COUNT_METRIC_IDS]);
    for (const id of COUNT_METRIC_IDS) expect(values[id], id).toBeNull();
  });
});

describe('table 2: the column each form defines', () => {
  const docs = (col: number, a: number, b: number) => ({
    [`table2.regulations[${col}]`]: a,
    [`table2.normativeDocs[${col}]`]: b,
  });
  const three = (row: string, values: number[]) => Object.fromEntries(values.map((v, i) => [`table2.${row}[${i}]`, v]));
  test.each<[CountMetricId, TemplateVersion | null, Record<string, number>, number | null]>([
    ['docsIssued', '2019', docs(0, 1, 4), 5],
    ['docsIssued', '2021', docs(0, 1, 4), 5],
    ['docsIssued', null, docs(0, 1, 4), 5],
    ['docsPublished', '2019', docs(1, 2, 3), 5],
    ['docsPublished', '2021', docs(1, 2, 3), null],
    ['docsInForce', '2019', docs(2, 0, 8), 8],
    ['docsInForce', '2021', docs(2, 0, 8), 8],
    ['docsRepealed', '2021', docs(1, 0, 1), 1],
    ['docsRepealed', '2019', docs(1, 0, 1), null],
    ['docsRepealed', null, docs(1, 0, 1), null],
    ['licensingDecisions', '2019', three('licensing', [1, 0, 2052]), 2052],
    ['licensingDecisions', '2021', { 'table2.licensing[0]': 2052 }, 2052],
    ['licensingDecisions', null, { 'table2.licensing[0]': 2052 }, null],
    ['penaltyDecisions', '2019', three('penalty', [3, -1, 17]), 17],
    ['penaltyDecisions', '2021', { 'table2.penalty[0]': 17 }, 17],
    ['coercionDecisions', '2019', three('coercion', [2, 0, 6]), 6],
    ['coercionDecisions', '2021', { 'table2.coercion[0]': 6 }, 6],
    ['feesAmount', '2021', { 'table2.fees[0]': 12.5 }, 12.5],
    ['feesAmount', '2019', { 'table2.fees[0]': 3, 'table2.fees[1]': 0 }, null],
    ['procurementAmount', '2019', { 'table2.procurement[0]': 27, 'table2.procurement[1]': 129600 }, 129600],
    ['procurementAmount', '2021', { 'table2.procurement[0]': 27, 'table2.procurement[1]': 129600 }, null],
  ])('%s, %s form: %j → %s', (id, template, cells, expected) => {
    expect(metric(id, { template, cells })).toBe(expected);
  });

  test.each([
    ['regulations blank', { 'table2.normativeDocs[0]': 4 }],
    ['normativeDocs blank', { 'table2.regulations[0]': 0 }],
  ])('docsIssued is null when %s', (_name, cells) => {
    expect(metric('docsIssued', { template: '2021', cells })).toBeNull();
  });

  test('a row the report lacks is null', () => {
    const report = buildReport({
      template: '2019',
      cells: { 'table2.normativeDocs[0]': 4, 'table2.regulations[0]': 0 },
    });
    delete report.table2.regulations;
    expect(reportMetrics(report).docsIssued).toBeNull();
  });
});

describe('table 3: applications and outcomes', () => {
  test.each<[CountMetricId, string]>([
    ['appsNew', 'summary.newReceived'],
    ['appsCarriedOver', 'summary.carriedOver'],
    ['appsNatural', 'table3.newReceived.natural'],
    ['appsCommercial', 'table3.newReceived.commercial'],
    ['appsResearch', 'table3.newReceived.research'],
    ['appsSocial', 'table3.newReceived.social'],
    ['appsLegal', 'table3.newReceived.legal'],
    ['appsOtherApplicant', 'table3.newReceived.other'],
    ['granted', 'summary.granted'],
    ['partial', 'summary.partial'],
    ['denied', 'summary.denied'],
    ['unable', 'summary.unable'],
    ['rejected', 'summary.rejected'],
    ['otherOutcome', 'summary.other'],
    ['handled', 'summary.total'],
    ['carriedForward', 'summary.carriedForward'],
  ])('%s comes from %s on both forms', (id, path) => {
    for (const template of ['2019', '2021'] as const) {
      expect(metric(id, { template, cells: { [path]: 7 } })).toBe(7);
      expect(metric(id, { template, cells: { [path]: 0 } })).toBe(0);
    }
  });

  test.each([
    [[2, 1, 0, 3, 0, 1, 9], 5],
    [[2, 1, null, 3, 0, 1, 9], null],
    [[2, 0, 0, 0, 0, 0, 2], 0],
  ])('appsLegalPersons of newReceived %j is %s', (row, expected) => {
    expect(metric('appsLegalPersons', { template: '2021', rows: { newReceived: row } })).toBe(expected);
  });
});

describe('reasons: the row total, derived when blank', () => {
  const REASONS_BOTH: CountMetricId[] = [
    'deniedStateSecret',
    'deniedLawForbidden',
    'deniedSafetyStability',
    'deniedThirdParty',
    'deniedInternalAffairs',
    'deniedProcessInfo',
    'deniedEnforcementFile',
    'deniedInquiry',
    'unableNotHeld',
    'unableNeedsCreation',
    'unableUnclear',
    'rejectedComplaint',
    'rejectedRepeated',
    'rejectedPublication',
    'rejectedExcessive',
    'rejectedConfirmation',
  ];
  const REASONS_2021: CountMetricId[] = ['otherOverdueCorrection', 'otherUnpaidFee', 'otherMisc'];

  test.each(
    REASONS_BOTH.flatMap(
      (id) =>
        [
          [id, '2019'],
          [id, '2021'],
        ] as const,
    ),
  )('%s on the %s form', (id, template) => {
    expect(metric(id, { template, cells: { [`table3.${id}.total`]: 4 } })).toBe(4);
  });

  test.each(REASONS_2021)('%s on the 2021 form; null on the 2019 form, which has no such row', (id) => {
    expect(metric(id, { template: '2021', cells: { [`table3.${id}.total`]: 2 } })).toBe(2);
    expect(metric(id, { template: '2019', cells: { 'table3.other.total': 2 } })).toBeNull();
  });

  test.each([
    ['total given', [1, 0, 0, 0, 0, 1, 2], 2],
    ['total given, disagreeing with the columns (taken as written)', [1, 0, 0, 0, 0, 1, 5], 5],
    ['total blank, six columns known', [1, 1, 0, 0, 0, 1, null], 3],
    ['total blank, a column unknown', [1, null, 0, 0, 0, 1, null], null],
    ['everything blank', [null, null, null, null, null, null, null], null],
  ])('%s', (_name, row, expected) => {
    expect(metric('unableNotHeld', { template: '2019', rows: { unableNotHeld: row } })).toBe(expected);
  });
});

describe('table 4', () => {
  const cells = TABLE4_GROUPS.flatMap((g) => TABLE4_COLUMNS.map((c) => [g, c] as const));
  test.each(cells)('%s.%s is its own metric', (group, column) => {
    const id = `${group}${column[0].toUpperCase()}${column.slice(1)}` as CountMetricId;
    const values = reportMetrics(buildReport({ template: '2021', cells: { [`table4.${group}.${column}`]: 2 } }));
    expect(values[id]).toBe(2);
    // litigationTotal stays null too: the other group's total is unknown.
    expect(COUNT_METRIC_IDS.filter((k) => k !== id && values[k] !== null)).toEqual([]);
  });

  test.each([
    [3, 1, 4],
    [3, 0, 3],
    [3, null, null],
    [null, 2, null],
  ])('litigationTotal of direct %s and after review %s is %s', (direct, afterReview, expected) => {
    const spec = {
      template: '2019' as const,
      cells: { 'table4.litigationDirect.total': direct, 'table4.litigationAfterReview.total': afterReview },
    };
    expect(metric('litigationTotal', spec)).toBe(expected);
  });
});

describe('narrative: items published', () => {
  const run = (...figures: ReturnType<typeof figure>[]) =>
    reportMetrics(buildReport({ template: '2021', narrative: figures }));

  test('per channel, the largest figure', () => {
    const v = run(
      figure('website', 120),
      figure('website', 464),
      figure('wechat', 223),
      figure('weibo', 68),
      figure('newMedia', 9),
    );
    expect([v.itemsPublishedWebsite, v.itemsPublishedWechat, v.itemsPublishedWeibo, v.itemsPublishedNewMedia]).toEqual([
      464, 223, 68, 9,
    ]);
  });

  test.each([
    ['a stated total wins', [figure('total', 21), figure('website', 5), figure('app', 15)], 21],
    ['the largest stated total', [figure('total', 21), figure('total', 30)], 30],
    ['else the four channels summed', [figure('website', 423), figure('wechat', 225), figure('catalogue', 26)], 648],
    ['a single channel', [figure('weibo', 68)], 68],
    [
      'other channels alone do not make a total',
      [figure('catalogue', 26), figure('app', 15), figure('other', 3)],
      null,
    ],
    ['nothing in the prose', [], null],
  ])('itemsPublishedTotal: %s', (_name, figures, expected) => {
    expect(run(...figures).itemsPublishedTotal).toBe(expected);
  });

  test('a channel the prose does not mention is null', () => {
    const v = run(figure('website', 24));
    expect(v.itemsPublishedWechat).toBeNull();
  });
});
