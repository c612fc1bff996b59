/**
 * One report's metrics: every count metric of the dictionary, read from the parsed report, and the rates
 * computed from them. Unknown stays null (a blank cell, a row the parser could not place, a column the
 * report's form does not have); it never becomes 0.
 */
import { REASON_METRIC_IDS } from '../../db/schema/metric-columns';
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../report/types';
import type {
  ApplicantRow,
  NarrativeChannel,
  NarrativeFigure,
  ParsedReport,
  Table2Key,
  Table4Column,
  Table4Group,
  TemplateVersion,
} from '../report/types';
import { RATE_METRICS } from './dictionary';
import { type Table4MetricId, table4MetricId } from './definitions/review';
import {
  COUNT_METRIC_IDS,
  type CountMetricId,
  type CountMetrics,
  type RateId,
  type RateMetricDefinition,
  type RatePart,
} from './types';

export { COUNT_METRIC_IDS, RATE_IDS } from './types';
export type { CountMetricId, CountMetrics, RateId } from './types';

export type MetricsInput = Pick<ParsedReport, 'template' | 'table2' | 'table3' | 'summary' | 'table4' | 'narrative'>;

/** The reasons' metric ids are the table-3 row keys they total. */
const REASON_KEYS = REASON_METRIC_IDS;
type ReasonKey = (typeof REASON_KEYS)[number];

/** The sum of the terms, or null when any is unknown. */
function add(...values: (number | null | undefined)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

/** 0-based column of a table-2 row on each form; a form without the column is left out. */
type Columns = Partial<Record<TemplateVersion, number>>;

/** With the form unknown, only a column that means the same on both forms is read. */
function table2Cell(r: MetricsInput, key: Table2Key, columns: Columns): number | null {
  const index = r.template ? columns[r.template] : columns['2019'] === columns['2021'] ? columns['2019'] : undefined;
  if (index === undefined) return null;
  return r.table2[key]?.[index] ?? null;
}

const docs = (r: MetricsInput, columns: Columns) =>
  add(table2Cell(r, 'regulations', columns), table2Cell(r, 'normativeDocs', columns));

/** A table-3 row's 总计, or the sum of its six applicant columns when 总计 is blank and they are all known. */
export function rowTotal(row: ApplicantRow | undefined): number | null {
  if (!row) return null;
  if (row.total !== null) return row.total;
  return add(row.natural, row.commercial, row.research, row.social, row.legal, row.other);
}

/** The largest "items published" figure for a channel; smaller ones are usually parts of it. */
function largest(narrative: NarrativeFigure[], channel: NarrativeChannel): number | null {
  let best: number | null = null;
  for (const f of narrative) {
    if (f.metric === 'itemsPublished' && f.channel === channel && (best === null || f.value > best)) best = f.value;
  }
  return best;
}

function sumKnown(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

export function reportMetrics(report: MetricsInput): CountMetrics {
  const r = report;
  const s = r.summary;
  const apps = r.table3.newReceived;
  const narrative = r.narrative ?? [];
  const website = largest(narrative, 'website');
  const wechat = largest(narrative, 'wechat');
  const weibo = largest(narrative, 'weibo');
  const newMedia = largest(narrative, 'newMedia');
  const cell4 = (g: Table4Group, c: Table4Column) => r.table4?.[g]?.[c] ?? null;

  const reasons = {} as Record<ReasonKey, number | null>;
  for (const k of REASON_KEYS) reasons[k] = rowTotal(r.table3[k]);
  const table4 = {} as Record<Table4MetricId, number | null>;
  for (const cell of TABLE4_CELLS) table4[cell.id] = cell4(cell.group, cell.column);

  const values = {
    docsIssued: docs(r, { 2019: 0, 2021: 0 }),
    docsPublished: docs(r, { 2019: 1 }),
    docsInForce: docs(r, { 2019: 2, 2021: 2 }),
    docsRepealed: docs(r, { 2021: 1 }),
    licensingDecisions: table2Cell(r, 'licensing', { 2019: 2, 2021: 0 }),
    penaltyDecisions: table2Cell(r, 'penalty', { 2019: 2, 2021: 0 }),
    coercionDecisions: table2Cell(r, 'coercion', { 2019: 2, 2021: 0 }),
    feesAmount: table2Cell(r, 'fees', { 2021: 0 }),
    procurementAmount: table2Cell(r, 'procurement', { 2019: 1 }),
    itemsPublishedWebsite: website,
    itemsPublishedWechat: wechat,
    itemsPublishedWeibo: weibo,
    itemsPublishedNewMedia: newMedia,
    itemsPublishedTotal: largest(narrative, 'total') ?? sumKnown([website, wechat, weibo, newMedia]),

    appsNew: s.newReceived,
    appsCarriedOver: s.carriedOver,
    appsNatural: apps?.natural ?? null,
    appsCommercial: apps?.commercial ?? null,
    appsResearch: apps?.research ?? null,
    appsSocial: apps?.social ?? null,
    appsLegal: apps?.legal ?? null,
    appsOtherApplicant: apps?.other ?? null,
    appsLegalPersons: apps ? add(apps.commercial, apps.research, apps.social, apps.legal, apps.other) : null,

    granted: s.granted,
    partial: s.partial,
    denied: s.denied,
    unable: s.unable,
    rejected: s.rejected,
    otherOutcome: s.other,
    handled: s.total,
    carriedForward: s.carriedForward,

    ...reasons,
    ...table4,
    litigationTotal: add(cell4('litigationDirect', 'total'), cell4('litigationAfterReview', 'total')),
  } satisfies CountMetrics;

  // Dictionary order, so exports and snapshots list the metrics the way the dictionary does.
  const ordered = {} as CountMetrics;
  for (const id of COUNT_METRIC_IDS) ordered[id] = values[id];
  return ordered;
}

/** Table 4's cells with their metric ids, the ids made once rather than for every report. */
const TABLE4_CELLS = TABLE4_GROUPS.flatMap((group) =>
  TABLE4_COLUMNS.map((column) => ({ id: table4MetricId(group, column), group, column })),
);

/** Σ sign × value over the parts, or null when any part is unknown. */
export function signedSum(parts: RatePart[], values: Partial<Record<CountMetricId, number | null>>): number | null {
  let sum = 0;
  for (const p of parts) {
    const v = values[p.id];
    if (v === null || v === undefined) return null;
    sum += p.sign * v;
  }
  return sum;
}

/** numerator ÷ denominator; null when a part is unknown or the denominator is not positive. */
export function rateValue(
  def: RateMetricDefinition,
  values: Partial<Record<CountMetricId, number | null>>,
): number | null {
  const numerator = signedSum(def.numerator, values);
  const denominator = signedSum(def.denominator, values);
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return numerator / denominator;
}

/**
 * What one report's rate rests on: its denominator, when every part of the rate is known (as the database's
 * rateBaseSql and aggregate() count it); null otherwise. Shown and exported beside the rate (issue 18).
 */
export function rateBase(
  def: RateMetricDefinition,
  values: Partial<Record<CountMetricId, number | null>>,
): number | null {
  if (signedSum(def.numerator, values) === null) return null;
  return signedSum(def.denominator, values);
}

/** Every rate of the dictionary for one report's count metrics. */
export function reportRates(values: Partial<Record<CountMetricId, number | null>>): Record<RateId, number | null> {
  return Object.fromEntries(RATE_METRICS.map((def) => [def.id, rateValue(def, values)])) as Record<
    RateId,
    number | null
  >;
}
