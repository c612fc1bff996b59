/**
 * The rows a prepared report is stored as (db/sql/save-statements.ts writes them), one builder per table.
 * A report's rates are computed here, beside the counts they come from (lib/metrics reportRates), and the
 * database only stores them.
 */
import type { SavePlan } from '../../db/sql/save-statements';
import { pinyinSortKey } from '../format/pinyin-key';
import { reportRates } from '../metrics/report-metrics';
import { daysLate } from '../metrics/timeliness';
import { unpackSentences } from '../similarity/sentences';
import type { Finding } from '../report/types';
import type { PreparedReport } from './prepare-report';

type Row<K extends keyof SavePlan> = SavePlan[K] extends (infer R)[] ? R : never;

export function agencyRow(id: number, p: PreparedReport, now: Date): Row<'agencies'> {
  const a = p.agency;
  return {
    id,
    name: a.name,
    sortKey: pinyinSortKey(a.name),
    typeId: a.typeId,
    regionCode: a.regionCode,
    regionStatus: a.regionStatus,
    regionEvidence: a.regionEvidence,
    level: a.level,
    zone: a.zone,
    synthetic: p.synthetic,
    createdAt: now,
  };
}

export function sourceFileRow(p: PreparedReport, now: Date): Row<'sourceFiles'> {
  return { hash: p.hash, fileName: p.fileName, byteLength: p.byteLength, content: p.source, storedAt: now };
}

export function reportRow(
  id: number,
  agencyId: number,
  p: PreparedReport,
  now: Date,
  status: 'current' | 'held',
): Row<'reports'> {
  const { template, source } = p.report;
  return {
    id,
    agencyId,
    year: p.year,
    template,
    sourceHash: p.hash,
    format: source.format,
    encoding: source.encoding,
    parserVersion: source.parserVersion,
    importedAt: now,
    status,
    synthetic: p.synthetic,
    errorCount: p.errorCount,
    warningCount: p.warningCount,
    document: p.document,
    yearLink: p.yearLink,
    publishedOn: source.published ?? null,
    publishedFrom: source.publishedFrom ?? null,
  };
}

/** The report's source text, when it keeps one (DOCX, PDF: prepare-report.ts). */
export function reportTextRows(reportId: number, p: PreparedReport): SavePlan['reportTexts'] {
  return p.sourceText ? [{ reportId, text: p.sourceText }] : [];
}

/** The report's report_metrics row: its dimensions, counts and rates. */
export function metricRow(reportId: number, agencyId: number, p: PreparedReport): Row<'metrics'> {
  return {
    reportId,
    agencyId,
    year: p.year,
    template: p.report.template,
    typeId: p.agency.typeId,
    provinceCode: p.region.provinceCode,
    cityCode: p.region.cityCode,
    countyCode: p.region.countyCode,
    synthetic: p.synthetic,
    errorCount: p.errorCount,
    warningCount: p.warningCount,
    daysLate: daysLate(p.year, p.report.source.published ?? null),
    ...p.metrics,
    ...reportRates(p.metrics),
  };
}

export function findingRow(reportId: number, f: Finding): Row<'findings'> {
  return { reportId, rule: f.rule, severity: f.severity, path: f.where, message: f.message, line: f.line ?? null };
}

export function narrativeRows(reportId: number, p: PreparedReport): SavePlan['narrative'] {
  return p.report.narrative.map((n) => ({
    reportId,
    metric: n.metric,
    channel: n.channel,
    value: n.value,
    unit: n.unit,
    evidence: n.evidence,
    sourceOffset: n.offset,
  }));
}

/**
 * The report's prose row, and whether its sentences are counted for learning stock phrases: one report in
 * sixteen, chosen by its bytes' hash, so the sample is the same whatever order files arrive in.
 */
export function reportProseRow(reportId: number, p: PreparedReport): Row<'reportProse'> {
  return { reportId, sentences: p.prose, sampled: isSampled(p.hash) };
}

export function isSampled(sourceHash: string): boolean {
  return sourceHash.startsWith('0');
}

/** Adds each distinct sentence hash of a sampled report to `counts`. */
export function countSampledSentences(p: PreparedReport, counts: Map<number, number>): void {
  if (!isSampled(p.hash)) return;
  for (const h of new Set(unpackSentences(p.prose).map((s) => s.hash))) counts.set(h, (counts.get(h) ?? 0) + 1);
}
