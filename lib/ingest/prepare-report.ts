/**
 * Everything an import does before touching the database, for one file: parse, settle the agency's
 * region and type, compute the metrics, compress the original and the parsed document. CPU only, so
 * it can run in a worker; the database step (save-reports.ts) only decides and writes.
 */
import { hash } from 'node:crypto';
import { packBytes } from '../../db/stored/stored-bytes';
import { encodeStoredDocument } from '../../db/stored/stored-document';
import { administrativeLevel } from '../agencies/agency-type';
import type { YearReport } from '../metrics/cross-year';
import { reportMetrics, type CountMetricId } from '../metrics/report-metrics';
import { tableFingerprints } from '../metrics/table-fingerprint';
import { packSentences, withWords } from '../similarity/sentences';
import type { RegionResolution } from '../regions';
import { applyGivenDate } from './given-date';
import { settleRegion } from './settle-region';
import { MAX_FILE_BYTES, parseAnyDocument, type ParsedDocument, type ParsedReport } from '../report';
import { keepsSourceText } from '../report/source-text';
import { errorMessage } from '../refusal/refusal';

export interface PreparedAgency {
  name: string;
  typeId: string | null;
  regionCode: string | null;
  regionStatus: RegionResolution['status'];
  regionEvidence: string;
  level: string | null;
  zone: string | null;
  candidates: string[];
}

export interface PreparedReport {
  fileName: string;
  hash: string;
  byteLength: number;
  source: Buffer;
  /** The parsed report with its provenance, as stored (db/stored/stored-document.ts). */
  document: Buffer;
  /** The text the provenance points into, packed, when it is not the file decoded (DOCX, PDF); else null. */
  sourceText: Buffer | null;
  /** The prose sentences with their words, packed (lib/similarity/sentences.ts): what the copy-paste comparison reads. */
  prose: Buffer;
  /** JSON of the cells the cross-year checks need (see `yearLinkOf`). */
  yearLink: string;
  /** What the database writes beside the compressed document; the full report is in `document`. */
  report: Pick<ParsedReport, 'template' | 'source' | 'findings' | 'narrative' | 'identity'>;
  agency: PreparedAgency;
  year: number;
  metrics: Record<CountMetricId, number | null>;
  region: { provinceCode: string | null; cityCode: string | null; countyCode: string | null };
  errorCount: number;
  warningCount: number;
  synthetic: boolean;
}

/** A file that cannot be imported, with the reason in words a user can act on. */
export class ImportError extends Error {
  /**
   * `reason`: what the UI says in words of its own (the message is the technical line): 'unreadable' (the parser
   * cannot read it), 'no-agency' or 'no-year' (read, but it cannot be filed).
   */
  constructor(
    readonly file: string,
    message: string,
    readonly reason: 'unreadable' | 'no-agency' | 'no-year' | 'bad-date' = 'unreadable',
  ) {
    super(`${file}: ${message}`);
    this.name = 'ImportError';
  }
}

/** The parser's limit, so a file is measured once, in one place. */
export { MAX_FILE_BYTES };

export interface PrepareOptions {
  synthetic?: boolean;
  /** The bytes' sourceHash when the caller has it already (the import hashes every file before parsing). */
  hash?: string;
  /** A publication date (YYYY-MM-DD) stated at import: kept above any date the file gives (given-date.ts). */
  published?: string;
  /**
   * Milliseconds of CPU (the process's, user + system) spent in each stage are added here when given
   * (bench:import's per-stage table; CPU, not wall time, because the machine it runs on is shared).
   */
  timings?: PrepareTimings;
}

/** The stages of preparing a report, in the order they run. */
export const PREPARE_STAGES = [
  'parse',
  'region',
  'findings',
  'hash',
  'compressSource',
  'encodeDocument',
  'sourceText',
  'prose',
  'yearLink',
  'metrics',
] as const;
export type PrepareStage = (typeof PREPARE_STAGES)[number];
export type PrepareTimings = Partial<Record<PrepareStage, number>>;

/** The process's CPU time so far, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `fn`, adding its CPU time to `stage` when timings are asked for. */
function timed<T>(timings: PrepareTimings | undefined, stage: PrepareStage, fn: () => T): T {
  if (!timings) return fn();
  const started = cpuMs();
  const value = fn();
  timings[stage] = (timings[stage] ?? 0) + cpuMs() - started;
  return value;
}

