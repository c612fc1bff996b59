/** The compare table as CSV (UTF-8 with BOM, for Excel and WPS) or XLSX, as filtered and sorted in the URL. */
import { exportCompare, MAX_EXPORT_ROWS } from '@/lib/dashboard/compare-export';
import { attachment } from '@/lib/dashboard/download-name';
import { appDatabase } from '@/lib/ingest/bootstrap';
import { parseViewState } from '@/lib/view-state/view-state';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const format = params.get('format');
  if (format !== 'csv' && format !== 'xlsx') return Response.json({ error: 'format must be csv or xlsx' }, { status: 400 });
  const result = await exportCompare(await appDatabase(), parseViewState(params), format);
  if (!result.ok) {
    return Response.json({ error: `the table has ${result.total} rows; an export holds at most ${MAX_EXPORT_ROWS}. Narrow the region or years.` }, { status: 413 });
  }
  const date = new Date().toISOString().slice(0, 10);
  const body = typeof result.body === 'string' ? result.body : new Uint8Array(result.body);
  return new Response(body, {
    headers: { 'Content-Type': TYPES[format], 'Content-Disposition': attachment(`${result.title} ${date}`, format), 'Cache-Control': 'no-store' },
  });
}
