/** A chart of the dashboard as SVG or PNG (2×), rendered on the server with CJK fonts from the URL state. */
import { appDatabase } from '@/db/app-database';
import { renderChartPng, renderChartSvg } from '@/lib/charts/render-image';
import { buildChart, isChartKind } from '@/lib/dashboard/chart-catalog';
import { attachment } from '@/lib/dashboard/download-name';
import { wrongMethods } from '@/lib/refusal/wrong-method';
import { parseAgencyId } from '@/lib/view-state/agency-id';
import { parseViewState, parseYear } from '@/lib/view-state/view-state';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const SIZE = { width: 960, height: 560 };

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const kind = params.get('chart');
  const format = params.get('format') ?? 'svg';
  if (!isChartKind(kind)) return Response.json({ error: `unknown chart "${kind ?? ''}"` }, { status: 400 });
  if (format !== 'svg' && format !== 'png')
    return Response.json({ error: 'format must be svg or png' }, { status: 400 });
  const agencyId = parseAgencyId(params.get('agency'));
  const year = parseYear(params.get('chartYear'));
  const chart = await buildChart(await appDatabase(), { kind, state: parseViewState(params), agencyId, year });
  if (!chart) return Response.json({ error: 'nothing to draw for this chart and these filters' }, { status: 404 });
  const headers = {
    'Content-Disposition': attachment(chart.subject ? `${chart.subject} ${chart.title}` : chart.title, format),
    'Cache-Control': 'no-store',
  };
  if (format === 'svg')
    return new Response(renderChartSvg(chart.option, SIZE), {
      headers: { ...headers, 'Content-Type': 'image/svg+xml; charset=utf-8' },
    });
  const png = await renderChartPng(chart.option, { ...SIZE, scale: 2 });
  return new Response(new Uint8Array(png), { headers: { ...headers, 'Content-Type': 'image/png' } });
}

export const { POST, PUT, DELETE, PATCH, OPTIONS } = wrongMethods('GET');
