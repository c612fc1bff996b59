/**
 * Imports files sent through the web app, held in memory. The preview parses without writing, so a
 * user sees each result and its findings first; the save runs the CLI's pipeline (importSources), so
 * an uploaded file is stored exactly as `npm run import` would store it: original bytes kept, the same
 * bytes twice change nothing, each report complete or absent, a bad file reported and the rest saved.
 */
import type { Db } from '../../db/client';
import { findStoredReports } from '../../db/queries/find-stored-reports';
import { reportAgencies } from '../../db/queries/report-agencies';
import { decodeStoredDocument } from '../../db/stored/stored-document';
import { importSources } from './import-files';
import { inlinePool } from './prepare-pool';
import type { ParsedReport } from '../report';
import type { PreparedReport } from './prepare-report';
import type { SaveOutcome } from './save-reports';
import { type Refusal, refused } from '../refusal/refusal';
import { checkUploadLimits } from './upload-limits';
import {
  KEY_NUMBERS,
  type KeyNumbers,
  type UploadPreview,
  type UploadResult,
  type UploadSummary,
} from './upload-types';

export { MAX_FILE_BYTES, MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from './upload-limits';
export * from './upload-types';

export interface UploadFile {
  name: string;
  bytes: Uint8Array;
}

/** Raised when a batch is over the request limits; routes check first and answer 413 without parsing. */
export class UploadLimitError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
    this.name = 'UploadLimitError';
  }
}

function enforceLimits(files: UploadFile[]): void {
  const refusal = checkUploadLimits(files.map((f) => f.bytes.length));
  if (refusal) throw new UploadLimitError(refusal);
}

/**
 * A browser sends a base name, but any client can send a path or control characters; the name is
 * stored with the original and shown in messages, so keep only a tidy base name.
 */
export function uploadName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is taken out of a file name.
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(0, 200) || 'upload';
}

/** Parses every file (nothing is written) and says what saving it would do. */
export async function previewUploads(
  files: UploadFile[],
  options: { db?: Db; published?: string } = {},
): Promise<UploadPreview[]> {
  enforceLimits(files);
  const pool = inlinePool();
  const out: UploadPreview[] = [];
  const prepared: PreparedReport[] = [];
  for (const f of files) {
    const name = uploadName(f.name);
    const result = await pool.prepare(name, f.bytes, { published: options.published });
    if (!result.ok) {
      out.push({ file: name, ok: false, error: result.refusal.message, reason: result.refusal.reason });
      continue;
    }
    prepared.push(result.value);
    out.push(previewOf(result.value));
  }
  if (options.db) {
    const stored = await findStoredReports(
      options.db,
      prepared.map((p) => ({ hash: p.hash, agency: p.agency.name, year: p.year })),
    );
    for (const p of out) {
      if (!p.ok) continue;
      p.alreadyStored = stored.hashes.has(p.hash);
      p.replacesCurrent = !p.alreadyStored && stored.agencyYears.has(`${p.agency}:${p.year}`);
    }
  }
  return out;
}

function previewOf(p: PreparedReport): UploadPreview {
  // Region names and the agency type are in the parsed document only; it is a few KB, so unpack it.
  const report = decodeStoredDocument<ParsedReport>(p.document);
  const region = report.region
    ? { province: report.region.province, city: report.region.city, county: report.region.county }
    : null;
  return {
    file: p.fileName,
    ok: true,
    agency: p.agency.name,
    year: p.year,
    template: p.report.template,
    format: p.report.source.format,
    region,
    agencyType: report.agencyType,
    published: report.source.published
      ? { date: report.source.published, from: report.source.publishedFrom ?? 'given' }
      : null,
    summary: Object.fromEntries(KEY_NUMBERS.map((id) => [id, p.metrics[id]])) as KeyNumbers,
    findings: p.report.findings.map(({ rule, severity, where, message, line }) => ({
      rule,
      severity,
      where,
      message,
      ...(line ? { line } : {}),
    })),
    errorCount: p.errorCount,
    warningCount: p.warningCount,
    hash: p.hash,
  };
}

/** Saves the files as the CLI import does, and says per file what happened, with the agency to link to. */
export async function saveUploads(
  db: Db,
  files: UploadFile[],
  options: { synthetic?: boolean; published?: string } = {},
): Promise<UploadSummary> {
  enforceLimits(files);
  const names = files.map((f) => uploadName(f.name));
  const outcomes: SaveOutcome[] = [];
  const summary = await importSources(
    db,
    files.map((f, i) => ({ name: names[i], read: async () => f.bytes })),
    {
      synthetic: options.synthetic ?? false,
      published: options.published,
      workers: 0,
      onSaved: (i, outcome) => (outcomes[i] = outcome),
    },
  );
  const saved = outcomes.flatMap((o) => (o.ok ? [o.value.reportId] : []));
  const agencies = await reportAgencies(db, saved);
  const results = names.map((file, i): UploadResult => {
    const o = outcomes[i] ?? refused(500, 'not-saved', `${file}: was not processed`);
    if (!o.ok) return { file, status: 'failed', error: o.refusal.message, reason: o.refusal.reason };
    const a = agencies.get(o.value.reportId);
    return {
      file,
      status: o.value.status,
      reportId: o.value.reportId,
      agencyId: a?.agencyId ?? null,
      agency: a?.agency ?? null,
      year: a?.year ?? null,
    };
  });
  return { ...summary, results };
}
