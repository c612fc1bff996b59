/**
 * An export's HTTP answer, shared by the compare table's route and the coverage matrix's: the format checked,
 * the rows counted against the caller's limit (export-access.ts), the file made on a worker thread a few at a
 * time (export-thread.ts), and every refusal a JSON `{ error, message }`; the file itself as an attachment.
 */
import { attachment } from '../dashboard/download-name';
import { refusalResponse } from '../refusal/refusal';
import { exportAccess } from './export-access';
import { exportDatabase } from './export-database';
import { exportOffThread } from './export-thread';
import type { ExportJob } from './export-worker';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Seconds a client turned away as busy is asked to wait: about one export's time. */
const RETRY_AFTER_SECONDS = 5;

const refuse = (status: number, reason: string, message: string, headers?: HeadersInit) =>
  refusalResponse({ status, reason, message }, headers);

export interface ExportRequest {
  /** The rows the file will hold, counted before anything is made. */
  count: () => Promise<number>;
  /** The view and, for the coverage matrix, the table. */
  job: Pick<ExportJob, 'query' | 'table'>;
  /** What to say when the rows grew past the limit while the file was made. */
  grew: (total: number, limit: number) => string;
}

export async function exportResponse(request: Request, what: ExportRequest): Promise<Response> {
  const format = new URL(request.url).searchParams.get('format');
  if (format !== 'csv' && format !== 'xlsx') return refuse(400, 'bad-request', 'format must be csv or xlsx');
  const access = exportAccess(await what.count(), request.headers.get('authorization'));
  if (!access.ok) return refusalResponse(access.refusal);

  const result = await exportOffThread(
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
