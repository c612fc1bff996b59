/**
 * The coverage matrix (agencies × years, /quality/coverage) as XLSX or CSV, as filtered in the URL (`show` picks the
 * agencies). The same gate as the compare table's export (../route.ts): row limits and the admin token
 * (lib/export/export-access.ts), the file made on a worker thread a few at a time; refusals are JSON.
 */
import { countCoverageMatrix } from '../../../../lib/dashboard/coverage-page';
import { attachment } from '../../../../lib/dashboard/download-name';
import { exportAccess } from '../../../../lib/export/export-access';
import { exportDatabase } from '../../../../lib/export/export-database';
import { exportOffThread } from '../../../../lib/export/export-thread';
import { refusalResponse } from '../../../../lib/refusal/refusal';
import { wrongMethods } from '../../../../lib/refusal/wrong-method';
import { appDatabase } from '../../../../db/app-database';
import { coverageQuery, coverageShow } from '../../../../lib/view-state/coverage-filters';
import { parseViewState, serializeViewState } from '../../../../lib/view-state/view-state';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const RETRY_AFTER_SECONDS = 5;

const refuse = (status: number, reason: string, message: string, headers?: HeadersInit) =>
  refusalResponse({ status, reason, message }, headers);

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = params.get('format');
  if (format !== 'csv' && format !== 'xlsx') return refuse(400, 'bad-request', 'format must be csv or xlsx');
  const state = parseViewState(params);
  const show = coverageShow(params);
  const access = exportAccess(
    await countCoverageMatrix(await appDatabase(), state, show),
    request.headers.get('authorization'),
  );
  if (!access.ok) return refusalResponse(access.refusal);

  const query = [serializeViewState(state), coverageQuery(show)].filter(Boolean).join('&');
  const result = await exportOffThread(
    { query, table: 'coverage', format, maxRows: access.value, database: exportDatabase() },
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
      `The matrix grew to more than ${access.value.toLocaleString('en-US')} agencies while the export was being made; ask again.`,
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
