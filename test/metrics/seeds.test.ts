/** The five real seeds, parsed by lib/report and measured: the metrics layer on real parser output. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { reportMetrics, reportRates } from '../../lib/metrics/report-metrics';
import type { CountMetricId, RateId } from '../../lib/metrics/types';
import { parseReport } from '../../lib/report';

const parse = (name: string) => parseReport(readFileSync(new URL(`../../db/samples/${name}`, import.meta.url)), name);
const SEEDS = {
  '000': '000_1552932f4d23b490.txt',
  '001': '001_a164060509a28f52.txt',
  '002': '002_f5ed227d78862500.txt',
  '003': '003_ce3ce06ef0481c4f.txt',
  '004': '004_91f57d8fbcd74313.txt',
} as const;

const measured = Object.fromEntries(
  Object.entries(SEEDS).map(([id, file]) => {
    const counts = reportMetrics(parse(file));
    return [id, { ...counts, ...reportRates(counts) }];
  }),
);

describe('metrics of the seeds', () => {
  test.each<[keyof typeof SEEDS, CountMetricId | RateId, number | null]>([
    ['003', 'appsNew', 3],
    ['003', 'granted', 3],
    ['003', 'handled', 3],
    ['003', 'disclosureRate', 1],
    ['003', 'docsIssued', 4],
    ['003', 'docsPublished', 4],
    ['003', 'docsInForce', 8],
    ['003', 'licensingDecisions', 2052],
    ['003', 'procurementAmount', 129600],
    ['003', 'feesAmount', null],
    ['003', 'itemsPublishedWebsite', 464],
    ['003', 'itemsPublishedWechat', 223],
    ['003', 'itemsPublishedTotal', 687],
    ['003', 'appsNatural', 3],
    ['003', 'reviewCorrectionRate', null],
    // 001's outcome rows are short; 新收 and 上年结转 are 0, so they are derived as 0 (forced-zeros.ts).
    ['001', 'granted', 0],
    ['001', 'handled', 0],
    ['001', 'disclosureRate', null],
    ['001', 'appsNew', 0],
    ['001', 'itemsPublishedTotal', null],
    ['000', 'appsNew', 0],
    ['000', 'disclosureRate', null],
    ['000', 'docsIssued', 5],
    ['000', 'itemsPublishedTotal', 648],
    ['002', 'docsIssued', 0],
    ['002', 'docsRepealed', 1],
    ['002', 'docsInForce', 0],
    ['002', 'docsPublished', null],
    ['002', 'feesAmount', 0],
    ['002', 'procurementAmount', null],
    ['002', 'otherMisc', 0],
    ['002', 'itemsPublishedWeibo', 68],
    ['004', 'docsIssued', 16],
    ['004', 'itemsPublishedTotal', 21],
    ['004', 'itemsPublishedWebsite', 5],
    ['004', 'otherMisc', null],
    ['004', 'litigationTotal', 0],
  ])('%s: %s = %s', (seed, id, expected) => {
    expect(measured[seed][id]).toBe(expected);
  });
});
