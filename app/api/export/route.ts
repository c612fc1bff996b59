/**
 * The compare table as CSV (UTF-8 with BOM, for Excel and WPS) or XLSX, as filtered and sorted in the URL.
 * Larger tables need the admin token (lib/export/export-access.ts); the file is made on a worker thread,
 * a few at a time (lib/export/export-thread.ts). Refusals are JSON `{ error, message }` (export-response.ts).
 */
import { countCompareExport } from '../../../lib/dashboard/compare-export';
import { exportResponse } from '../../../lib/export/export-response';
import { wrongMethods } from '../../../lib/refusal/wrong-method';
import { appDatabase } from '../../../db/app-database';
import { parseViewState, serializeViewState } from '../../../lib/view-state/view-state';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request) {
  const state = parseViewState(new URL(request.url).searchParams);
  return exportResponse(request, {
    count: async () => countCompareExport(await appDatabase(), state),
    job: { query: serializeViewState(state) },
    grew: (total) =>
      `The table grew to ${total.toLocaleString('en-US')} rows while the export was being made, more than it may hold now; ask again.`,
  });
}

export const { POST, PUT, DELETE, PATCH, OPTIONS } = wrongMethods('GET');
