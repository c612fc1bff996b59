/**
 * Prepared reports and save facts for the tests of the save's decisions (plan-save*.test.ts), without a database.
 */
import type { SaveFacts } from '../../db/queries/save-facts';
import type { PreparedReport } from '../../lib/ingest/prepare-report';
import { COUNT_METRIC_IDS, type CountMetricId } from '../../lib/metrics/types';

export const NOW = new Date(1_700_000_000_000);
export const AGENCY = '嘉兴市科学技术局';

export interface Spec {
  hash: string;
  year: number;
  agency?: string;
  synthetic?: boolean;
  identity?: 'confident' | 'weak';
  /** Table 3's 上年结转 / 结转下年度继续办理 totals, for the checks across years. */
  carriedOver?: number;
  carriedForward?: number;
}

export function yearLink(year: number, carriedOver?: number, carriedForward?: number): string {
  return JSON.stringify({
    year,
    template: '2021',
    table2: {},
    table3: { carriedOver: { total: carriedOver ?? null }, carriedForward: { total: carriedForward ?? null } },
  });
}

export function prepared(s: Spec): PreparedReport {
  const metrics = Object.fromEntries(COUNT_METRIC_IDS.map((id) => [id, null])) as Record<CountMetricId, number | null>;
  Object.assign(metrics, { granted: 3, partial: 1, handled: 8 });
  return {
    fileName: `${s.hash}.txt`,
    hash: s.hash,
    byteLength: 100,
    source: Buffer.from('source'),
    document: Buffer.from('document'),
    sourceText: null,
    prose: Buffer.alloc(0),
    yearLink: yearLink(s.year, s.carriedOver, s.carriedForward),
    report: {
      template: '2021',
      identity: s.identity ?? 'confident',
      source: { format: 'text', encoding: 'utf-8', bytes: 100, parserVersion: '0.4.0' },
      findings: [{ rule: 'table3.sum', severity: 'error', where: 'table3.total', message: 'off by one', line: 12 }],
      narrative: [
        { metric: 'itemsPublished', channel: 'website', value: 464, unit: '条', evidence: '发布信息464条', offset: 40 },
      ],
    },
    agency: {
      name: s.agency ?? AGENCY,
      typeId: 'science',
      regionCode: '330400',
      regionStatus: 'resolved',
      regionEvidence: '嘉兴市',
      level: 'city',
      zone: null,
      candidates: [],
    },
    year: s.year,
    metrics,
    region: { provinceCode: '330000', cityCode: '330400', countyCode: null },
    errorCount: 1,
    warningCount: 0,
    synthetic: s.synthetic ?? false,
  };
}

export function facts(f: Partial<SaveFacts> = {}): SaveFacts {
  return {
    seenByHash: new Map(),
    heldByHash: new Map(),
    supersededByHash: new Map(),
    agencyIds: new Map(),
    settledRegions: new Map(),
    currentReports: [],
    nextReportId: 100,
    nextAgencyId: 10,
    ...f,
  };
}

/** An agency stored as id 7 with a current report (id 50) for 2020. */
export const stored2020 = (carriedForward?: number) =>
  facts({
    agencyIds: new Map([[`0:${AGENCY}`, 7]]),
    currentReports: [{ id: 50, agencyId: 7, year: 2020, yearLink: yearLink(2020, undefined, carriedForward) }],
  });