export async function prepareReport(
  bytes: Uint8Array,
  fileName: string,
  options: PrepareOptions = {},
): Promise<PreparedReport> {
  const timings = options.timings;
  let parsed: ParsedDocument;
  const parseStarted = timings ? cpuMs() : 0;
  try {
    parsed = await parseAnyDocument(bytes, fileName);
  } catch (e) {
    throw new ImportError(fileName, errorMessage(e));
  }
  if (timings) timings.parse = (timings.parse ?? 0) + cpuMs() - parseStarted;
  const { report, text } = parsed;
  if (!report.agency)
    throw new ImportError(
      fileName,
      'the agency could not be read from the report title, so the report cannot be filed',
      'no-agency',
    );
  if (report.year === null)
    throw new ImportError(
      fileName,
      'the statistics year could not be read from the report title, so the report cannot be filed',
      'no-year',
    );

  if (options.published) {
    const given = applyGivenDate(report, options.published);
    if (!given.ok) throw new ImportError(fileName, given.refusal.message, 'bad-date');
  }
  const agency = report.agency;
  const { resolution, type } = timed(timings, 'region', () => settleRegion(report, agency, text));
  const region = resolution.region;

  const [errorCount, warningCount] = timed(timings, 'findings', () => [
    report.findings.filter((f) => f.severity === 'error').length,
    report.findings.filter((f) => f.severity === 'warning').length,
  ]);
  return {
    fileName,
    hash: options.hash ?? timed(timings, 'hash', () => sourceHash(bytes)),
    byteLength: bytes.length,
    // All three in memory of their own, so a worker moves them to the writer thread (prepare-worker.ts) without a copy.
    source: timed(timings, 'compressSource', () => packBytes(bytes)),
    document: timed(timings, 'encodeDocument', () => encodeStoredDocument(report)),
    // The agency page shows it without parsing the file again (for a scan, OCR on a page view).
    sourceText: timed(timings, 'sourceText', () =>
      keepsSourceText(report.source.format) ? packBytes(Buffer.from(text, 'utf8')) : null,
    ),
    prose: timed(timings, 'prose', () => packSentences(withWords(parsed.prose), text)),
    yearLink: timed(timings, 'yearLink', () => JSON.stringify(yearLinkOf(report))),
    report: {
      template: report.template,
      source: report.source,
      findings: report.findings,
      narrative: report.narrative,
      identity: report.identity,
    },
    agency: {
      name: report.agency,
      typeId: type?.id ?? null,
      regionCode: region?.code ?? null,
      regionStatus: resolution.status,
      regionEvidence: resolution.evidence,
      level: administrativeLevel(resolution, report.agency),
      zone: resolution.zone,
      candidates: resolution.status === 'ambiguous' ? resolution.candidates.map((c) => c.code) : [],
    },
    year: report.year,
    metrics: timed(timings, 'metrics', () => reportMetrics(report)),
    region: regionColumns(region),
    errorCount,
    warningCount,
    synthetic: options.synthetic ?? false,
  };
}

/** How a file is known: the SHA-256 of its bytes, in hex (source_files.hash). One-shot: no Hash object a file. */
export function sourceHash(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex');
}

/** What the checks across consecutive years compare: table 2's documents, table 3's carry-over rows, and tables 3 and 4 fingerprinted. */
export function yearLinkOf(report: ParsedReport): YearReport {
  const { regulations, normativeDocs } = report.table2;
  const { carriedOver, carriedForward } = report.table3;
  return {
    year: report.year,
    template: report.template,
    table2: { regulations, normativeDocs },
    table3: { carriedOver, carriedForward },
    fingerprints: tableFingerprints(report.table3, report.table4),
  };
}

function regionColumns(region: RegionResolution['region']) {
  if (!region) return { provinceCode: null, cityCode: null, countyCode: null };
  const code = region.code;
  return {
    provinceCode: `${code.slice(0, 2)}0000`,
    cityCode: region.level === 'province' ? null : region.city ? `${code.slice(0, 4)}00` : null,
    countyCode: region.level === 'county' ? code : null,
  };
}
