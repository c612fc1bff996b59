/**
 * The compare table as CSV (UTF-8 with BOM, for Excel and WPS) or XLSX, as filtered and sorted in the URL.
 * Larger tables need the admin token (lib/export/export-access.ts); the file is made on a worker thread,
 * a few at a time (lib/export/export-thread.ts). Refusals are JSON `{ error, message }`.
 */
import { databaseConfig } from '../../../db/client';
import { countCompareExport } from '../../../lib/dashboard/compare-export';
import { attachment } from '../../../lib/dashboard/download-name';
import { exportAccess } from '../../../lib/export/export-access';
import { exportOffThread } from '../../../lib/export/export-thread';
import { refusalResponse } from '../../../lib/refusal/refusal';
import { wrongMethods } from '../../../lib/refusal/wrong-method';
import { appDatabase } from '../../../db/app-database';
import { parseViewState, serializeViewState } from '../../../lib/view-state/view-state';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Seconds a client turned away as busy is asked to wait: about one export's time. */
const RETRY_AFTER_SECONDS = 5;

const refuse = (status: number, reason: string, message: string, headers?: HeadersInit) =>
  refusalResponse({ status, reason, message }, headers);

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = params.get('format');
  if (format !== 'csv' && format !== 'xlsx') return refuse(400, 'bad-request', 'format must be csv or xlsx');
  const state = parseViewState(params);
  const access = exportAccess(
    await countCompareExport(await appDatabase(), state),
    request.headers.get('authorization'),
  );
  if (!access.ok) return refusalResponse(access.refusal);

  // The worker opens the same database itself; an embedded replica's file is read as it is, not synced again.
  const database = { ...databaseConfig(), syncUrl: undefined, syncInterval: undefined };
  const result = await exportOffThread(
    { query: serializeViewState(state), format, maxRows: access.value, database },
    request.signal,
  );
  if ('busy' in result) {
    return refuse(503, 'busy', `Other exports are running; try again in ${RETRY_AFTER_SECONDS} seconds.`, {
      'Retry-After': String(RETRY_AFTER_SECONDS),
    });
  }
  if ('error' in result) return refuse(500, 'server-error', `The export failed: ${result.error}`);
  if (!result.ok)
    return refuse(
      413,
      'too-many-rows',
      `The table grew to ${result.total.toLocaleString('en-US')} rows while the export was being made, more than it may hold now; ask again.`,
    );

  const date = new Date().toISOString().slice(0, 10);
  return new Response(result.body, {
    headers: {
      'Content-Type': TYPES[format],
      'Content-Disposition': attachment(`${result.title} ${date}`, format),
      'Cache-Control': 'no-store',
    },
  });
}

export const { POST, PUT, DELETE, PATCH, OPTIONS } = wrongMethods('GET');
