/**
 * An export's HTTP answer, shared by the compare table's route, the coverage matrix's and the Word briefing's: the format checked,
 * the rows counted against the caller's limit (export-access.ts), the file made a few at a time (export-thread.ts:
 * a table on a worker thread, the briefing on this one), and every refusal a JSON `{ error, message }`; the file itself as an attachment.
 */
import { attachment } from '../dashboard/download-name';
import { type Refusal, refusalResponse } from '../refusal/refusal';
import { exportAccess } from './export-access';
import { exportDatabase } from './export-database';
import { exportInProcess, exportOffThread } from './export-thread';
import type { ExportJob, ExportReply } from './export-worker';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
type ExportFormat = keyof typeof TYPES;
const isFormat = (f: string | null, formats: readonly ExportFormat[]): f is ExportFormat =>
  formats.includes(f as ExportFormat);

/** Seconds a client turned away as busy is asked to wait: about one export's time. */
const RETRY_AFTER_SECONDS = 5;

const refuse = (status: number, reason: string, message: string, headers?: HeadersInit) =>
  refusalResponse({ status, reason, message }, headers);

export interface ExportRequest {
  /** The formats the route makes; csv and xlsx unless said. */
  formats?: readonly ExportFormat[];
  /** Why this request gets no file at all (an unknown agency, an empty view), asked after the format. */
  check?: () => Promise<Refusal | null>;
  /** The rows the file will hold, counted before anything is made. */
  count: () => Promise<number>;
  /** What to say when the rows grew past the limit while the file was made. */
  grew: (total: number, limit: number) => string;
}

/** A table's file is made on a worker thread from the view (`job`); the Word briefing on this thread (`make`). */
export type ExportMaker = { job: Pick<ExportJob, 'query' | 'table'> } | { make: () => Promise<ExportReply> };

export async function exportResponse(request: Request, what: ExportRequest & ExportMaker): Promise<Response> {
  const format = new URL(request.url).searchParams.get('format');
  const formats = what.formats ?? ['csv', 'xlsx'];
  if (!isFormat(format, formats)) return refuse(400, 'bad-request', `format must be ${formats.join(' or ')}`);
  const refusal = await what.check?.();
  if (refusal) return refusalResponse(refusal);
  const access = exportAccess(await what.count(), request.headers.get('authorization'));
  if (!access.ok) return refusalResponse(access.refusal);

  const result =
    'make' in what
      ? await exportInProcess(what.make, request.signal)
      : format === 'docx'
        ? { ok: false as const, error: 'a table is exported as csv or xlsx' }
        : await exportOffThread(
            { ...what.job, format, maxRows: access.value, database: exportDatabase() },
            request.signal,
          );
  if ('busy' in result) {
    return refuse(503, 'busy', `Other exports are running; try again in ${RETRY_AFTER_SECONDS} seconds.`, {
      'Retry-After': String(RETRY_AFTER_SECONDS),
    });
  }
  if ('error' in result) return refuse(500, 'server-error', `The export failed: ${result.error}`);
  if (!result.ok) return refuse(413, 'too-many-rows', what.grew(result.total, access.value));

  const date = new Date().toISOString().slice(0, 10);
  return new Response(result.body, {
    headers: {
      'Content-Type': TYPES[format],
      'Content-Disposition': attachment(`${result.title} ${date}`, format),
      'Cache-Control': 'no-store',
    },
  });
}
